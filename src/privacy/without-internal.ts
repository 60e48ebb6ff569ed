/**
 * The registry as the public may know it: the same registry minus every internal
 * item. The privacy differential test serves a registry R and
 * `withoutInternal(R)` side by side and requires every public output to be
 * identical, so anything internal that shapes a public byte (a count, an order, a
 * link, a name) shows up as a difference.
 *
 * Removed: internal persons, facilities and sources; from public persons their
 * internal name forms, cases, events, photo and birth date. Cleared: the fields
 * no public output names (the person's `internalNote` and `tags`, a case's
 * `judge`, `prosecutor` and `note`, a source's `note`, the `basis` of a facility's
 * address for letters). References that would
 * dangle are dropped: an event's `facilityId` of an internal facility, its
 * `caseId` of an internal case, source ids of internal sources. Everything else
 * (reference data, order of records) is kept as it is. Pure: the input is not
 * changed.
 *
 * @example
 * const r = withoutInternal({ facilities, sources, persons });
 * r.persons.every((p) => p.visibility === 'public'); // true
 */
import type { Case, Event, Facility, Person, Source } from '../domain/record.js';

/** The parts of a registry that carry visibility (other keys are passed through). */
export interface VisibleParts {
  facilities: readonly Facility[];
  sources: readonly Source[];
  persons: readonly Person[];
}

const isPublic = (x: { visibility: string }) => x.visibility === 'public';

export function withoutInternal<R extends VisibleParts>(registry: R): R {
  const facilities = registry.facilities.filter(isPublic).map(publicFacility);
  const sources = registry.sources.filter(isPublic).map(publicSource);
  const refs = { facilityIds: new Set(facilities.map((f) => f.id)), sourceIds: new Set(sources.map((s) => s.id)) };
  const persons = registry.persons.filter(isPublic).map((p) => publicPerson(p, refs));
  return { ...registry, facilities, sources, persons };
}

interface PublicRefs {
  facilityIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

function publicFacility(f: Facility): Facility {
  if (!f.letters) return f;
  const { basis: _basis, ...letters } = f.letters;
  return { ...f, letters };
}

function publicSource(s: Source): Source {
  const { note: _note, ...rest } = s;
  return rest;
}

function publicPerson(p: Person, refs: PublicRefs): Person {
  const { internalNote: _note, birthDate, photo, ...rest } = p;
  const cases = p.cases.filter(isPublic).map((c) => publicCase(c, refs));
  const caseIds = new Set(cases.map((c) => c.id));
  return {
    ...rest,
    names: p.names.filter(isPublic),
    ...(birthDate !== undefined && p.birthDateVisibility === 'public' ? { birthDate } : {}),
    birthDateVisibility: 'public',
    ...(photo && isPublic(photo) ? { photo } : {}),
    tags: [],
    cases,
    events: p.events.filter(isPublic).map((e) => publicEvent(e, refs, caseIds)),
  };
}

function publicCase(c: Case, refs: PublicRefs): Case {
  const { judge: _judge, prosecutor: _prosecutor, note: _note, ...rest } = c;
  return { ...rest, sourceIds: c.sourceIds.filter((id) => refs.sourceIds.has(id)) };
}

function publicEvent(e: Event, refs: PublicRefs, caseIds: ReadonlySet<string>): Event {
  const { facilityId, caseId, ...rest } = e;
  return {
    ...rest,
    ...(facilityId !== undefined && refs.facilityIds.has(facilityId) ? { facilityId } : {}),
    ...(caseId !== undefined && caseIds.has(caseId) ? { caseId } : {}),
    sourceIds: e.sourceIds.filter((id) => refs.sourceIds.has(id)),
  };
}
