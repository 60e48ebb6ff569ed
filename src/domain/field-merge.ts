/**
 * Resolving an edit conflict field by field: starting from the other person's
 * version (the record as it is now), take "mine" at each chosen path of
 * `fieldDiff` (`sex`, `names.0.family`, `events[e-1].date`, `events[e-9]` for a
 * whole added or removed event, `events(order)`). Pure; the result still has to be
 * validated and saved by the person resolving.
 *
 * @example
 * takeMine({ sex: 'male', events: [] }, { sex: 'female', events: [] }, ['sex']); // { sex: 'female', events: [] }
 */

type Segment = { key: string } | { id: string } | { order: true };

/** The segments of a `fieldDiff` path. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  const re = /\[([^\]]+)\]|\((order)\)|\.?([^.[(]+)/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) out.push({ id: m[1] });
    else if (m[2] !== undefined) out.push({ order: true });
    else out.push({ key: m[3]! });
  }
  return out;
}

type Node = Record<string, unknown> | unknown[];
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null;

/** The value at a path (undefined when absent). */
export function valueAt(doc: unknown, path: string): unknown {
  let node: unknown = doc;
  for (const seg of pathSegments(path)) {
    if (!isNode(node)) return undefined;
    if ('key' in seg) node = (node as Record<string, unknown>)[seg.key];
    else if ('id' in seg)
      node = Array.isArray(node) ? node.find((x) => isNode(x) && (x as { id?: unknown }).id === seg.id) : undefined;
    else return (node as unknown[]).map((x) => (x as { id?: unknown }).id);
  }
  return node;
}

/** A copy of `theirs` with `mine`'s value at each of `paths`. */
export function takeMine<T>(theirs: T, mine: unknown, paths: readonly string[]): T {
  const out = structuredClone(theirs) as unknown;
  // Whole sub-records first, orders last, so a field inside an added event finds it.
  const sorted = [...paths].sort((a, b) => rank(a) - rank(b));
  for (const path of sorted) setAt(out, pathSegments(path), valueAt(mine, path));
  return out as T;
}

const rank = (path: string) => (path.endsWith('(order)') ? 2 : path.endsWith(']') ? 0 : 1);

function setAt(root: unknown, segs: Segment[], value: unknown): void {
  let node: unknown = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i]!;
    const next = childOf(node, seg);
    if (next === undefined) {
      if (!('key' in seg) || !isNode(node)) return; // the sub-record is gone on their side: nothing to set in
      (node as Record<string, unknown>)[seg.key] = /^\d+$/.test(keyOf(segs[i + 1])) ? [] : {};
    }
    node = childOf(node, seg);
  }
  const last = segs[segs.length - 1];
  if (!last || !isNode(node)) return;
  if ('order' in last) return reorder(node as unknown[], value as string[]);
  if ('id' in last) return setById(node as unknown[], last.id, value);
  const target = node as Record<string, unknown>;
  if (value === undefined) {
    if (Array.isArray(target)) target.splice(Number(last.key), 1);
    else delete target[last.key];
  } else target[last.key] = structuredClone(value);
}

const keyOf = (seg: Segment | undefined) => (seg && 'key' in seg ? seg.key : '');

function childOf(node: unknown, seg: Segment): unknown {
  if (!isNode(node)) return undefined;
  if ('key' in seg) return (node as Record<string, unknown>)[seg.key];
  if ('id' in seg && Array.isArray(node)) return node.find((x) => isNode(x) && (x as { id?: unknown }).id === seg.id);
  return undefined;
}

function setById(list: unknown[], id: string, value: unknown): void {
  const at = list.findIndex((x) => isNode(x) && (x as { id?: unknown }).id === id);
  if (value === undefined) {
    if (at >= 0) list.splice(at, 1);
  } else if (at >= 0) list[at] = structuredClone(value);
  else list.push(structuredClone(value));
}

function reorder(list: unknown[], order: readonly string[] | undefined): void {
  if (!Array.isArray(order)) return;
  const pos = new Map(order.map((id, i) => [id, i]));
  const idOf = (x: unknown) => (x as { id?: string }).id ?? '';
  list.sort((a, b) => (pos.get(idOf(a)) ?? Infinity) - (pos.get(idOf(b)) ?? Infinity));
}
