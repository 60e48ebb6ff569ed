/**
 * Figures over the whole registry: how many political prisoners were in custody on
 * a day, series over time, and breakdowns. Pure functions over the compact
 * {@link FigureSubject} rows the store loads in bulk (no record parsing).
 *
 * Conventions:
 * - Days are epoch days (see `partial-date.ts`); custody ends are exclusive
 *   (a person released on day R is not in custody on R).
 * - Only custody rows with `counted: true` count (political prisoners).
 * - "certain" = in custody on the day whatever the partial dates stand for;
 *   "possible" = in custody for at least one reading of the partial dates.
 *
 * Flows per month live in `figures-flows.ts`.
 */
import type { CustodyPeriodRow } from './projection.js';
import { monthRange, monthsBetween } from './figures-months.js';

export { monthlyFlows } from './figures-flows.js';
export type { MonthlyFlow, FlowEventRow } from './figures-flows.js';

/** Everything figures need about one person (the store's bulk row). `ports.ts` should re-use this type. */
export interface FigureSubject {
  personId: string;
  sex: string | null;
  region: string | null;
  articles: string[];
  currentFacilityId: string | null;
  isPublic: boolean;
  custody: CustodyPeriodRow[];
  /**
   * Set when the ongoing period was cut at the end of the term (`capAtTermEnd`): the
   * latest day of the projected release. Past it the person is "term ended, release not
   * confirmed" and not counted.
   */
  termEndMax?: number;
}

export interface DayCount {
  certain: number;
  possible: number;
}

/** A half-open interval of days `[start, end)`; `end` is null when open-ended. */
interface Span {
  start: number;
  end: number | null;
}

const certainSpan = (row: CustodyPeriodRow): Span => ({ start: row.startMax, end: row.endMin });
const possibleSpan = (row: CustodyPeriodRow): Span => ({ start: row.startMin, end: row.endMax });

/**
 * Political prisoners in custody on `day`; each person counted at most once.
 *
 * @example
 * countOn(subjects, isoToDay('2024-02-02')) // { certain: 1416, possible: 1431 }
 */
export function countOn(subjects: Iterable<FigureSubject>, day: number): DayCount {
  let certain = 0;
  let possible = 0;
  // Plain loops, no closures or span objects: the digest asks for this count on every draft.
  for (const subject of subjects) {
    const custody = subject.custody;
    let isCertain = false;
    let isPossible = false;
    for (let i = 0; i < custody.length; i++) {
      const row = custody[i]!;
      if (!row.counted) continue;
      if (!isCertain && row.startMax <= day && (row.endMin === null || day < row.endMin)) isCertain = true;
      if (!isPossible && row.startMin <= day && (row.endMax === null || day < row.endMax)) isPossible = true;
      if (isCertain && isPossible) break;
    }
    if (isCertain) certain++;
    if (isPossible) possible++;
  }
  return { certain, possible };
}

/**
 * People whose term has ended by `day` with no release recorded (see `custody-state.ts`):
 * counted apart from {@link countOn}.
 *
 * @example
 * termEndedOn(subjects, isoToDay('2024-02-02')); // 41
 */
export function termEndedOn(subjects: Iterable<FigureSubject>, day: number): number {
  let n = 0;
  for (const subject of subjects) if (subject.termEndMax !== undefined && day > subject.termEndMax) n++;
  return n;
}

/** Whether the subject is certainly in counted custody on `day`. */
export function isCertainlyIn(subject: FigureSubject, day: number): boolean {
  const custody = subject.custody;
  for (let i = 0; i < custody.length; i++) {
    const row = custody[i]!;
    if (row.counted && row.startMax <= day && (row.endMin === null || day < row.endMin)) return true;
  }
  return false;
}

export interface DailySeries {
  /** Number of days in the series: `toDay - fromDay + 1`. Index i is day `fromDay + i`. */
  days: number;
  certain: Int32Array;
  possible: Int32Array;
}

/**
 * Counts for every day from `fromDay` to `toDay` (both inclusive), in O(people + days)
 * with difference arrays. A person's overlapping custody rows are merged first so
 * that nobody is counted twice on a day.
 *
 * @example
 * const s = dailySeries(subjects, isoToDay('2020-01-01'), isoToDay('2024-12-31'));
 * s.certain[0] // count on 2020-01-01
 */
export function dailySeries(subjects: Iterable<FigureSubject>, fromDay: number, toDay: number): DailySeries {
  const days = Math.max(0, toDay - fromDay + 1);
  const certainDiff = new Int32Array(days + 1);
  const possibleDiff = new Int32Array(days + 1);
  const spans: Span[] = [];
  for (const { custody } of subjects) {
    if (custody.length === 1) {
      // The common case: one period, nothing to merge.
      const only = custody[0]!;
      if (!only.counted) continue;
      addRange(certainDiff, only.startMax, only.endMin, fromDay, days);
      addRange(possibleDiff, only.startMin, only.endMax, fromDay, days);
      continue;
    }
    addMerged(certainDiff, collect(custody, certainSpan, spans), fromDay, days);
    addMerged(possibleDiff, collect(custody, possibleSpan, spans), fromDay, days);
  }
  return { days, certain: prefixSum(certainDiff, days), possible: prefixSum(possibleDiff, days) };
}

