/**
 * Month arithmetic for figures: `YYYY-MM` strings to epoch-day ranges and lists of months.
 * Errors use the code `invalid-month`.
 */
import { RollcallError } from './errors.js';
import { civilToDay, daysInMonth } from './partial-date.js';

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

function parseMonth(month: string): [year: number, month: number] {
  const match = MONTH_RE.exec(month);
  if (!match) {
    throw new RollcallError('invalid-month', `Months are written YYYY-MM, e.g. 2024-01; got "${month}".`, { month });
  }
  return [Number(match[1]), Number(match[2])];
}

/**
 * First and last epoch day of a month (both inclusive).
 *
 * @example
 * monthRange('1970-02') // [31, 58]
 */
export function monthRange(month: string): [number, number] {
  const [y, m] = parseMonth(month);
  return [civilToDay(y, m, 1), civilToDay(y, m, daysInMonth(y, m))];
}

/**
 * Every month from `from` to `to`, inclusive; empty when `to` is before `from`.
 *
 * @example
 * monthsBetween('2023-11', '2024-02') // ['2023-11', '2023-12', '2024-01', '2024-02']
 */
export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = parseMonth(from);
  const [ty, tm] = parseMonth(to);
  const out: string[] = [];
  for (let index = fy * 12 + fm - 1; index <= ty * 12 + tm - 1; index++) {
    const year = Math.floor(index / 12);
    out.push(`${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}
