/**
 * Figure use cases: the numbers Rollcall publishes, computed by pure domain
 * functions over bulk projections loaded from the store.
 *
 * The bulk load (one row set per person) is cached per store and per data
 * version: any write bumps the version, so a cached figure is never stale.
 */
import {
  dailySeries,
  monthlySeries,
  monthlyFlows,
  breakdown,
  sortBreakdown,
  termEndedOn,
  type BreakdownRow,
  type DayCount,
  type MonthlyFlow,
} from '../domain/figures.js';
import { countColumns, countOnColumns, type CountColumns } from '../domain/figures-columns.js';
import { adjustedCounts, withChanged } from '../domain/figures-changes.js';
import { isoToDay, dayToIso, monthDays } from '../domain/partial-date.js';
import { AppError, todayIso, type AppContext } from './context.js';
import type { FigureSubject, Repos, Store } from './ports.js';
import { peopleChangedSince } from './person-changes.js';
import { memoized } from './site-memo.js';
import type { Audience } from '../domain/access.js';

export type BreakdownKey = 'sex' | 'region' | 'article' | 'facility';
export const BREAKDOWN_KEYS: readonly BreakdownKey[] = ['sex', 'region', 'article', 'facility'];

interface CacheEntry {
  version: number;
  /** The last revision id at `version` (changes since are revisions with a higher id). */
  revisionId: number;
  subjects: FigureSubject[];
  /** The counted rows as columns, built on the first count at this version. */
  columns?: CountColumns;
  /** Counts on days asked at this version. */
  counts?: Map<number, DayCount>;
}
const cache = new WeakMap<Store, Map<Audience, CacheEntry>>();

/**
 * At most this many person revisions since a cached load are applied to it, person by
 * person; after more (an import), everything is loaded again.
 */
export const FIGURE_REFRESH_LIMIT = 500;

/**
 * All figure subjects, from the cache when the data has not changed. Public subjects
 * are the same objects as the staff ones when those are loaded at the same version
 * (one copy in memory); a new version drops every entry of older versions. After a few
 * edits, the subjects of a newer version are the cached ones with the people changed
 * since (person revisions with a higher id) loaded afresh, not a reload of everyone:
 * every write of a person's projection appends a person revision.
 */
export async function loadSubjects(ctx: AppContext, audience: Audience): Promise<FigureSubject[]> {
  return (await loadEntry(ctx, audience)).subjects;
}

async function loadEntry(ctx: AppContext, audience: Audience): Promise<CacheEntry> {
  const perStore = cache.get(ctx.store) ?? new Map<Audience, CacheEntry>();
  cache.set(ctx.store, perStore);
  return ctx.store.read(async (repos) => {
    const version = await repos.meta.dataVersion();
    const hit = perStore.get(audience);
    if (hit && hit.version === version) return hit;
    const older = [...perStore].filter(([, entry]) => entry.version < version);
    for (const [key, entry] of perStore) if (entry.version !== version) perStore.delete(key);
    const refreshed = older.length > 0 ? await refresh(repos, version, older, perStore) : undefined;
    const own = refreshed?.get(audience);
    if (own) return own;
    const all = refreshed?.get('staff') ?? perStore.get('staff');
    if (audience === 'public' && all?.version === version) {
      return keep(perStore, 'public', { version, revisionId: all.revisionId, subjects: publicOf(all.subjects) });
    }
    const revisionId = await repos.revisions.lastId();
    const subjects = await repos.persons.figureSubjects(audience);
    const entry = keep(perStore, audience, { version, revisionId, subjects });
    // Loaded for staff after the public ones: share the objects.
    if (audience === 'staff' && perStore.has('public')) {
      perStore.set('public', { version, revisionId, subjects: publicOf(subjects) });
    }
    return entry;
  });
}

function keep(perStore: Map<Audience, CacheEntry>, audience: Audience, entry: CacheEntry): CacheEntry {
  perStore.set(audience, entry);
  return entry;
}

/**
 * Entries of `older` versions brought up to the snapshot `repos` reads (`version`): the
 * people with a person revision since loaded again (left out when deleted, or not public
 * in a public entry), the counts already made adjusted. Nothing when there are too many
 * changes to be worth it (the entries are then loaded afresh).
 */
async function refresh(
  repos: Repos,
  version: number,
  older: ReadonlyArray<[Audience, CacheEntry]>,
  perStore: Map<Audience, CacheEntry>,
): Promise<Map<Audience, CacheEntry> | undefined> {
  const since = Math.min(...older.map(([, entry]) => entry.revisionId));
  const changed = await peopleChangedSince(repos, since, FIGURE_REFRESH_LIMIT);
  if (changed === null) return undefined;
  const revisionId = await repos.revisions.lastId();
  const ids = [...changed];
  const fresh = await repos.persons.figureSubjectsOf(ids, 'staff');
  const freshPublic = fresh.filter((s) => s.isPublic);
  const out = new Map<Audience, CacheEntry>();
  for (const [audience, old] of older) {
    const added = audience === 'public' ? freshPublic : fresh;
    const { subjects, removed } = withChanged(old.subjects, ids, added);
    const entry: CacheEntry = { version, revisionId, subjects };
    if (old.counts) entry.counts = adjustedCounts(old.counts, removed, added);
    out.set(audience, entry);
    if ((perStore.get(audience)?.version ?? -1) < version) perStore.set(audience, entry);
  }
  return out;
}

