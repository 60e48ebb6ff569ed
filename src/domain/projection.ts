/**
 * The projection: compact, derived facts about one person that the store keeps in
 * index tables so that figures over a whole registry need no JSON parsing.
 *
 * A projection is a pure function of the person record (`projectPerson` in
 * `project-person.ts`); the store writes it next to the record in the same
 * transaction and can rebuild it at any time.
 *
 * Days are "epoch days": whole days since 1970-01-01 (see `partial-date.ts`).
 * A partial date becomes a range `[min, max]` of days it may stand for.
 */
import type { EventKind, ReleaseReason, Region, Sex } from './record.js';

/** One continuous period in custody. `end*` are null while it goes on. */
export interface CustodyPeriodRow {
  /** Earliest and latest day custody may have started. */
  startMin: number;
  startMax: number;
  /** Earliest and latest day of release (exclusive: the release day is not in custody). */
  endMin: number | null;
  endMax: number | null;
  /** Whether this period counts the person as a political prisoner (see `custody.ts`). */
  counted: boolean;
  /** Release reason of the event that ended it, if any. */
  releaseReason: ReleaseReason | null;
}

export interface EventRow {
  eventId: string;
  kind: EventKind;
  dayMin: number;
  dayMax: number;
  releaseReason: ReleaseReason | null;
  facilityId: string | null;
  caseId: string | null;
}

export type PersonStatus =
  /** In custody and recognised as a political prisoner now. */
  | 'imprisoned'
  /** Was a counted political prisoner; no longer in custody. */
  | 'released'
  | 'deceased'
  /** In the registry but never counted (e.g. not recognised, or no custody recorded). */
  | 'other';

export interface PersonProjection {
  personId: string;
  status: PersonStatus;
  sex: Sex | null;
  region: Region | null;
  /** Day range of the date of birth, if known. */
  birthMin: number | null;
  birthMax: number | null;
  /** Earliest possible day of the first detention, if any. */
  firstDetentionMin: number | null;
  /** Facility of the latest detention/transfer while in custody now, else null. */
  currentFacilityId: string | null;
  /**
   * For a person in custody now (an ongoing period) with a custodial term: the latest day
   * the projected release may fall on (`projectedRelease` with the built-in credit ratios),
   * else null. Past it with no release recorded, the term has ended and the release is not
   * confirmed (`custody-state.ts`).
   */
  termEndMax: number | null;
  /** Distinct article codes of the charges of public cases, sorted (internal cases are staff notes). */
  articles: string[];
  custody: CustodyPeriodRow[];
  events: EventRow[];
  /** Sort key for lists: primary Latin family + given name, lower-cased. */
  sortName: string;
  isPublic: boolean;
  fictional: boolean;
  /**
   * What releases of a month read (public custody-relevant events, staff and public
   * display names), as compact JSON: see `release-timeline.ts`.
   */
  timeline: string;
}
