/**
 * Date checks: impossible dates, dates in the future, events reported before they
 * happened, and birth dates that do not fit the detentions.
 */
import { calendarDiffDays } from './duration.js';
import { dayRange, dayToIso } from './partial-date.js';
import type { Case, Event, Person } from './record.js';
import {
  DETENTION_KINDS,
  describe,
  finding,
  ref,
  type CheckContext,
  type Finding,
  type PersonFacts,
  type TextValue,
} from './checks-core.js';

/** A date somewhere in the record. Where it is gets described only for a finding (see `where`, `field`). */
interface RecordDate {
  value: string;
  event?: Event;
  case?: Case;
  /** Position of the event in `person.events`, or of the case in `person.cases`. */
  index: number;
  /** Position of the appeal in the case's appeals, for appeal dates. */
  appeal?: number;
}

function recordDates(person: Person): RecordDate[] {
  const out: RecordDate[] = [];
  if (person.birthDate) out.push({ value: person.birthDate, index: -1 });
  const events = person.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    out.push({ value: event.date, event, index: i });
  }
  const cases = person.cases;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i]!;
    if (c.verdictDate) out.push({ value: c.verdictDate, case: c, index: i });
    for (let j = 0; j < c.appeals.length; j++) {
      const date = c.appeals[j]!.date;
      if (date) out.push({ value: date, case: c, index: i, appeal: j });
    }
  }
  return out;
}

/** Human-readable place: "birth date", "release e-3", "verdict date of case c-1". */
function where(d: RecordDate): string {
  if (d.event) return `${d.event.kind.replace(/_/g, ' ')} ${d.event.id}`;
  if (d.case) return `${d.appeal === undefined ? 'verdict' : 'appeal'} date of case ${d.case.id}`;
  return 'birth date';
}

/** {@link where} as a text value. */
function whereValue(d: RecordDate): TextValue {
  if (d.event) return ref(d.event, 'id');
  if (d.case) return { date: d.appeal === undefined ? 'verdict' : 'appeal', caseId: d.case.id };
  return { date: 'birth' };
}

/** The field's path in the record: "birthDate", "events.2.date", "cases.0.appeals.1.date". */
function field(d: RecordDate): string {
  if (d.event) return `events.${d.index}.date`;
  if (d.case)
    return d.appeal === undefined ? `cases.${d.index}.verdictDate` : `cases.${d.index}.appeals.${d.appeal}.date`;
  return 'birthDate';
}

/** Where a finding about date `d` points: its event, or its case. */
function placeOf(d: RecordDate): { event?: Event; caseId?: string | undefined } {
  return d.event ? { event: d.event, caseId: undefined } : { caseId: d.case?.id };
}

function rangeOrNull(value: string): [number, number] | null {
  try {
    return dayRange(value);
  } catch {
    return null;
  }
}

/**
 * `invalid-date` (error): dates that are not real calendar dates ("2023-02-29").
 * Returns the findings; the other date rules run only when there are none.
 */
export function checkInvalidDates(person: Person): Finding[] {
  const out: Finding[] = [];
  for (const d of recordDates(person)) {
    if (rangeOrNull(d.value) !== null) continue;
    out.push(
      finding(
        'invalid-date',
        'error',
        person,
        `The ${where(d)} "${d.value}" is not a real calendar date; correct it (YYYY, YYYY-MM or YYYY-MM-DD).`,
        { id: 'invalid-date', values: { at: whereValue(d), value: d.value } },
        { ...placeOf(d), details: { field: field(d), value: d.value } },
      ),
    );
  }
  return out;
}

/** `date-in-future` (error): a date whose earliest possible day is after today. */
export function checkFuture({ person, ordered, todayDay }: PersonFacts, ctx: CheckContext, out: Finding[]): void {
  // Event days are known from the order; other dates are few.
  const eventMin: number[] = new Array<number>(ordered.length);
  for (const o of ordered) eventMin[o.index] = o.min;
  for (const d of recordDates(person)) {
    const min = d.event ? eventMin[d.index]! : dayRange(d.value)[0];
    if (min <= todayDay) continue;
    out.push(
      finding(
        'date-in-future',
        'error',
        person,
        `The ${where(d)} is ${d.value}, after today (${ctx.today}). Correct the date, or record the event once it has happened.`,
        { id: 'date-in-future', values: { at: whereValue(d), value: d.value, today: ctx.today } },
        { ...placeOf(d), details: { field: field(d), value: d.value, today: ctx.today } },
      ),
    );
  }
}

/** Kinds a source may announce ahead ("the trial will be held on…"). */
const SCHEDULABLE = new Set(['trial', 'appeal', 'other']);

/**
 * `event-after-source-date`: an event dated later than the publication date of every
 * source cited for it (a January digest published 2024-02-02 cannot report a release
 * on 2024-05-06). Events citing an undated or unknown source are not judged.
 */
