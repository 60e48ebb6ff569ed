/**
 * Listing people with filters, sorting and pages: the registry table.
 */
import type { AppContext } from './context.js';
import type { PersonListQuery, PersonSummaryRow } from './ports.js';

export interface PersonPage {
  total: number;
  offset: number;
  limit: number;
  rows: PersonSummaryRow[];
}

export const MAX_PAGE = 500;

export async function listPersons(ctx: AppContext, query: PersonListQuery): Promise<PersonPage> {
  const limit = Math.min(query.limit ?? 50, MAX_PAGE);
  const offset = query.offset ?? 0;
  return ctx.store.read(async (r) => {
    const [total, rows] = await Promise.all([r.persons.count(query), r.persons.list({ ...query, limit, offset })]);
    return { total, offset, limit, rows };
  });
}
