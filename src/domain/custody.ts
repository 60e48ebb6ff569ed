/**
 * Custody periods from a person's timeline, whether each one makes the person a
 * political prisoner for the figures, and the time served.
 *
 * Rules (the lead copies them into ARCHITECTURE.md):
 *
 * 1. Order. Events are ordered by the first day their date may stand for, then
 *    the last day, then their position in the record.
 * 2. Custody. `detention`, `administrative_arrest`, `re_detention`,
 *    `pretrial_placement` and `transfer` start custody when the person is not in
 *    custody (a transfer or placement recorded without a detention implies custody
 *    from then). While in custody they start nothing new: a re-detention after an
 *    administrative arrest continues the same period. `release` and `death` end
 *    custody; a release while not in custody is ignored here (checks report it).
 *    The end day is exclusive: the release day is not spent in custody.
 * 3. Counting. A `recognition` event applies to the latest custody period that
 *    started (earliest possible start day) on or before the recognition's latest
 *    possible day; such a period counts from its start, retroactively, even when
 *    the recognition came during custody or after release. A recognition applies
 *    to one period only: a new detention needs a new recognition. A
 *    `recognition_end` inside a counted period stops counting from its day: the
 *    period is split into a counted row and an uncounted row starting at the
 *    `recognition_end`. A later recognition applying to the same period resumes
 *    counting from its own day (another split).
 * 4. Facility. A row's `facilityId` is the last facility named by any event inside
 *    it (the start and end events included); split rows inherit it. A `transfer`
 *    that names no facility moves the person to a place not known (or not public):
 *    the facility is unknown (null) until an event names one again.
 */
import { RollcallError } from './errors.js';
import { sumServed } from './duration.js';
import { dayRange, isoToDay } from './partial-date.js';
import type { Event, EventKind, Person, ReleaseReason, Term } from './record.js';

export interface CustodyPeriod {
  startEvent: Event;
  endEvent: Event | null;
  startMin: number;
  startMax: number;
  endMin: number | null;
  endMax: number | null;
  counted: boolean;
  releaseReason: ReleaseReason | null;
  /** Last facility known in the period. */
  facilityId: string | null;
}

/** An event with its day range and its position in the record. */
export interface OrderedEvent {
  event: Event;
  min: number;
  max: number;
  index: number;
}

export const CUSTODY_START_KINDS: ReadonlySet<EventKind> = new Set<EventKind>([
  'detention',
  'administrative_arrest',
  're_detention',
  'pretrial_placement',
  'transfer',
]);
export const CUSTODY_END_KINDS: ReadonlySet<EventKind> = new Set<EventKind>(['release', 'death']);

/** Events sorted by day range, then record order (rule 1). */
export function orderEvents(events: readonly Event[]): OrderedEvent[] {
  const out: OrderedEvent[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as Event;
    const [min, max] = dayRange(event.date);
    out[i] = { event, min, max, index: i };
  }
  return out.sort((a, b) => a.min - b.min || a.max - b.max || a.index - b.index);
}

/** A whole custody period as positions in the ordered events (`end` null while ongoing). */
interface Span {
  start: number;
  end: number | null;
  recognitions: Set<number>;
}

function spans(ordered: readonly OrderedEvent[]): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < ordered.length; i++) {
    const kind = (ordered[i] as OrderedEvent).event.kind;
    if (open === null && CUSTODY_START_KINDS.has(kind)) {
      open = { start: i, end: null, recognitions: new Set() };
      out.push(open);
    } else if (open !== null && CUSTODY_END_KINDS.has(kind)) {
      open.end = i;
      open = null;
    }
  }
  for (let i = 0; i < ordered.length; i++) {
    const oe = ordered[i] as OrderedEvent;
    if (oe.event.kind !== 'recognition') continue;
    for (let s = out.length - 1; s >= 0; s--) {
      const span = out[s] as Span;
      if ((ordered[span.start] as OrderedEvent).min <= oe.max) {
        span.recognitions.add(i);
        break;
      }
    }
  }
  return out;
}

