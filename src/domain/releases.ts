/**
 * The monthly release digest's figures: who was released in a month, after how
 * long in custody, and the opening counts ("35 released having served their
 * sentences, two of them spent more than three years behind bars; two more women
 * were sentenced to home confinement…").
 *
 * Rules:
 * - Only releases that end a COUNTED custody period (a political prisoner) count.
 * - A release counts in the month when its date's whole day range lies in the month;
 *   a release whose range only overlaps the month (dated only "2024") is listed
 *   under `uncertain`, not counted.
 * - Time served is the calendar time of the whole custody period the release ended
 *   (from its first detention, even when counting started later), as in the digests.
 * - "More than three years" is strictly more: 3 years 0 months 0 days is not.
 */
import { compareTerms } from './duration.js';
import { custodyPeriods, periodTimeServed, type CustodyPeriod } from './custody.js';
import { monthRange } from './figures-months.js';
import { dayRange } from './partial-date.js';
import { CUSTODY_KINDS } from './release-timeline.js';
import type { Event, Person, ReleaseReason, Term } from './record.js';

export interface TimeServed {
  exact: Term | null;
  min: Term;
  max: Term;
}

export interface ReleaseEntry {
  personId: string;
  releaseEventId: string;
  /** The release's partial date as recorded. */
  releaseDate: string;
  reason: ReleaseReason | null;
  /** The partial date of the detention that started the custody period. */
  custodyStart: string;
  timeServed: TimeServed;
  /** Null when unknown: the dates allow both more and not more than three years. */
  overThreeYears: boolean | null;
  /** Time served as the source states it, when recorded on the release. */
  statedTimeServed?: Term;
}

export interface ReleaseSummary {
  released: number;
  termServed: number;
  /** Of `termServed`, those certainly in custody for more than three years. */
  termServedOverThreeYears: number;
  /** Of `termServed`, those whose dates do not tell whether it was more than three years. */
  termServedOverThreeYearsUnknown: number;
  homeConfinement: number;
  openInstitution: number;
  /** Counts by release reason; a release without a reason counts under `unknown`. */
  byReason: Record<string, number>;
}

export interface MonthReleases {
  month: string;
  entries: ReleaseEntry[];
  /** Releases that may, but need not, fall in the month (not counted in the summary). */
  uncertain: ReleaseEntry[];
  summary: ReleaseSummary;
}

const THREE_YEARS: Term = { years: 3, months: 0, days: 0 };

/**
 * Political prisoners released in `month` (`YYYY-MM`), with time served and the
 * digest's summary counts. `opts.reasons` keeps only releases with those reasons.
 *
 * @example
 * const { summary } = releasesInMonth(persons, '2024-01');
 * summary.termServed; // 35
 * summary.termServedOverThreeYears; // 2
 * summary.homeConfinement; // 2
 */
export function releasesInMonth(
  persons: Iterable<Pick<Person, 'id' | 'events'>>,
  month: string,
  opts: { reasons?: readonly ReleaseReason[] } = {},
): MonthReleases {
  const [monthStart, monthEnd] = monthRange(month);
  const reasons = opts.reasons ? new Set<ReleaseReason | null>(opts.reasons) : null;
  const entries: Keyed[] = [];
  const uncertain: Keyed[] = [];
  for (const person of persons) {
    if (!releasedAround(person.events, monthStart, monthEnd)) continue;
    const periods = custodyPeriods({ events: custodyEvents(person.events) });
    for (let index = 0; index < periods.length; index++) {
      const period = periods[index]!;
      const end = period.endEvent;
      if (!period.counted || end?.kind !== 'release' || period.endMin === null || period.endMax === null) continue;
      if (period.endMax < monthStart || period.endMin > monthEnd) continue;
      if (reasons && !reasons.has(period.releaseReason)) continue;
      const keyed: Keyed = { entry: entryFor(person.id, periods, index), day: period.endMin };
      (period.endMin >= monthStart && period.endMax <= monthEnd ? entries : uncertain).push(keyed);
    }
  }
  const sorted = (list: Keyed[]) => list.sort(byDayThenPerson).map((k) => k.entry);
  const listed = sorted(entries);
  return { month, entries: listed, uncertain: sorted(uncertain), summary: summarise(listed) };
}

