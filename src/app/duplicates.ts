/**
 * Likely duplicates for the staff desk: pairs of persons whose names share a key of the
 * names module (family name and given name as phonetic keys, so Лосік Ігар, Лосик Игорь and
 * Losik Ihar meet; given names by their equivalence group, so Алесь and Аляксандр do too)
 * and whose birth years and regions do not disagree. Best first: both birth year and
 * region agreeing, then one of them, then the name alone.
 *
 * Cheap at 100,000 persons: each person's keys (a few short strings) are a part of the read
 * model (staff), built once and carried with the records changed since; the pairs are
 * grouped by key (no comparison of every pair) and kept per data version. A key shared by
 * more than {@link MAX_GROUP} persons (a very common name) is paired only within the same
 * birth year and region.
 *
 * Pairs staff judged different people (`duplicate-dismissals.ts`) are left out.
 *
 * @example
 * await likelyDuplicates(ctx, { limit: 20 });
 * // [{ a: 'p-1', b: 'p-9', reason: 'same name (lasik igar), same birth year (1985), same region (homiel)', … }]
 */
import { nameWords, phoneticKey } from '../domain/names/keys.js';
import { groupsOfKey } from '../domain/names/given-names.js';
import type { Person } from '../domain/record.js';
import type { AppContext } from './context.js';
import { forEachPersonPage } from './export.js';
import { memoized, readPart, type Part } from './read-model/index.js';
import { dismissedKeys } from './duplicate-dismissals.js';

/** Keys shared by more persons than this pair only within equal birth year and region. */
export const MAX_GROUP = 50;

export interface DuplicateCandidate {
  a: string;
  b: string;
  /** Readable grounds (English), e.g. "same name (lasik igar), same birth year (1985)". */
  reason: string;
  /** The same grounds as data, for a page that says them in its language. */
  grounds: { nameKey: string; birthYear: number | null; region: string | null };
}

interface Profile {
  keys: readonly string[];
  birthYear: number | null;
  region: string | null;
}

/** Keys of name parts seen (names repeat across a registry); cleared when it grows past the limit. */
const textKeys = new Map<string, string>();
const TEXT_KEYS_LIMIT = 200_000;

/** The name keys of a person: family key with each given-name group (or key). */
export function duplicateKeys(person: Pick<Person, 'names'>): string[] {
  const keys = new Set<string>();
  for (const form of person.names) {
    const family = textKey(form.family, false);
    if (family === '') continue;
    const givenKey = textKey(form.given, true);
    const groups = groupsOfKey(givenKey);
    for (const given of groups.length > 0 ? groups : [givenKey]) keys.add(`${family} ${given}`.trim());
  }
  return [...keys];
}

/** The phonetic key of a family name (all words) or of a given name (its first word). */
function textKey(text: string, firstWordOnly: boolean): string {
  const id = `${firstWordOnly ? 'g' : 'f'}${text}`;
  let key = textKeys.get(id);
  if (key === undefined) {
    if (textKeys.size >= TEXT_KEYS_LIMIT) textKeys.clear();
    const words = nameWords(text);
    key = (firstWordOnly ? words.slice(0, 1) : words).map(phoneticKey).join(' ');
    textKeys.set(id, key);
  }
  return key;
}

function profileOf(p: Person): Profile {
  const year = p.birthDate ? Number(p.birthDate.replace('~', '').slice(0, 4)) : null;
  return { keys: duplicateKeys(p), birthYear: year, region: p.region ?? null };
}

const profilesPart: Part<ReadonlyMap<string, Profile>> = {
  name: 'duplicate-profiles',
  audience: 'staff',
  build: async (ctx) => {
    const out = new Map<string, Profile>();
    await ctx.store.read((repos) =>
      forEachPersonPage(repos, async (persons) => {
        for (const p of persons) out.set(p.id, profileOf(p));
      }),
    );
    return out;
  },
  carry: async (old, changes, ctx) => {
    const ids = [...changes.ids('person')];
    if (ids.length === 0) return old;
    const persons = await ctx.store.read((repos) => repos.persons.getMany(ids));
    const next = new Map(old);
    for (const id of ids) next.delete(id);
    for (const p of persons) next.set(p.id, profileOf(p));
    return next;
  },
};

