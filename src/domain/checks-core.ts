/**
 * Shared pieces of the consistency checks (`checks.ts`): findings, the context
 * they run in, the facts computed once per person, and small helpers for messages.
 */
import type { CustodyPeriod, OrderedEvent } from './custody.js';
import { formatTermEn } from './duration.js';
import { dayToIso } from './partial-date.js';
import type { CreditRatio, Event, Person, Term } from './record.js';

export type Severity = 'error' | 'warning' | 'info';

/** One problem (or note) about a person's record, with a stable `code` and a message saying what to fix. */
/** Every code a check of one person can report; each has a name in every language (`check.<code>`). */
export const FINDING_CODES = [
  'invalid-date',
  'date-in-future',
  'event-after-source-date',
  'events-out-of-order',
  'birth-after-detention',
  'implausible-age',
  'stated-time-served-mismatch',
  'release-without-custody',
  'release-before-detention',
  'served-longer-than-sentence',
  'term-ended-no-release',
  'unknown-facility',
  'unknown-source',
  'missing-source',
  'inferred-date',
  'external-photo',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  personId: string;
  eventId?: string;
  caseId?: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface CheckContext {
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** Known facility ids; when absent, facility references are not checked. */
  facilityIds?: ReadonlySet<string>;
  /** Known source ids; when absent, source references are not checked. */
  sourceIds?: ReadonlySet<string>;
  /** Partial publication date of each source, by id. */
  sourceDates?: ReadonlyMap<string, string>;
  /** Pre-trial credit ratios (all ≥ 1 so far: credit can only shorten the time in custody). */
  ratios?: readonly CreditRatio[];
}

/** What the rules need about one person, computed once. Dates are known to be valid. */
export interface PersonFacts {
  person: Person;
  /** Events ordered by day range (see `custody.ts`). */
  ordered: OrderedEvent[];
  /** Custody periods, split where counting changes. */
  periods: CustodyPeriod[];
  todayDay: number;
}

/** A rule appends its findings to `out`. */
export type Rule = (facts: PersonFacts, ctx: CheckContext, out: Finding[]) => void;

/** Events that take a person into custody (a transfer or placement only implies it). */
export const DETENTION_KINDS: ReadonlySet<string> = new Set(['detention', 'administrative_arrest', 're_detention']);

/** "release e-12 (2024-01-29)" */
export function describe(event: Event): string {
  return `${event.kind.replace(/_/g, ' ')} ${event.id} (${event.date})`;
}

/** "2024-01-29" for one day, "2022-03-01..2022-03-31" for a range. */
export function dayText(min: number, max: number): string {
  return min === max ? dayToIso(min) : `${dayToIso(min)}..${dayToIso(max)}`;
}

/** "1 year, 10 months, and 4 days", or "between 2 years and 2 years, 1 month" when uncertain. */
export function termText(min: Term, max: Term): string {
  const a = formatTermEn(min);
  const b = formatTermEn(max);
  return a === b ? a : `between ${a} and ${b}`;
}

/** Builds a finding, leaving out empty optional fields. */
export function finding(
  code: FindingCode,
  severity: Severity,
  person: Person,
  message: string,
  extra: { event?: Event; caseId?: string | undefined; details?: Record<string, unknown> } = {},
): Finding {
  const out: Finding = { code, severity, personId: person.id, message };
  if (extra.event) out.eventId = extra.event.id;
  const caseId = extra.caseId ?? extra.event?.caseId;
  if (caseId) out.caseId = caseId;
  if (extra.details) out.details = extra.details;
  return out;
}
