/**
 * Likely duplicates: the same person entered twice under other spellings. Scores a pair
 * from names (across scripts, systems and Belarusian/Russian forms) and dates, and scans
 * a whole registry with blocking on name keys so it is not O(n²).
 */
import { groupsOfKey } from './given-names.js';
import { nameWords, phoneticKey } from './keys.js';
import type { IndexEntry, IndexForm } from './name-index.js';
import { deletions, keySimilarity } from './similarity.js';

export interface DuplicateScore {
  /** 0..1; 0.75 and above is worth a look. */
  score: number;
  /** Human-readable grounds, e.g. "family names match: Бяляўскі ~ Belyavsky". */
  reasons: string[];
}
export interface DuplicatePair extends DuplicateScore {
  a: string;
  b: string;
}
export interface DuplicateScanOptions {
  /** Pairs below this score are not reported (default 0.75). */
  threshold?: number;
  /** Blocks larger than this are skipped as uninformative (default 2000). */
  maxBlock?: number;
}

interface Profile {
  form: IndexForm;
  family: string;
  given: string;
  groups: readonly string[];
  patronymic: string;
}

const keyCache = new Map<string, string>();
const similarityCache = new Map<string, number>();
const CACHE_LIMIT = 200_000;

function keyOf(text: string | undefined): string {
  if (text === undefined || text === '') return '';
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size > CACHE_LIMIT) keyCache.clear();
    key = nameWords(text).map(phoneticKey).join(' ');
    keyCache.set(text, key);
  }
  return key;
}

/** keySimilarity, remembered: given names and patronymics repeat across a registry. */
function cachedSimilarity(a: string, b: string): number {
  if (a === b) return keySimilarity(a, b);
  const id = a < b ? `${a}|${b}` : `${b}|${a}`;
  let s = similarityCache.get(id);
  if (s === undefined) {
    if (similarityCache.size > CACHE_LIMIT) similarityCache.clear();
    s = keySimilarity(a, b);
    similarityCache.set(id, s);
  }
  return s;
}

const profileCache = new WeakMap<IndexEntry, Profile[]>();

/** Distinct key profiles of an entry's forms (be/ru/Latin forms mostly collapse to one). */
function profiles(entry: IndexEntry): Profile[] {
  const cached = profileCache.get(entry);
  if (cached !== undefined) return cached;
  const seen = new Map<string, Profile>();
  for (const form of entry.forms) {
    const given = keyOf(form.given);
    const p: Profile = {
      form,
      family: keyOf(form.family),
      given,
      groups: groupsOfKey(given),
      patronymic: keyOf(form.patronymic),
    };
    const id = `${p.family}|${p.given}|${p.patronymic}`;
    if (p.family !== '' && !seen.has(id)) seen.set(id, p);
  }
  const out = [...seen.values()];
  profileCache.set(entry, out);
  return out;
}

function givenSimilarity(a: Profile, b: Profile): number {
  if (a.given === '' || b.given === '') return 0.5;
  if (a.given === b.given || a.groups.some((g) => b.groups.includes(g))) return 1;
  if (a.given.length === 1 || b.given.length === 1) return a.given.charAt(0) === b.given.charAt(0) ? 0.7 : 0;
  return cachedSimilarity(a.given, b.given);
}

function patronymicSimilarity(a: Profile, b: Profile): number {
  if (a.patronymic === '' || b.patronymic === '') return 0.5;
  return cachedSimilarity(a.patronymic, b.patronymic);
}

const show = (f: IndexForm): string => [f.given, f.patronymic, f.family].filter((x) => x).join(' ');

type Why = [Profile, Profile, number, number, number];

