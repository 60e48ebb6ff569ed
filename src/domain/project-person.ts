/**
 * The projection of one person: compact derived facts that the store keeps in
 * index tables (see `projection.ts`). Runs once per person on every import or
 * edit, so it orders the events once and does no calendar arithmetic.
 */
import { facilityAfter, type OrderedEvent, orderEvents, periodsFromOrdered, statusFromPeriods } from './custody.js';
import { dayRange } from './partial-date.js';
import { releaseTimeline } from './release-timeline.js';
import { termEndDay } from './custody-state.js';
import type { CustodyPeriodRow, EventRow, PersonProjection } from './projection.js';
import type { EventKind, NameForm, Person } from './record.js';

/** Orders article codes numerically: 130 < 203-1 < 361 < 361-1 < 361-4 < 411. */
export function compareArticles(a: string, b: string): number {
  const ai = a.indexOf('-');
  const bi = b.indexOf('-');
  const am = parseInt(ai < 0 ? a : a.slice(0, ai), 10);
  const bm = parseInt(bi < 0 ? b : b.slice(0, bi), 10);
  if (am !== bm) return am - bm;
  const as = ai < 0 ? 0 : parseInt(a.slice(ai + 1), 10);
  const bs = bi < 0 ? 0 : parseInt(b.slice(bi + 1), 10);
  return as - bs;
}

function isLatin(form: NameForm): boolean {
  return form.system === 'latn' || form.system.endsWith('-latn') || form.system.includes('-latn-');
}

/**
 * The name form lists sort by: the primary `be-latn-passport` form, else any
 * `be-latn-passport` form, else a primary Latin form, else any Latin form, else the first form.
 */
export function sortNameForm(names: readonly NameForm[]): NameForm | undefined {
  let best: NameForm | undefined;
  let bestRank = 5;
  for (const n of names) {
    const passport = n.system === 'be-latn-passport';
    const rank = passport ? (n.primary ? 0 : 1) : isLatin(n) ? (n.primary ? 2 : 3) : 4;
    if (rank < bestRank) {
      best = n;
      bestRank = rank;
    }
  }
  return best;
}

/** `family given`, lower-cased and trimmed, from {@link sortNameForm}. */
export function sortName(names: readonly NameForm[]): string {
  const form = sortNameForm(names);
  if (!form) return '';
  return (form.given ? `${form.family} ${form.given}` : form.family).toLowerCase().trim();
}

/**
 * Event kinds that figures, digests and pages look up across the registry
 * (custody, placements, verdicts, releases, recognition, death). Searches,
 * charges, trials and appeals are read from the record itself; leaving them
 * out of the index keeps imports fast.
 */
export const INDEXED_EVENT_KINDS: readonly EventKind[] = [
  'detention',
  'administrative_arrest',
  're_detention',
  'pretrial_placement',
  'transfer',
  'verdict',
  'release',
  'recognition',
  'recognition_end',
  'death',
];
const INDEXED: ReadonlySet<string> = new Set(INDEXED_EVENT_KINDS);

/**
 * The person as figures see it: only public events and public cases (see
 * {@link projectPerson}). An event that points at an internal case keeps no
 * `caseId`. Articles, release lists, projected releases and digests use it so
 * that nothing marked internal drives a published fact and they agree with the
 * counts.
 *
 * @example
 * withPublicFacts(person).cases.every((c) => c.visibility === 'public'); // true
 */
export function withPublicFacts(person: Person): Person {
  const allPublic =
    person.events.every((e) => e.visibility === 'public') && person.cases.every((c) => c.visibility === 'public');
  if (allPublic) return person;
  const cases = person.cases.filter((c) => c.visibility === 'public');
  const caseIds = new Set(cases.map((c) => c.id));
  const events = person.events
    .filter((e) => e.visibility === 'public')
    .map((e) => (e.caseId === undefined || caseIds.has(e.caseId) ? e : { ...e, caseId: undefined }));
  return { ...person, cases, events };
}

/** @deprecated Kept for callers written before cases were filtered too: use {@link withPublicFacts}. */
export const withPublicEvents = withPublicFacts;

