/**
 * Published material that no longer matches what is public: a digest, once published,
 * keeps the entries it was published with, but the registry moves on. A person made
 * internal or deleted, the event an entry is about made internal, the case of that event
 * made internal, or a name form the entry spells made internal: each is an exposure, and
 * the entry must not reach the public any more (see {@link publicDigestView}) until the
 * digest is republished without it (`republishDigest` in `src/app/digests.ts`).
 *
 * Pure: the caller passes the current records of the digest's people.
 *
 * @example
 * const exposed = digestExposures(digest, new Map([[p.id, p]]));
 * // [{ personId: 'p-x', heading: 'Ina X', reasons: ['person-internal'] }]
 */
import type { Facility, Lang, NameForm, Person, Source } from '../record.js';
import { personName } from './phrases.js';
import type { Digest, DigestEntry } from './schema.js';

/** Why an entry of a published digest is no longer public (stable codes). */
export const EXPOSURE_REASONS = [
  'person-deleted',
  'person-internal',
  'event-internal',
  'case-internal',
  'name-internal',
  'facility-internal',
  'source-internal',
] as const;
export type ExposureReason = (typeof EXPOSURE_REASONS)[number];

/** One entry of a digest that names or is about something no longer public. */
export interface EntryExposure {
  personId: string;
  /** The entry's heading as published (staff only: it may spell the internal name). */
  heading: string;
  reasons: ExposureReason[];
}

const isPublic = (x: { visibility?: string }): boolean => x.visibility === 'public';

/** The facilities and sources now internal (entries may name them); empty when not given. */
export interface HiddenCatalog {
  facilities?: readonly Facility[];
  sources?: readonly Source[];
}

/**
 * Why `entry` is no longer public, given the person's current record (undefined when
 * deleted); [] when it still is.
 * @example entryExposure(entry, { ...person, visibility: 'internal' }) // ['person-internal']
 */
export function entryExposure(
  entry: DigestEntry,
  person: Person | undefined,
  lang: Lang,
  hidden: HiddenCatalog = {},
): ExposureReason[] {
  if (!person) return ['person-deleted'];
  if (!isPublic(person)) return ['person-internal'];
  const reasons: ExposureReason[] = [];
  const event = entry.facts.eventId ? person.events.find((e) => e.id === entry.facts.eventId) : undefined;
  if (event && !isPublic(event)) reasons.push('event-internal');
  const theCase = event?.caseId ? person.cases.find((c) => c.id === event.caseId) : undefined;
  if (theCase && !isPublic(theCase)) reasons.push('case-internal');
  if (spellsInternalName(entry, person, lang)) reasons.push('name-internal');
  const text = [entry.heading, ...entry.paragraphs].join('\n');
  const used = new Set(person.events.map((e) => e.facilityId));
  const facilities = (hidden.facilities ?? []).filter((f) => used.has(f.id));
  if (facilities.some((f) => Object.values(f.name).some((n) => typeof n === 'string' && n && text.includes(n)))) {
    reasons.push('facility-internal');
  }
  const cited = new Set([...entry.facts.sourceIds, ...person.events.flatMap((e) => e.sourceIds)]);
  if ((hidden.sources ?? []).some((s) => cited.has(s.id) && text.includes(s.title))) reasons.push('source-internal');
  return reasons;
}

/**
 * The exposed entries of a digest, in the digest's order. `persons` holds the current
 * records of its people by id (a deleted person is absent); `hidden` the internal
 * facilities and sources (an entry that names one is exposed).
 */
export function digestExposures(
  digest: Digest,
  persons: ReadonlyMap<string, Person>,
  hidden: HiddenCatalog = {},
): EntryExposure[] {
  const exposed: EntryExposure[] = [];
  for (const entry of digest.entries) {
    const reasons = entryExposure(entry, persons.get(entry.personId), digest.lang, hidden);
    if (reasons.length > 0) exposed.push({ personId: entry.personId, heading: entry.heading, reasons });
  }
  return exposed;
}

/**
 * A published digest as the public may see it: `withheld` when entries were taken out
 * because they are no longer public (the page then says a correction is pending).
 */
export type PublicDigest = Digest & { withheld: boolean };

/**
 * What the public may see of a published digest: the entries without the exposed ones
 * (default deny: they are withheld from the moment the registry changed, before anyone
 * republishes). The figures and the opening stay as published until the digest is
 * republished, with a note that a correction is pending (`withheld`).
 *
 * @example publicDigestView(digest, exposures).entries.length // one fewer
 */
export function publicDigestView(digest: Digest, exposures: readonly EntryExposure[]): PublicDigest {
  if (exposures.length === 0) return { ...digest, withheld: false };
  const hidden = new Set(exposures.map((e) => e.personId));
  return { ...digest, entries: digest.entries.filter((e) => !hidden.has(e.personId)), withheld: true };
}

/** Words of an internal name form (as written, and as a digest in `lang` would spell it) found in the entry but in no public form. */
function spellsInternalName(entry: DigestEntry, person: Person, lang: Lang): boolean {
  const internal = person.names.filter((n) => !isPublic(n));
  if (internal.length === 0) return false;
  const publicForms = person.names.filter(isPublic);
  const allowed = new Set(publicForms.flatMap((f) => spellings(f, lang)));
  const text = [entry.heading, ...entry.paragraphs].join('\n');
  return internal.some((form) => spellings(form, lang).some((word) => !allowed.has(word) && text.includes(word)));
}

/** The words (3 letters or more) of a name form and of its spelling in `lang`. */
function spellings(form: NameForm, lang: Lang): string[] {
  const written = [form.given, form.patronymic ?? '', form.family].join(' ');
  const spelt = personName({ names: [form] }, lang);
  return `${written} ${spelt}`.split(/[\s,.'’-]+/u).filter((w) => w.length >= 3);
}