function nameScore(a: IndexEntry, b: IndexEntry): { score: number; why: Why | undefined } {
  let best = 0;
  let why: Why | undefined;
  for (const pa of profiles(a)) {
    for (const pb of profiles(b)) {
      const fam = pa.family === pb.family ? 1 : keySimilarity(pa.family, pb.family);
      if (fam === 0) continue;
      const given = givenSimilarity(pa, pb);
      const patronymic = patronymicSimilarity(pa, pb);
      let score = 0.5 * fam + 0.35 * given + 0.15 * patronymic;
      if (patronymic === 0) score *= PATRONYMIC_CONFLICT;
      if (score > best) {
        best = score;
        why = [pa, pb, fam, given, patronymic];
      }
    }
  }
  return { score: best, why };
}

/** Factor applied when both patronymics are known and differ (different fathers). */
const PATRONYMIC_CONFLICT = 0.6;

function nameReasons(pa: Profile, pb: Profile, fam: number, given: number, patronymic: number): string[] {
  const reasons = [`${show(pa.form)} ~ ${show(pb.form)}`];
  reasons.push(fam === 1 ? 'family names match' : 'family names differ by a typo');
  if (given === 1) reasons.push(pa.given === pb.given ? 'given names match' : 'given names are equivalent forms');
  else if (given === 0) reasons.push('given names differ');
  else if (given !== 0.5) reasons.push('given names similar');
  if (patronymic === 0) reasons.push('patronymics differ');
  return reasons;
}

type DateRelation = 'same' | 'compatible' | 'conflict' | 'unknown';

/** Relation of two partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `~` = approximate). */
export function compareDates(a: string | undefined, b: string | undefined): DateRelation {
  if (a === undefined || b === undefined || a === '' || b === '') return 'unknown';
  const approx = a.startsWith('~') || b.startsWith('~');
  const x = a.replace(/^~/, '');
  const y = b.replace(/^~/, '');
  if (x === y) return x.length === 10 && !approx ? 'same' : 'compatible';
  if (x.startsWith(y) || y.startsWith(x)) return 'compatible';
  if (approx && Math.abs(Number(x.slice(0, 4)) - Number(y.slice(0, 4))) <= 1) return 'compatible';
  return 'conflict';
}

/**
 * How likely two entries are one person: names first (any script or system, Belarusian or
 * Russian form, typos), then dates of birth and detention raise or lower the score.
 *
 * @example
 * duplicateScore(
 *   { id: 'p-1', kind: 'person', forms: [{ family: 'Бяляўскі', given: 'Андрэй' }], birthDate: '1985-03-02' },
 *   { id: 'p-2', kind: 'person', forms: [{ family: 'Belyavsky', given: 'Andrey' }], birthDate: '1985' },
 * ) // { score: 0.965, reasons: ['Андрэй Бяляўскі ~ Andrey Belyavsky', 'family names match', …] }
 */
export function duplicateScore(a: IndexEntry, b: IndexEntry): DuplicateScore {
  return scorePair(a, b, true);
}

function scorePair(a: IndexEntry, b: IndexEntry, explain: boolean): DuplicateScore {
  const names = nameScore(a, b);
  if (names.why === undefined) return { score: 0, reasons: explain ? ['names do not match'] : [] };
  let score = names.score;
  const reasons: string[] = [];
  const birth = compareDates(a.birthDate, b.birthDate);
  const detention = compareDates(a.detentionDate, b.detentionDate);
  score += birth === 'same' ? 0.12 : birth === 'compatible' ? 0.04 : 0;
  score *= birth === 'conflict' ? 0.5 : 1;
  score += detention === 'same' || detention === 'compatible' ? 0.05 : 0;
  score *= detention === 'conflict' ? 0.9 : 1;
  if (explain) {
    reasons.push(...nameReasons(...names.why));
    if (birth !== 'unknown') reasons.push(`${DATE_WORDS[birth]} of birth: ${a.birthDate} / ${b.birthDate}`);
    if (detention !== 'unknown')
      reasons.push(`${DATE_WORDS[detention]} of detention: ${a.detentionDate} / ${b.detentionDate}`);
  }
  return { score: Math.round(Math.min(1, score) * 1000) / 1000, reasons };
}

