/**
 * Tip retention on a timer, for `rollcall serve`: the purge of closed tips past
 * retention ({@link purgeClosedTips}) runs once shortly after start and then every
 * 24 hours. Its timer is `unref()`ed (it never keeps the process alive) and `stop()`
 * clears it and waits for a run in progress, so the store can be closed after it.
 * A run logs counts and days only, never a tip's content; a failure is logged with
 * its error code alone (no message: it could quote data) and the next run comes as
 * planned. Runs never overlap: the next is planned when one ends.
 *
 * @example
 * const retention = scheduleTipRetention(() => purgeClosedTips(ctx, { days: 90 }), (line) => io.err(line));
 * // … on shutdown:
 * await retention.stop();
 */
import { RollcallError } from '../domain/errors.js';
import type { PurgeReport } from '../app/tips/retention.js';

/** The first run: shortly after start, once the server is listening. */
export const FIRST_RUN_MS = 30_000;
/** Then every 24 hours. */
export const RUN_EVERY_MS = 24 * 60 * 60 * 1000;

export interface RetentionSchedule {
  /** Clears the timer and resolves once a run in progress has ended. */
  stop(): Promise<void>;
}

/** What a purge did, in one line of English (numbers and days only). */
export function purgeSummary(report: PurgeReport): string {
  const vacuumed = report.vacuumed
    ? '; the file was rewritten (VACUUM) and gives freed pages back after every purge from now on'
    : report.vacuumed === false
      ? '; this store cannot be rewritten (VACUUM)'
      : '';
  if (report.deleted === 0) return `No closed tips to delete (none closed before ${report.before})${vacuumed}.`;
  const tips = `${report.deleted} closed tip${report.deleted === 1 ? '' : 's'}`;
  const log = report.checkpointed
    ? 'write-ahead log emptied'
    : 'the write-ahead log was not emptied (a reader held it; the next checkpoint empties it)';
  const pages =
    report.freePages === null || report.vacuumed
      ? ''
      : report.freePages === 0
        ? '; freed pages given back to the file system'
        : `; ${report.freePages} free pages stay in the file, overwritten with zeros ` +
          '("rollcall tips purge --vacuum" once gives them back)';
  return `Deleted ${tips} (closed before ${report.before}); ${log}${pages}${vacuumed}.`;
}

/** The error's code (a RollcallError's, or a driver's own), never its message. */
function codeOf(error: unknown): string {
  if (error instanceof RollcallError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'internal';
}

/**
 * Runs `purge` after `firstRunMs`, then `everyMs` after each run ends, logging each
 * outcome through `log` with the prefix "Tip retention: ".
 */
export function scheduleTipRetention(
  purge: () => Promise<PurgeReport>,
  log: (line: string) => void,
  options: { firstRunMs?: number; everyMs?: number } = {},
): RetentionSchedule {
  const everyMs = options.everyMs ?? RUN_EVERY_MS;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const plan = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = null;
      running = run().finally(() => {
        running = null;
        plan(everyMs);
      });
    }, ms);
    timer.unref();
  };
  const run = async () => {
    try {
      log(`Tip retention: ${purgeSummary(await purge())}`);
    } catch (error) {
      log(`Tip retention failed [${codeOf(error)}]; it runs again in ${Math.round(everyMs / 3_600_000)} h.`);
    }
  };

  plan(options.firstRunMs ?? FIRST_RUN_MS);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
