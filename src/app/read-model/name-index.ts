/**
 * The name index of the read model (the domain's {@link NameIndex}), one per audience:
 * people, facilities and places. Built once from all records, then carried to each new
 * snapshot by applying the people and facilities the change feed names (read again:
 * added, replaced, or removed when deleted or not for this audience). The public index
 * holds only public persons with their public name forms and public facilities, so a
 * search can never reveal an internal spelling or an internal facility.
 */
import type { Audience } from '../../domain/access.js';
import { custodyPeriods } from '../../domain/custody.js';
import { NameIndex, type IndexEntry } from '../../domain/names/name-index.js';
import { PLACES } from '../../domain/places.js';
import type { Facility, Person } from '../../domain/record.js';
import type { AppContext } from '../context.js';
import { forEachPersonPage } from '../export.js';
import type { Repos } from '../ports.js';
import { readPart, type Part } from './snapshot.js';

/** The index entry for a person, or null when the audience may not see the person. */
export function personEntry(person: Person, audience: Audience): IndexEntry | null {
  if (audience === 'public' && person.visibility !== 'public') return null;
  const forms = person.names
    .filter((n) => audience === 'staff' || n.visibility === 'public')
    .map((n) => ({
      family: n.family,
      given: n.given,
      ...(n.patronymic ? { patronymic: n.patronymic } : {}),
      system: n.system,
    }));
  if (forms.length === 0) return null;
  const birthVisible = audience === 'staff' || person.birthDateVisibility === 'public';
  const first = custodyPeriods(person)[0];
  return {
    id: person.id,
    kind: 'person',
    forms,
    ...(birthVisible && person.birthDate ? { birthDate: person.birthDate } : {}),
    ...(first ? { detentionDate: first.startEvent.date } : {}),
  };
}

/** The index entry for a facility (its names, cities with the number, aliases), or null when the audience may not see it. */
export function facilityEntry(f: Facility, audience: Audience): IndexEntry | null {
  if (audience === 'public' && f.visibility !== 'public') return null;
  const names = [
    ...Object.values(f.name),
    ...Object.values(f.city).map((c) => `${c} ${f.number ?? ''}`.trim()),
    ...f.aliases,
  ];
  const forms = [...new Set(names.filter((n): n is string => Boolean(n)))].map((family) => ({ family }));
  return forms.length > 0 ? { id: f.id, kind: 'facility', forms } : null;
}

async function buildIndex(repos: Repos, audience: Audience): Promise<NameIndex> {
  const index = new NameIndex();
  await forEachPersonPage(repos, async (persons) => {
    for (const p of persons) {
      const entry = personEntry(p, audience);
      if (entry) index.add(entry);
    }
  });
  for (const f of await repos.facilities.list()) {
    const entry = facilityEntry(f, audience);
    if (entry) index.add(entry);
  }
  for (const place of PLACES)
    index.add({ id: place.id, kind: 'place', forms: place.names.map((family) => ({ family })) });
  return index;
}

const indexParts = new Map<Audience, Part<NameIndex>>();

function indexPart(audience: Audience): Part<NameIndex> {
  let part = indexParts.get(audience);
  if (part) return part;
  part = {
    name: 'name-index',
    audience,
    build: (ctx) => ctx.store.read((repos) => buildIndex(repos, audience)),
    // One index, updated in place: a request still reading the snapshot before sees newer names, never older.
    async carry(index, changes, ctx) {
      const people = [...changes.ids('person')];
      const facilities = [...changes.ids('facility')];
      if (people.length === 0 && facilities.length === 0) return index;
      await ctx.store.read(async (repos) => {
        const docs = new Map((await repos.persons.getMany(people)).map((p) => [p.id, p]));
        for (const id of people) apply(index, id, docs.get(id), (p) => personEntry(p, audience));
        for (const id of facilities)
          apply(index, id, await repos.facilities.get(id), (f) => facilityEntry(f, audience));
      });
      return index;
    },
  };
  indexParts.set(audience, part);
  return part;
}

function apply<T>(index: NameIndex, id: string, doc: T | undefined, entryOf: (doc: T) => IndexEntry | null): void {
  const entry = doc === undefined ? null : entryOf(doc);
  if (entry) index.add(entry);
  else index.remove(id);
}

/**
 * The name index of the current snapshot for an audience.
 * @example const hits = (await nameIndex(ctx, 'public')).search('Losik', { limit: 5 });
 */
export function nameIndex(ctx: AppContext, audience: Audience): Promise<NameIndex> {
  return readPart(ctx, indexPart(audience));
}
