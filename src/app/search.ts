/**
 * Name search over the registry: one engine (the domain's {@link NameIndex})
 * for the CLI, the public list and the API.
 *
 * The index lives in memory, one per store and audience. It is built once from
 * all records, then kept current from the revisions written since: each search
 * first applies the persons changed after the last revision it saw. The public
 * index holds only public persons and only their public name forms, so a search
 * can never reveal an internal spelling.
 */
import { NameIndex, type IndexEntry, type SearchHit } from '../domain/names/name-index.js';
import { findDuplicatePairs, duplicateScore, type DuplicatePair } from '../domain/names/duplicates.js';
import { Person } from '../domain/record.js';
import { PLACES } from '../domain/places.js';
import { custodyPeriods } from '../domain/custody.js';
import { type AppContext } from './context.js';
import { RollcallError } from '../domain/errors.js';
import type { Repos, Store } from './ports.js';
import { forEachPersonPage } from './export.js';
import type { Audience } from '../domain/access.js';

interface LiveIndex {
  index: NameIndex;
  lastRevisionId: number;
}

/** Per store and audience, the index being built or built (a promise, so concurrent first searches build once). */
const indexes = new WeakMap<Store, Map<Audience, Promise<LiveIndex>>>();
const MAX_QUERY = 200;

/** The index entry for a person, or null when the audience may not see the person. */
export function personEntry(person: Person, audience: Audience): IndexEntry | null {
  if (audience === 'public' && person.visibility !== 'public') return null;
  const forms = person.names
    .filter((n) => audience === 'staff' || n.visibility === 'public')
    .map((n) => ({
      family: n.family,
      given: n.given,
      ...(n.patronymic ? { patronymic: n.patronymic } : {}),
      system: n.system,
    }));
  if (forms.length === 0) return null;
  const birthVisible = audience === 'staff' || person.birthDateVisibility === 'public';
  const first = custodyPeriods(person)[0];
  return {
    id: person.id,
    kind: 'person',
    forms,
    ...(birthVisible && person.birthDate ? { birthDate: person.birthDate } : {}),
    ...(first ? { detentionDate: first.startEvent.date } : {}),
  };
}

async function buildIndex(repos: Repos, audience: Audience): Promise<LiveIndex> {
  const lastRevisionId = await repos.revisions.lastId();
  const index = new NameIndex();
  await forEachPersonPage(repos, async (persons) => {
    for (const p of persons) {
      const entry = personEntry(p, audience);
      if (entry) index.add(entry);
    }
  });
  for (const f of await repos.facilities.list()) {
    if (audience === 'public' && f.visibility !== 'public') continue;
    const names = [
      ...Object.values(f.name),
      ...Object.values(f.city).map((c) => `${c} ${f.number ?? ''}`.trim()),
      ...f.aliases,
    ];
    const forms = [...new Set(names.filter((n): n is string => Boolean(n)))].map((family) => ({ family }));
    if (forms.length > 0) index.add({ id: f.id, kind: 'facility', forms });
  }
  for (const place of PLACES)
    index.add({ id: place.id, kind: 'place', forms: place.names.map((family) => ({ family })) });
  return { index, lastRevisionId };
}

async function refresh(live: LiveIndex, repos: Repos, audience: Audience): Promise<void> {
  const changes = await repos.revisions.since('person', live.lastRevisionId, 10_000);
  for (const rev of changes) {
    live.lastRevisionId = Math.max(live.lastRevisionId, rev.id);
    const entry = rev.doc === null ? null : personEntry(Person.parse(rev.doc), audience);
    if (entry) live.index.add(entry);
    else live.index.remove(rev.entityId);
  }
  if (changes.length === 10_000) await refresh(live, repos, audience);
}

/**
 * The current index for an audience: built on first use, then brought up to
 * date with the revisions written since (applying a change twice is harmless:
 * `add` replaces an entry).
 */
export async function nameIndex(ctx: AppContext, audience: Audience): Promise<NameIndex> {
  const perStore = indexes.get(ctx.store) ?? new Map<Audience, Promise<LiveIndex>>();
  indexes.set(ctx.store, perStore);
  let building = perStore.get(audience);
  if (!building) {
    building = ctx.store.read((repos) => buildIndex(repos, audience));
    perStore.set(audience, building);
    building.catch(() => perStore.delete(audience));
    return (await building).index;
  }
  const live = await building;
  await ctx.store.read((repos) => refresh(live, repos, audience));
  return live.index;
}

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
  const q = query.trim();
  if (q.length === 0) return [];
  if (q.length > MAX_QUERY) throw new RollcallError('query-too-long', `A search is at most ${MAX_QUERY} characters.`);
  const index = await nameIndex(ctx, opts.audience);
  const kind = opts.kind ?? 'person';
  return index.search(q, { limit: opts.limit, ...(kind === 'all' ? {} : { kind }) });
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
