/**
 * The redirects merges leave (merged-away id → survivor), a part of the read model: read
 * once per store and carried from the change feed. A merge and its undo change the
 * redirect of a person together with the person, so the redirects of the changed persons
 * are all that is read again after a write.
 *
 * {@link publicRedirect} follows a chain (p-a merged into p-b, later merged into p-c) to
 * the person it ends at, and answers only when that person is public: otherwise the old
 * id stays a plain "not found" and nothing about a non-public person leaks.
 *
 * @example
 * await publicRedirect(ctx, 'p-old'); // 'p-survivor', or null
 */
import type { AppContext } from '../context.js';
import { publicRowsById } from './rows-by-id.js';
import { readPart, type Part } from './snapshot.js';

/** Longest chain followed (a cycle cannot form through merges; this bounds a damaged table). */
const MAX_CHAIN = 32;

const redirectsPart: Part<ReadonlyMap<string, string>> = {
  name: 'person-redirects',
  audience: 'staff',
  build: async (ctx) => {
    const rows = await ctx.store.read((r) => r.merges.redirects());
    return new Map(rows.map((r) => [r.fromId, r.toId]));
  },
  carry: async (old, changes, ctx) => {
    const ids = [...changes.ids('person')];
    if (ids.length === 0) return old;
    const rows = await ctx.store.read((r) => r.merges.redirectsFrom(ids));
    const next = new Map(old);
    for (const id of ids) next.delete(id);
    for (const r of rows) next.set(r.fromId, r.toId);
    return next;
  },
};

/** Where a merged-away id leads in the end (staff view: whether or not the person is public); null if nowhere. */
export async function redirectTarget(ctx: AppContext, id: string): Promise<string | null> {
  const redirects = await readPart(ctx, redirectsPart);
  let at = redirects.get(id);
  if (at === undefined) return null;
  for (let step = 0; step < MAX_CHAIN; step += 1) {
    const next = redirects.get(at);
    if (next === undefined) return at;
    at = next;
  }
  return null;
}

/** The public person a merged-away id leads to, or null (no redirect, or the survivor is not public). */
export async function publicRedirect(ctx: AppContext, id: string): Promise<string | null> {
  const target = await redirectTarget(ctx, id);
  if (target === null) return null;
  return (await publicRowsById(ctx)).has(target) ? target : null;
}
