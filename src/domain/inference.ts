/**
 * Dates inferred from a stated time served. Digests say "released on January 29
 * after 1 year, 10 months, and 4 days"; from that the detention day follows
 * (2022-03-25). Inferred dates are marked on the event (`inferred`) with the
 * reasoning, so readers can tell them from dates read in a source.
 *
 * How the result is written (the honest representation):
 * - Every day that fits is found by search: the days `s` with
 *   `calendarDiff(s, end) = stated` for every day `end` the known date may stand
 *   for (several days can fit one end near month ends: 2021-01-28 … 2021-01-31
 *   plus 1 month 1 day all give 2021-03-01).
 * - One fitting day -> that day (`2022-03-25`).
 * - All fitting days in one month -> that month (`2022-03`): true as written.
 * - Within one year and at most 31 days apart -> `~YYYY-MM`, the month holding
 *   most of them (ties: the earlier): "about March 2022". The `~` says the
 *   month is not certain; the reasoning gives the exact range.
 * - Otherwise the year (`2022`) when they share one, else `~YYYY` for the year
 *   holding most of them.
 * - A known date marked `~` makes the result `~` too.
 * - A stated term that no day fits exactly (e.g. "1 month and 40 days", not how
 *   calendar differences are written) falls back to Temporal subtraction/addition,
 *   and the reasoning says so.
 */
import { wholeCustodyPeriods } from './custody.js';
import { calendarDiffDays, formatTermEn, shiftDay } from './duration.js';
import { RollcallError } from './errors.js';
import { dayRange, dayToCivil, dayToIso, formatPartialDate } from './partial-date.js';
import type { Event, Person, Term } from './record.js';

export interface InferredDate {
  /** The inferred partial date (see the module notes for how it is written). */
  date: string;
  reasoning: string;
  /** First and last day that fit. */
  min: string;
  max: string;
}

const WINDOW = 10;

function sameTerm(a: Term, b: Term): boolean {
  return a.years === b.years && a.months === b.months && a.days === b.days;
}

/** Days on the other side of `stated` from every day in [knownMin, knownMax]; `dir` -1 looks back (start). */
function solve(knownMin: number, knownMax: number, stated: Term, dir: 1 | -1): { days: Set<number>; exact: boolean } {
  const days = new Set<number>();
  for (let known = knownMin; known <= knownMax; known++) {
    const guess = shiftDay(known, stated, dir);
    for (let other = guess - WINDOW; other <= guess + WINDOW; other++) {
      const [from, to] = dir === -1 ? [other, known] : [known, other];
      if (to >= from && sameTerm(calendarDiffDays(from, to), stated)) days.add(other);
    }
  }
  if (days.size > 0) return { days, exact: true };
  for (let known = knownMin; known <= knownMax; known++) days.add(shiftDay(known, stated, dir));
  return { days, exact: false };
}

/** The partial date written for a set of fitting days (rules in the module notes). */
function collapse(days: Set<number>, approx: boolean): string {
  const sorted = [...days].sort((a, b) => a - b);
  const [y1, m1] = dayToCivil(sorted[0] as number);
  const [y2, m2] = dayToCivil(sorted[sorted.length - 1] as number);
  const span = (sorted[sorted.length - 1] as number) - (sorted[0] as number);
  if (span === 0) return (approx ? '~' : '') + dayToIso(sorted[0] as number);
  if (y1 === y2 && m1 === m2) return formatPartialDate({ year: y1, month: m1, approx });
  if (y1 === y2 && span <= 31) return formatPartialDate({ ...majority(sorted, true), approx: true });
  if (y1 === y2) return formatPartialDate({ year: y1, approx });
  return formatPartialDate({ year: majority(sorted, false).year, approx: true });
}

function majority(sorted: readonly number[], byMonth: boolean): { year: number; month?: number } {
  const counts = new Map<number, number>();
  for (const d of sorted) {
    const [y, m] = dayToCivil(d);
    const key = byMonth ? y * 100 + m : y * 100;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount) [best, bestCount] = [key, count];
  }
  const year = Math.floor(best / 100);
  return byMonth ? { year, month: best % 100 } : { year };
}

