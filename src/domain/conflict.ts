/**
 * A three-way view of an edit made against a revision that is no longer the latest:
 * the base both sides started from, theirs (what is stored now) and mine (what the
 * writer tried to save). Fields are the dotted paths of {@link fieldDiff}; a path that
 * lies inside another changed path is merged into it, so "they deleted the event" and
 * "I changed its date" are one field. A field only one side changed is taken from that
 * side; a field both changed differently needs a choice: theirs, mine or an edited value.
 *
 * @example
 * const fields = conflictFields(base, theirs, mine);
 * // [{ path: 'city.en', base: 'Minsk', theirs: 'Mensk', mine: 'Miensk', status: 'conflict' }]
 * applyChoices(base, theirs, mine, { 'city.en': { take: 'mine' } });
 * // { doc: { ...theirs, city: { en: 'Miensk' } }, missing: [], invalid: [] }
 */
import { fieldDiff } from './field-diff.js';

/** Who changed a field since the base: only them, only me, both differently, or both the same way. */
export type ConflictStatus = 'theirs' | 'mine' | 'conflict' | 'agreed';

export interface ConflictField {
  path: string;
  /** Undefined: the field is absent there. */
  base?: unknown;
  theirs?: unknown;
  mine?: unknown;
  status: ConflictStatus;
}

export type Choice = { take: 'theirs' } | { take: 'mine' } | { take: 'edit'; text: string };

export interface Resolution {
  /** The document to save against theirs (meaningful when nothing is missing or invalid). */
  doc: unknown;
  /** Conflicting fields without a choice. */
  missing: string[];
  /** Edited values that could not be read (not JSON where JSON is needed). */
  invalid: string[];
}

type Segment = { key: string } | { id: string } | { index: number } | { order: true };

/** fieldDiff stops after this many changes; past it the whole record is one field. */
const DIFF_CAP = 200;

export function conflictFields(base: unknown, theirs: unknown, mine: unknown): ConflictField[] {
  const paths = mergedPaths(changedPaths(base, theirs), changedPaths(base, mine));
  return paths.map((path) => {
    const [b, t, m] = [valueAt(base, path), valueAt(theirs, path), valueAt(mine, path)];
    const status: ConflictStatus = same(t, m) ? 'agreed' : same(b, t) ? 'mine' : same(b, m) ? 'theirs' : 'conflict';
    return { path, ...defined('base', b), ...defined('theirs', t), ...defined('mine', m), status };
  });
}

/** Theirs with every field only I changed taken from mine and each conflict resolved by its choice. */
export function applyChoices(
  base: unknown,
  theirs: unknown,
  mine: unknown,
  choices: Readonly<Record<string, Choice>>,
): Resolution {
  let doc = structuredClone(theirs);
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const field of conflictFields(base, theirs, mine)) {
    if (field.status === 'theirs' || field.status === 'agreed') continue;
    const choice: Choice | undefined = field.status === 'mine' ? { take: 'mine' } : choices[field.path];
    if (!choice) {
      missing.push(field.path);
      continue;
    }
    if (choice.take === 'theirs') continue;
    const value = choice.take === 'mine' ? field.mine : parseEdited(choice.text, field);
    if (value === INVALID) {
      invalid.push(field.path);
      continue;
    }
    doc = setAt(doc, parsePath(field.path), value, mine);
  }
  return { doc: compact(doc), missing, invalid };
}

/** The text an edit box starts with for a value: a string as it is, anything else as JSON. */
export function editText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 1);
}

const INVALID = Symbol('invalid');
const REMOVED = Symbol('removed');

/** A field whose values are all text is edited as text (empty: absent); any other as JSON. */
function parseEdited(text: string, field: ConflictField): unknown {
  const textual = [field.base, field.theirs, field.mine].every((v) => v === undefined || typeof v === 'string');
  if (textual) return text === '' ? undefined : text;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID;
  }
}

function changedPaths(a: unknown, b: unknown): string[] {
  const changes = fieldDiff(a, b);
  return changes.length >= DIFF_CAP ? ['(record)'] : changes.map((c) => c.path);
}

