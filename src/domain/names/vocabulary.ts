/**
 * The word side of the name index: distinct word types (role + spelling), their keys,
 * given-name groups, posting lists and typo neighbourhoods. Pure data structure.
 */
import { coarseKey, fineKey, foldKey, nameWords, prostheticAlternative } from './keys.js';
import { groupInitials, groupsOfKey } from './given-names.js';
import { deletions, keySimilarity } from './similarity.js';

export const ROLE_FAMILY = 0;
export const ROLE_GIVEN = 1;
export const ROLE_PATRONYMIC = 2;

/** Similarity of a word whose key equals the query's. */
export const EXACT_KEY = 0.96;
const MAX_PREFIX_KEYS = 64;

/** One distinct word in one role, with where it occurs (entry, form pairs). */
export interface WordType {
  role: number;
  fine: string;
  key: string;
  /** First letters this word can be abbreviated to ("U"/"V" for Уладзімір). */
  initials: string;
  /** Flat list of entry index, form index pairs. */
  occurrences: number[];
}

export class Vocabulary {
  readonly types: WordType[] = [];
  private readonly typeIds = new Map<string, number>();
  /** Per role: name part text -> word type ids. */
  private readonly textCache = [new Map<string, number[]>(), new Map<string, number[]>(), new Map<string, number[]>()];
  /** Key (or prothetic alternative) -> posting keys (the key itself or `#group`). */
  private readonly vocab = new Map<string, string[]>();
  /** Posting key -> word type ids. */
  readonly postings = new Map<string, number[]>();
  /** One-deletion variant -> vocabulary keys. */
  private readonly deletes = new Map<string, string[]>();
  private sortedKeys: string[] | undefined;

  /** Records one name part (a role's text) of an entry's form; returns its word type ids. */
  addText(text: string, role: number, entry: number, form: number): readonly number[] {
    const cache = this.textCache[role] as Map<string, number[]>;
    let ids = cache.get(text);
    if (ids === undefined) {
      ids = [];
      for (const word of nameWords(text)) {
        const id = this.typeOf(word, role);
        if (id >= 0 && !ids.includes(id)) ids.push(id);
      }
      cache.set(text, ids);
    }
    for (const id of ids) (this.types[id] as WordType).occurrences.push(entry, form);
    return ids;
  }

  private typeOf(word: string, role: number): number {
    const fine = fineKey(word);
    if (fine === '') return -1;
    const name = `${role}:${fine}`;
    let id = this.typeIds.get(name);
    if (id === undefined) {
      id = this.newType(role, fine);
      this.typeIds.set(name, id);
    }
    return id;
  }

  private newType(role: number, fine: string): number {
    const key = foldKey(fine);
    const alt = prostheticAlternative(key);
    const groups = role === ROLE_FAMILY ? [] : [...new Set([...groupsOfKey(key), ...(alt ? groupsOfKey(alt) : [])])];
    const initials = new Set([fine.charAt(0), key.charAt(0)]);
    for (const g of groups) for (const letter of groupInitials(g)) initials.add(letter);
    const id = this.types.length;
    this.types.push({ role, fine, key, initials: [...initials].join(''), occurrences: [] });
    const posts = groups.length > 0 ? groups.map((g) => `#${g}`) : [key];
    for (const p of posts) {
      const list = this.postings.get(p);
      if (list === undefined) this.postings.set(p, [id]);
      else list.push(id);
      this.link(key, p, true);
      if (alt !== undefined) this.link(alt, p, false);
      this.link(coarseKey(key), p, false);
    }
    return id;
  }

  private link(key: string, posting: string, typos: boolean): void {
    const known = this.vocab.get(key);
    if (known !== undefined) {
      if (!known.includes(posting)) known.push(posting);
      return;
    }
    this.vocab.set(key, [posting]);
    this.sortedKeys = undefined;
    if (!typos || key.length < 4) return;
    for (const d of deletions(key)) {
      const list = this.deletes.get(d);
      if (list === undefined) this.deletes.set(d, [key]);
      else list.push(key);
    }
  }

  /** Posting keys reached from a vocabulary key. */
  postingsOf(key: string): readonly string[] {
    return this.vocab.get(key) ?? [];
  }

  /**
   * Vocabulary keys near a query word with a similarity each: the key itself, alternative
   * readings, keys within the typo budget and, if `prefix`, keys it begins.
   */
  candidates(key: string, alts: ReadonlyArray<[string, number]>, prefix: boolean): Map<string, number> {
    const out = new Map<string, number>();
    const put = (k: string, s: number): void => {
      if (s > 0 && s > (out.get(k) ?? 0)) out.set(k, s);
    };
    if (this.vocab.has(key)) put(key, EXACT_KEY);
    for (const [k, s] of alts) if (this.vocab.has(k)) put(k, s);
    if (key.length < 4) return out;
    for (const k of this.typoNeighbours(key)) put(k, keySimilarity(key, k));
    if (prefix && !this.vocab.has(key)) {
      for (const k of this.prefixKeys(key)) put(k, 0.55 + 0.3 * (key.length / k.length));
    }
    return out;
  }

  /** Keys sharing a one-deletion variant with the key or with its one-deletion variants. */
  private typoNeighbours(key: string): Set<string> {
    const near = new Set<string>(this.deletes.get(key) ?? []);
    const once = deletions(key);
    const twice = key.length >= 7 ? new Set(once.flatMap(deletions)) : new Set<string>();
    for (const d of [...once, ...twice]) {
      if (this.vocab.has(d)) near.add(d);
      for (const k of this.deletes.get(d) ?? []) near.add(k);
    }
    return near;
  }

  private prefixKeys(prefix: string): string[] {
    if (this.sortedKeys === undefined) this.sortedKeys = [...this.vocab.keys()].sort();
    const keys = this.sortedKeys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < keys.length && out.length < MAX_PREFIX_KEYS; i++) {
      const k = keys[i] as string;
      if (!k.startsWith(prefix)) break;
      if (k !== prefix) out.push(k);
    }
    return out;
  }
}
