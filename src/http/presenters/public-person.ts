/**
 * The public presenter for persons: default deny. Only fields named here, and
 * only sub-records whose visibility is `public`, ever reach a public output
 * (API, pages, downloads, mirror). A new field in the record stays private
 * until it is added here on purpose.
 */
import {
  isSitePhotoRef,
  type Case,
  type Event,
  type Facility,
  type NameForm,
  type Person,
  type Source,
} from '../../domain/record.js';

export interface PublicPerson {
  id: string;
  names: Array<Pick<NameForm, 'family' | 'given' | 'patronymic' | 'system' | 'primary'>>;
  sex?: string | undefined;
  birthDate?: string | undefined;
  region?: string | undefined;
  occupation: Person['occupation'];
  biography: Person['biography'];
  photo?: { ref: string; caption: Person['occupation']; credit?: string | undefined } | undefined;
  cases: PublicCase[];
  events: PublicEvent[];
  fictional: boolean;
}

type PublicCase = Pick<Case, 'id' | 'charges' | 'court' | 'verdictDate' | 'punishment' | 'appeals'> & {
  sourceIds: string[];
};
type PublicEvent = Pick<
  Event,
  'id' | 'kind' | 'date' | 'facilityId' | 'caseId' | 'releaseReason' | 'statedTimeServed' | 'note'
> & {
  inferred?: { rule: string; reasoning: string } | undefined;
  sourceIds: string[];
};

const isPublic = (x: { visibility: string }) => x.visibility === 'public';

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

export function presentPublicSource(s: Source) {
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

export function presentPublicFacility(f: Facility) {
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