/** The subjects of public records, in the same order (what `figureSubjects('public')` loads). */
function publicOf(subjects: readonly FigureSubject[]): FigureSubject[] {
  return subjects.filter((s) => s.isPublic);
}

export function parseDay(iso: string, what = 'date'): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    throw new AppError('invalid-date', `The ${what} must be written YYYY-MM-DD; got "${iso}".`);
  }
  try {
    return isoToDay(iso);
  } catch {
    throw new AppError('invalid-date', `The ${what} "${iso}" is not a real calendar date.`);
  }
}

export function parseMonth(month: string, what = 'month'): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new AppError('invalid-month', `The ${what} must be written YYYY-MM; got "${month}".`);
  }
  return month;
}

export interface Stats {
  date: string;
  /** Political prisoners certainly in custody on the date. */
  count: number;
  /** Including those whose vague dates may put them in custody that day. */
  possible: number;
  /**
   * Not in `count`: people past the end of their term with no release recorded on the date
   * ("term ended, release not confirmed", `domain/custody-state.ts`).
   */
  termEnded: number;
  /**
   * Counts by sex, region, article and facility. The facility breakdown is the
   * facility where each person is held *now*, so it is given only for today
   * (empty for other dates; see `facilityNote`).
   */
  breakdowns: Record<BreakdownKey, Array<{ key: string | null; count: number }>>;
  facilityNote?: string;
}

/** The count of political prisoners on a date, with breakdowns. */
export async function statsAt(ctx: AppContext, date: string, audience: Audience): Promise<Stats> {
  const day = parseDay(date);
  const entry = await loadEntry(ctx, audience);
  const subjects = entry.subjects;
  const { certain, possible } = countOnEntry(entry, day);
  const termEnded = termEndedOn(subjects, day);
  const breakdowns = Object.fromEntries(
    BREAKDOWN_KEYS.map((k) => [k, breakdown(subjects, day, k)]),
  ) as Stats['breakdowns'];
  if (audience === 'public') breakdowns.facility = foldHidden(breakdowns.facility, await publicFacilityIds(ctx));
  if (date === todayIso(ctx)) return { date, count: certain, possible, termEnded, breakdowns };
  const facilityNote =
    'The registry indexes where each person is held now, so the facility breakdown is given for today only.';
  return { date, count: certain, possible, termEnded, breakdowns: { ...breakdowns, facility: [] }, facilityNote };
}

/** Ids of the facilities the public may see. */
export async function publicFacilityIds(ctx: AppContext): Promise<Set<string>> {
  const facilities = await ctx.store.read((r) => r.facilities.list());
  return new Set(facilities.filter((f) => f.visibility === 'public').map((f) => f.id));
}

/**
 * A facility breakdown as the public sees it: people held in a facility it may not see
 * count under "unknown" (null), as in a registry without that facility.
 */
function foldHidden(rows: readonly BreakdownRow[], shown: ReadonlySet<string>): BreakdownRow[] {
  if (rows.every((row) => row.key === null || shown.has(row.key))) return [...rows];
  const out = new Map<string | null, number>();
  for (const row of rows) {
    const key = row.key !== null && shown.has(row.key) ? row.key : null;
    out.set(key, (out.get(key) ?? 0) + row.count);
  }
  return sortBreakdown([...out].map(([key, count]) => ({ key, count })));
}

/** Political prisoners certain and possible on `date` (YYYY-MM-DD). */
export async function countAt(ctx: AppContext, date: string, audience: Audience) {
  const day = parseDay(date);
  return countOnEntry(await loadEntry(ctx, audience), day);
}

/** `countOn` over the entry's subjects, through columns built once per data version. */
function countOnEntry(entry: CacheEntry, day: number): DayCount {
  entry.counts ??= new Map();
  let count = entry.counts.get(day);
  if (count === undefined) {
    entry.columns ??= countColumns(entry.subjects);
    count = countOnColumns(entry.columns, day);
    if (entry.counts.size < 1000) entry.counts.set(day, count);
  }
  return { ...count };
}

export interface SeriesPoint {
  date: string;
  count: number;
  possible: number;
}

