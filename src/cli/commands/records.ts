/**
 * `rollcall person show`, `history`, `restore`, `check`.
 */
import type { Command } from 'commander';
import { getPerson } from '../../app/persons.js';
import { history, restoreRevision } from '../../app/history.js';
import { runChecks } from '../../app/checks.js';
import {
  exposureWarnings,
  publishedExposures,
  republishCommand,
  type PublishedExposure,
  type PublishedWarning,
} from '../../app/published.js';
import { custodyPeriods, timeServed } from '../../domain/custody.js';
import { formatTermEn } from '../../domain/duration.js';
import { formatCharge } from '../../domain/reference-data.js';
import { displayName } from '../../app/releases.js';
import type { Person } from '../../domain/record.js';
import { AppError } from '../../app/context.js';
import { printJson, table, type Io } from '../io.js';
import { withApp } from '../open.js';

export function registerRecordCommands(program: Command, io: Io): void {
  const person = program.command('person').description('Read person records');
  person
    .command('show <id>')
    .description('Show one person: names, status, custody, cases, timeline')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
      const p = await withApp(cmd, 'read', (ctx) => getPerson(ctx, id));
      if (opts.json) printJson(io, p);
      else io.out(describePerson(p));
    });

  program
    .command('history <id>')
    .description('List the revisions of a person (or --type facility|source|digest)')
    .option('--type <type>', 'person, facility, source or digest', 'person')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { type: string; json?: boolean }, cmd: Command) => {
      if (!['person', 'facility', 'source', 'digest'].includes(opts.type)) {
        throw new AppError('invalid-type', `--type must be person, facility, source or digest; got "${opts.type}".`);
      }
      const entries = await withApp(cmd, 'read', (ctx) => history(ctx, opts.type as 'person', id));
      if (opts.json) return printJson(io, entries);
      io.out(
        table([
          ['revision', 'seq', 'at', 'actor', 'changed', 'note'],
          ...entries.map((e) => [e.revisionId, e.seq, e.at, e.actor, e.changed.join(','), e.note ?? '']),
        ]),
      );
    });

  program
    .command('restore <revisionId>')
    .description('Make an earlier revision current again (recorded as a new revision)')
    .option('--actor <name>', 'who restores', process.env.USER ?? 'cli')
    .option('--note <text>', 'why')
    .option('--json', 'machine-readable output')
    .action(async (revisionId: string, opts: { actor: string; note?: string; json?: boolean }, cmd: Command) => {
      const revId = Number(revisionId);
      if (!Number.isInteger(revId) || revId < 1) {
        throw new AppError('invalid-revision', `A revision id is a positive whole number; got "${revisionId}".`);
      }
      const rev = await withApp(cmd, 'write', (ctx) =>
        restoreRevision(ctx, revId, { actor: opts.actor, note: opts.note }),
      );
      const warnings =
        rev.entityType === 'person'
          ? await withApp(cmd, 'read', async (ctx) =>
              exposureWarnings(rev.entityId, await publishedExposures(ctx, { personIds: [rev.entityId] })),
            )
          : [];
      if (opts.json) return printJson(io, { ...rev, warnings });
      io.out(`Restored: ${rev.entityType} ${rev.entityId} is now at revision ${rev.seq} (#${rev.id}).`);
      printWarnings(io, warnings);
    });

  program
    .command('check')
    .description('Run the consistency checks over the registry (or --id for one person)')
    .option('--id <id...>', 'only these persons')
    .option('--severity <level>', 'minimum severity: info, warning or error', 'info')
    .option('--json', 'machine-readable output')
    .action(async (opts: { id?: string[]; severity: string; json?: boolean }, cmd: Command) => {
      if (!['info', 'warning', 'error'].includes(opts.severity)) {
        throw new AppError('invalid-severity', `--severity must be info, warning or error; got "${opts.severity}".`);
      }
      const minSeverity = opts.severity as 'info';
      const { report, exposures } = await withApp(cmd, 'read', async (ctx) => ({
        report: await runChecks(ctx, { ...(opts.id ? { ids: opts.id } : {}), minSeverity }),
        // Published digests that still show what is no longer public: always an error.
        exposures: await publishedExposures(ctx, opts.id ? { personIds: opts.id } : {}),
      }));
      if (opts.json) return printJson(io, { ...report, publishedExposures: exposures });
      for (const f of report.findings) io.out(`${f.severity.padEnd(7)} ${f.personId} [${f.code}] ${f.message}`);
      printExposures(io, exposures);
      io.out(
        `${report.checkedPersons} persons checked: ${report.bySeverity.error} errors, ` +
          `${report.bySeverity.warning} warnings, ${report.bySeverity.info} notes` +
          `${exposures.length > 0 ? `; ${exposures.length} published digest(s) show what is no longer public` : ''}.`,
      );
    });
}

/** Published digests that still show what is no longer public, with the command that fixes them. */
export function printExposures(io: Io, exposures: readonly PublishedExposure[]): void {
  for (const x of exposures) {
    for (const e of x.entries) {
      io.out(
        `error   ${e.personId} [published-exposure] in published digest ${x.digestId} (and its feed): ` +
          `${e.reasons.join(', ')}; withheld from the public until republished`,
      );
    }
  }
  if (exposures.length > 0) io.out(`  fix: ${republishCommand(exposures.map((x) => x.digestId))}`);
}

/** Warnings of a write (published digests that still show the person), on stderr. */
export function printWarnings(io: Io, warnings: readonly PublishedWarning[]): void {
  for (const w of warnings) io.err(`warning [${w.code}]: ${w.message}`);
}

/** A plain-text page about a person for the terminal. */
export function describePerson(p: Person): string {
  const lines: string[] = [];
  lines.push(`${displayName(p)}  (${p.id})${p.fictional ? '  [fictional]' : ''}`);
  for (const n of p.names)
    lines.push(`  name  ${[n.given, n.patronymic, n.family].filter(Boolean).join(' ')}  [${n.system}]`);
  if (p.sex) lines.push(`  sex   ${p.sex}`);
  if (p.birthDate) lines.push(`  born  ${p.birthDate}`);
  if (p.region) lines.push(`  region ${p.region}`);
  const served = timeServed(p, new Date().toISOString().slice(0, 10));
  const periods = custodyPeriods(p);
  for (const period of periods) {
    const end = period.endEvent ? period.endEvent.date : 'now';
    lines.push(`  custody ${period.startEvent.date} -> ${end}${period.counted ? '' : ' (not counted)'}`);
  }
  if (periods.length > 0) {
    const t = served.exact ?? served.min;
    lines.push(
      `  time served ${served.exact ? '' : 'at least '}${formatTermEn(t)}${served.ongoing ? ' (ongoing)' : ''}`,
    );
  }
  for (const c of p.cases) {
    const charges = c.charges.map((ch) => formatCharge(ch, 'en')).join('; ');
    lines.push(
      `  case ${c.id}: ${charges}${c.verdictDate ? `, verdict ${c.verdictDate}` : ''}${c.court ? `, ${c.court}` : ''}`,
    );
  }
  lines.push('  timeline:');
  for (const e of p.events) {
    const extra = [e.releaseReason, e.facilityId, e.inferred ? `inferred: ${e.inferred.reasoning}` : undefined].filter(
      Boolean,
    );
    lines.push(`    ${e.date.padEnd(11)} ${e.kind}${extra.length ? ` (${extra.join('; ')})` : ''}`);
  }
  return lines.join('\n');
}
