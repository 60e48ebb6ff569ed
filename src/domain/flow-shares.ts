/**
 * Monthly flows as a sum of each person's share, so that a change of a few people is
 * applied by taking their old shares away and adding their new ones, instead of counting
 * every event of the registry again. Flows add up over people: recognitions, verdicts and
 * releases count events, and detentions count distinct people per month, so each person
 * adds 0 or 1 there. The sum of the shares equals {@link monthlyFlows} over the same rows
 * (`flow-shares.test.ts` checks it on random registries).
 *
 * A share is a list of codes `monthIndex * 32 + slot` (month index: year × 12 + month − 1).
 *
 * @example
 * const flows = new Map<string, MonthlyFlow>();
 * addShare(flows, flowShare(rowsOfOnePerson, FLOW_BOUNDS).codes, 1);
 * addShare(flows, oldShare, -1); // the person's old events, taken away
 */
import { RELEASE_REASONS, type EventKind } from './record.js';
import type { FlowCounts, FlowEventRow, MonthlyFlow } from './figures-flows.js';
import { dayToCivil } from './partial-date.js';

/** The months shares are kept for, as month indexes (inclusive). */
export interface MonthBounds {
  first: number;
  last: number;
}

/** 1900-01 to 2199-12: a registry's dates lie well inside. */
export const FLOW_BOUNDS: MonthBounds = { first: 1900 * 12, last: 2199 * 12 + 11 };

const COUNTERS = ['recognitions', 'detentions', 'verdicts', 'releases'] as const satisfies ReadonlyArray<
  keyof FlowCounts
>;
const REASONS = [...RELEASE_REASONS, 'unknown'] as const;
const UNCERTAIN = 4;
const REASON = 8;
const SLOTS = 32;
const CUSTODY_STARTS: ReadonlySet<EventKind> = new Set(['detention', 'administrative_arrest', 're_detention']);

export interface FlowShare {
  codes: Int32Array;
  /** An event's months reach outside the bounds (those months are not in the share). */
  outside: boolean;
}

/** One person's share of the monthly flows, from that person's event rows (any order). */
export function flowShare(rows: readonly FlowEventRow[], bounds: MonthBounds): FlowShare {
  const codes: number[] = [];
  const detainedCertain = new Set<number>();
  const detainedUncertain = new Set<number>();
  let outside = false;
  let inCustody = false;
  for (const row of ordered(rows)) {
    const first = monthOf(row.dayMin);
    const last = monthOf(row.dayMax);
    const whole = first === last;
    const starts = CUSTODY_STARTS.has(row.kind);
    const newDetention = starts && !inCustody;
    if (starts) inCustody = true;
    else if (row.kind === 'release') inCustody = false;
    if (first < bounds.first || last > bounds.last) outside = true;
    for (let month = Math.max(first, bounds.first); month <= Math.min(last, bounds.last); month++) {
      if (newDetention) (whole ? detainedCertain : detainedUncertain).add(month);
      const counter = COUNTERS.indexOf(counterOf(row.kind)!);
      if (counter < 0) continue;
      codes.push(month * SLOTS + counter + (whole ? 0 : UNCERTAIN));
      if (whole && row.kind === 'release')
        codes.push(month * SLOTS + REASON + REASONS.indexOf(row.releaseReason ?? 'unknown'));
    }
  }
  for (const month of detainedCertain) codes.push(month * SLOTS + COUNTERS.indexOf('detentions'));
  for (const month of detainedUncertain) {
    if (!detainedCertain.has(month)) codes.push(month * SLOTS + UNCERTAIN + COUNTERS.indexOf('detentions'));
  }
  return { codes: Int32Array.from(codes), outside };
}

/**
 * Adds a share to flows by month (`sign` −1 takes it away). Changes the flows of the map in
 * place: copy what must stay as it was first ({@link copyFlows}). A month's reason whose
 * count falls to 0 is removed, as {@link monthlyFlows} leaves it out.
 */
export function addShare(flows: Map<string, MonthlyFlow>, codes: Int32Array, sign: 1 | -1): void {
  for (const code of codes) {
    const month = monthName(Math.floor(code / SLOTS));
    const slot = code % SLOTS;
    let flow = flows.get(month);
    if (!flow) flows.set(month, (flow = emptyFlow(month)));
    if (slot >= REASON) {
      const reason = REASONS[slot - REASON]!;
      const count = (flow.releasesByReason[reason] ?? 0) + sign;
      if (count === 0) delete flow.releasesByReason[reason];
      else flow.releasesByReason[reason] = count;
    } else if (slot >= UNCERTAIN) {
      flow.uncertain[COUNTERS[slot - UNCERTAIN]!] += sign;
    } else {
      flow[COUNTERS[slot]!] += sign;
    }
  }
}

/** The flows of the months a share touches copied, so changing them leaves the originals as they were. */
export function copyFlows(flows: Map<string, MonthlyFlow>, codes: Int32Array): void {
  const seen = new Set<number>();
  for (const code of codes) {
    const index = Math.floor(code / SLOTS);
    if (seen.has(index)) continue;
    seen.add(index);
    const flow = flows.get(monthName(index));
    if (flow) flows.set(flow.month, copyFlow(flow));
  }
}

export function copyFlow(flow: MonthlyFlow): MonthlyFlow {
  return { ...flow, releasesByReason: { ...flow.releasesByReason }, uncertain: { ...flow.uncertain } };
}

export function emptyFlow(month: string): MonthlyFlow {
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

function counterOf(kind: EventKind): keyof FlowCounts | undefined {
  if (kind === 'recognition') return 'recognitions';
  if (kind === 'verdict') return 'verdicts';
  if (kind === 'release') return 'releases';
  return undefined;
}

/** A person's events by date; on the same day a release comes after a detention (as `monthlyFlows` orders them). */
function ordered(rows: readonly FlowEventRow[]): FlowEventRow[] {
  const releaseLast = (row: FlowEventRow) => (row.kind === 'release' ? 1 : 0);
  return [...rows].sort((a, b) => a.dayMin - b.dayMin || a.dayMax - b.dayMax || releaseLast(a) - releaseLast(b));
}

function monthOf(day: number): number {
  const [year, month] = dayToCivil(day);
  return year * 12 + month - 1;
}

function monthName(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