/** The count on every day (or the last day of every month) in [from, to]. */
export async function countSeries(
  ctx: AppContext,
  from: string,
  to: string,
  step: 'day' | 'month',
  audience: Audience,
): Promise<SeriesPoint[]> {
  const subjects = await loadSubjects(ctx, audience);
  if (step === 'month') {
    const fromMonth = parseMonth(from.slice(0, 7), 'start month');
    const toMonth = parseMonth(to.slice(0, 7), 'end month');
    const capDay = isoToDay(ctx.now().toISOString().slice(0, 10));
    return monthlySeries(subjects, fromMonth, toMonth, { capDay }).map((p) => ({
      date: dayToIso(p.day),
      count: p.certain,
      possible: p.possible,
    }));
  }
  const fromDay = parseDay(from, 'start date');
  const toDay = parseDay(to, 'end date');
  if (toDay < fromDay) throw new AppError('invalid-range', `The end date ${to} is before the start date ${from}.`);
  if (toDay - fromDay > 366 * 50) throw new AppError('invalid-range', 'A daily series can span at most 50 years.');
  const series = dailySeries(subjects, fromDay, toDay);
  const points: SeriesPoint[] = [];
  for (let i = 0; i < series.days; i++) {
    points.push({ date: dayToIso(fromDay + i), count: series.certain[i]!, possible: series.possible[i]! });
  }
  return points;
}

/**
 * Monthly flows: recognitions, detentions, verdicts and releases by reason, of the people
 * the audience may see (the public: people whose record is public). Earlier custody events
 * are read too: a re-detention is a new detention only if the person was free before.
 *
 * @example const [january] = await flows(ctx, '2024-01', '2024-01', 'public');
 */
export async function flows(
  ctx: AppContext,
  fromMonth: string,
  toMonth: string,
  audience: Audience,
): Promise<MonthlyFlow[]> {
  parseMonth(fromMonth, 'start month');
  parseMonth(toMonth, 'end month');
  const all = await memoized(ctx, `flows:all:${audience}`, () => allFlows(ctx, audience));
  if (!all.complete && (fromMonth < all.first || toMonth > all.last))
    return flowsNow(ctx, fromMonth, toMonth, audience);
  return monthlyFlows([], fromMonth, toMonth).map((empty) => copyFlow(all.byMonth.get(empty.month) ?? empty));
}

/** Flows of every month from the first event to the last, by month; `complete` unless cut to {@link FLOW_MONTHS}. */
interface AllFlows {
  byMonth: Map<string, MonthlyFlow>;
  first: string;
  last: string;
  complete: boolean;
}

/** The months flows are computed for once per data version (a registry's dates lie well inside). */
const FLOW_MONTHS = { first: '1900-01', last: '2199-12' } as const;

/**
 * The flows of every month an event of the audience's people falls in, once per data
 * version: a request takes its months from them (the same as computing its range with
 * the earlier custody events as context, as every event is the context of later ones).
 */
async function allFlows(ctx: AppContext, audience: Audience): Promise<AllFlows> {
  const events = await ctx.store.read((r) => r.persons.events(FLOW_KINDS, -1_000_000, 10_000_000, audience));
  if (events.length === 0)
    return { byMonth: new Map(), first: FLOW_MONTHS.first, last: FLOW_MONTHS.last, complete: true };
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const e of events) {
    minDay = Math.min(minDay, e.dayMin);
    maxDay = Math.max(maxDay, e.dayMax);
  }
  const from = dayToIso(minDay).slice(0, 7);
  const to = dayToIso(maxDay).slice(0, 7);
  const first = from < FLOW_MONTHS.first ? FLOW_MONTHS.first : from;
  const last = to > FLOW_MONTHS.last ? FLOW_MONTHS.last : to;
  const byMonth = new Map(monthlyFlows(events, first, last).map((flow) => [flow.month, flow]));
  return { byMonth, first, last, complete: first === from && last === to };
}

function copyFlow(flow: MonthlyFlow): MonthlyFlow {
  return { ...flow, releasesByReason: { ...flow.releasesByReason }, uncertain: { ...flow.uncertain } };
}

const FLOW_CUSTODY_KINDS = ['detention', 'administrative_arrest', 're_detention', 'release'];
const FLOW_KINDS = ['recognition', ...FLOW_CUSTODY_KINDS, 'verdict'];

/** Flows of [fromMonth, toMonth] read from the store: the events in it, and the custody events before it as context. */
async function flowsNow(ctx: AppContext, fromMonth: string, toMonth: string, audience: Audience) {
  const [fromDay] = monthDays(fromMonth);
  const [, toDay] = monthDays(toMonth);
  const events = await ctx.store.read(async (r) => [
    ...(await r.persons.events(FLOW_CUSTODY_KINDS, -1_000_000, fromDay - 1, audience)),
    ...(await r.persons.events(FLOW_KINDS, fromDay, toDay, audience)),
  ]);
  // An event whose dates straddle `fromDay` is in both reads: count it once.
  const unique = new Map(events.map((e) => [`${e.personId}/${e.eventId}`, e]));
  return monthlyFlows([...unique.values()], fromMonth, toMonth);
}
