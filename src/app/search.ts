/**
 * Name search over the registry: one engine (the domain's {@link NameIndex})
 * for the CLI, the public list and the API.
 *
 * The index is a part of the read model (`read-model/name-index.ts`), one per audience:
 * built once from all records, then brought up to date from the change feed (people and
 * facilities). The public index holds only public persons with their public name forms
 * and public facilities, so a search can never reveal an internal spelling.
 */
import type { IndexEntry, SearchHit } from '../domain/names/name-index.js';
import { findDuplicatePairs, duplicateScore, type DuplicatePair } from '../domain/names/duplicates.js';
import type { Person } from '../domain/record.js';
import { type AppContext } from './context.js';
import { RollcallError } from '../domain/errors.js';
import { forEachPersonPage } from './export.js';
import type { Audience } from '../domain/access.js';
import { nameIndex, personEntry } from './read-model/index.js';

export { nameIndex, personEntry } from './read-model/index.js';

const MAX_QUERY = 200;

/**
 * People (and with `kind: 'all'`, facilities and places) whose names match `query` in any
 * script or spelling, best first.
 *
 * @example
 * await searchPersons(ctx, 'Aleksandr Luchinovich', { limit: 5, audience: 'public' })
 */
export async function searchPersons(
  ctx: AppContext,
  query: string,
  opts: { limit: number; audience: Audience; kind?: 'person' | 'facility' | 'place' | 'all' },
): Promise<SearchHit[]> {
  const q = searchable(query);
  if (q === '') return [];
  const index = await nameIndex(ctx, opts.audience);
  const kind = opts.kind ?? 'person';
  return index.search(q, { limit: opts.limit, ...(kind === 'all' ? {} : { kind }) });
}

/**
 * The ids of the people {@link searchPersons} finds, in its order, without the matched
 * name forms (a list that orders its hits itself).
 *
 * @example
 * await searchPersonIds(ctx, 'ivan', { limit: 500, audience: 'staff' }) // ['p-g00017', …]
 */
export async function searchPersonIds(
  ctx: AppContext,
  query: string,
  opts: { limit: number; audience: Audience },
): Promise<string[]> {
  const q = searchable(query);
  if (q === '') return [];
  return (await nameIndex(ctx, opts.audience)).searchIds(q, { limit: opts.limit, kind: 'person' });
}

function searchable(query: string): string {
  const q = query.trim();
  if (q.length > MAX_QUERY) throw new RollcallError('query-too-long', `A search is at most ${MAX_QUERY} characters.`);
  return q;
}

/** Likely duplicates of a person record that is about to be created or imported. */
export async function duplicatesOf(ctx: AppContext, person: Person, limit = 5) {
  const index = await nameIndex(ctx, 'staff');
  const entry = personEntry(person, 'staff');
  if (!entry) return [];
  const seen = new Set<string>();
  const out: Array<{ id: string; score: number; reasons: string[] }> = [];
  for (const form of entry.forms) {
    for (const hit of index.search([form.given, form.family].filter(Boolean).join(' '), {
      limit: 10,
      kind: 'person',
    })) {
      if (hit.id === person.id || seen.has(hit.id)) continue;
      seen.add(hit.id);
      const other = index.get(hit.id);
      if (!other) continue;
      const score = duplicateScore(entry, other);
      if (score.score >= 0.75) out.push({ id: hit.id, score: score.score, reasons: score.reasons });
    }
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Candidate duplicate pairs across the whole registry, best first. */
export async function registryDuplicates(
  ctx: AppContext,
  opts: { minScore?: number; limit?: number } = {},
): Promise<DuplicatePair[]> {
  const entries: IndexEntry[] = [];
  await ctx.store.read((repos) =>
    forEachPersonPage(repos, async (persons) => {
      for (const p of persons) {
        const e = personEntry(p, 'staff');
        if (e) entries.push(e);
      }
    }),
  );
  const pairs = findDuplicatePairs(entries, { ...(opts.minScore === undefined ? {} : { threshold: opts.minScore }) });
  return pairs.slice(0, opts.limit ?? 1000);
}