function row(ordered: readonly OrderedEvent[], from: number, to: number | null, counted: boolean): CustodyPeriod {
  const s = ordered[from] as OrderedEvent;
  const e = to === null ? null : (ordered[to] as OrderedEvent);
  return {
    startEvent: s.event,
    endEvent: e ? e.event : null,
    startMin: s.min,
    startMax: s.max,
    endMin: e ? e.min : null,
    endMax: e ? e.max : null,
    counted,
    releaseReason: e?.event.releaseReason ?? null,
    facilityId: null,
  };
}

/** Rows of one span, split where counting stops or resumes (rule 3). */
function splitSpan(ordered: readonly OrderedEvent[], span: Span, out: CustodyPeriod[]): void {
  let counted = span.recognitions.size > 0;
  let stopped = false;
  let from = span.start;
  let facility: string | null = null;
  const last = span.end ?? ordered.length - 1;
  for (let i = span.start; i <= last; i++) {
    const oe = ordered[i] as OrderedEvent;
    const inside = i > span.start && i !== span.end;
    const stop = inside && counted && oe.event.kind === 'recognition_end';
    const resume = inside && !counted && stopped && span.recognitions.has(i);
    if (stop || resume) {
      const part = row(ordered, from, i, counted);
      part.releaseReason = null;
      part.facilityId = facility;
      out.push(part);
      from = i;
      counted = resume;
      stopped = stopped || stop;
    }
    facility = facilityAfter(oe.event, facility);
  }
  const tail = row(ordered, from, span.end, counted);
  tail.facilityId = facility;
  out.push(tail);
}

/**
 * Where the person is after `event` (rule 4): the facility it names, else unknown after
 * a transfer, else still `before`.
 *
 * @example
 * facilityAfter({ kind: 'transfer', … }, 'f-sizo-1'); // null: moved, destination not known
 */
export function facilityAfter(event: Pick<Event, 'kind' | 'facilityId'>, before: string | null): string | null {
  if (event.facilityId) return event.facilityId;
  return event.kind === 'transfer' ? null : before;
}

/** Custody periods from already ordered events (see {@link orderEvents}); for callers that reuse the order. */
export function periodsFromOrdered(ordered: readonly OrderedEvent[]): CustodyPeriod[] {
  const out: CustodyPeriod[] = [];
  for (const span of spans(ordered)) splitSpan(ordered, span, out);
  return out;
}

/**
 * A person's custody periods in time order, split where counting changes (see the rules above).
 *
 * @example
 * // detention 2022-03-31 (administrative arrest), re_detention 2022-04-10, recognition 2022-05, release 2024-01-13
 * custodyPeriods(person); // one counted period 2022-03-31 .. 2024-01-13
 */
export function custodyPeriods(person: Pick<Person, 'events'>): CustodyPeriod[] {
  return periodsFromOrdered(orderEvents(person.events));
}

/**
 * Whole custody periods, not split where counting changes (`counted` = some recognition
 * applies). For time served and sentence arithmetic, which follow custody, not recognition.
 */
export function wholeCustodyPeriods(person: Pick<Person, 'events'>): CustodyPeriod[] {
  const ordered = orderEvents(person.events);
  return spans(ordered).map((s) => {
    const whole = row(ordered, s.start, s.end, s.recognitions.size > 0);
    for (let i = s.start; i <= (s.end ?? ordered.length - 1); i++) {
      whole.facilityId = facilityAfter((ordered[i] as OrderedEvent).event, whole.facilityId);
    }
    return whole;
  });
}

interface Served {
  exact: Term | null;
  min: Term;
  max: Term;
}

type DayPair = { startDay: number; endDay: number };

/** Pushes the shortest and longest day choices of a period cut at `atDay`; false when the dates are not exact. */
function collect(p: CustodyPeriod, atDay: number | undefined, mins: DayPair[], maxs: DayPair[]): boolean {
  let endMin = p.endMin ?? (atDay as number);
  let endMax = p.endMax ?? (atDay as number);
  const clipped = atDay !== undefined && (p.endMin === null || p.endMin >= atDay);
  if (atDay !== undefined) {
    endMin = Math.min(endMin, atDay);
    endMax = Math.min(endMax, atDay);
  }
  mins.push({ startDay: p.startMax, endDay: Math.max(p.startMax, endMin) });
  maxs.push({ startDay: p.startMin, endDay: Math.max(p.startMin, endMax) });
  const startExact = p.startMin === p.startMax && !p.startEvent.date.startsWith('~');
  const endExact = endMin === endMax && (clipped || !(p.endEvent as Event).date.startsWith('~'));
  return startExact && endExact;
}

