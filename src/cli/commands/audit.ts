/**
 * `rollcall audit verify [--head HASH]`, `audit head`, `audit list`: the
 * tamper-evident log from the shell. Keep the printed head somewhere the server
 * cannot write (a notebook, a colleague's mail) and verify against it later.
 */
import type { Command } from 'commander';
import { auditHead, recentAudit, verifyAudit } from '../../app/audit.js';
import { RollcallError } from '../../domain/errors.js';
import type { ChainReport } from '../../domain/audit.js';
import { printJson, table, type Io } from '../io.js';
import { withApp } from '../open.js';

export function registerAuditCommands(program: Command, io: Io): void {
  const audit = program.command('audit').description('The tamper-evident audit log: verify, head, list');
  audit
    .command('verify')
    .description('Prove the hash chain intact, or name the first entry that is not (exit code 1)')
    .option('--head <hash>', 'a head printed earlier by "audit head": prove nothing up to it was rewritten')
    .option('--json', 'machine-readable output')
    .action(async (opts: { head?: string; json?: boolean }, cmd: Command) => {
      const report = await withApp(cmd, 'read', (ctx) => verifyAudit(ctx, opts.head?.trim().toLowerCase()));
      if (opts.json) printJson(io, report);
      else io.out(describe(report));
      if (!report.ok) throw new RollcallError('audit-chain-broken', failure(report));
    });
  audit
    .command('head')
    .description('Print the hash of the newest entry (keep it outside the server)')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const head = await withApp(cmd, 'read', auditHead);
      if (opts.json) printJson(io, head);
      else io.out(`${head.hash}  (entry ${head.seq})`);
    });
  audit
    .command('list')
    .description('The newest entries, newest first')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'machine-readable output')
    .action(async (opts: { limit: string; json?: boolean }, cmd: Command) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
        throw new RollcallError('invalid-number', `--limit takes a whole number from 1 to 500; got "${opts.limit}".`);
      }
      const entries = await withApp(cmd, 'read', (ctx) => recentAudit(ctx, limit));
      if (opts.json) return printJson(io, entries);
      io.out(
        table([
          ['seq', 'at', 'actor', 'action', 'outcome', 'resource', 'revision'],
          ...entries.map((e) => [
            e.seq,
            e.at,
            e.actor,
            e.action,
            e.outcome,
            e.resourceType ? `${e.resourceType}:${e.resourceId ?? ''}` : '',
            e.revisionId ?? '',
          ]),
        ]),
      );
    });
}

function describe(report: ChainReport): string {
  const lines = [
    report.ok ? `The audit log is intact: ${report.entries} entries.` : `The audit log is NOT intact.`,
    `head: ${report.head}`,
  ];
  if (report.knownHead?.found) lines.push(`The head ${report.knownHead.hash} is entry ${report.knownHead.seq ?? 0}.`);
  return lines.join('\n');
}

function failure(report: ChainReport): string {
  if (report.firstBad) return `${report.firstBad.message} (first entry not intact: ${report.firstBad.seq})`;
  return `The head ${report.knownHead?.hash ?? ''} is not in the log: entries up to it were rewritten or removed.`;
}
