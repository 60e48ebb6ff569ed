/**
 * Listing people with filters, sorting and pages: the registry table. With a
 * name query, the people the name search finds are filtered the same way and,
 * unless another sort is asked for, ranked by how well their names match.
 */
import type { AppContext } from './context.js';
import type { PersonListQuery, PersonSummaryRow } from './ports.js';
import { searchPersons } from './search.js';
import { publicFacilityIds } from './figures.js';

export interface PersonPage {
  total: number;
  offset: number;
  limit: number;
  rows: PersonSummaryRow[];
}

export const MAX_PAGE = 500;
/** A name query considers at most this many matches. */
export const MAX_SEARCH_HITS = 500;

export async function listPersons(
  ctx: AppContext,
  query: PersonListQuery & { q?: string | undefined },
): Promise<PersonPage> {
  const limit = Math.min(query.limit ?? 50, MAX_PAGE);
  const offset = query.offset ?? 0;
  const { q, ...filters } = query;
  if (await hiddenFacility(ctx, filters)) return { total: 0, offset, limit, rows: [] };
  if (q && q.trim() !== '') return searchPage(ctx, q, filters, offset, limit);
  return ctx.store.read(async (r) => {
    const [total, rows] = await Promise.all([r.persons.count(filters), r.persons.list({ ...filters, limit, offset })]);
    return { total, offset, limit, rows };
  });
}

/**
 * Whether a public query filters by a facility the public may not see: it then answers
 * as for a facility that does not exist (nobody), so the filter reveals neither the
 * facility nor who is held there.
 */
export async function hiddenFacility(ctx: AppContext, query: PersonListQuery): Promise<boolean> {
  if (query.audience !== 'public' || query.facilityId === undefined) return false;
  return !(await publicFacilityIds(ctx)).has(query.facilityId);
}

async function searchPage(
  ctx: AppContext,
  q: string,
  filters: PersonListQuery,
  offset: number,
  limit: number,
): Promise<PersonPage> {
  const hits = await searchPersons(ctx, q, { limit: MAX_SEARCH_HITS, audience: filters.audience });
  const rank = new Map(hits.map((h, i) => [h.id, i]));
  const rows = await ctx.store.read((r) =>
    r.persons.list({ ...filters, ids: hits.map((h) => h.id), offset: 0, limit: MAX_SEARCH_HITS }),
  );
  if (filters.sort === undefined) rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return { total: rows.length, offset, limit, rows: rows.slice(offset, offset + limit) };
}
