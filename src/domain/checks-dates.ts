/**
 * Date checks: impossible dates, dates in the future, events reported before they
 * happened, and birth dates that do not fit the detentions.
 */
import { calendarDiffDays } from './duration.js';
import { dayRange, dayToIso } from './partial-date.js';
import type { Event, Person } from './record.js';
import {
  DETENTION_KINDS,
  describe,
  finding,
  type CheckContext,
  type Finding,
  type PersonFacts,
} from './checks-core.js';

/** A date somewhere in the record, with where it is. */
interface RecordDate {
  value: string;
  /** Human-readable place: "birth date", "release e-3", "verdict date of case c-1". */
  where: string;
  field: string;
  event?: Event;
  caseId?: string;
}

function recordDates(person: Person): RecordDate[] {
  const out: RecordDate[] = [];
  if (person.birthDate) out.push({ value: person.birthDate, where: 'birth date', field: 'birthDate' });
  person.events.forEach((event, i) =>
    out.push({
      value: event.date,
      where: `${event.kind.replace(/_/g, ' ')} ${event.id}`,
      field: `events.${i}.date`,
      event,
    }),
  );
  person.cases.forEach((c, i) => {
    if (c.verdictDate)
      out.push({
        value: c.verdictDate,
        where: `verdict date of case ${c.id}`,
        field: `cases.${i}.verdictDate`,
        caseId: c.id,
      });
    c.appeals.forEach((appeal, j) => {
      if (appeal.date)
        out.push({
          value: appeal.date,
          where: `appeal date of case ${c.id}`,
          field: `cases.${i}.appeals.${j}.date`,
          caseId: c.id,
        });
    });
  });
  return out;
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
  return recordDates(person)
    .filter((d) => rangeOrNull(d.value) === null)
    .map((d) =>
      finding(
        'invalid-date',
        'error',
        person,
        `The ${d.where} "${d.value}" is not a real calendar date; correct it (YYYY, YYYY-MM or YYYY-MM-DD).`,
        {
          ...(d.event ? { event: d.event } : {}),
          caseId: d.caseId,
          details: { field: d.field, value: d.value },
        },
      ),
    );
}

/** `date-in-future` (error): a date whose earliest possible day is after today. */
export function checkFuture({ person, todayDay }: PersonFacts, ctx: CheckContext, out: Finding[]): void {
  for (const d of recordDates(person)) {
    const [min] = dayRange(d.value);
    if (min <= todayDay) continue;
    out.push(
      finding(
        'date-in-future',
        'error',
        person,
        `The ${d.where} is ${d.value}, after today (${ctx.today}). Correct the date, or record the event once it has happened.`,
        {
          ...(d.event ? { event: d.event } : {}),
          caseId: d.caseId,
          details: { field: d.field, value: d.value, today: ctx.today },
        },
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
    const date = dates.get(id);
    const range = date === undefined ? null : rangeOrNull(date);
    if (range === null) return null;
    latest = Math.max(latest, range[1]);
  }
  return { day: latest };
}

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
    out.push(finding('birth-after-detention', 'error', person, message, { event: first.event, details }));
    return;
  }
  const oldestAtFirst = calendarDiffDays(birthMin, first.max).years;
  if (oldestAtFirst < 14) {
    const message = `Born ${person.birthDate}, so at most ${oldestAtFirst} years old at the ${describe(first.event)}; nobody under 14 can be criminally liable. Check the birth date and the detention date.`;
    out.push(
      finding('implausible-age', 'warning', person, message, {
        event: first.event,
        details: { ...details, maxAge: oldestAtFirst },
      }),
    );
  }
  if (last.min < birthMax) return;
  const youngestAtLast = calendarDiffDays(birthMax, last.min).years;
  if (youngestAtLast > 100) {
    const message = `Born ${person.birthDate}, so at least ${youngestAtLast} years old at the ${describe(last.event)}. Check the birth date (a wrong century?) and the detention date.`;
    out.push(
      finding('implausible-age', 'warning', person, message, {
        event: last.event,
        details: { birthDate: person.birthDate, detentionDate: last.event.date, minAge: youngestAtLast },
      }),
    );
  }
}
