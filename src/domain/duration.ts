/**
 * Calendar durations as the digests state them: "1 year, 9 months, and 13 days"
 * of imprisonment is the calendar difference between detention and release.
 *
 * The arithmetic follows Temporal exactly (`PlainDate.until(…, { largestUnit:
 * 'years' })`, `add`, `subtract` with `overflow: 'constrain'`), implemented with
 * integers on epoch days for speed; the tests compare it with temporal-polyfill
 * on thousands of random dates.
 */
import { RollcallError } from './errors.js';
import { civilToDay, dayToCivil, daysInMonth, isoToDay, dayToIso } from './partial-date.js';
import type { Term } from './record.js';

const ZERO: Term = Object.freeze({ years: 0, months: 0, days: 0 }) as Term;

/** Is (y1, m1, d1) — d1 possibly past the month's end — beyond (y2, m2, d2) in direction `sign`? */
function surpasses(sign: number, y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): boolean {
  if (y1 !== y2) return sign * (y1 - y2) > 0;
  if (m1 !== m2) return sign * (m1 - m2) > 0;
  if (d1 !== d2) return sign * (d1 - d2) > 0;
  return false;
}

/** Adds `months` to a year/month pair, balancing into 1–12. */
function balance(year: number, month: number): [number, number] {
  const m0 = month - 1;
  return [year + Math.floor(m0 / 12), (((m0 % 12) + 12) % 12) + 1];
}

/**
 * Calendar difference between two epoch days, `fromDay <= toDay` (Temporal semantics).
 * Throws `negative-duration` when `toDay` is before `fromDay`.
 */
export function calendarDiffDays(fromDay: number, toDay: number): Term {
  if (toDay < fromDay) {
    throw new RollcallError(
      'negative-duration',
      `The end (${dayToIso(toDay)}) is before the start (${dayToIso(fromDay)}); check the order of the dates.`,
    );
  }
  if (toDay === fromDay) return { ...ZERO };
  const [y1, m1, d1] = dayToCivil(fromDay);
  const [y2, m2, d2] = dayToCivil(toDay);
  let years = y2 - y1;
  if (years !== 0 && surpasses(1, y1 + years, m1, d1, y2, m2, d2)) years -= 1;
  let months = (y2 - y1 - years) * 12 + (m2 - m1);
  let [iy, im] = balance(y1 + years, m1 + months);
  if (surpasses(1, iy, im, d1, y2, m2, d2)) {
    months -= 1;
    [iy, im] = balance(y1 + years, m1 + months);
  }
  const day = Math.min(d1, daysInMonth(iy, im));
  return { years, months, days: toDay - civilToDay(iy, im, day) };
}

/**
 * The calendar time from `fromIso` to `toIso` (end exclusive), exactly as Temporal's
 * `PlainDate.from(from).until(to, { largestUnit: 'years' })`.
 *
 * @example
 * calendarDiff('2022-03-31', '2024-01-13'); // { years: 1, months: 9, days: 13 }
 */
export function calendarDiff(fromIso: string, toIso: string): Term {
  return calendarDiffDays(isoToDay(fromIso), isoToDay(toIso));
}

function checkTerm(term: Term): void {
  for (const k of ['years', 'months', 'days'] as const) {
    const v = term[k];
    if (!Number.isInteger(v) || v < 0) {
      throw new RollcallError(
        'invalid-term',
        `A term has whole, non-negative years, months and days; got ${k} = ${v}.`,
      );
    }
  }
}

/** Epoch day of `day` moved by `sign` × term (years and months first, day constrained, then days). */
export function shiftDay(day: number, term: Term, sign: 1 | -1): number {
  checkTerm(term);
  const [y, m, d] = dayToCivil(day);
  const [ny, nm] = balance(y + sign * term.years, m + sign * term.months);
  return civilToDay(ny, nm, Math.min(d, daysInMonth(ny, nm))) + sign * term.days;
}

/**
 * `iso` plus a term, as Temporal `add` with `overflow: 'constrain'`.
 *
 * @example
 * addTerm('2022-01-31', { years: 0, months: 1, days: 0 }); // '2022-02-28'
 */
export function addTerm(iso: string, term: Term): string {
  return dayToIso(shiftDay(isoToDay(iso), term, 1));
}

/**
 * `iso` minus a term, as Temporal `subtract` with `overflow: 'constrain'`.
 *
 * @example
 * subtractTerm('2024-01-29', { years: 1, months: 10, days: 4 }); // '2022-03-25'
 */
export function subtractTerm(iso: string, term: Term): string {
  return dayToIso(shiftDay(isoToDay(iso), term, -1));
}

/** Orders terms by years, then months, then days (not by length in days). */
export function compareTerms(a: Term, b: Term): number {
  return a.years - b.years || a.months - b.months || a.days - b.days;
}

/**
 * Total time of several custody periods (`endDay` exclusive, epoch days).
 *
 * Rule: the periods are placed end to end from the earliest start day:
 * `anchor` = earliest `startDay`; `final` = anchor + the sum of each period's
 * length in days (`endDay - startDay`); the result is `calendarDiff(anchor, final)`.
 * One period therefore gives exactly `calendarDiff(start, end)`, and a period
 * split in two contiguous parts gives the same total as the whole. No periods
 * give zero. Throws `negative-duration` for a period that ends before it starts.
 *
 * @example
 * sumServed([{ startDay: isoToDay('2022-03-31'), endDay: isoToDay('2024-01-13') }]); // 1y 9m 13d
 */
export function sumServed(periods: ReadonlyArray<{ startDay: number; endDay: number }>): Term {
  if (periods.length === 0) return { ...ZERO };
  let anchor = Infinity;
  let total = 0;
  for (const p of periods) {
    if (p.endDay < p.startDay) calendarDiffDays(p.startDay, p.endDay); // throws with dates in the message
    if (p.startDay < anchor) anchor = p.startDay;
    total += p.endDay - p.startDay;
  }
  return calendarDiffDays(anchor, anchor + total);
}

function unit(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A term in digest English: "1 year, 9 months, and 13 days", "2 years",
 * "3 months and 4 days"; zero parts are left out; all zero is "0 days".
 */
export function formatTermEn(term: Term): string {
  const parts: string[] = [];
  if (term.years) parts.push(unit(term.years, 'year', 'years'));
  if (term.months) parts.push(unit(term.months, 'month', 'months'));
  if (term.days) parts.push(unit(term.days, 'day', 'days'));
  if (parts.length === 0) return '0 days';
  if (parts.length === 1) return parts[0] as string;
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`;
  return `${parts[0]}, ${parts[1]}, and ${parts[2]}`;
}

/** Length of a term in days when added to `fromIso` (Temporal `add` semantics). */
export function termDays(fromIso: string, term: Term): number {
  const from = isoToDay(fromIso);
  return shiftDay(from, term, 1) - from;
}
