/**
 * The public presenters: default deny. Only fields named here, and only
 * sub-records whose visibility is `public`, ever reach a public output (API,
 * pages, downloads, mirror). A new field in the record stays private until it
 * is added here on purpose.
 *
 * @example
 * const view = presentPublicPerson(person, publicIds(sources), publicIds(facilities)); // null for an internal person
 */
import { isSitePhotoRef, type Facility, type Person, type Source } from '../domain/record.js';
import type { PublicFacility, PublicPerson, PublicSource } from './public-schemas.js';

export type { PublicFacility, PublicPerson, PublicSource } from './public-schemas.js';

/**
 * Whether a record or sub-record may be shown to the public (its `visibility` is
 * `public`; anything else, or a value added later, is not).
 *
 * @example
 * isPublic({ visibility: 'internal' }); // false
 */
export const isPublic = (x: { visibility: string }): boolean => x.visibility === 'public';

/**
 * The ids of the public records among `records` (facilities, sources), which a
 * person's public view may refer to.
 *
 * @example
 * presentPublicPerson(p, publicIds(await listSources(ctx)), publicIds(await listFacilities(ctx)));
 */
export function publicIds(records: ReadonlyArray<{ id: string; visibility: string }>): Set<string> {
  return new Set(records.filter(isPublic).map((x) => x.id));
}

/** Returns the public view of a person, or null when the person is not public at all. */
export function presentPublicPerson(
  p: Person,
  publicSourceIds: ReadonlySet<string>,
  publicFacilityIds: ReadonlySet<string>,
): PublicPerson | null {
  if (!isPublic(p)) return null;
  const sources = (ids: readonly string[]) => ids.filter((id) => publicSourceIds.has(id));
  const cases = p.cases.filter(isPublic);
  const caseIds = new Set(cases.map((c) => c.id));
  return {
    id: p.id,
    names: p.names.filter(isPublic).map((n) => ({
      family: n.family,
      given: n.given,
      ...(n.patronymic ? { patronymic: n.patronymic } : {}),
      system: n.system,
      primary: n.primary,
    })),
    sex: p.sex,
    birthDate: p.birthDateVisibility === 'public' ? p.birthDate : undefined,
    region: p.region,
    occupation: p.occupation,
    biography: p.biography,
    // A ref stored before refs had to be site files may be a third-party URL: never published.
    photo:
      p.photo && isPublic(p.photo) && isSitePhotoRef(p.photo.ref)
        ? { ref: p.photo.ref, caption: p.photo.caption, credit: p.photo.credit }
        : undefined,
    cases: cases.map((c) => ({
      id: c.id,
      charges: c.charges,
      courtId: c.courtId,
      court: c.court,
      verdictDate: c.verdictDate,
      punishment: c.punishment,
      appeals: c.appeals,
      sourceIds: sources(c.sourceIds),
    })),
    events: p.events.filter(isPublic).map((e) => ({
      id: e.id,
      kind: e.kind,
      date: e.date,
      facilityId: e.facilityId && publicFacilityIds.has(e.facilityId) ? e.facilityId : undefined,
      caseId: e.caseId && caseIds.has(e.caseId) ? e.caseId : undefined,
      releaseReason: e.releaseReason,
      statedTimeServed: e.statedTimeServed,
      note: e.note,
      inferred: e.inferred ? { rule: e.inferred.rule, reasoning: e.inferred.reasoning } : undefined,
      sourceIds: sources(e.sourceIds),
    })),
    fictional: p.fictional,
  };
}

/** The public view of a source, or null when it is internal. */
export function presentPublicSource(s: Source): PublicSource | null {
  if (!isPublic(s)) return null;
  return {
    id: s.id,
    kind: s.kind,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    date: s.date,
    reliability: s.reliability,
  };
}

/** The public view of a place of detention, or null when it is internal. */
export function presentPublicFacility(f: Facility): PublicFacility | null {
  if (!isPublic(f)) return null;
  return {
    id: f.id,
    kind: f.kind,
    number: f.number,
    regime: f.regime,
    city: f.city,
    name: f.name,
    aliases: f.aliases,
    address: f.address,
    // The envelope address; `basis` (where staff got it) stays with staff.
    letters: f.letters
      ? {
          institution: f.letters.institution,
          street: f.letters.street,
          locality: f.letters.locality,
          region: f.letters.region,
          postalCode: f.letters.postalCode,
          checked: f.letters.checked,
        }
      : undefined,
  };
}
