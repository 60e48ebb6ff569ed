/**
 * `rollcall tips purge [--days N]`: deletes the tip line's closed tips (applied,
 * rejected, duplicate) closed more than N days ago, for good, with their messages,
 * attachments and key seals (`purgeClosedTips`; the audit log records how many).
 * N defaults to ROLLCALL_TIP_RETENTION_DAYS, else 90. `rollcall serve` runs the same
 * purge every day (`cli/retention-schedule.ts`).
 *
 * @example
 * rollcall tips purge            # Deleted 3 closed tips (closed before 2026-09-05); write-ahead log emptied; …
 * rollcall tips purge --days 30 --json
 * rollcall tips purge --vacuum   # once, for a database made before auto-vacuum (see sqlite.ts)
 */
import type { Command } from 'commander';
import { purgeClosedTips, retentionDaysFromEnv } from '../../app/tips/retention.js';
import { RollcallError } from '../../domain/errors.js';
import { printJson, type Io } from '../io.js';
import { withApp } from '../open.js';
import { purgeSummary } from '../retention-schedule.js';

/** The audit log's actor for the shell, as `rollcall user …` names it. */
const actor = () => `cli:${process.env.USER ?? 'admin'}`;

/** `--days`: a whole number of days, 0 or more; absent, the environment's (or 90). */
export function retentionDays(text: string | undefined, env: Record<string, string | undefined>): number {
  if (text === undefined) return retentionDaysFromEnv(env);
  const days = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isInteger(days)) {
    throw new RollcallError('invalid-number', `--days is a whole number of days (0 or more, e.g. 90); got "${text}".`, {
      option: '--days',
      value: text,
    });
  }
  return days;
}

export function registerTipCommands(program: Command, io: Io): void {
  const tips = program.command('tips').description('The tip line: retention of closed tips');
  tips
    .command('purge')
    .description(
      'Delete closed tips (applied, rejected, duplicate) closed more than N days ago, for good ' +
        '(default ROLLCALL_TIP_RETENTION_DAYS, else 90)',
    )
    .option('--days <n>', 'keep closed tips this many days')
    .option(
      '--vacuum',
      'once, for a database made before auto-vacuum: rewrite the file so that it gives freed pages back ' +
        '(slow on a large file, needs memory about its size; stop the server first)',
    )
    .option('--json', 'machine-readable output')
    .action(async (opts: { days?: string; vacuum?: boolean; json?: boolean }, cmd: Command) => {
      const days = retentionDays(opts.days, process.env);
      const report = await withApp(cmd, 'write', (ctx) =>
        purgeClosedTips(ctx, { days, actor: actor(), vacuum: Boolean(opts.vacuum) }),
      );
      if (opts.json) return printJson(io, { days, ...report });
      io.out(purgeSummary(report));
    });
}
