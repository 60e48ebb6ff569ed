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
import { memoized, reading } from './snapshot.js';

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

/** Everyone's index rows for staff (by sort name), once per data version. */
export function staffRows(ctx: AppContext): Promise<PersonSummaryRow[]> {
  return memoized(
    ctx,
    'staff',
    'staff-rows',
    reading(ctx, (r) => r.persons.list({ audience: 'staff', sort: 'name' })),
  );
}

/** Everyone in `order`, by status and by position (built again after a record changes). */
export function staffOrder(ctx: AppContext, order: PageOrder): Promise<StaffOrder> {
  return memoized(ctx, 'staff', `staff-order:${order.lang}`, async () => {
    const [all, index] = await Promise.all([staffRows(ctx), nameIndex(ctx, 'staff')]);
    const keyed = all.map((row) => ({ row, key: order.key(row.id, index.get(row.id)?.forms ?? []) }));
    keyed.sort((a, b) => order.compare(a.key, b.key) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
    const rows = keyed.map((k) => k.row);
    const byStatus = new Map<PersonStatus, PersonSummaryRow[]>();
    const position = new Map<string, number>();
    rows.forEach((row, i) => {
      position.set(row.id, i);
      let same = byStatus.get(row.status);
      if (!same) byStatus.set(row.status, (same = []));
      same.push(row);
    });
    return { rows, byStatus, position };
  });
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