function infer(known: string, stated: Term, dir: 1 | -1): Omit<InferredDate, 'reasoning'> & { exact: boolean } {
  const [min, max] = dayRange(known);
  const { days, exact } = solve(min, max, stated, dir);
  const sorted = [...days].sort((a, b) => a - b);
  return {
    date: collapse(days, known.startsWith('~')),
    min: dayToIso(sorted[0] as number),
    max: dayToIso(sorted[sorted.length - 1] as number),
    exact,
  };
}

function detail(r: { date: string; min: string; max: string; exact: boolean }, what: string): string {
  const parts: string[] = [];
  if (r.min !== r.max) parts.push(`the stated term fits any ${what} day from ${r.min} to ${r.max}`);
  if (!r.exact) parts.push('no day fits the stated term exactly; calendar arithmetic used');
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/**
 * The detention date implied by a release date and the stated time served.
 *
 * @example
 * inferStartFromTimeServed('2024-01-29', { years: 1, months: 10, days: 4 }).date; // '2022-03-25'
 * inferStartFromTimeServed('2024-01', { years: 1, months: 10, days: 4 }).date; // '~2022-03'
 */
export function inferStartFromTimeServed(endDate: string, stated: Term): InferredDate {
  const r = infer(endDate, stated, -1);
  const reasoning =
    `released ${endDate} after ${formatTermEn(stated)} as stated by the source -> detained ${r.date}` +
    detail(r, 'detention');
  return { date: r.date, reasoning, min: r.min, max: r.max };
}

/**
 * The release date implied by a detention date and the stated time served.
 *
 * @example
 * inferEndFromTimeServed('2022-03-31', { years: 1, months: 9, days: 13 }).date; // '2024-01-13'
 */
export function inferEndFromTimeServed(startDate: string, stated: Term): InferredDate {
  const r = infer(startDate, stated, 1);
  const reasoning =
    `detained ${startDate}, ${formatTermEn(stated)} served as stated by the source -> released ${r.date}` +
    detail(r, 'release');
  return { date: r.date, reasoning, min: r.min, max: r.max };
}

/**
 * A detention event inferred from a release event that states the time served.
 * It keeps the release's case, sources and visibility. Throws
 * `no-stated-time-served` for an event that is not a release with `statedTimeServed`.
 */
export function inferredDetentionEvent(release: Event, id: string): Event {
  if (release.kind !== 'release' || !release.statedTimeServed) {
    throw new RollcallError(
      'no-stated-time-served',
      `Event ${release.id} is not a release stating the time served; a detention date cannot be inferred from it.`,
      { eventId: release.id },
    );
  }
  const { date, reasoning } = inferStartFromTimeServed(release.date, release.statedTimeServed);
  const event: Event = {
    id,
    kind: 'detention',
    date,
    inferred: { rule: 'time-served', reasoning },
    sourceIds: [...release.sourceIds],
    visibility: release.visibility,
  };
  if (release.caseId) event.caseId = release.caseId;
  return event;
}

/**
 * Adds an inferred detention for every release that states the time served but
 * ends no recorded custody (no detention before it). Returns a new person; the
 * input is not changed. New ids are `<release id>-d` (with a number if taken).
 */
export function applyTimeServedInference(person: Person): {
  person: Person;
  inferred: Array<{ eventId: string; date: string; reasoning: string }>;
} {
  const ending = new Set<Event>();
  for (const p of wholeCustodyPeriods(person)) if (p.endEvent) ending.add(p.endEvent);
  const ids = new Set(person.events.map((e) => e.id));
  const added: Event[] = [];
  for (const e of person.events) {
    if (e.kind !== 'release' || !e.statedTimeServed || ending.has(e)) continue;
    let id = `${e.id}-d`;
    for (let n = 2; ids.has(id); n++) id = `${e.id}-d${n}`;
    ids.add(id);
    added.push(inferredDetentionEvent(e, id));
  }
  return {
    person: added.length ? { ...person, events: [...person.events, ...added] } : person,
    inferred: added.map((e) => ({ eventId: e.id, date: e.date, reasoning: e.inferred?.reasoning ?? '' })),
  };
}
