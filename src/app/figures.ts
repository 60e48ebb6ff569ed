/**
 * Figure use cases: the numbers Rollcall publishes, computed by pure domain
 * functions over bulk projections loaded from the store.
 *
 * The bulk load (one row set per person) is a part of the read model, brought up to date
 * from the change feed, so a figure is never stale.
 */
import {
  dailySeries,
  monthlySeries,
  monthlyFlows,
  breakdown,
  sortBreakdown,
  termEndedOn,
  type BreakdownRow,
  type MonthlyFlow,
} from '../domain/figures.js';
import { isoToDay, dayToIso, monthDays } from '../domain/partial-date.js';
import { todayIso, type AppContext } from './context.js';
import { RollcallError } from '../domain/errors.js';
import type { FigureSubject } from './ports.js';
import { countOnEntry, figureEntry } from './read-model/figures.js';
import { allFlows, FLOW_KINDS } from './read-model/flows.js';
import { copyFlow } from '../domain/flow-shares.js';

export { FIGURE_REFRESH_LIMIT, forgetFigures } from './read-model/figures.js';
import type { Audience } from '../domain/access.js';

export type BreakdownKey = 'sex' | 'region' | 'article' | 'facility';
export const BREAKDOWN_KEYS: readonly BreakdownKey[] = ['sex', 'region', 'article', 'facility'];

/**
 * All figure subjects of the audience, from the read model (`read-model/figures.ts`):
 * loaded once, then carried to each new data version with the people changed since.
 */
export async function loadSubjects(ctx: AppContext, audience: Audience): Promise<FigureSubject[]> {
  return (await figureEntry(ctx, audience)).subjects;
}

export function parseDay(iso: string, what = 'date'): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    throw new RollcallError('invalid-date', `The ${what} must be written YYYY-MM-DD; got "${iso}".`);
  }
  try {
    return isoToDay(iso);
  } catch {
    throw new RollcallError('invalid-date', `The ${what} "${iso}" is not a real calendar date.`);
  }
}

export function parseMonth(month: string, what = 'month'): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new RollcallError('invalid-month', `The ${what} must be written YYYY-MM; got "${month}".`);
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
  const entry = await figureEntry(ctx, audience);
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
  return countOnEntry(await figureEntry(ctx, audience), day);
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
  if (toDay < fromDay) throw new RollcallError('invalid-range', `The end date ${to} is before the start date ${from}.`);
  if (toDay - fromDay > 366 * 50) throw new RollcallError('invalid-range', 'A daily series can span at most 50 years.');
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
  const all = await allFlows(ctx, audience);
  if (!all.complete && (fromMonth < FLOW_MONTHS.first || toMonth > FLOW_MONTHS.last))
    return flowsNow(ctx, fromMonth, toMonth, audience);
  return monthlyFlows([], fromMonth, toMonth).map((empty) => copyFlow(all.byMonth.get(empty.month) ?? empty));
}

/** The months flows are kept for in the read model (a registry's dates lie well inside). */
const FLOW_MONTHS = { first: '1900-01', last: '2199-12' } as const;

const FLOW_CUSTODY_KINDS = ['detention', 'administrative_arrest', 're_detention', 'release'];

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
