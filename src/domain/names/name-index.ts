/**
 * In-memory name search index (pure data structure): people, facilities and places by
 * any spelling, partial names, initials and typos. See `parseQuery` for query syntax.
 */
import { editDistance } from './similarity.js';
import { parseQuery, MAX_QUERY_TOKENS, type QueryToken } from './query.js';
import { EXACT_KEY, ROLE_FAMILY, ROLE_GIVEN, ROLE_PATRONYMIC, Vocabulary, type WordType } from './vocabulary.js';
import { detectScript, formatName, type LatinSystem } from './translit.js';
import { RollcallError } from '../errors.js';

export type EntryKind = 'person' | 'facility' | 'place';
/** One way of writing the entry's name; facilities and places use `family` only. */
export interface IndexForm {
  family: string;
  given?: string;
  patronymic?: string;
  system?: LatinSystem | string;
}
export interface IndexEntry {
  id: string;
  kind: EntryKind;
  forms: IndexForm[];
  birthDate?: string;
  detentionDate?: string;
}
export interface SearchHit {
  id: string;
  kind: EntryKind;
  /** 0..1, 1 = every query word matched exactly. */
  score: number;
  /** The name form that matched best, "Given Patronymic Family". */
  matched: string;
}
export interface SearchOptions {
  limit?: number;
  kind?: EntryKind;
  /** Hits below this score are dropped (default 0.3). */
  minScore?: number;
}

const FAMILY_BONUS = 0.01;
/** Credit for an initial that fits the other part (first initial vs patronymic). */
const OTHER_PART_INITIAL = 0.6;
const SLOTS = MAX_QUERY_TOKENS;

/**
 * Search index over name forms; one engine for the CLI, public list and API.
 *
 * @example
 * const index = new NameIndex();
 * index.add({ id: 'p-1', kind: 'person', forms: [{ family: 'Лучыновіч', given: 'Аляксандр' }] });
 * index.search('A. Luchinovich')[0]?.id // 'p-1'
 */
export class NameIndex {
  private readonly entries: Array<IndexEntry | undefined> = [];
  private readonly idToIdx = new Map<string, number>();
  private readonly entryTypes: Int32Array[] = [];
  private readonly words = new Vocabulary();
  private scratch = new Float32Array(0);
  private scratchForm = new Int16Array(0);
  private scratchRole = new Int8Array(0);
  private stamp = new Uint32Array(0);
  private queryNo = 0;

  /** Number of live entries. */
  get size(): number {
    return this.idToIdx.size;
  }

  /** The entry stored under an id, if any. */
  get(id: string): IndexEntry | undefined {
    const idx = this.idToIdx.get(id);
    return idx === undefined ? undefined : this.entries[idx];
  }

  /** Adds an entry, replacing any entry with the same id. */
  add(entry: IndexEntry): void {
    if (entry.id === '') throw new RollcallError('invalid-index-entry', 'An index entry needs a non-empty id.');
    if (entry.forms.length === 0) {
      throw new RollcallError('invalid-index-entry', `Entry "${entry.id}" has no name forms; give at least one.`);
    }
    this.remove(entry.id);
    const idx = this.entries.length;
    this.entries.push(entry);
    this.idToIdx.set(entry.id, idx);
    const types = new Set<number>();
    entry.forms.forEach((form, f) => {
      [form.family, form.given ?? '', form.patronymic ?? ''].forEach((text, role) => {
        if (text !== '') for (const t of this.words.addText(text, role, idx, f)) types.add(t);
      });
    });
    this.entryTypes.push(Int32Array.from(types));
  }

  /** Removes an entry by id; unknown ids are ignored. */
  remove(id: string): void {
    const idx = this.idToIdx.get(id);
    if (idx === undefined) return;
    this.entries[idx] = undefined;
    this.idToIdx.delete(id);
  }