/** An entry with the earliest day of its release, to sort by. */
interface Keyed {
  entry: ReleaseEntry;
  day: number;
}

function byDayThenPerson(a: Keyed, b: Keyed): number {
  const x = a.entry.personId;
  const y = b.entry.personId;
  return a.day - b.day || (x < y ? -1 : x > y ? 1 : 0);
}

/**
 * The events custody periods are made of, in record order. Other events (searches, trials,
 * verdicts) only name facilities, which releases do not use, so the periods' days, counting,
 * reasons and start and end events are those of the whole record.
 */
function custodyEvents(events: Event[]): Event[] {
  let all = true;
  for (const e of events) if (!CUSTODY_KINDS.has(e.kind)) all = false;
  return all ? events : events.filter((e) => CUSTODY_KINDS.has(e.kind));
}

/** Whether some release's date may fall in [from, to] (no release, no entry: skip the custody arithmetic). */
function releasedAround(events: readonly Event[], from: number, to: number): boolean {
  for (const e of events) {
    if (e.kind !== 'release') continue;
    const [min, max] = dayRange(e.date);
    if (max >= from && min <= to) return true;
  }
  return false;
}

/** The entry for the release ending `periods[index]`, timed over the whole custody period. */
function entryFor(personId: string, periods: readonly CustodyPeriod[], index: number): ReleaseEntry {
  const period = periods[index]!;
  const release = period.endEvent!;
  const first = periods[wholePeriodStart(periods, index)]!;
  const whole: CustodyPeriod = {
    ...period,
    startEvent: first.startEvent,
    startMin: first.startMin,
    startMax: first.startMax,
  };
  const timeServed = periodTimeServed(whole);
  const entry: ReleaseEntry = {
    personId,
    releaseEventId: release.id,
    releaseDate: release.date,
    reason: period.releaseReason,
    custodyStart: first.startEvent.date,
    timeServed,
    overThreeYears: moreThan(timeServed, THREE_YEARS),
  };
  if (release.statedTimeServed) entry.statedTimeServed = release.statedTimeServed;
  return entry;
}

/**
 * Index of the first row of the custody period containing `periods[index]`: rows split
 * where counting changed share their boundary event, real periods do not.
 */
export function wholePeriodStart(periods: readonly CustodyPeriod[], index: number): number {
  let i = index;
  while (i > 0 && periods[i - 1]!.endEvent === periods[i]!.startEvent) i--;
  return i;
}

/** True/false when the dates settle it, null when the shortest and longest readings disagree. */
export function moreThan(served: TimeServed, term: Term): boolean | null {
  if (served.exact) return compareTerms(served.exact, term) > 0;
  if (compareTerms(served.min, term) > 0) return true;
  if (compareTerms(served.max, term) <= 0) return false;
  return null;
}

function summarise(entries: readonly ReleaseEntry[]): ReleaseSummary {
  const byReason: Record<string, number> = {};
  let overThree = 0;
  let overThreeUnknown = 0;
  for (const entry of entries) {
    const reason = entry.reason ?? 'unknown';
    byReason[reason] = (byReason[reason] ?? 0) + 1;
    if (entry.reason !== 'term_served') continue;
    if (entry.overThreeYears === true) overThree++;
    if (entry.overThreeYears === null) overThreeUnknown++;
  }
  return {
    released: entries.length,
    termServed: byReason.term_served ?? 0,
    termServedOverThreeYears: overThree,
    termServedOverThreeYearsUnknown: overThreeUnknown,
    homeConfinement: byReason.home_confinement ?? 0,
    openInstitution: byReason.open_institution ?? 0,
    byReason,
  };
}
