/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally prefixed with `~`
 * when the source says "about". Sources often give only a month or a year
 * ("In May 2022"), so every date stands for a range of days.
 *
 * Days are "epoch days": whole days since 1970-01-01 in the proleptic Gregorian
 * calendar (UTC, no time zones). The conversions use integer arithmetic
 * (Hinnant's days-from-civil algorithm), never `Date` parsing, because the
 * import calls them millions of times.
 */
import { RollcallError } from './errors.js';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  /** The source said "about": kept for display and checks; the day range ignores it. */
  approx: boolean;
}

const FORMAT_HINT = 'Dates are written YYYY, YYYY-MM or YYYY-MM-DD (prefix ~ if approximate)';

/** Days in `month` (1–12) of `year`, Gregorian leap rules. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Epoch day of a valid civil date (no checks). */
export function civilToDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date `[year, month, day]` of an epoch day. */
export function dayToCivil(epochDay: number): [number, number, number] {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Reads `len` ASCII digits of `s` at `at`; -1 if any is not a digit. */
function digits(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function invalid(s: string, why: string): RollcallError {
  return new RollcallError('invalid-date', `${why}: "${s}". ${FORMAT_HINT}.`, { value: s });
}

/**
 * Parses a partial date; throws `RollcallError('invalid-date')` on bad shape or impossible days.
 *
 * @example
 * parsePartialDate('~2022-05'); // { year: 2022, month: 5, approx: true }
 * parsePartialDate('2023-02-29'); // throws: February 2023 has 28 days
 */
export function parsePartialDate(s: string): PartialDate {
  if (typeof s !== 'string') throw invalid(String(s), 'Not a date');
  const approx = s.charCodeAt(0) === 126; /* ~ */
  const o = approx ? 1 : 0;
  const len = s.length - o;
  if (len !== 4 && len !== 7 && len !== 10) throw invalid(s, 'Not a date');
  const year = digits(s, o, 4);
  if (year < 0) throw invalid(s, 'Not a date');
  if (len === 4) return { year, approx };
  const month = s.charCodeAt(o + 4) === 45 ? digits(s, o + 5, 2) : -1;
  if (month < 1 || month > 12) throw invalid(s, 'No such month');
  if (len === 7) return { year, month, approx };
  const day = s.charCodeAt(o + 7) === 45 ? digits(s, o + 8, 2) : -1;
  if (day < 1 || day > daysInMonth(year, month)) throw invalid(s, 'No such day');
  return { year, month, day, approx };
}

/** Writes a partial date back as text; `formatPartialDate(parsePartialDate(s)) === s`. */
export function formatPartialDate(d: PartialDate): string {
  let out = (d.approx ? '~' : '') + String(d.year).padStart(4, '0');
  if (d.month === undefined) return out;
  out += '-' + String(d.month).padStart(2, '0');
  if (d.day === undefined) return out;
  return out + '-' + String(d.day).padStart(2, '0');
}

/**
 * Epoch day of a full date `YYYY-MM-DD` (no `~`). Throws `invalid-date` otherwise.
 *
 * @example
 * isoToDay('1970-01-02'); // 1
 */
export function isoToDay(iso: string): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 2);
    const day = digits(iso, 8, 2);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return civilToDay(year, month, day);
    }
  }
  throw invalid(iso, 'Expected a full date YYYY-MM-DD');
}

/** `YYYY-MM-DD` of an epoch day. */
export function dayToIso(day: number): string {
  if (!Number.isInteger(day)) throw new RollcallError('invalid-day', `An epoch day is a whole number; got ${day}.`);
  const [y, m, d] = dayToCivil(day);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The first and last epoch day a partial date may stand for (both inclusive).
 * `~` does not widen the range.
 *
 * @example
 * dayRange('2022-05'); // [isoToDay('2022-05-01'), isoToDay('2022-05-31')]
 */
export function dayRange(s: string | PartialDate): [min: number, max: number] {
  if (typeof s !== 'string') return rangeOf(checked(s));
  const known = ranges.get(s);
  if (known !== undefined) return known;
  const range = Object.freeze(rangeOf(parsePartialDate(s))) as [number, number];
  if (ranges.size >= MAX_REMEMBERED_RANGES) ranges.clear();
  ranges.set(s, range);
  return range;
}

/**
 * Ranges of date strings seen, shared and frozen: a registry has few distinct dates and
 * whole-registry work (digests, checks) asks for the same ones tens of thousands of
 * times. Invalid dates are not remembered: they throw every time.
 */
const ranges = new Map<string, [number, number]>();
const MAX_REMEMBERED_RANGES = 50_000;

function rangeOf(d: PartialDate): [min: number, max: number] {
  if (d.month === undefined) return [civilToDay(d.year, 1, 1), civilToDay(d.year, 12, 31)];
  if (d.day === undefined) {
    return [civilToDay(d.year, d.month, 1), civilToDay(d.year, d.month, daysInMonth(d.year, d.month))];
  }
  const day = civilToDay(d.year, d.month, d.day);
  return [day, day];
}

/** Throws `invalid-date` unless a parsed date is one `parsePartialDate` could have produced. */
function checked(d: PartialDate): PartialDate {
  const ok =
    Number.isInteger(d.year) &&
    d.year >= 0 &&
    d.year <= 9999 &&
    (d.month === undefined
      ? d.day === undefined
      : Number.isInteger(d.month) &&
        d.month >= 1 &&
        d.month <= 12 &&
        (d.day === undefined || (Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month))));
  if (!ok) throw invalid(JSON.stringify(d), 'No such date');
  return d;
}

/** True for a full day that is not approximate (`2022-03-31`, not `~2022-03-31` or `2022-03`). */
export function isExactDate(s: string): boolean {
  return s.length === 10 && s.charCodeAt(0) !== 126 && isValid(s);
}

function isValid(s: string): boolean {
  try {
    parsePartialDate(s);
    return true;
  } catch {
    return false;
  }
}

/** The day range of a month `YYYY-MM`. Throws `invalid-date` for anything else. */
export function monthDays(month: string): [min: number, max: number] {
  const d = parsePartialDate(month);
  if (d.approx || d.month === undefined || d.day !== undefined) throw invalid(month, 'Expected a month YYYY-MM');
  return dayRange(d);
}

/**
 * Orders two partial dates by their day ranges: -1 when `a` is surely before `b`,
 * 1 when surely after, 0 when both are the same single day, and null when the
 * ranges overlap so the order is unknown (`2022-05` vs `2022-05-10`, or `2022` vs `2022`).
 */
export function comparePartialDates(a: string | PartialDate, b: string | PartialDate): -1 | 0 | 1 | null {
  const [aMin, aMax] = dayRange(a);
  const [bMin, bMax] = dayRange(b);
  if (aMax < bMin) return -1;
  if (aMin > bMax) return 1;
  if (aMin === aMax && bMin === bMax) return 0;
  return null;
}