/** Both sides' paths, each path inside another changed path folded into the outer one. */
function mergedPaths(theirs: string[], mine: string[]): string[] {
  const all = [...new Set([...theirs, ...mine])];
  if (all.includes('(record)')) return ['(record)'];
  const inside = (inner: string, outer: string) =>
    inner !== outer && (inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`));
  return all.filter((p) => !all.some((q) => inside(p, q))).sort();
}

export function parsePath(path: string): Segment[] {
  if (path === '(record)') return [];
  const out: Segment[] = [];
  for (const m of path.matchAll(/\[([^\]]+)\]|\(order\)|([^.[(]+)/g)) {
    if (m[1] !== undefined) out.push({ id: m[1] });
    else if (m[0] === '(order)') out.push({ order: true });
    else if (/^\d+$/.test(m[2]!)) out.push({ index: Number(m[2]) });
    else out.push({ key: m[2]! });
  }
  return out;
}

/** The value at a path; for `(order)`, the ids of the array in their order. */
export function valueAt(doc: unknown, path: string): unknown {
  let cur = doc;
  for (const seg of parsePath(path)) {
    if ('order' in seg) return Array.isArray(cur) ? cur.map(idOf) : undefined;
    cur = child(cur, seg);
    if (cur === undefined) return undefined;
  }
  return cur;
}

function child(cur: unknown, seg: Segment): unknown {
  if ('key' in seg) return isObject(cur) ? cur[seg.key] : undefined;
  if (!Array.isArray(cur)) return undefined;
  if ('index' in seg) return cur[seg.index];
  if ('id' in seg) return cur.find((x) => idOf(x) === seg.id);
  return undefined;
}

/** A copy of `doc` with `value` at the path (undefined removes); `source` places new array elements. */
function setAt(doc: unknown, path: Segment[], value: unknown, source: unknown): unknown {
  const [seg, ...rest] = path;
  if (!seg) return value;
  if ('order' in seg) return Array.isArray(doc) ? reorder(doc, value as unknown[]) : doc;
  if ('key' in seg) {
    const obj = isObject(doc) ? { ...doc } : {};
    const next = setAt(obj[seg.key], rest, value, child(source, seg));
    if (next === undefined) delete obj[seg.key];
    else obj[seg.key] = next;
    return obj;
  }
  const arr = Array.isArray(doc) ? [...(doc as unknown[])] : [];
  const at = 'index' in seg ? seg.index : arr.findIndex((x) => idOf(x) === seg.id);
  const next = setAt(at >= 0 ? arr[at] : undefined, rest, value, child(source, seg));
  if (at >= 0 && at < arr.length) arr[at] = next === undefined ? REMOVED : next;
  else if (next !== undefined) arr.splice(insertionPoint(arr, source, seg), 0, next);
  return arr;
}

/** A new element goes after the element that precedes it on the side it comes from. */
function insertionPoint(arr: unknown[], source: unknown, seg: Segment): number {
  if (!('id' in seg) || !Array.isArray(source)) return arr.length;
  const pos = source.findIndex((x) => idOf(x) === seg.id);
  for (let i = pos - 1; i >= 0; i--) {
    const at = arr.findIndex((x) => idOf(x) === idOf(source[i]));
    if (at >= 0) return at + 1;
  }
  return pos === 0 ? 0 : arr.length;
}

function reorder(arr: unknown[], ids: unknown[]): unknown[] {
  const rank = (x: unknown) => {
    const i = ids.indexOf(idOf(x));
    return i < 0 ? ids.length : i;
  };
  return arr
    .map((x, i) => ({ x, i }))
    .sort((a, b) => rank(a.x) - rank(b.x) || a.i - b.i)
    .map(({ x }) => x);
}

/** Drops the elements removed by position (kept as markers so later indices stayed put). */
function compact(doc: unknown): unknown {
  if (Array.isArray(doc)) return doc.filter((x) => x !== REMOVED).map(compact);
  if (isObject(doc)) return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, compact(v)]));
  return doc;
}

function idOf(x: unknown): string | null {
  return isObject(x) && typeof x.id === 'string' ? x.id : null;
}

function defined<K extends string>(key: K, value: unknown): Partial<Record<K, unknown>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, unknown>);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