/**
 * Time served in one period, up to its end or `atDay` (epoch day, exclusive), whichever is first.
 * `exact` is null unless the dates involved are exact days. Throws `ongoing-period` for an
 * ongoing period without `atDay`.
 */
export function periodTimeServed(p: CustodyPeriod, atDay?: number): Served {
  if (p.endMin === null && atDay === undefined) {
    throw new RollcallError('ongoing-period', 'This custody period has not ended: pass the day to count up to.');
  }
  const mins: DayPair[] = [];
  const maxs: DayPair[] = [];
  const exact = collect(p, atDay, mins, maxs);
  return { exact: exact ? sumServed(mins) : null, min: sumServed(mins), max: sumServed(maxs) };
}

/**
 * Total time in custody over all periods (counted or not), added with `sumServed`.
 * Finished periods count up to their release; an ongoing one counts up to `atIso`
 * (exclusive) when given, and is left out otherwise. With `atIso`, periods starting
 * on or after it are left out and later releases are cut at it. `ongoing` says a
 * period is still open (at `atIso`, or now). `min`/`max` use the latest/earliest
 * possible start and the earliest/latest possible end of each period; `exact` is
 * set only when every date involved is an exact, non-approximate day.
 *
 * @example
 * timeServed(luchynovich); // { exact: 1y 9m 13d, min: 1y 9m 13d, max: 1y 9m 13d, ongoing: false }
 */
export function timeServed(person: Pick<Person, 'events'>, atIso?: string): Served & { ongoing: boolean } {
  const atDay = atIso === undefined ? undefined : isoToDay(atIso);
  const mins: DayPair[] = [];
  const maxs: DayPair[] = [];
  let exact = true;
  let ongoing = false;
  for (const p of wholeCustodyPeriods(person)) {
    if (atDay === undefined ? p.endMin === null : p.startMin < atDay && (p.endMax === null || p.endMax > atDay)) {
      ongoing = true;
    }
    if (atDay === undefined ? p.endMin === null : p.startMin >= atDay) continue;
    exact = collect(p, atDay, mins, maxs) && exact;
  }
  return { exact: exact ? sumServed(mins) : null, min: sumServed(mins), max: sumServed(maxs), ongoing };
}

/**
 * Status from periods on `day`, reading each date as its first possible day:
 * imprisoned (in a counted row), deceased (a death on or before `day`), released
 * (a counted row ended by a release on or before `day`), else other. A row that
 * stopped counting at `recognition_end` does not make the person "released".
 */
export function statusFromPeriods(
  periods: readonly CustodyPeriod[],
  deathMin: number | null,
  day: number,
): 'imprisoned' | 'released' | 'deceased' | 'other' {
  let released = false;
  for (const p of periods) {
    if (!p.counted || p.startMin > day) continue;
    if (p.endMin === null || day < p.endMin) return 'imprisoned';
    if (p.endEvent?.kind === 'release' || p.endEvent?.kind === 'death') released = true;
  }
  if (deathMin !== null && deathMin <= day) return 'deceased';
  return released ? 'released' : 'other';
}

/** Earliest possible day of the person's first death event, or null. */
export function deathDay(person: Pick<Person, 'events'>): number | null {
  let best: number | null = null;
  for (const e of person.events) {
    if (e.kind !== 'death') continue;
    const min = dayRange(e.date)[0];
    if (best === null || min < best) best = min;
  }
  return best;
}

/**
 * The person's status on an epoch day (see {@link statusFromPeriods}).
 *
 * @example
 * statusOn(person, isoToDay('2023-01-01')); // 'imprisoned'
 */
export function statusOn(
  person: Pick<Person, 'events'>,
  day: number,
): 'imprisoned' | 'released' | 'deceased' | 'other' {
  return statusFromPeriods(custodyPeriods(person), deathDay(person), day);
}
