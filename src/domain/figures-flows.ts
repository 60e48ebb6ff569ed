/**
 * Flows per month: recognitions, detentions, verdicts and releases, from event rows.
 *
 * Dating rule: an event counts in a month only when its whole day range lies in that
 * month. An event whose range spans several months (e.g. dated only "2024") is not
 * counted anywhere; instead it appears in `uncertain` of EVERY month its range
 * overlaps ("up to N more may have happened this month"). So `uncertain` figures
 * must not be summed across months.
 */
import type { EventKind, ReleaseReason } from './record.js';
import type { EventRow } from './projection.js';
import { monthRange, monthsBetween } from './figures-months.js';

/** An event row with the person it belongs to (as `PersonRepository.events` returns). */
export type FlowEventRow = EventRow & { personId: string };

export interface FlowCounts {
  recognitions: number;
  /** Distinct persons taken into custody (see {@link monthlyFlows}). */
  detentions: number;
  verdicts: number;
  releases: number;
}

export interface MonthlyFlow extends FlowCounts {
  /** `YYYY-MM`. */
  month: string;
  /** Releases by reason; a release without a reason counts under `unknown`. */
  releasesByReason: Partial<Record<ReleaseReason | 'unknown', number>>;
  /** Events that may, but need not, fall in this month (their date range spans months). */
  uncertain: FlowCounts;
}

const CUSTODY_STARTS: ReadonlySet<EventKind> = new Set(['detention', 'administrative_arrest', 're_detention']);

/**
 * Per-month flows from `fromMonth` to `toMonth` (`YYYY-MM`, inclusive).
 *
 * A detention counts when it STARTS custody: a person's custody-starting event
 * (detention, administrative_arrest, re_detention) counts only if no earlier one is
 * still open, i.e. the person's events show a release between them. A re-detention
 * right after an administrative arrest is therefore one detention. Pass each person's
 * earlier custody and release events too (before `fromMonth`) for this to be exact;
 * events outside the months are used for that context only. Detentions count
 * distinct persons per month; the other flows count events. Releases here are all
 * release events given; for political prisoners only, see `releases.ts`.
 *
 * @example
 * monthlyFlows(rows, '2024-01', '2024-03')[0] // { month: '2024-01', releases: 37, … }
 */
export function monthlyFlows(events: Iterable<FlowEventRow>, fromMonth: string, toMonth: string): MonthlyFlow[] {
  const months = monthsBetween(fromMonth, toMonth).map((month) => ({ month, range: monthRange(month) }));
  const flows = months.map(({ month }) => emptyFlow(month));
  const detained = months.map(() => ({ certain: new Set<string>(), uncertain: new Set<string>() }));
  for (const event of withNewDetentionFlags(events)) {
    for (let index = firstMonthEndingOnOrAfter(months, event.row.dayMin); index < months.length; index++) {
      const [start, end] = months[index]!.range;
      if (event.row.dayMax < start) break;
      const whole = event.row.dayMin >= start && event.row.dayMax <= end;
      if (event.newDetention) detained[index]![whole ? 'certain' : 'uncertain'].add(event.row.personId);
      addEvent(flows[index]!, event.row, whole);
    }
  }
  flows.forEach((flow, index) => {
    const { certain, uncertain } = detained[index]!;
    flow.detentions = certain.size;
    flow.uncertain.detentions = [...uncertain].filter((id) => !certain.has(id)).length;
  });
  return flows;
}

/** Binary search over contiguous months: the first whose last day is on or after `day`. */
function firstMonthEndingOnOrAfter(months: ReadonlyArray<{ range: [number, number] }>, day: number): number {
  let lo = 0;
  let hi = months.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (months[mid]!.range[1] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function emptyFlow(month: string): MonthlyFlow {
  return {
    month,
    recognitions: 0,
    detentions: 0,
    verdicts: 0,
    releases: 0,
    releasesByReason: {},
    uncertain: { recognitions: 0, detentions: 0, verdicts: 0, releases: 0 },
  };
}

function addEvent(flow: MonthlyFlow, row: FlowEventRow, whole: boolean): void {
  const counts: FlowCounts = whole ? flow : flow.uncertain;
  if (row.kind === 'recognition') counts.recognitions++;
  else if (row.kind === 'verdict') counts.verdicts++;
  else if (row.kind === 'release') {
    counts.releases++;
    if (whole) {
      const reason = row.releaseReason ?? 'unknown';
      flow.releasesByReason[reason] = (flow.releasesByReason[reason] ?? 0) + 1;
    }
  }
}

/**
 * Groups rows by person, orders each person's events by date and marks the
 * custody-starting events that open a new custody period (none open before them).
 */
function withNewDetentionFlags(events: Iterable<FlowEventRow>): Array<{ row: FlowEventRow; newDetention: boolean }> {
  const byPerson = new Map<string, FlowEventRow[]>();
  for (const row of events) {
    const list = byPerson.get(row.personId);
    if (list) list.push(row);
    else byPerson.set(row.personId, [row]);
  }
  const out: Array<{ row: FlowEventRow; newDetention: boolean }> = [];
  for (const rows of byPerson.values()) {
    rows.sort((a, b) => a.dayMin - b.dayMin || a.dayMax - b.dayMax || releaseLast(a) - releaseLast(b));
    let inCustody = false;
    for (const row of rows) {
      const starts = CUSTODY_STARTS.has(row.kind);
      out.push({ row, newDetention: starts && !inCustody });
      if (starts) inCustody = true;
      else if (row.kind === 'release') inCustody = false;
    }
  }
  return out;
}

/** On the same day a release comes after a detention (detained and released the same day). */
function releaseLast(row: FlowEventRow): number {
  return row.kind === 'release' ? 1 : 0;
}
