/**
 * Everyone for staff in a page language's order, once per data version and language: the
 * ordered index rows, the same rows split by status, and each person's position in the
 * order. A staff search then places its hits by position (a few hundred lookups and a
 * sort of numbers) instead of filtering all the rows; a list without a query slices.
 *
 * @example
 * const order = await staffOrder(ctx, pageOrder);
 * order.rows[order.position.get('p-kav')!]?.id; // 'p-kav'
 */
import type { IndexForm } from '../../domain/names/name-index.js';
import type { PersonStatus } from '../../domain/projection.js';
import type { Lang } from '../../domain/record.js';
import type { AppContext } from '../context.js';
import type { PersonSummaryRow } from '../ports.js';
import { nameIndex } from './name-index.js';
import { peekPart, readPart, type Part } from './snapshot.js';
import { carriedRows } from './lists.js';

/** How a page orders people: the name text in its language, and its collation. */
export interface PageOrder {
  lang: Lang;
  key: (id: string, forms: readonly IndexForm[]) => string;
  compare: (a: string, b: string) => number;
}

export interface StaffOrder {
  /** Everyone, in the page order (ties by id as UTF-16 code units). */
  rows: readonly PersonSummaryRow[];
  /** The rows of each status, in the same order. */
  byStatus: ReadonlyMap<PersonStatus, readonly PersonSummaryRow[]>;
  /** A person's index in {@link StaffOrder.rows}. */
  position: ReadonlyMap<string, number>;
}

/** Everyone's index rows for staff, in the store's name order, carried from version to version. */
const rowsPart = carriedRows('staff-rows', { audience: 'staff', sort: 'name' });

/** Everyone's index rows for staff (by sort name), per data version. */
export function staffRows(ctx: AppContext): Promise<PersonSummaryRow[]> {
  return readPart(ctx, rowsPart);
}

/** The order and the keys it was sorted by (kept for the next carry). */
type KeyedOrder = StaffOrder & { keyed: Ranked[] };

const orderParts = new WeakMap<PageOrder, Part<KeyedOrder>>();
let orders = 0;

/**
 * Everyone in `order`, by status and by position. Carried to a new version by taking the
 * changed people out and putting them back where the order puts them (a binary search
 * each), not by sorting 100,000 rows again (4–17 s with the collator at 100,000 people).
 */
export function staffOrder(ctx: AppContext, order: PageOrder): Promise<StaffOrder> {
  let part = orderParts.get(order);
  if (!part) {
    const ranked = (row: PersonSummaryRow, forms: readonly IndexForm[]): Ranked => ({
      row,
      key: order.key(row.id, forms),
    });
    const compare = (a: Ranked, b: Ranked) =>
      order.compare(a.key, b.key) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0);
    part = {
      name: `staff-order:${order.lang}:${++orders}`,
      audience: 'staff',
      async build(ctx) {
        const [all, index] = await Promise.all([staffRows(ctx), nameIndex(ctx, 'staff')]);
        const keyed = all.map((row) => ranked(row, index.get(row.id)?.forms ?? []));
        keyed.sort(compare);
        return indexed(keyed);
      },
      async carry(old, changes, ctx) {
        const changed = changes.ids('person');
        if (changed.size === 0) return old;
        const [all, index] = await Promise.all([staffRows(ctx), nameIndex(ctx, 'staff')]);
        const keyed = old.keyed.filter((k) => !changed.has(k.row.id));
        for (const row of all) {
          if (!changed.has(row.id)) continue;
          const item = ranked(row, index.get(row.id)?.forms ?? []);
          keyed.splice(insertionPoint(keyed, item, compare), 0, item);
        }
        return indexed(keyed);
      },
    };
    orderParts.set(order, part);
  }
  return readPart(ctx, part);
}

/** Whether the current snapshot holds `order` already (made or being made), without making it: the warm-up's check. */
export async function staffOrderBuilt(ctx: AppContext, order: PageOrder): Promise<boolean> {
  const part = orderParts.get(order);
  return part !== undefined && (await peekPart(ctx, part)) !== undefined;
}

interface Ranked {
  row: PersonSummaryRow;
  key: string;
}

/** The first index whose item sorts after `item`. */
function insertionPoint(items: readonly Ranked[], item: Ranked, compare: (a: Ranked, b: Ranked) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(items[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexed(keyed: Ranked[]): KeyedOrder {
  const rows = keyed.map((k) => k.row);
  const byStatus = new Map<PersonStatus, PersonSummaryRow[]>();
  const position = new Map<string, number>();
  rows.forEach((row, i) => {
    position.set(row.id, i);
    let same = byStatus.get(row.status);
    if (!same) byStatus.set(row.status, (same = []));
    same.push(row);
  });
  return { rows, byStatus, position, keyed };
}

/**
 * The rows of `order` whose ids are among `ids` (in any order, repeats allowed) and, when
 * given, of `status`: in the page order, as filtering {@link StaffOrder.rows} would give.
 */
export function rowsOf(order: StaffOrder, ids: readonly string[], status?: PersonStatus): PersonSummaryRow[] {
  const at = new Int32Array(ids.length);
  let n = 0;
  for (const id of ids) {
    const i = order.position.get(id);
    if (i !== undefined && (!status || order.rows[i]?.status === status)) at[n++] = i;
  }
  const sorted = at.subarray(0, n).sort();
  const out: PersonSummaryRow[] = [];
  sorted.forEach((i, k) => {
    if (k === 0 || sorted[k - 1] !== i) out.push(order.rows[i] as PersonSummaryRow);
  });
  return out;
}
