/**
 * Retention: a closed tip (applied, rejected, duplicate) is deleted for good once
 * `days` have passed since it closed: its content, messages, attachments and every
 * seal of its key. The store overwrites what it deletes (`secure_delete`), and a
 * checkpoint then empties the write-ahead log so no copy stays in it.
 *
 * @example
 * await purgeClosedTips(ctx, { days: 90 }); // { deleted: 4 }
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

export async function purgeClosedTips(
  ctx: AppContext,
  options: { days: number; actor?: string },
): Promise<{ deleted: number; checkpointed: boolean }> {
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
  const checkpointed = deleted > 0 && ctx.store.checkpoint ? (await ctx.store.checkpoint()).complete : false;
  return { deleted, checkpointed };
}
