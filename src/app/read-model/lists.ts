/**
 * The public lists of people (status tabs, articles, and any filter of the list page)
 * answered from index rows kept in the read model (rebuilt when a record changed), not from SQL per request: all public
 * rows of a status tab or an article, sorted by name, are read once; a filter state is a
 * pass over them, in the order the store would give. A page of 50 out of 100,000 people
 * then costs a millisecond, where a `count(*)` and an offset query over the registry
 * cost tens of milliseconds of blocked event loop.
 *
 * The rows and their order are exactly those of `PersonRepository.list` for the same
 * query (the tests compare them); a query this module cannot answer (`ids`, a bad page)
 * gets null and goes to the store.
 */
import type { PersonStatus } from '../../domain/projection.js';
import type { AppContext } from '../context.js';
import { figureEntry } from './figures.js';
import type { PersonListQuery, PersonSummaryRow, PublicListQuery } from '../ports.js';
import { memoized, readPart, type Part } from './snapshot.js';

const MS_PER_DAY = 86_400_000;

/** The rows of a query and how many there are before paging. */
export interface RowPage {
  total: number;
  rows: PersonSummaryRow[];
}

/**
 * All public rows of a status tab or an article, by name (sort name, then id), per data
 * version. An article's rows are the public rows of people charged under it (as the
 * figures' subjects list their articles: the same projection rows the store's `article`
 * filter reads), in the same order: no query per article.
 */
function baseRows(
  ctx: AppContext,
  status: PersonStatus | undefined,
  article: string | undefined,
): Promise<PersonSummaryRow[]> {
  const key = `rows:${status ?? ''}:${article ?? ''}`;
  if (article !== undefined && status === undefined) {
    return memoized(ctx, 'public', key, async () => {
      const charged = new Set<string>();
      for (const s of (await figureEntry(ctx, 'public')).subjects)
        if (s.articles.includes(article)) charged.add(s.personId);
      return (await baseRows(ctx, undefined, undefined)).filter((row) => charged.has(row.id));
    });
  }
  return readPart(ctx, tabPart(status));
}

const tabParts = new Map<PersonStatus | undefined, Part<PersonSummaryRow[]>>();

/** The public rows of a status tab, by name (see {@link carriedRows}). */
function tabPart(status: PersonStatus | undefined): Part<PersonSummaryRow[]> {
  let part = tabParts.get(status);
  if (!part) {
    part = carriedRows(`rows:${status ?? ''}:`, { status, audience: 'public', sort: 'name' });
    tabParts.set(status, part);
  }
  return part;
}

/**
 * A part holding the rows of `query` (sorted by name), carried to a new snapshot by taking
 * the changed people out and putting their rows now (one query for them) where the name
 * order puts them, instead of reading 100,000 rows again.
 * @example const part = carriedRows('staff-rows', { audience: 'staff', sort: 'name' });
 */
export function carriedRows(name: string, query: PersonListQuery & { sort: 'name' }): Part<PersonSummaryRow[]> {
  return {
    name,
    audience: query.audience,
    build: (ctx) => ctx.store.read((r) => r.persons.list(query)),
    async carry(old, changes, ctx) {
      const changed = changes.ids('person');
      if (changed.size === 0) return old;
      const fresh = await ctx.store.read((r) => r.persons.list({ ...query, ids: [...changed] }));
      return mergeByName(
        old.filter((row) => !changed.has(row.id)),
        fresh,
        (row) => row,
      );
    },
  };
}

/**
 * Two lists in the store's name order (sort name, then id) merged into one; `rowOf` gives
 * an item's index row.
 * @example mergeByName(keptCards, freshCards, (card) => card.row)
 */
export function mergeByName<T>(a: readonly T[], b: readonly T[], rowOf: (item: T) => PersonSummaryRow): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byName(rowOf(a[i]!), rowOf(b[j]!)) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** The store's order of rows by name: sort name, then id, as text compares in SQLite (by code point). */
function byName(x: PersonSummaryRow, y: PersonSummaryRow): number {
  return codePointCompare(x.sortName, y.sortName) || codePointCompare(x.id, y.id);
}

function codePointCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** All public index rows of a status tab (all statuses when none), sorted by name, per data version. */
export async function publicTabRows(ctx: AppContext, status?: PersonStatus): Promise<readonly PersonSummaryRow[]> {
  return baseRows(ctx, status, undefined);
}

/**
 * The base rows ordered by first detention as the store orders them (earliest first,
 * unknown last, then by name), per data version: sorted once, filtered many times.
 */
function byDetention(ctx: AppContext, status: PersonStatus | undefined, article: string | undefined) {
  return memoized(ctx, 'public', `rows:${status ?? ''}:${article ?? ''}:detention`, async () => {
    const rows = await baseRows(ctx, status, article);
    const known = rows.filter((row) => row.firstDetentionMin !== null);
    // Array sort is stable: equal days keep the name order.
    known.sort((a, b) => a.firstDetentionMin! - b.firstDetentionMin!);
    return { known, unknown: rows.filter((row) => row.firstDetentionMin === null) };
  });
}

/**
 * The public rows matching `query`, sorted and paged as `PersonRepository.list` would
 * return them for the `public` audience, and their total; null when the query needs the store.
 * @example const page = await publicListRows(ctx, { region: 'brest', sex: 'male', offset: 50, limit: 50 });
 */
export async function publicListRows(ctx: AppContext, query: PublicListQuery): Promise<RowPage | null> {
  const { status, article, region, sex, facilityId, detentionYear, sort, order, ids } = query;
  const offset = query.offset ?? 0;
  const limit = query.limit;
  if (ids !== undefined || !Number.isInteger(offset) || offset < 0) return null;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) return null;
  let days: [number, number] | null = null;
  if (detentionYear !== undefined) {
    if (!Number.isInteger(detentionYear) || detentionYear < 1000 || detentionYear > 9999) return null;
    days = [Date.UTC(detentionYear, 0, 1) / MS_PER_DAY, Date.UTC(detentionYear + 1, 0, 1) / MS_PER_DAY];
  }
  // An article's rows are kept for all statuses; a status tab's for all articles.
  const baseStatus = article === undefined ? status : undefined;
  const keep = (row: PersonSummaryRow): boolean =>
    (status === undefined || row.status === status) &&
    (region === undefined || row.region === region) &&
    (sex === undefined || row.sex === sex) &&
    (facilityId === undefined || row.currentFacilityId === facilityId) &&
    (days === null ||
      (row.firstDetentionMin !== null && row.firstDetentionMin >= days[0] && row.firstDetentionMin < days[1]));
  const desc = order === 'desc';
  const end = limit === undefined ? undefined : offset + limit;
  // No filter beyond the base rows' own (a status tab's page, an article's page): a slice.
  const unfiltered =
    (status === undefined || status === baseStatus) &&
    region === undefined &&
    sex === undefined &&
    facilityId === undefined &&
    days === null;
  if (unfiltered && sort !== 'detention' && !desc) {
    const rows = await baseRows(ctx, baseStatus, article);
    return { total: rows.length, rows: rows.slice(offset, end) };
  }
  let matching: PersonSummaryRow[];
  if (sort === 'detention') {
    // Descending is the reverse within the known days and within the unknown ones (those stay last).
    const { known, unknown } = await byDetention(ctx, baseStatus, article);
    matching = [...pick(known, keep, desc), ...pick(unknown, keep, desc)];
  } else {
    matching = pick(await baseRows(ctx, baseStatus, article), keep, desc);
  }
  return { total: matching.length, rows: matching.slice(offset, end) };
}

/** The rows `keep` accepts, in order or in reverse. */
function pick(rows: readonly PersonSummaryRow[], keep: (row: PersonSummaryRow) => boolean, reverse: boolean) {
  const out: PersonSummaryRow[] = [];
  if (reverse) {
    for (let i = rows.length - 1; i >= 0; i--) if (keep(rows[i]!)) out.push(rows[i]!);
  } else {
    for (const row of rows) if (keep(row)) out.push(row);
  }
  return out;
}
