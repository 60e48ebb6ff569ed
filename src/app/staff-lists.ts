/**
 * Staff lists: everyone (internal people too), searched by any spelling with the same
 * name engine as the public site over the staff index, filtered by status, in the page
 * language's order, a page at a time; and the facilities and sources. The order of
 * everyone, split by status and with each person's position, is computed once per data
 * version and language (read model, `read-model/staff-order.ts`); a search places its
 * hits by position, a list slices.
 *
 * @example
 * const page = await staffPersons(ctx, { query: 'Kavalenka', page: 1, order }, );
 * page.rows[0]; // { id: 'p-kav', status: 'other', isPublic: true, forms: [...] }
 */
import type { IndexForm } from '../domain/names/name-index.js';
import type { PersonStatus } from '../domain/projection.js';
import type { Facility, Source } from '../domain/record.js';
import type { AppContext } from './context.js';
import type { PersonSummaryRow } from './ports.js';
import { nameIndex, rowsOf, staffOrder, type PageOrder } from './read-model/index.js';
import { searchPersonIds } from './search.js';

export { staffRows, type PageOrder } from './read-model/index.js';

export const PAGE_SIZE = 50;
/** At most this many search hits are listed. */
const MAX_HITS = 500;

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
  const [order, index] = await Promise.all([staffOrder(ctx, q.order), nameIndex(ctx, 'staff')]);
  const query = q.query?.trim();
  const all = query
    ? rowsOf(order, await searchPersonIds(ctx, query, { limit: MAX_HITS, audience: 'staff' }), q.status)
    : q.status
      ? (order.byStatus.get(q.status) ?? [])
      : order.rows;
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, q.page), pages);
  const rows = all
    .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
    .map((r) => ({ ...r, forms: index.get(r.id)?.forms ?? [] }));
  return { total: all.length, page, pages, rows };
}

/** Every facility and source, internal ones too (staff read). */
export async function staffCatalog(ctx: AppContext): Promise<{ facilities: Facility[]; sources: Source[] }> {
  return ctx.store.read(async (r) => ({ facilities: await r.facilities.list(), sources: await r.sources.list() }));
}