/** Up to `limit` likely duplicate pairs, best first (see the module comment). */
export async function likelyDuplicates(ctx: AppContext, opts: { limit: number }): Promise<DuplicateCandidate[]> {
  const [all, dismissed] = await Promise.all([
    memoized(ctx, 'staff', 'likely-duplicates', async () => findPairs(await readPart(ctx, profilesPart))),
    dismissedKeys(ctx),
  ]);
  // Judged different people (`duplicate-dismissals.ts`): read on each call, a few rows.
  const offered = dismissed.size === 0 ? all : all.filter((p) => !dismissed.has(`${p.a}\n${p.b}`));
  return offered.slice(0, Math.max(0, opts.limit));
}

/** Pairs from profiles grouped by key; exported for tests and the measurement. */
export function findPairs(profiles: ReadonlyMap<string, Profile>): DuplicateCandidate[] {
  const groups = new Map<string, string[]>();
  for (const [id, p] of profiles) {
    for (const key of p.keys) {
      const ids = groups.get(key);
      if (ids) ids.push(id);
      else groups.set(key, [id]);
    }
  }
  const found = new Map<string, { pair: DuplicateCandidate; rank: number }>();
  for (const [key, ids] of groups) {
    if (ids.length < 2) continue;
    for (const block of ids.length > MAX_GROUP ? narrow(ids, profiles) : [ids]) {
      for (let i = 0; i < block.length; i += 1) {
        for (let j = i + 1; j < block.length; j += 1) consider(key, block[i] as string, block[j] as string);
      }
    }
  }
  function consider(key: string, x: string, y: string): void {
    const [a, b] = x < y ? [x, y] : [y, x];
    const grounds = agreement(key, profiles.get(a) as Profile, profiles.get(b) as Profile);
    if (grounds === null) return;
    const rank = (grounds.birthYear === null ? 0 : 2) + (grounds.region === null ? 0 : 1);
    const id = `${a}\n${b}`;
    if ((found.get(id)?.rank ?? -1) >= rank) return;
    found.set(id, { pair: { a, b, reason: reasonText(grounds), grounds }, rank });
  }
  return [...found.values()]
    .sort((p, q) => q.rank - p.rank || cmp(p.pair.a, q.pair.a) || cmp(p.pair.b, q.pair.b))
    .map((x) => x.pair);
}

/** A large group split by birth year and region; persons missing either are left out. */
function narrow(ids: readonly string[], profiles: ReadonlyMap<string, Profile>): string[][] {
  const blocks = new Map<string, string[]>();
  for (const id of ids) {
    const p = profiles.get(id) as Profile;
    if (p.birthYear === null || p.region === null) continue;
    const key = `${p.birthYear}|${p.region}`;
    const block = blocks.get(key);
    if (block) block.push(id);
    else blocks.set(key, [id]);
  }
  return [...blocks.values()].filter((b) => b.length >= 2 && b.length <= MAX_GROUP);
}

/** The grounds of a pair, or null when birth years or regions disagree. */
function agreement(nameKey: string, a: Profile, b: Profile): DuplicateCandidate['grounds'] | null {
  if (a.birthYear !== null && b.birthYear !== null && a.birthYear !== b.birthYear) return null;
  if (a.region !== null && b.region !== null && a.region !== b.region) return null;
  return {
    nameKey,
    birthYear: a.birthYear !== null && a.birthYear === b.birthYear ? a.birthYear : null,
    region: a.region !== null && a.region === b.region ? a.region : null,
  };
}

function reasonText(g: DuplicateCandidate['grounds']): string {
  return [
    `same name (${g.nameKey})`,
    ...(g.birthYear === null ? [] : [`same birth year (${g.birthYear})`]),
    ...(g.region === null ? [] : [`same region (${g.region})`]),
  ].join(', ');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