/** Fills `out` with the non-empty spans of the counted rows; returns it sorted by start. */
function collect(rows: CustodyPeriodRow[], spanOf: (row: CustodyPeriodRow) => Span, out: Span[]): Span[] {
  out.length = 0;
  for (const row of rows) {
    if (!row.counted) continue;
    const span = spanOf(row);
    if (span.end === null || span.end > span.start) out.push(span);
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** Adds sorted spans to the difference array, merging overlapping or touching ones. */
function addMerged(diff: Int32Array, spans: Span[], fromDay: number, days: number): void {
  let current: Span | null = null;
  for (const span of spans) {
    if (current && (current.end === null || span.start <= current.end)) {
      if (current.end !== null && (span.end === null || span.end > current.end)) current.end = span.end;
      continue;
    }
    if (current) addSpan(diff, current, fromDay, days);
    current = { start: span.start, end: span.end };
  }
  if (current) addSpan(diff, current, fromDay, days);
}

function addSpan(diff: Int32Array, span: Span, fromDay: number, days: number): void {
  addRange(diff, span.start, span.end, fromDay, days);
}

/** Adds 1 over `[startDay, endDay)` clipped to the series; an empty range adds nothing. */
function addRange(diff: Int32Array, startDay: number, endDay: number | null, fromDay: number, days: number): void {
  const start = Math.max(0, startDay - fromDay);
  const end = endDay === null ? days : Math.min(days, endDay - fromDay);
  if (end <= start) return;
  diff[start]! += 1;
  diff[end]! -= 1;
}

function prefixSum(diff: Int32Array, days: number): Int32Array {
  const out = new Int32Array(days);
  let running = 0;
  for (let i = 0; i < days; i++) {
    running += diff[i]!;
    out[i] = running;
  }
  return out;
}

export interface MonthCount extends DayCount {
  /** `YYYY-MM`. */
  month: string;
  /** The epoch day counted: the month's last day, or `capDay` for a month that has not ended. */
  day: number;
}

/**
 * Counts at the end of each month from `fromMonth` to `toMonth` (`YYYY-MM`, inclusive).
 * Each month is counted on its LAST day; when `opts.capDay` falls inside a month
 * (usually today), that month is counted on `capDay` instead, and later months are left out.
 *
 * @example
 * monthlySeries(subjects, '2023-01', '2023-12') // 12 rows, each counted on the month's last day
 */
export function monthlySeries(
  subjects: Iterable<FigureSubject>,
  fromMonth: string,
  toMonth: string,
  opts: { capDay?: number } = {},
): MonthCount[] {
  const months = monthsBetween(fromMonth, toMonth);
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  const fromDay = monthRange(first)[0];
  const toDay = Math.min(monthRange(last)[1], opts.capDay ?? Number.POSITIVE_INFINITY);
  if (toDay < fromDay) return [];
  const series = dailySeries(subjects, fromDay, toDay);
  const out: MonthCount[] = [];
  for (const month of months) {
    const [start, end] = monthRange(month);
    if (start > toDay) break;
    const day = Math.min(end, toDay);
    out.push({ month, day, certain: series.certain[day - fromDay]!, possible: series.possible[day - fromDay]! });
  }
  return out;
}

export type BreakdownBy = 'sex' | 'region' | 'article' | 'facility';

export interface BreakdownRow {
  /** The sex, region, article code or facility id; null when unknown. */
  key: string | null;
  count: number;
}

/**
 * Those certainly counted on `day`, grouped; sorted by count (descending), then key
 * (unknown last). By `article`, a person counts once per distinct article (so the
 * counts may add up to more than the people); a person without charges counts under null.
 * By `facility`, the grouping uses the CURRENT facility, so it is meaningful for today only.
 *
 * @example
 * breakdown(subjects, today, 'sex') // [{ key: 'male', count: 1250 }, { key: 'female', count: 166 }]
 */
export function breakdown(subjects: Iterable<FigureSubject>, day: number, by: BreakdownBy): BreakdownRow[] {
  const counts = new Map<string | null, number>();
  const bump = (key: string | null) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const subject of subjects) {
    if (!isCertainlyIn(subject, day)) continue;
    for (const key of keysOf(subject, by)) bump(key);
  }
  return sortBreakdown([...counts].map(([key, count]) => ({ key, count })));
}

/** Sorts breakdown rows as {@link breakdown} gives them: by count (descending), then key, unknown last. */
export function sortBreakdown(rows: BreakdownRow[]): BreakdownRow[] {
  return rows.sort(byCountThenKey);
}

function keysOf(subject: FigureSubject, by: BreakdownBy): Array<string | null> {
  switch (by) {
    case 'sex':
      return [subject.sex];
    case 'region':
      return [subject.region];
    case 'facility':
      return [subject.currentFacilityId];
    case 'article':
      return subject.articles.length === 0 ? [null] : [...new Set(subject.articles)];
  }
}

function byCountThenKey(a: BreakdownRow, b: BreakdownRow): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}
