/**
 * Imports and internal exports asked for through the API (`POST /api/v1/import`,
 * `GET /api/v1/export`, and `rollcall import|export --api`): the same use cases as
 * the CLI's, with an audit entry naming who moved the registry in or out. An export
 * of internal data is recorded before its first byte leaves, so an interrupted
 * download is in the log too.
 *
 * @example
 * const report = await importUploaded(ctx, '/tmp/upload-…', { format: 'json', dryRun: false, actor: 'ed@org' });
 * await exportInternal(ctx, { format: 'json', actor: 'ed@org' }, (chunk) => res.write(chunk));
 */
import { auditNow } from './audit.js';
import { exportRegistry } from './export.js';
import { importRegistryFile, type ImportOptions, type ImportReport } from './import.js';
import type { AppContext } from './context.js';

/** Imports the registry file at `path` (all or nothing) and records who did it and what it did. */
export async function importUploaded(ctx: AppContext, path: string, opts: ImportOptions): Promise<ImportReport> {
  const report = await importRegistryFile(ctx, path, opts);
  const c = report.counts;
  await auditNow(ctx, {
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
      problems: report.problems.length,
    },
  });
  return report;
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
