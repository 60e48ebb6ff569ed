/**
 * Retention: a closed tip (applied, rejected, duplicate) is deleted for good once
 * `days` have passed since it closed: its content, messages, attachments and every
 * seal of its key. The store overwrites what it deletes (`secure_delete`), gives the
 * freed pages back to the file system where the file allows it (auto_vacuum=incremental),
 * and a checkpoint then empties the write-ahead log so no copy stays in it. `vacuum`
 * rewrites a file made before auto-vacuum once, so that it gives freed pages back too.
 *
 * @example
 * await purgeClosedTips(ctx, { days: 90 }); // { deleted: 4, before: '2024-01-03', checkpointed: true, freePages: 0 }
 */
import { todayIso, type AppContext } from '../context.js';
import { recordAudit } from '../audit.js';
import { RollcallError } from '../../domain/errors.js';

export const DEFAULT_RETENTION_DAYS = 90;

/** `ROLLCALL_TIP_RETENTION_DAYS` (default 90). */
export function retentionDaysFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.ROLLCALL_TIP_RETENTION_DAYS;
  if (raw === undefined || raw === '') return DEFAULT_RETENTION_DAYS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    throw new RollcallError(
      'invalid-config',
      `ROLLCALL_TIP_RETENTION_DAYS must be a whole number of days; got "${raw}".`,
    );
  }
  return n;
}

/** What a purge did: tips deleted, the cutoff day, and what became of the freed pages and the log. */
export interface PurgeReport {
  deleted: number;
  /** Tips closed before this day (YYYY-MM-DD) were deleted. */
  before: string;
  /** The write-ahead log was emptied (false when nothing was deleted or a reader kept it). */
  checkpointed: boolean;
  /** Free pages left in the file after the purge (0 once given back), null without a checkpoint. */
  freePages: number | null;
  /** With `vacuum`: the file was rewritten so that it gives freed pages back from now on. */
  vacuumed?: boolean;
}

export async function purgeClosedTips(
  ctx: AppContext,
  options: { days: number; actor?: string; vacuum?: boolean },
): Promise<PurgeReport> {
  const cutoff = new Date(`${todayIso(ctx)}T00:00:00Z`);
  cutoff.setUTCDate(cutoff.getUTCDate() - options.days);
  const day = cutoff.toISOString().slice(0, 10);
  const deleted = await ctx.store.write(
    async (r) => {
      const ids = await r.tips.closedBefore(day);
      const n = await r.tips.remove(ids);
      if (n > 0) {
        await recordAudit(
          r,
          { actor: options.actor ?? 'retention', action: 'tip.purge', details: { deleted: n } },
          ctx.now().toISOString(),
        );
      }
      return n;
    },
    { registry: false },
  );
  // `vacuum` (once, for a file made before auto-vacuum) rewrites the file and then checkpoints too.
  const tidy = options.vacuum ? ctx.store.vacuum : deleted > 0 ? ctx.store.checkpoint : undefined;
  const done = tidy ? await tidy.call(ctx.store) : null;
  return {
    deleted,
    before: day,
    checkpointed: done?.complete ?? false,
    freePages: done?.freePages ?? null,
    ...(options.vacuum ? { vacuumed: done !== null } : {}),
  };
}
