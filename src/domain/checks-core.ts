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

/** Every text a finding may have; each has a message `finding.<id>` in every language. */
export const FINDING_TEXT_IDS = [
  'invalid-date',
  'date-in-future',
  'event-after-source-date',
  'birth-after-detention',
  'implausible-age.young',
  'implausible-age.old',
  'stated-time-served-mismatch',
  'stated-time-served-mismatch.fitting',
  'release-without-custody.none',
  'release-without-custody.overlap',
  'release-without-custody.free',
  'release-before-detention',
  'served-longer-than-sentence.ongoing',
  'served-longer-than-sentence.ended',
  'events-out-of-order.verdict',
  'events-out-of-order.verdict-date',
  'events-out-of-order.transfer',
  'events-out-of-order.recognition',
  'events-out-of-order.death',
  'unknown-facility',
  'unknown-source.event',
  'unknown-source.case',
  'missing-source',
  'inferred-date',
  'external-photo',
  'term-ended-no-release',
] as const;
export type FindingTextId = (typeof FINDING_TEXT_IDS)[number];

/** The texts of the digest's own checks (`digest/checks.ts`), `finding.digest.<code>` in every language. */
export const DIGEST_TEXT_IDS = [
  'digest.person-not-found',
  'digest.person-not-public',
  'digest.event-not-found',
  'digest.event-outside-month',
  'digest.entry-without-source',
  'digest.heading-term-mismatch',
] as const;
export type DigestTextId = (typeof DIGEST_TEXT_IDS)[number];

/** An event as a text shows it: `full` "release e-12 (2024-01-29)", `id` "release e-12", `date` "release 2024-01-29". */
export interface EventRef {
  event: Pick<Event, 'kind' | 'id' | 'date'>;
  as: 'full' | 'id' | 'date';
}

/**
 * A value in a finding's text: plain (ids, ISO dates, numbers, text from the record), or
 * what each language writes its own way: an event, an event kind, a date of the record
 * (birth, a case's verdict or appeal), a term, a term known between two bounds.
 */
export type TextValue =
  | string
  | number
  | EventRef
  | { kind: Event['kind'] }
  | { date: 'birth' | 'verdict' | 'appeal'; caseId?: string }
  | { term: Term }
  | { between: readonly [Term, Term] };

/** A finding's message as an id and values, for the staff pages' languages (`i18n/findings.ts`). */
export interface FindingText {
  id: FindingTextId | DigestTextId;
  values: Readonly<Record<string, TextValue>>;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  personId: string;
  eventId?: string;
  caseId?: string;
  /** What to fix, in English (the CLI and the API): `text` in English, word for word. */
  message: string;
  text: FindingText;
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

/** The event as a text value (see {@link EventRef}). */
export function ref(event: Event, as: EventRef['as'] = 'full'): EventRef {
  return { event: { kind: event.kind, id: event.id, date: event.date }, as };
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
  text: FindingText,
  extra: { event?: Event; caseId?: string | undefined; details?: Record<string, unknown> } = {},
): Finding {
  const out: Finding = { code, severity, personId: person.id, message, text };
  if (extra.event) out.eventId = extra.event.id;
  const caseId = extra.caseId ?? extra.event?.caseId;
  if (caseId) out.caseId = caseId;
  if (extra.details) out.details = extra.details;
  return out;
}
