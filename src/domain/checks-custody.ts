/**
 * Custody checks: stated time served against the dates, releases that end no
 * custody, and custody longer than the sentence.
 */
import { CUSTODY_START_KINDS, periodTimeServed, type CustodyPeriod } from './custody.js';
import { calendarDiffDays, compareTerms, formatTermEn, shiftDay } from './duration.js';
import { dayToIso } from './partial-date.js';
import type { Case, Event, Person, Term } from './record.js';
import { wholePeriodStart } from './releases.js';
import {
  dayText,
  describe,
  finding,
  ref,
  termText,
  type CheckContext,
  type Finding,
  type FindingText,
  type PersonFacts,
  type TextValue,
} from './checks-core.js';

/** Whole custody periods (rows split where counting changed joined back together). */
function wholePeriods(periods: readonly CustodyPeriod[]): CustodyPeriod[] {
  const out: CustodyPeriod[] = [];
  periods.forEach((period, i) => {
    const next = periods[i + 1];
    if (next && next.startEvent === period.endEvent) return; // continues in the next row
    const first = periods[wholePeriodStart(periods, i)]!;
    out.push({ ...period, startEvent: first.startEvent, startMin: first.startMin, startMax: first.startMax });
  });
  return out;
}

const short = (event: Event) => `${event.kind.replace(/_/g, ' ')} ${event.date}`;

/**
 * `stated-time-served-mismatch` (error): a release's stated time served does not fit
 * the custody period's dates (exact dates must match exactly; partial dates must
 * allow it).
 */
export function checkStatedTimeServed({ person, periods }: PersonFacts, _ctx: CheckContext, out: Finding[]): void {
  for (const period of wholePeriods(periods)) {
    const release = period.endEvent;
    const stated = release?.statedTimeServed;
    if (!release || release.kind !== 'release' || !stated) continue;
    const served = periodTimeServed(period);
    const fits = served.exact
      ? compareTerms(stated, served.exact) === 0
      : compareTerms(stated, served.min) >= 0 && compareTerms(stated, served.max) <= 0;
    if (fits) continue;
    const computed = served.exact ? formatTermEn(served.exact) : termText(served.min, served.max);
    const fitting = period.endMin === period.endMax ? fittingStart(period.endMin!, stated) : null;
    const hint = fitting
      ? ` A detention on ${fitting} would fit the stated time; check the detention date, the release date and the stated time against the sources.`
      : ' Check the detention date, the release date and the stated time against the sources.';
    const message = `Stated ${formatTermEn(stated)}, but ${short(period.startEvent)} to ${short(release)} is ${computed}.${hint}`;
    const values: Record<string, TextValue> = {
      stated: { term: stated },
      start: ref(period.startEvent, 'date'),
      release: ref(release, 'date'),
      computed: { between: served.exact ? [served.exact, served.exact] : [served.min, served.max] },
      ...(fitting ? { fitting } : {}),
    };
    const id = fitting ? 'stated-time-served-mismatch.fitting' : 'stated-time-served-mismatch';
    out.push(
      finding(
        'stated-time-served-mismatch',
        'error',
        person,
        message,
        { id, values },
        {
          event: release,
          details: {
            stated,
            computed: served,
            detentionEventId: period.startEvent.id,
            detentionDate: period.startEvent.date,
            releaseDate: release.date,
            ...(fitting ? { fittingDetentionDate: fitting } : {}),
          },
        },
      ),
    );
  }
}

/** The detention day from which `stated` leads exactly to `releaseDay`, if any (a few days' search around the naive subtraction). */
function fittingStart(releaseDay: number, stated: Term): string | null {
  const guess = shiftDay(releaseDay, stated, -1);
  for (const delta of [0, 1, -1, 2, -2, 3, -3]) {
    const day = guess + delta;
    if (day <= releaseDay && compareTerms(calendarDiffDays(day, releaseDay), stated) === 0) return dayToIso(day);
  }
  return null;
}

/**
 * `release-before-detention` (error): a release surely before every detention.
 * `release-without-custody` (error; warning when the dates overlap so the order is
 * unclear): a release that ends no custody period, e.g. a second release.
 */
