/**
 * Staff lists: everyone (internal people too), searched by any spelling with the same
 * name engine as the public site over the staff index, filtered by status, in the page
 * language's order, a page at a time; and the facilities and sources. The order of
 * everyone is computed once per data version and language (read model); a request
 * filters and slices it.
 *
 * @example
 * const page = await staffPersons(ctx, { query: 'Kavalenka', page: 1, order }, );
 * page.rows[0]; // { id: 'p-kav', status: 'other', isPublic: true, forms: [...] }
 */
import type { IndexForm } from '../domain/names/name-index.js';
import type { PersonStatus } from '../domain/projection.js';
import type { Facility, Lang, Source } from '../domain/record.js';
import type { AppContext } from './context.js';
import type { PersonSummaryRow } from './ports.js';
import { memoized, nameIndex, reading } from './read-model/index.js';
import { searchPersons } from './search.js';

export const PAGE_SIZE = 50;
/** At most this many search hits are listed. */
const MAX_HITS = 500;

/** Everyone's index rows for staff (by sort name), once per data version. */
export function staffRows(ctx: AppContext): Promise<PersonSummaryRow[]> {
  return memoized(
    ctx,
    'staff',
    'staff-rows',
    reading(ctx, (r) => r.persons.list({ audience: 'staff', sort: 'name' })),
  );
}

/** How a page orders people: the name text in its language, and its collation. */
export interface PageOrder {
  lang: Lang;
  key: (id: string, forms: readonly IndexForm[]) => string;
  compare: (a: string, b: string) => number;
}

export interface StaffPersonRow extends PersonSummaryRow {
  /** Every name form (internal ones too). */
  forms: readonly IndexForm[];
}

export interface StaffPersonPage {
  total: number;
  page: number;
  pages: number;
  rows: StaffPersonRow[];
}

export async function staffPersons(
  ctx: AppContext,
  q: { query?: string | undefined; status?: PersonStatus | undefined; page: number; order: PageOrder },
): Promise<StaffPersonPage> {
  const [ordered, index] = await Promise.all([orderedRows(ctx, q.order), nameIndex(ctx, 'staff')]);
  const query = q.query?.trim();
  const hits = query
    ? new Set((await searchPersons(ctx, query, { limit: MAX_HITS, audience: 'staff' })).map((h) => h.id))
    : null;
  const all = ordered.filter((r) => (!hits || hits.has(r.id)) && (!q.status || r.status === q.status));
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, q.page), pages);
  const rows = all
    .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    .map((r) => ({ ...r, forms: index.get(r.id)?.forms ?? [] }));
  return { total: all.length, page, pages, rows };
}

function orderedRows(ctx: AppContext, order: PageOrder): Promise<PersonSummaryRow[]> {
  return memoized(ctx, 'staff', `staff-order:${order.lang}`, async () => {
    const [rows, index] = await Promise.all([staffRows(ctx), nameIndex(ctx, 'staff')]);
    const keyed = rows.map((row) => ({ row, key: order.key(row.id, index.get(row.id)?.forms ?? []) }));
    keyed.sort((a, b) => order.compare(a.key, b.key) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
    return keyed.map((k) => k.row);
  });
}

/** Every facility and source, internal ones too (staff read). */
export async function staffCatalog(ctx: AppContext): Promise<{ facilities: Facility[]; sources: Source[] }> {
  return ctx.store.read(async (r) => ({ facilities: await r.facilities.list(), sources: await r.sources.list() }));
}
