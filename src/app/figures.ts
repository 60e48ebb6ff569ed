/**
 * Figure use cases: the numbers Rollcall publishes, computed by pure domain
 * functions over bulk projections loaded from the store.
 *
 * The bulk load (one row set per person) is cached per store and per data
 * version: any write bumps the version, so a cached figure is never stale.
 */
import { dailySeries, monthlySeries, monthlyFlows, breakdown } from '../domain/figures.js';
import { countColumns, countOnColumns, type CountColumns } from '../domain/figures-columns.js';
import { isoToDay, dayToIso, monthDays } from '../domain/partial-date.js';
import { AppError, todayIso, type AppContext } from './context.js';
import type { FigureSubject, Store } from './ports.js';

export type BreakdownKey = 'sex' | 'region' | 'article' | 'facility';
export const BREAKDOWN_KEYS: readonly BreakdownKey[] = ['sex', 'region', 'article', 'facility'];

export interface Audience {
  /** Public figures leave out persons whose record is internal. */
  publicOnly: boolean;
}

interface CacheEntry {
  version: number;
  subjects: FigureSubject[];
  /** The counted rows as columns, built on the first count at this version. */
  columns?: CountColumns;
}
const cache = new WeakMap<Store, Map<boolean, CacheEntry>>();

/**
 * All figure subjects, from the cache when the data has not changed. Public subjects
 * are the same objects as the staff ones when those are loaded at the same version
 * (one copy in memory); a new version drops every entry of older versions.
 */
export async function loadSubjects(ctx: AppContext, audience: Audience): Promise<FigureSubject[]> {
  return (await loadEntry(ctx, audience)).subjects;
}

async function loadEntry(ctx: AppContext, audience: Audience): Promise<CacheEntry> {
  const perStore = cache.get(ctx.store) ?? new Map<boolean, CacheEntry>();
  cache.set(ctx.store, perStore);
  return ctx.store.read(async (repos) => {
    const version = await repos.meta.dataVersion();
    const hit = perStore.get(audience.publicOnly);
    if (hit && hit.version === version) return hit;
    for (const [key, entry] of perStore) if (entry.version !== version) perStore.delete(key);
    const all = perStore.get(false);
    const subjects =
      audience.publicOnly && all ? publicOf(all.subjects) : await repos.persons.figureSubjects(audience.publicOnly);
    const entry: CacheEntry = { version, subjects };
    perStore.set(audience.publicOnly, entry);
    // Loaded for staff after the public ones: share the objects.
    if (!audience.publicOnly && perStore.has(true)) perStore.set(true, { version, subjects: publicOf(subjects) });
    return entry;
  });
}

/** The subjects of public records, in the same order (what `figureSubjects(true)` loads). */
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
  const breakdowns = Object.fromEntries(
    BREAKDOWN_KEYS.map((k) => [k, breakdown(subjects, day, k)]),
  ) as Stats['breakdowns'];
  if (date === todayIso(ctx)) return { date, count: certain, possible, breakdowns };
  const facilityNote =
    'The registry indexes where each person is held now, so the facility breakdown is given for today only.';
  return { date, count: certain, possible, breakdowns: { ...breakdowns, facility: [] }, facilityNote };
}

/** Political prisoners certain and possible on `date` (YYYY-MM-DD). */
export async function countAt(ctx: AppContext, date: string, audience: Audience) {
  const day = parseDay(date);
  return countOnEntry(await loadEntry(ctx, audience), day);
}

/** `countOn` over the entry's subjects, through columns built once per data version. */
function countOnEntry(entry: CacheEntry, day: number) {
  entry.columns ??= countColumns(entry.subjects);
  return countOnColumns(entry.columns, day);
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

/** Monthly flows: recognitions, detentions, verdicts and releases by reason. */
export async function flows(ctx: AppContext, fromMonth: string, toMonth: string) {
  parseMonth(fromMonth, 'start month');
  parseMonth(toMonth, 'end month');
  const [fromDay] = monthDays(fromMonth);
  const [, toDay] = monthDays(toMonth);
  const kinds = ['recognition', 'detention', 'administrative_arrest', 're_detention', 'verdict', 'release'];
  // Earlier custody events are loaded too: a re-detention is only a new detention if the person was free before.
  const events = await ctx.store.read(async (r) => [
    ...(await r.persons.events(
      ['detention', 'administrative_arrest', 're_detention', 'release'],
      -1_000_000,
      fromDay - 1,
    )),
    ...(await r.persons.events(kinds, fromDay, toDay)),
  ]);
  const unique = new Map(events.map((e) => [`${e.personId}/${e.eventId}`, e]));
  return monthlyFlows([...unique.values()], fromMonth, toMonth);
}
