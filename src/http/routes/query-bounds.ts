/**
 * Bounds on the dates, months and ranges the public API accepts, so that no request
 * can ask for more than a registry could hold: a range is checked here, at the edge,
 * after its zod schema has checked the format, and before any use case runs.
 *
 * - Dates and months lie within the registry's plausible span: from {@link EARLIEST_MONTH}
 *   to the end of the year after the current one (projected releases: to the end of the
 *   year {@link EXPECTED_YEARS_AHEAD} years ahead, as sentences run for decades).
 * - A monthly range spans at most {@link MAX_MONTHS} months, a daily one {@link MAX_DAYS} days.
 *
 * A value out of bounds is a 400 with the stable code `out-of-range` (or `range-too-long`)
 * whose message names the field and the allowed values, and whose details carry them
 * (`{ field, min, max }` or `{ field, max }`).
 *
 * @example
 * const span = apiSpan(ctx.now());
 * checkMonths({ from: '0001-01', to: '9999-12' }, span);
 * // throws AppError out-of-range: The "from" month 0001-01 is outside the allowed range 1990-01 to 2025-12.
 */
import { AppError } from '../../app/context.js';
import { isoToDay } from '../../domain/partial-date.js';

/** The first month the API answers for. */
export const EARLIEST_MONTH = '1990-01';
/** The most months one monthly request (flows, monthly series) may span. */
export const MAX_MONTHS = 600;
/** The most days one daily series may span (about ten years). */
export const MAX_DAYS = 3660;
/** How many years ahead projected releases may be asked for. */
export const EXPECTED_YEARS_AHEAD = 50;

/** The allowed first and last day (YYYY-MM-DD) of a range. */
export interface Span {
  from: string;
  to: string;
}

/**
 * The allowed span: 1990-01-01 to 31 December `yearsAhead` years after `now`'s year (2024, 1 year: to 2025-12-31).
 * @example apiSpan(new Date('2024-02-02')); // { from: '1990-01-01', to: '2025-12-31' }
 */
export function apiSpan(now: Date, yearsAhead = 1): Span {
  return { from: `${EARLIEST_MONTH}-01`, to: `${now.getUTCFullYear() + yearsAhead}-12-31` };
}

/**
 * Checks that each named date (YYYY-MM-DD) lies in `span` and, when `maxDays` is given,
 * that `to` is at most that many days after `from`.
 * @example checkDates({ at: '2024-01-10' }, apiSpan(ctx.now()));
 */
export function checkDates(dates: Record<string, string | undefined>, span: Span, maxDays?: number): void {
  for (const [field, value] of Object.entries(dates)) {
    if (value !== undefined && (value < span.from || value > span.to)) {
      throw outOfRange(field, 'date', value, span.from, span.to);
    }
  }
  const { from, to } = dates;
  if (maxDays !== undefined && from !== undefined && to !== undefined && validDay(to) - validDay(from) + 1 > maxDays) {
    throw tooLong('to', `A daily series spans at most ${maxDays} days`, maxDays);
  }
}

/**
 * Checks that each named month (YYYY-MM) lies in `span` and that `from`..`to` spans at
 * most {@link MAX_MONTHS} months.
 * @example checkMonths({ from: '2023-11', to: '2024-01' }, apiSpan(ctx.now()));
 */
export function checkMonths(months: Record<string, string | undefined>, span: Span, maxMonths = MAX_MONTHS): void {
  const first = span.from.slice(0, 7);
  const last = span.to.slice(0, 7);
  for (const [field, value] of Object.entries(months)) {
    if (value !== undefined && (value < first || value > last)) throw outOfRange(field, 'month', value, first, last);
  }
  const { from, to } = months;
  if (from !== undefined && to !== undefined && monthIndex(to) - monthIndex(from) + 1 > maxMonths) {
    throw tooLong('to', `A request spans at most ${maxMonths} months`, maxMonths);
  }
}

function outOfRange(field: string, what: string, value: string, min: string, max: string): AppError {
  return new AppError(
    'out-of-range',
    `The "${field}" ${what} ${value} is outside the allowed range ${min} to ${max}.`,
    400,
    { field, min, max },
  );
}

function tooLong(field: string, rule: string, max: number): AppError {
  return new AppError('range-too-long', `${rule}: narrow "from" and "to", or ask in several parts.`, 400, {
    field,
    max,
  });
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The epoch day of a date (an impossible day such as 02-30 is left to the use case to refuse). */
function validDay(iso: string): number {
  try {
    return isoToDay(iso);
  } catch {
    return Number.NaN;
  }
}
