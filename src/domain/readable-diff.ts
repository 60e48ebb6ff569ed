/**
 * Differences between two versions of a record as a reader thinks of them: a name
 * form added, an event added (with its kind and date), a case removed, one field of
 * an event changed, the birth date changed. Built on {@link fieldDiff}; pure, so the
 * staff pages only translate the parts and format the values.
 *
 * @example
 * readableDiff({ id: 'p', names: [], events: [] },
 *              { id: 'p', names: [], events: [{ id: 'e-1', kind: 'detention', date: '2022-05-13' }] });
 * // [{ action: 'added', part: 'event', id: 'e-1', value: { id: 'e-1', kind: 'detention', date: '2022-05-13' } }]
 */
import { fieldDiff } from './field-diff.js';

/** What part of a record a change concerns. */
export type ChangePart = 'record' | 'name' | 'event' | 'case' | 'field';

export interface ReadableChange {
  action: 'created' | 'deleted' | 'added' | 'removed' | 'changed' | 'reordered';
  part: ChangePart;
  /** The sub-record's id (events, cases). */
  id?: string;
  /** The field inside the record or sub-record, dotted (`date`, `punishment.term.years`, `occupation.be`). */
  field?: string;
  /** The sub-record added or removed, or the name form. */
  value?: unknown;
  before?: unknown;
  after?: unknown;
  /** For a field of a sub-record: the sub-record as it is after the change (or before, when removed), to name it. */
  context?: unknown;
}

const KEYED = new Set(['events', 'cases']);

export function readableDiff(before: unknown | null, after: unknown | null): ReadableChange[] {
  if (before === null && after === null) return [];
  if (before === null) return [{ action: 'created', part: 'record', value: after }];
  if (after === null) return [{ action: 'deleted', part: 'record', value: before }];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const out: ReadableChange[] = nameChanges(a.names, b.names);
  const lists = new Set<string>();
  for (const change of fieldDiff({ ...a, names: undefined }, { ...b, names: undefined })) {
    // A list of plain values (tags, aliases, charges) is shown whole, once.
    const list = /^(.*)\.\d+$/.exec(change.path)?.[1];
    if (list !== undefined && !/[[\]]/.test(list)) {
      if (!lists.has(list)) out.push(field(list, at(a, list), at(b, list)));
      lists.add(list);
      continue;
    }
    out.push(readable(change.path, change.before, change.after, a, b));
  }
  return out;
}

function readable(
  path: string,
  before: unknown,
  after: unknown,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
) {
  const m = /^(events|cases)(?:\[([^\]]+)\](?:\.(.+))?|\(order\))$/.exec(path);
  if (!m || !KEYED.has(m[1]!)) return field(path, before, after);
  const part = m[1] === 'events' ? 'event' : 'case';
  const id = m[2];
  if (id === undefined) return { action: 'reordered', part, before, after } as ReadableChange;
  if (m[3] === undefined) {
    return before === undefined
      ? ({ action: 'added', part, id, value: after } as ReadableChange)
      : after === undefined
        ? ({ action: 'removed', part, id, value: before } as ReadableChange)
        : ({ action: 'changed', part, id, before, after } as ReadableChange);
  }
  const context = findById(b[m[1]!], id) ?? findById(a[m[1]!], id);
  return { ...field(m[3], before, after), part, id, context } as ReadableChange;
}

function field(path: string, before: unknown, after: unknown): ReadableChange {
  return {
    action: 'changed',
    part: 'field',
    field: path,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

/** Name forms have no ids: a form is added or removed as a whole (a corrected spelling is one of each). */
function nameChanges(before: unknown, after: unknown): ReadableChange[] {
  const key = (n: unknown) => JSON.stringify(n);
  const [xs, ys] = [asArray(before), asArray(after)];
  const [kx, ky] = [new Set(xs.map(key)), new Set(ys.map(key))];
  return [
    ...xs.filter((n) => !ky.has(key(n))).map((n) => ({ action: 'removed', part: 'name', value: n }) as ReadableChange),
    ...ys.filter((n) => !kx.has(key(n))).map((n) => ({ action: 'added', part: 'name', value: n }) as ReadableChange),
  ];
}

function at(doc: unknown, path: string): unknown {
  let x = doc;
  for (const key of path.split('.'))
    x = typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[key] : undefined;
  return x;
}

function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

function findById(xs: unknown, id: string): unknown {
  return asArray(xs).find((x) => typeof x === 'object' && x !== null && (x as { id?: unknown }).id === id);
}
