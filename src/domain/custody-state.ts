/**
 * "Term ended, release not confirmed": a person still in custody by the record whose
 * sentence has run out. Sources report releases late or not at all, so a registry keeps
 * people "imprisoned" after their term unless this is told apart. Such a person is shown
 * as "term ended, release not confirmed", is not in the headline count of political
 * prisoners from the day after the term's end (the figures page says how many there are),
 * and is listed for staff by `rollcall check` (`term-ended-no-release`).
 *
 * The end of the term is the latest day the projected release may fall on
 * (`projectedRelease` in `sentence.ts`), with the credit ratios built into the domain
 * (`CREDIT_RATIOS`, the reference data the store is seeded with), so that it is a pure
 * function of the record and can live in the projection (`termEndMax`).
 */
import type { CustodyPeriodRow, PersonStatus } from './projection.js';
import { isoToDay } from './partial-date.js';
import type { Person } from './record.js';
import { CREDIT_RATIOS } from './reference-data.js';
import { projectedRelease } from './sentence.js';

/** What pages show: a status, or `term_ended` for an "imprisoned" person past the term. */
export type ShownStatus = PersonStatus | 'term_ended';

/**
 * The latest day the projected release of a person in custody may fall on, or null (not in
 * custody, no custodial term, life imprisonment). Pass the public facts for public use.
 *
 * @example
 * termEndDay(person); // isoToDay('2021-04-20')
 */
export function termEndDay(person: Person): number | null {
  const projected = projectedRelease(person, CREDIT_RATIOS);
  return projected ? isoToDay(projected.max) : null;
}

/**
 * Whether the term has ended on `day` with no release recorded: the person is "imprisoned"
 * and `day` is after the latest day the projected release may fall on.
 *
 * @example
 * isTermEnded('imprisoned', isoToDay('2021-04-20'), isoToDay('2024-02-02')); // true
 */
export function isTermEnded(status: PersonStatus, termEndMax: number | null | undefined, day: number): boolean {
  return status === 'imprisoned' && termEndMax !== null && termEndMax !== undefined && day > termEndMax;
}

/**
 * The status a page shows on `day`.
 *
 * @example
 * shownStatus('imprisoned', null, day); // 'imprisoned'
 */
export function shownStatus(status: PersonStatus, termEndMax: number | null | undefined, day: number): ShownStatus {
  return isTermEnded(status, termEndMax, day) ? 'term_ended' : status;
}

/**
 * Custody rows as the figures count them: an ongoing period of a person with a known term
 * end counts up to that day (inclusive), since "imprisoned" past the term is not confirmed.
 * Returns the rows unchanged when there is nothing to cap.
 *
 * @example
 * capAtTermEnd([{ startMin: 10, startMax: 10, endMin: null, endMax: null, counted: true, releaseReason: null }], 20);
 * // [{ …, endMin: 21, endMax: 21 }]
 */
export function capAtTermEnd(rows: CustodyPeriodRow[], termEndMax: number | null | undefined): CustodyPeriodRow[] {
  if (termEndMax === null || termEndMax === undefined) return rows;
  const last = rows[rows.length - 1];
  if (!last || last.endMin !== null || termEndMax + 1 <= last.startMin) return rows;
  const capped = rows.slice();
  capped[capped.length - 1] = { ...last, endMin: termEndMax + 1, endMax: termEndMax + 1 };
  return capped;
}