const DATE_WORDS: Record<DateRelation, string> = {
  same: 'same date',
  compatible: 'compatible dates',
  conflict: 'different dates',
  unknown: 'unknown dates',
};

/** Given-name classes for blocking: group ids and first letter; `*` when there is none. */
function givenClasses(p: Profile): string[] {
  return p.given.length > 1 ? [...p.groups.map((g) => `#${g}`), p.given.charAt(0)] : ['*'];
}

/** family key -> given class -> entry indexes. */
type Blocks = Map<string, Map<string, Set<number>>>;

function buildBlocks(entries: readonly IndexEntry[]): Blocks {
  const blocks: Blocks = new Map();
  entries.forEach((entry, i) => {
    for (const p of profiles(entry)) {
      let byClass = blocks.get(p.family);
      if (byClass === undefined) blocks.set(p.family, (byClass = new Map()));
      for (const c of givenClasses(p)) {
        const set = byClass.get(c);
        if (set === undefined) byClass.set(c, new Set([i]));
        else set.add(i);
      }
    }
  });
  return blocks;
}

/** Pairs of distinct family keys within the typo budget of each other. */
function neighbourKeys(keys: readonly string[]): Array<[string, string]> {
  const byDeletion = new Map<string, string[]>();
  const known = new Set(keys);
  for (const k of keys) {
    if (k.length < 4) continue;
    for (const d of deletions(k)) {
      const list = byDeletion.get(d);
      if (list === undefined) byDeletion.set(d, [k]);
      else list.push(k);
    }
  }
  const out = new Map<string, [string, string]>();
  const note = (x: string, y: string): void => {
    if (x === y || keySimilarity(x, y) === 0) return;
    const pair: [string, string] = x < y ? [x, y] : [y, x];
    out.set(pair.join('|'), pair);
  };
  for (const [d, list] of byDeletion) {
    if (known.has(d)) for (const k of list) note(d, k);
    for (let m = 0; m < list.length; m++)
      for (let n = m + 1; n < list.length; n++) note(list[m] as string, list[n] as string);
  }
  return [...out.values()];
}

/**
 * Registry-wide scan for likely duplicates: entries sharing a family key, or keys one typo
 * apart, and a compatible given-name class (same group or first letter; entries without a
 * given name meet everyone), scored by {@link duplicateScore}.
 */
export function findDuplicatePairs(entries: readonly IndexEntry[], opts: DuplicateScanOptions = {}): DuplicatePair[] {
  const threshold = opts.threshold ?? 0.75;
  const maxBlock = opts.maxBlock ?? 2000;
  const blocks = buildBlocks(entries);
  const seen = new Set<number>();
  const pairs: DuplicatePair[] = [];
  const consider = (i: number, j: number): void => {
    if (i === j) return;
    const [x, y] = i < j ? [i, j] : [j, i];
    const id = x * entries.length + y;
    if (seen.has(id)) return;
    seen.add(id);
    const a = entries[x] as IndexEntry;
    const b = entries[y] as IndexEntry;
    if (a.kind !== b.kind || a.id === b.id) return;
    if (scorePair(a, b, false).score >= threshold) pairs.push({ a: a.id, b: b.id, ...scorePair(a, b, true) });
  };
  const cross = (p: Map<string, Set<number>>, q: Map<string, Set<number>>): void => {
    for (const [c, left] of p) {
      const partners = c === '*' ? [...q.values()] : [q.get(c), q.get('*')];
      for (const right of partners) {
        if (right === undefined || left.size * right.size > maxBlock * maxBlock) continue;
        for (const i of left) for (const j of right) consider(i, j);
      }
    }
  };
  for (const byClass of blocks.values()) cross(byClass, byClass);
  for (const [x, y] of neighbourKeys([...blocks.keys()])) {
    cross(blocks.get(x) as Map<string, Set<number>>, blocks.get(y) as Map<string, Set<number>>);
  }
  return pairs.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a));
}
