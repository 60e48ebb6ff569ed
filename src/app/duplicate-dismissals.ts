/**
 * "Not the same person": an editor who has compared two likely duplicates and found
 * them different people records that judgement, and the pair is no longer offered on
 * the desk or the duplicates page (`likelyDuplicates` leaves it out). Undoing it offers
 * the pair again. Both are audited; neither changes a record or the data version.
 *
 * @example
 * await dismissPair(ctx, 'p-9', 'p-1', { actor: 'editor@example.org', note: 'different fathers' });
 * await undoDismissal(ctx, 'p-1', 'p-9', { actor: 'editor@example.org' });
 */
import type { AppContext } from './context.js';
import type { DuplicateDismissal } from './ports.js';
import { recordAudit } from './audit.js';
import { RollcallError } from '../domain/errors.js';

const NOTE_MAX = 500;

/** The pair in the order it is stored (`a` < `b`). */
export function orderedPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

export async function dismissPair(
  ctx: AppContext,
  x: string,
  y: string,
  by: { actor: string; note?: string | undefined },
): Promise<{ dismissed: boolean }> {
  if (x === y) throw new RollcallError('invalid-input', 'A person cannot be their own duplicate; choose two persons.');
  const note = by.note?.trim() || null;
  if (note !== null && note.length > NOTE_MAX)
    throw new RollcallError('invalid-input', `A note is at most ${NOTE_MAX} characters.`);
  const [a, b] = orderedPair(x, y);
  const at = ctx.now().toISOString();
  return ctx.store.write(
    async (r) => {
      const found = await r.persons.getMany([a, b]);
      if (found.length !== 2) throw new RollcallError('not-found', `No person ${found[0]?.id === a ? b : a}.`);
      const dismissed = await r.dismissals.add({ a, b, actor: by.actor, at, note });
      if (dismissed) {
        await recordAudit(
          r,
          {
            actor: by.actor,
            action: 'record.not-duplicate',
            resourceType: 'person',
            resourceId: a,
            details: { other: b },
          },
          at,
        );
      }
      return { dismissed };
    },
    { registry: false },
  );
}

export async function undoDismissal(
  ctx: AppContext,
  x: string,
  y: string,
  by: { actor: string },
): Promise<{ undone: boolean }> {
  const [a, b] = orderedPair(x, y);
  const at = ctx.now().toISOString();
  return ctx.store.write(
    async (r) => {
      const undone = await r.dismissals.remove(a, b);
      if (!undone) throw new RollcallError('not-found', `${a} and ${b} were not marked as different people.`);
      await recordAudit(
        r,
        {
          actor: by.actor,
          action: 'record.maybe-duplicate',
          resourceType: 'person',
          resourceId: a,
          details: { other: b },
        },
        at,
      );
      return { undone };
    },
    { registry: false },
  );
}

/** Every pair judged different people, newest first. */
export async function dismissedPairs(ctx: AppContext): Promise<DuplicateDismissal[]> {
  return ctx.store.read((r) => r.dismissals.list());
}

/** The dismissed pairs as keys (`a\nb`), to leave out of the likely duplicates. */
export async function dismissedKeys(ctx: AppContext): Promise<Set<string>> {
  return new Set((await dismissedPairs(ctx)).map((d) => `${d.a}\n${d.b}`));
}