  /**
   * Entries matching a query, best first. Words may be in any script or system, in any
   * order, with typos; the last word may be unfinished; "A." or a single letter is an
   * initial (first one: given name, second: patronymic).
   */
  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const tokens = parseQuery(query);
    const queryScript = detectScript(tokens.map((t) => t.text).join(' '));
    return this.top(tokens, opts).map(({ e, score, id }) => ({
      id,
      kind: (this.entries[e] as IndexEntry).kind,
      score: Math.round(score * 1000) / 1000,
      matched: this.matchedForm(e, tokens, queryScript),
    }));
  }

  /**
   * The ids of {@link NameIndex.search}'s hits, in the same order, without the matched
   * form (which costs most of a search with hundreds of hits: a staff list orders its
   * hits by name and shows every form anyway).
   */
  searchIds(query: string, opts: SearchOptions = {}): string[] {
    return this.top(parseQuery(query), opts).map((t) => t.id);
  }

  private top(tokens: QueryToken[], opts: SearchOptions): Top[] {
    const limit = opts.limit ?? 10;
    if (!tokens.some((t) => t.kind === 'word') || limit <= 0) return [];
    this.ensureScratch();
    const stampNo = ++this.queryNo;
    const touched: number[] = [];
    const lastWord = tokens.map((t) => t.kind).lastIndexOf('word');
    const plans = tokens
      .map((t, q) => (t.kind === 'word' ? this.plan(t, q, q === lastWord) : undefined))
      .filter((p) => p !== undefined)
      .sort((a, b) => a.size - b.size);
    plans.forEach((plan, i) => {
      // The commonest word (often a given name) only refines entries the rarer words found.
      const refineOnly = i > 0 && i === plans.length - 1 && plan.size > RESTRICT_ABOVE && touched.length >= limit;
      this.accumulate(plan, stampNo, touched, refineOnly);
    });
    return this.rank(tokens, touched, opts, limit);
  }

  private ensureScratch(): void {
    const n = this.entries.length;
    if (this.stamp.length >= n) return;
    const cap = Math.max(n, this.stamp.length * 2, 1024);
    this.scratch = new Float32Array(cap * SLOTS);
    this.scratchForm = new Int16Array(cap * SLOTS);
    this.scratchRole = new Int8Array(cap * SLOTS);
    this.stamp = new Uint32Array(cap);
    this.queryNo = 0;
  }

  /** Candidate keys and posting lists of one query word, with the number of occurrences they reach. */
  private plan(t: QueryToken, q: number, prefix: boolean): Plan {
    const cands = this.words.candidates(t.key, t.alts, prefix);
    const reach = new Map<string, number>();
    for (const [k, s] of cands) {
      for (const p of this.words.postingsOf(k)) reach.set(p, Math.max(reach.get(p) ?? 0, s));
    }
    let size = 0;
    for (const p of reach.keys()) {
      for (const typeId of this.words.postings.get(p) ?? [])
        size += (this.words.types[typeId] as WordType).occurrences.length;
    }
    return { t, q, cands, reach, size };
  }

  private accumulate(plan: Plan, stampNo: number, touched: number[], refineOnly: boolean): void {
    const { t, q, cands, reach } = plan;
    for (const [p, viaScore] of reach) {
      for (const typeId of this.words.postings.get(p) ?? []) {
        const type = this.words.types[typeId] as WordType;
        const s = type.fine === t.fine ? 1 : type.key === t.key ? EXACT_KEY : this.nearScore(t, type, cands, viaScore);
        this.spread(type, s, q, stampNo, touched, refineOnly);
      }
    }
  }

  /** Score of a word reached by a typo, alternative reading or given-name group; spelling breaks ties. */
  private nearScore(t: QueryToken, type: WordType, cands: Map<string, number>, viaScore: number): number {
    const direct = cands.get(type.key);
    if (direct === undefined) return viaScore * GROUP_FACTOR;
    return direct - 0.01 * editDistance(t.fine, type.fine, 5);
  }

  /** Writes a word type's score into the slot of every entry it occurs in. */
  private spread(type: WordType, s: number, q: number, stampNo: number, touched: number[], refineOnly: boolean): void {
    const occ = type.occurrences;
    for (let i = 0; i < occ.length; i += 2) {
      const e = occ[i] as number;
      if (this.stamp[e] !== stampNo) {
        if (refineOnly || this.entries[e] === undefined) continue;
        this.stamp[e] = stampNo;
        this.scratch.fill(0, e * SLOTS, (e + 1) * SLOTS);
        touched.push(e);
      }
      const slot = e * SLOTS + q;
      if (s > (this.scratch[slot] as number)) {
        this.scratch[slot] = s;
        this.scratchForm[slot] = occ[i + 1] as number;
        this.scratchRole[slot] = type.role;
      }
    }
  }

  private rank(tokens: QueryToken[], touched: number[], opts: SearchOptions, limit: number): Top[] {
    const minScore = opts.minScore ?? 0.3;
    const totalWeight = tokens.reduce((sum, t) => sum + t.weight, 0);
    const initials = tokens.filter((t) => t.kind === 'initial');
    const top: Top[] = [];
    const wordSlots = tokens.flatMap((t, q) => (t.kind === 'word' ? [q] : []));
    const initialWeight = initials.reduce((sum, t) => sum + t.weight, 0);
    for (const e of touched) {
      const entry = this.entries[e] as IndexEntry;
      if (opts.kind !== undefined && entry.kind !== opts.kind) continue;
      let sum = 0;
      let bonus = 0;
      for (const q of wordSlots) {
        const s = this.scratch[e * SLOTS + q] as number;
        sum += s;
        if (s > 0 && this.scratchRole[e * SLOTS + q] === ROLE_FAMILY) bonus = FAMILY_BONUS;
      }
      // Initials cost a scan of the entry's words: skip entries that cannot reach the top.
      const kth = top.length >= limit ? (top[top.length - 1] as { score: number }).score : minScore;
      if ((sum + initialWeight) / totalWeight + bonus < kth) continue;
      initials.forEach((t, i) => (sum += this.initialCredit(e, t, i) * t.weight));
      const score = Math.min(1, sum / totalWeight + bonus);
      if (score >= minScore) insertTop(top, { e, score, id: entry.id }, limit);
    }
    return top;
  }

  /** 1 when the initial fits the expected part (1st: given, 2nd: patronymic), less for the other. */
  private initialCredit(e: number, t: QueryToken, position: number): number {
    const expected = position === 0 ? ROLE_GIVEN : ROLE_PATRONYMIC;
    let credit = 0;
    for (const typeId of this.entryTypes[e] ?? []) {
      const type = this.words.types[typeId] as WordType;
      if (type.role === ROLE_FAMILY) continue;
      if (!type.initials.includes(t.key) && !type.initials.includes(t.fine.charAt(0))) continue;
      if (type.role === expected) return 1;
      credit = OTHER_PART_INITIAL;
    }
    return credit;
  }

  private matchedForm(e: number, tokens: QueryToken[], queryScript: string): string {
    const entry = this.entries[e] as IndexEntry;
    const votes = new Array<number>(entry.forms.length).fill(0);
    tokens.forEach((t, q) => {
      const s = this.scratch[e * SLOTS + q] as number;
      const f = this.scratchForm[e * SLOTS + q] as number;
      if (t.kind === 'word' && s > 0) votes[f] = (votes[f] ?? 0) + s;
    });
    // Same spelling in two forms (Лучыновіч / Лучинович share one): prefer the query's script.
    entry.forms.forEach((f, i) => {
      if (detectScript(formatName(toParts(f))) === queryScript) votes[i] = (votes[i] ?? 0) + 0.001;
    });
    const form = entry.forms[votes.indexOf(Math.max(...votes))] ?? (entry.forms[0] as IndexForm);
    return formatName(toParts(form));
  }
}

