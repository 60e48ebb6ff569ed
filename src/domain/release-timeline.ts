/**
 * The release timeline: the part of a person record that releases of a month
 * read, kept by the store next to the projection (`persons.timeline`) so that
 * the digest's figures need no whole documents.
 *
 * Stored as compact JSON (short keys, events as arrays):
 *
 * ```
 * { "s": staff display name | null,
 *   "p": public display name | null (no public name form),
 *   "e": [[id, kind, date],                                  // public custody-relevant events,
 *         [id, kind, date, releaseReason | null],            // in record order
 *         [id, kind, date, releaseReason | null, years, months, days]] }  // with statedTimeServed
 * }
 * ```
 *
 * The events are the person's **public** events (as `withPublicEvents` keeps them)
 * of the kinds that shape custody periods and their counting ({@link CUSTODY_KINDS}),
 * with only the fields releases read: id, kind, date as written, release reason
 * and the stated time served.
 */
import { CUSTODY_END_KINDS, CUSTODY_START_KINDS } from './custody.js';
import type { Event, EventKind, NameForm, Person, ReleaseReason } from './record.js';

/** Kinds that shape custody periods and whether they count (see `custody.ts`). */
export const CUSTODY_KINDS: ReadonlySet<string> = new Set([
  ...CUSTODY_START_KINDS,
  ...CUSTODY_END_KINDS,
  'recognition',
  'recognition_end',
]);

/** Name systems a display name prefers, in order. */
export const PREFERRED_SYSTEMS: readonly string[] = ['be-latn-passport', 'latn', 'ru-latn-icao'];

/**
 * The display name among `forms`: the first preferred system with a form (its
 * primary one first), else the primary form, else the first. `forms` must not be empty.
 *
 * @example
 * nameOf([{ system: 'be-cyrl', family: 'Лучыновіч', given: 'Вольга', primary: true, … }]); // 'Вольга Лучыновіч'
 */
export function nameOf(forms: readonly NameForm[], prefer: readonly string[] = PREFERRED_SYSTEMS): string {
  let pick: NameForm | undefined;
  for (const system of prefer) {
    pick = forms.find((f) => f.system === system && f.primary) ?? forms.find((f) => f.system === system);
    if (pick) break;
  }
  pick ??= forms.find((f) => f.primary) ?? forms[0]!;
  return [pick.given, pick.family].filter(Boolean).join(' ');
}

/** A person as releases of a month read it, decoded from a stored timeline. */
export interface ReleaseTimeline {
  /** Display name from all name forms (null when there is none). */
  staffName: string | null;
  /** Display name from the public name forms only (null when there is none). */
  publicName: string | null;
  /** Public custody-relevant events, in record order, with only the fields releases read. */
  events: Event[];
}

type StoredEvent =
  | [string, EventKind, string]
  | [string, EventKind, string, ReleaseReason | null]
  | [string, EventKind, string, ReleaseReason | null, number, number, number];

interface StoredTimeline {
  s: string | null;
  p: string | null;
  e: StoredEvent[];
}

/**
 * The stored timeline of `person` (JSON text; see the module comment for its shape).
 *
 * @example
 * releaseTimeline(person); // '{"s":"Volha Luchynovich","p":"Volha Luchynovich","e":[["e-1","detention","2022-03-31"],…]}'
 */
export function releaseTimeline(person: Person): string {
  const e: StoredEvent[] = [];
  for (const event of person.events) {
    if (event.visibility !== 'public' || !CUSTODY_KINDS.has(event.kind)) continue;
    const stated = event.statedTimeServed;
    const reason = event.releaseReason ?? null;
    if (stated) e.push([event.id, event.kind, event.date, reason, stated.years, stated.months, stated.days]);
    else if (reason !== null) e.push([event.id, event.kind, event.date, reason]);
    else e.push([event.id, event.kind, event.date]);
  }
  const publicForms = person.names.filter((n) => n.visibility === 'public');
  const stored: StoredTimeline = {
    s: person.names.length > 0 ? nameOf(person.names) : null,
    p: publicForms.length > 0 ? nameOf(publicForms) : null,
    e,
  };
  return JSON.stringify(stored);
}

/**
 * Decodes a timeline written by {@link releaseTimeline}. The events are `Event`s with
 * the fields releases read (and `visibility: 'public'`, `sourceIds: []`).
 */
export function parseReleaseTimeline(text: string): ReleaseTimeline {
  const stored = JSON.parse(text) as StoredTimeline;
  const events: Event[] = new Array(stored.e.length);
  for (let i = 0; i < stored.e.length; i++) {
    const t = stored.e[i]!;
    const event: Event = { id: t[0], kind: t[1], date: t[2], sourceIds: [], visibility: 'public' };
    if (t.length >= 4 && t[3] !== null) event.releaseReason = t[3];
    if (t.length === 7) event.statedTimeServed = { years: t[4], months: t[5], days: t[6] };
    events[i] = event;
  }
  return { staffName: stored.s, publicName: stored.p, events };
}
