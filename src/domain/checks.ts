/**
 * Consistency checks over person records: contradictions the sources contain
 * (stated time served that does not fit the dates, events reported before they
 * happened), impossible orders, dangling references, and notes for staff
 * (inferred dates, events without a source). Every finding has a stable `code`,
 * a severity and a message that says what to fix.
 *
 * Codes: invalid-date, date-in-future, event-after-source-date,
 * birth-after-detention, implausible-age, stated-time-served-mismatch,
 * release-before-detention, release-without-custody, served-longer-than-sentence,
 * term-ended-no-release,
 * events-out-of-order, unknown-facility, unknown-source, missing-source, inferred-date,
 * external-photo.
 */
import { orderEvents, periodsFromOrdered } from './custody.js';
import { isoToDay } from './partial-date.js';
import type { Person } from './record.js';
import type { CheckContext, Finding, PersonFacts, Rule } from './checks-core.js';
import { checkAfterSource, checkBirth, checkFuture, checkInvalidDates } from './checks-dates.js';
import { checkOrder } from './checks-order.js';
import { checkReleases, checkServedLonger, checkStatedTimeServed } from './checks-custody.js';
import { checkTermEnded } from './checks-term.js';
import { checkFacilities, checkInferred, checkMissingSources, checkPhoto, checkSources } from './checks-refs.js';

export type { CheckContext, Finding, Severity } from './checks-core.js';

/** Rules that need only the record (run even when some dates are invalid). */
const RECORD_RULES: ReadonlyArray<(person: Person, ctx: CheckContext, out: Finding[]) => void> = [
  checkFacilities,
  checkSources,
  checkMissingSources,
  checkInferred,
  checkPhoto,
];

/** Rules over valid dates, ordered events and custody periods. */
const DATE_RULES: readonly Rule[] = [
  checkFuture,
  checkAfterSource,
  checkBirth,
  checkStatedTimeServed,
  checkReleases,
  checkServedLonger,
  checkTermEnded,
  checkOrder,
];

const RANK = { error: 0, warning: 1, info: 2 } as const;
const bySeverity = (a: Finding, b: Finding) => RANK[a.severity] - RANK[b.severity];

/**
 * All findings for one person, errors first. When some date is not a real calendar
 * date, only `invalid-date` and the reference checks run (fix the dates first).
 * Throws `invalid-date` when `ctx.today` is not `YYYY-MM-DD`.
 *
 * @example
 * checkPerson(mikhniuk, { today: '2024-02-02' });
 * // [{ code: 'stated-time-served-mismatch', severity: 'error', message: 'Stated 1 year, 10 months, and 4 days, but …' }, …]
 */
export function checkPerson(person: Person, ctx: CheckContext): Finding[] {
  return checkWithToday(person, ctx, isoToDay(ctx.today));
}

function checkWithToday(person: Person, ctx: CheckContext, todayDay: number): Finding[] {
  const out = checkInvalidDates(person);
  if (out.length === 0) {
    const ordered = orderEvents(person.events);
    const facts: PersonFacts = { person, ordered, periods: periodsFromOrdered(ordered), todayDay };
    for (const rule of DATE_RULES) rule(facts, ctx, out);
  }
  for (const rule of RECORD_RULES) rule(person, ctx, out);
  return out.length > 1 ? out.sort(bySeverity) : out;
}

/**
 * Checks many persons lazily: findings come out person by person, so a registry of
 * any size can be checked in bounded memory.
 *
 * @example
 * for (const f of checkRegistry(pagesOfPersons(), ctx)) report(f);
 */
export function* checkRegistry(persons: Iterable<Person>, ctx: CheckContext): Generator<Finding, void, undefined> {
  const todayDay = isoToDay(ctx.today);
  for (const person of persons) yield* checkWithToday(person, ctx, todayDay);
}