const GROUP_FACTOR = 0.92;

const toParts = (f: IndexForm): { family: string; given: string; patronymic?: string } => ({
  family: f.family,
  given: f.given ?? '',
  ...(f.patronymic === undefined ? {} : { patronymic: f.patronymic }),
});
/** Occurrence count above which the commonest query word only refines (see `search`). */
const RESTRICT_ABOVE = 2000;

interface Plan {
  t: QueryToken;
  q: number;
  cands: Map<string, number>;
  reach: Map<string, number>;
  size: number;
}

/** A hit while ranking: the entry's slot, its unrounded score and id. */
interface Top {
  e: number;
  score: number;
  id: string;
}

/** Keeps `top` sorted by score (desc) then id, at most `limit` long. */
function insertTop(top: Top[], item: Top, limit: number): void {
  const last = top[top.length - 1];
  if (
    top.length >= limit &&
    last !== undefined &&
    (item.score < last.score || (item.score === last.score && item.id > last.id))
  )
    return;
  let i = top.length;
  while (i > 0) {
    const prev = top[i - 1] as { score: number; id: string };
    if (prev.score > item.score || (prev.score === item.score && prev.id <= item.id)) break;
    i--;
  }
  top.splice(i, 0, item);
  if (top.length > limit) top.pop();
}
