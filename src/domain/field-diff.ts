/**
 * Field-level differences between two versions of a record, as dotted paths. Arrays
 * of sub-records with ids (names, cases, events) are matched by id, so inserting an
 * event does not show every later event as changed; other arrays by position.
 *
 * @example
 * fieldDiff({ sex: 'male', events: [{ id: 'e-1', date: '2022' }] },
 *           { sex: 'male', events: [{ id: 'e-1', date: '2022-05' }] });
 * // [{ path: 'events[e-1].date', before: '2022', after: '2022-05' }]
 */

export interface FieldChange {
  path: string;
  /** Undefined when the field was added. */
  before?: unknown;
  /** Undefined when the field was removed. */
  after?: unknown;
}

/** At most this many changes are listed (a whole different record is one big change). */
const MAX_CHANGES = 200;

export function fieldDiff(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, '', out);
  return out.slice(0, MAX_CHANGES);
}

function walk(a: unknown, b: unknown, path: string, out: FieldChange[]): void {
  if (out.length >= MAX_CHANGES || same(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) return walkArrays(a, b, path, out);
  if (isObject(a) && isObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
      walk(a[key], b[key], path ? `${path}.${key}` : key, out);
    return;
  }
  out.push({
    path: path || '(record)',
    ...(a === undefined ? {} : { before: a }),
    ...(b === undefined ? {} : { after: b }),
  });
}

function walkArrays(a: unknown[], b: unknown[], path: string, out: FieldChange[]): void {
  const ids = (xs: unknown[]) => xs.map((x) => (isObject(x) && typeof x.id === 'string' ? x.id : null));
  const [ia, ib] = [ids(a), ids(b)];
  const keyed =
    [...ia, ...ib].every((id) => id !== null) && new Set(ia).size === ia.length && new Set(ib).size === ib.length;
  if (!keyed) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], `${path}.${i}`, out);
    return;
  }
  const byId = (xs: unknown[]) => new Map(xs.map((x) => [(x as { id: string }).id, x]));
  const [ma, mb] = [byId(a), byId(b)];
  for (const id of [...new Set([...ia, ...ib] as string[])]) walk(ma.get(id), mb.get(id), `${path}[${id}]`, out);
  if (ia.join('\u0000') !== ib.filter((id) => ma.has(id as string)).join('\u0000') && out.length < MAX_CHANGES) {
    const common = (xs: (string | null)[], other: Map<string, unknown>) => xs.filter((id) => other.has(id as string));
    if (common(ia, mb).join('\u0000') !== common(ib, ma).join('\u0000'))
      out.push({ path: `${path}(order)`, before: ia, after: ib });
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