export function checkReleases({ person, ordered, periods }: PersonFacts, _ctx: CheckContext, out: Finding[]): void {
  const ending = new Set(periods.map((p) => p.endEvent));
  const starts = ordered.filter((o) => CUSTODY_START_KINDS.has(o.event.kind));
  for (const r of ordered) {
    if (r.event.kind !== 'release' || ending.has(r.event)) continue;
    const event = r.event;
    if (starts.length === 0) {
      const message = `The ${describe(event)} has no detention before it. Add the detention (a partial date such as 2022-03 is fine), or remove the release.`;
      const text = { id: 'release-without-custody.none', values: { event: ref(event) } } as const;
      out.push(finding('release-without-custody', 'error', person, message, text, { event }));
    } else if (starts.every((s) => s.min > r.max)) {
      const first = starts[0]!;
      const message = `The ${describe(event)} is before the first detention, ${describe(first.event)}. Check both dates (a wrong year?); until then the person counts as in custody from the detention on.`;
      const values = { event: ref(event), detention: ref(first.event) };
      out.push(
        finding(
          'release-before-detention',
          'error',
          person,
          message,
          { id: 'release-before-detention', values },
          {
            event,
            details: { detentionEventId: first.event.id },
          },
        ),
      );
    } else {
      const unclear = starts.find((s) => s.min <= r.max && s.max >= r.min);
      const message = unclear
        ? `The ${describe(event)} and the ${describe(unclear.event)} have overlapping dates, so the release is read as coming first and ends no custody. Give both full dates.`
        : `The ${describe(event)} comes when the person is not in custody (no detention since the previous release). Add the detention that preceded it, or remove the release if it repeats an earlier one.`;
      const text: FindingText = unclear
        ? { id: 'release-without-custody.overlap', values: { event: ref(event), other: ref(unclear.event) } }
        : { id: 'release-without-custody.free', values: { event: ref(event) } };
      out.push(finding('release-without-custody', unclear ? 'warning' : 'error', person, message, text, { event }));
    }
  }
}

const CUSTODIAL_WITH_TERM = new Set(['deprivation_of_liberty', 'arrest']);

/**
 * `served-longer-than-sentence` (warning): a custody period surely longer than the
 * sum of the custodial terms of the cases served in it. Pre-trial credit (ratios ≥ 1)
 * only shortens the time in custody, so the longest plausible stay is the term itself.
 * Periods whose cases are not all known (no punishment yet, life) are not judged.
 */
export function checkServedLonger(
  { person, ordered, periods, todayDay }: PersonFacts,
  ctx: CheckContext,
  out: Finding[],
): void {
  for (const period of wholePeriods(periods)) {
    const cases = casesOf(person, ordered, period);
    const total = totalTerm(cases);
    if (!total) continue;
    const latestEnd = shiftDay(period.startMax, total, 1);
    const endDay = period.endMin ?? todayDay;
    if (endDay <= latestEnd) continue;
    const caseList = cases.map((c) => c.id).join(', ');
    const caseWord = cases.length === 1 ? 'case' : 'cases';
    const served = [
      calendarDiffDays(period.startMax, endDay),
      calendarDiffDays(period.startMin, period.endMax ?? endDay),
    ] as const;
    const message =
      period.endEvent === null
        ? `In custody since ${period.startEvent.date} (${describe(period.startEvent)}), but the ${formatTermEn(total)} of ${caseWord} ${caseList} ended by ${dayToIso(latestEnd)} at the latest (today is ${ctx.today}). Record the release, a sentence change or an added term (e.g. new charges under Art. 411), or correct the dates.`
        : `${short(period.startEvent)} to ${short(period.endEvent)} is ${termText(...served)}, longer than the ${formatTermEn(total)} of ${caseWord} ${caseList}. Check the dates and the term, or record the added term (e.g. new charges under Art. 411).`;
    const shared = { term: { term: total }, cases: caseList, caseCount: cases.length };
    const text =
      period.endEvent === null
        ? ({
            id: 'served-longer-than-sentence.ongoing',
            values: {
              ...shared,
              since: period.startEvent.date,
              start: ref(period.startEvent),
              latestEnd: dayToIso(latestEnd),
              today: ctx.today,
            },
          } as const)
        : ({
            id: 'served-longer-than-sentence.ended',
            values: {
              ...shared,
              start: ref(period.startEvent, 'date'),
              end: ref(period.endEvent, 'date'),
              served: { between: served },
            },
          } as const);
    out.push(
      finding('served-longer-than-sentence', 'warning', person, message, text, {
        event: period.endEvent ?? period.startEvent,
        caseId: cases.length === 1 ? cases[0]!.id : undefined,
        details: {
          caseIds: cases.map((c) => c.id),
          term: total,
          latestEnd: dayToIso(latestEnd),
          custody: dayText(period.startMin, period.startMax),
        },
      }),
    );
  }
}

/** Cases served in a period: those named by its events, or the only case. */
function casesOf(person: Person, ordered: PersonFacts['ordered'], period: CustodyPeriod): Case[] {
  const ids = new Set<string>();
  for (const o of ordered) {
    const inside = o.min >= period.startMin && (period.endMax === null || o.max <= period.endMax);
    if (inside && o.event.caseId) ids.add(o.event.caseId);
  }
  if (ids.size === 0) return person.cases.length === 1 ? [...person.cases] : [];
  return person.cases.filter((c) => ids.has(c.id));
}

/** Sum of custodial terms; null when any case's punishment is unknown or without a term (cannot judge). */
function totalTerm(cases: readonly Case[]): Term | null {
  if (cases.length === 0) return null;
  const total: Term = { years: 0, months: 0, days: 0 };
  let custodial = false;
  for (const c of cases) {
    const p = c.punishment;
    if (!p || p.kind === 'life_imprisonment') return null;
    if (!CUSTODIAL_WITH_TERM.has(p.kind)) continue;
    if (!p.term) return null;
    custodial = true;
    total.years += p.term.years;
    total.months += p.term.months;
    total.days += p.term.days;
  }
  return custodial ? total : null;
}