export function checkAfterSource({ person, ordered }: PersonFacts, ctx: CheckContext, out: Finding[]): void {
  const dates = ctx.sourceDates;
  if (!dates) return;
  for (const { event, min } of ordered) {
    if (event.sourceIds.length === 0) continue;
    const latest = latestSourceDay(event.sourceIds, dates);
    if (latest === null || min <= latest.day) continue;
    const cited = event.sourceIds.map((id) => `${id} (${dates.get(id)})`).join(', ');
    out.push(
      finding(
        'event-after-source-date',
        SCHEDULABLE.has(event.kind) ? 'warning' : 'error',
        person,
        `The ${describe(event)} is dated after every source cited for it: ${cited}. A source cannot report what had not happened yet; check the date against the source (wrong month or year?) or cite the later source that reports it.`,
        { id: 'event-after-source-date', values: { event: ref(event), cited } },
        {
          event,
          details: { eventDate: event.date, latestSourceDate: dayToIso(latest.day), sourceIds: event.sourceIds },
        },
      ),
    );
  }
}

/** The last day the latest cited source may have been published; null when any is undated. */
function latestSourceDay(ids: readonly string[], dates: ReadonlyMap<string, string>): { day: number } | null {
  let latest = -Infinity;
  for (const id of ids) {
    const day = sourceDay(dates, id);
    if (day === null) return null;
    latest = Math.max(latest, day);
  }
  return { day: latest };
}

/** Last days of source dates already read, per `sourceDates` map (each entry remembers the date it was read from). */
const sourceDayMemo = new WeakMap<ReadonlyMap<string, string>, Map<string, { date: string; day: number | null }>>();

/** The last day source `id`'s date may stand for; null when it has no valid date. */
function sourceDay(dates: ReadonlyMap<string, string>, id: string): number | null {
  const date = dates.get(id);
  if (date === undefined) return null;
  let memo = sourceDayMemo.get(dates);
  if (!memo) sourceDayMemo.set(dates, (memo = new Map()));
  const known = memo.get(id);
  if (known && known.date === date) return known.day;
  const day = rangeOrNull(date)?.[1] ?? null;
  memo.set(id, { date, day });
  return day;
}

/** 14 calendar years never have more days than this (at most 4 leap days): from here on, surely 14 or older. */
const DAYS_SURELY_14_YEARS = 14 * 365 + 4;
/** 101 calendar years never have fewer days than this: below it, surely not over 100. */
const DAYS_BELOW_101_YEARS = 101 * 365;

/**
 * `birth-after-detention` (error) and `implausible-age` (warning: under 14 or over 100
 * at a detention, for every reading of the partial dates).
 */
export function checkBirth({ person, ordered }: PersonFacts, _ctx: CheckContext, out: Finding[]): void {
  if (!person.birthDate) return;
  const [birthMin, birthMax] = dayRange(person.birthDate);
  const detentions = ordered.filter((o) => DETENTION_KINDS.has(o.event.kind));
  const first = detentions[0];
  const last = detentions[detentions.length - 1];
  if (!first || !last) return;
  const details = { birthDate: person.birthDate, detentionDate: first.event.date };
  if (birthMin > first.max) {
    const message = `Born ${person.birthDate}, after the ${describe(first.event)}. Check the birth date and the detention date.`;
    const text = { id: 'birth-after-detention', values: { birth: person.birthDate, event: ref(first.event) } } as const;
    out.push(finding('birth-after-detention', 'error', person, message, text, { event: first.event, details }));
    return;
  }
  // Calendar years only where the day count leaves the answer open.
  const oldestAtFirst = first.max - birthMin >= DAYS_SURELY_14_YEARS ? 14 : calendarDiffDays(birthMin, first.max).years;
  if (oldestAtFirst < 14) {
    const message = `Born ${person.birthDate}, so at most ${oldestAtFirst} ${oldestAtFirst === 1 ? 'year' : 'years'} old at the ${describe(first.event)}; nobody under 14 can be criminally liable. Check the birth date and the detention date.`;
    const values = { birth: person.birthDate, age: oldestAtFirst, event: ref(first.event) };
    out.push(
      finding(
        'implausible-age',
        'warning',
        person,
        message,
        { id: 'implausible-age.young', values },
        {
          event: first.event,
          details: { ...details, maxAge: oldestAtFirst },
        },
      ),
    );
  }
  if (last.min < birthMax || last.min - birthMax < DAYS_BELOW_101_YEARS) return;
  const youngestAtLast = calendarDiffDays(birthMax, last.min).years;
  if (youngestAtLast > 100) {
    const message = `Born ${person.birthDate}, so at least ${youngestAtLast} years old at the ${describe(last.event)}. Check the birth date (a wrong century?) and the detention date.`;
    const values = { birth: person.birthDate, age: youngestAtLast, event: ref(last.event) };
    out.push(
      finding(
        'implausible-age',
        'warning',
        person,
        message,
        { id: 'implausible-age.old', values },
        {
          event: last.event,
          details: { birthDate: person.birthDate, detentionDate: last.event.date, minAge: youngestAtLast },
        },
      ),
    );
  }
}
