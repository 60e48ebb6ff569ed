/**
 * Imports and internal exports asked for through the API (`POST /api/v1/import`,
 * `GET /api/v1/export`, and `rollcall import|export --api`): the same use cases as
 * the CLI's, with an audit entry naming who moved the registry in or out (`rollcall import`
 * records its imports the same way, under `--actor`). An export
 * of internal data is recorded before its first byte leaves, so an interrupted
 * download is in the log too.
 *
 * @example
 * const report = await importAudited(ctx, '/tmp/upload-…', { format: 'json', dryRun: false, actor: 'ed@org' });
 * await exportInternal(ctx, { format: 'json', actor: 'ed@org' }, (chunk) => res.write(chunk));
 */
import { auditNow, recordAudit } from './audit.js';
import type { AuditEvent } from '../domain/audit.js';
import { exportRegistry } from './export.js';
import { finishImport, importInto, openImport, writeIf, type ImportOptions, type ImportReport } from './import.js';
import type { AppContext } from './context.js';

/**
 * Imports the registry file at `path` (all or nothing) and records who did it and what it
 * did. The entry of an import that commits is written in the import's own transaction, so
 * the change and its entry commit together or not at all (a crash or a failed write between
 * them cannot leave one without the other). A refused import or a dry run changed nothing
 * and its transaction rolls back; its entry (`refused`, or `ok` with `dryRun`) is written after.
 */
export async function importAudited(ctx: AppContext, path: string, opts: ImportOptions): Promise<ImportReport> {
  const input = await openImport(ctx, path, opts.format);
  const at = ctx.now().toISOString();
  const outcome = await writeIf(
    ctx.store,
    async (repos) => {
      const outcome = await importInto(repos, input, opts, at);
      if (outcome.commits) await recordAudit(repos, importEvent(opts, outcome.report), at);
      return outcome;
    },
    (o) => o.commits,
  );
  if (!outcome.commits) await auditNow(ctx, importEvent(opts, outcome.report));
  return finishImport(ctx, outcome);
}

function importEvent(opts: ImportOptions, report: ImportReport): AuditEvent {
  const c = report.counts;
  return {
    actor: opts.actor,
    action: 'data.import',
    outcome: report.ok ? 'ok' : 'refused',
    details: {
      format: opts.format,
      dryRun: opts.dryRun,
      personsCreated: c.persons.created,
      personsUpdated: c.persons.updated,
      facilitiesChanged: c.facilities.created + c.facilities.updated,
      sourcesChanged: c.sources.created + c.sources.updated,
      courtsChanged: c.courts.created + c.courts.updated,
      problems: report.problems.length,
    },
  };
}

/** Streams the whole registry, internal data included, after recording the export in the audit log. */
export async function exportInternal(
  ctx: AppContext,
  opts: { format: 'json' | 'csv'; actor: string },
  write: (chunk: string) => Promise<void> | void,
): Promise<void> {
  await auditNow(ctx, {
    actor: opts.actor,
    action: 'data.export',
    resourceType: 'registry',
    details: { format: opts.format, audience: 'staff' },
  });
  await exportRegistry(ctx, { format: opts.format, audience: 'staff' }, write);
}