/**
 * Derives the index rows of a person from its **public** events and cases only
 * ({@link withPublicFacts}). An internal event or case is a staff note (unconfirmed, or not to be published): it shows
 * in staff views of the record and in the checks, but no status, list filter or
 * figure derives from it until it is made public. So public and staff figures
 * agree, and nothing marked internal can be read back from a public count.
 *
 * - `custody`: the rows of `custodyPeriods` (split where counting changes).
 * - `events`: one row per event of an {@link INDEXED_EVENT_KINDS} kind, in timeline
 *   order, with the day range of its date (other kinds stay in the record only).
 * - `status` on `today` (epoch day; absent = everything recorded has happened):
 *   imprisoned if a counted period is ongoing, deceased if a death event, released
 *   if a counted period ended by release, else other.
 * - `currentFacilityId`: the last facility named in the custody period ongoing on `today`
 *   (events after `today` ignored), if any.
 * - `firstDetentionMin`: earliest possible start of the first custody period.
 * - `timeline`: what releases of a month read (`releaseTimeline`).
 *
 * @example
 * projectPerson(person).status; // 'imprisoned'
 */
export function projectPerson(person: Person, today?: number): PersonProjection {
  const day = today ?? Number.POSITIVE_INFINITY;
  const facts = withPublicFacts(person);
  const ordered = orderEvents(facts.events);
  const periods = periodsFromOrdered(ordered);

  const events: EventRow[] = [];
  let deathMin: number | null = null;
  for (let i = 0; i < ordered.length; i++) {
    const { event, min, max } = ordered[i] as (typeof ordered)[number];
    if (event.kind === 'death' && (deathMin === null || min < deathMin)) deathMin = min;
    if (!INDEXED.has(event.kind)) continue;
    events.push({
      eventId: event.id,
      kind: event.kind,
      dayMin: min,
      dayMax: max,
      releaseReason: event.releaseReason ?? null,
      facilityId: event.facilityId ?? null,
      caseId: event.caseId ?? null,
    });
  }

  const custody: CustodyPeriodRow[] = new Array(periods.length);
  let currentFacilityId: string | null = null;
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i] as (typeof periods)[number];
    custody[i] = {
      startMin: p.startMin,
      startMax: p.startMax,
      endMin: p.endMin,
      endMax: p.endMax,
      counted: p.counted,
      releaseReason: p.releaseReason,
    };
    if (p.startMin <= day && (p.endMin === null || p.endMin > day)) {
      currentFacilityId = today === undefined ? p.facilityId : facilityOn(ordered, p.startMin, day);
    }
  }

  const birth = person.birthDate ? dayRange(person.birthDate) : null;
  return {
    personId: person.id,
    status: statusFromPeriods(periods, deathMin, day),
    sex: person.sex ?? null,
    region: person.region ?? null,
    birthMin: birth ? birth[0] : null,
    birthMax: birth ? birth[1] : null,
    firstDetentionMin: periods.length > 0 ? (periods[0] as (typeof periods)[number]).startMin : null,
    currentFacilityId,
    termEndMax: periods.length > 0 && periods[periods.length - 1]!.endMin === null ? termEndDay(facts) : null,
    articles: articlesOf(facts),
    custody,
    events,
    // Public names only: lists show and sort by this name, so an internal form must not become it.
    sortName: sortName(person.names.filter((n) => n.visibility === 'public')),
    isPublic: person.visibility === 'public',
    fictional: person.fictional,
    timeline: releaseTimeline(facts),
  };
}

function articlesOf(person: Person): string[] {
  const codes = new Set<string>();
  for (const c of person.cases) for (const ch of c.charges) codes.add(ch.article);
  return [...codes].sort(compareArticles);
}

/** Where the person is on `day` after the events dated from `fromDay` (first possible days; see `facilityAfter`). */
function facilityOn(ordered: readonly OrderedEvent[], fromDay: number, day: number): string | null {
  let facility: string | null = null;
  for (const o of ordered) {
    if (o.min > day) break;
    if (o.min >= fromDay) facility = facilityAfter(o.event, facility);
  }
  return facility;
}
