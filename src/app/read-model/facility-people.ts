/**
 * Who was ever placed in each facility, and who was released from each, from public event
 * rows: parts of the read model, carried to a new snapshot by reading the changed people's
 * events only and moving them between facilities, instead of reading every placement of the
 * registry again.
 *
 * @example const placed = await facilityPeople(ctx, 'placements'); placed.byFacility.get('f-1');
 */
import type { AppContext } from '../context.js';
import { readPart, type Part } from './snapshot.js';

/** Person ids by facility (each once, in no particular order), and facility ids by person. */
export interface FacilityPeople {
  byFacility: Map<string, string[]>;
  byPerson: Map<string, string[]>;
}

const KINDS = {
  /** Custody and transfers that name a facility. */
  placements: ['detention', 'administrative_arrest', 're_detention', 'pretrial_placement', 'transfer'],
  /** Release events that name the facility released from. */
  releases: ['release'],
} as const;
export type FacilityPeopleKind = keyof typeof KINDS;

const parts = new Map<FacilityPeopleKind, Part<FacilityPeople>>();

function facilityPeoplePart(kind: FacilityPeopleKind): Part<FacilityPeople> {
  let part = parts.get(kind);
  if (part) return part;
  const kinds = KINDS[kind];
  part = {
    name: `facility-people:${kind}`,
    audience: 'public',
    async build(ctx) {
      const rows = await ctx.store.read((r) => r.persons.events(kinds, -1_000_000, 1_000_000, 'public'));
      return fromPairs(rows.flatMap((row) => (row.facilityId ? [[row.facilityId, row.personId] as const] : [])));
    },
    async carry(old, changes, ctx) {
      const changed = changes.ids('person');
      if (changed.size === 0) return old;
      const rows = await ctx.store.read((r) => r.persons.eventsOf([...changed], kinds, 'public'));
      const fresh = fromPairs(rows.flatMap((row) => (row.facilityId ? [[row.facilityId, row.personId] as const] : [])));
      const touched = new Set(fresh.byFacility.keys());
      for (const id of changed) for (const facility of old.byPerson.get(id) ?? []) touched.add(facility);
      // Copy on write: the snapshot before keeps its maps.
      const byFacility = new Map(old.byFacility);
      for (const facility of touched) {
        const kept = (old.byFacility.get(facility) ?? []).filter((id) => !changed.has(id));
        const people = [...kept, ...(fresh.byFacility.get(facility) ?? [])];
        if (people.length > 0) byFacility.set(facility, people);
        else byFacility.delete(facility);
      }
      const byPerson = new Map(old.byPerson);
      for (const id of changed) {
        const facilities = fresh.byPerson.get(id);
        if (facilities) byPerson.set(id, facilities);
        else byPerson.delete(id);
      }
      return { byFacility, byPerson };
    },
  };
  parts.set(kind, part);
  return part;
}

/** The index from (facility, person) pairs, each pair once. */
function fromPairs(pairs: Iterable<readonly [facility: string, person: string]>): FacilityPeople {
  const sets = new Map<string, Set<string>>();
  const byPerson = new Map<string, string[]>();
  for (const [facility, person] of pairs) {
    let set = sets.get(facility);
    if (!set) sets.set(facility, (set = new Set()));
    if (set.has(person)) continue;
    set.add(person);
    const list = byPerson.get(person);
    if (list) list.push(facility);
    else byPerson.set(person, [facility]);
  }
  return { byFacility: new Map([...sets].map(([k, v]) => [k, [...v]])), byPerson };
}

/** The index of a kind in the current snapshot. */
export function facilityPeople(ctx: AppContext, kind: FacilityPeopleKind): Promise<FacilityPeople> {
  return readPart(ctx, facilityPeoplePart(kind));
}

/**
 * Takes an index another thread made from the same data version (the mirror's render
 * workers get the placements from the main thread), unless the snapshot has it already.
 */
export async function useFacilityPeople(
  ctx: AppContext,
  kind: FacilityPeopleKind,
  byFacility: Map<string, string[]>,
): Promise<void> {
  const pairs = [...byFacility].flatMap(([facility, people]) => people.map((p) => [facility, p] as const));
  await readPart(ctx, { ...facilityPeoplePart(kind), build: async () => fromPairs(pairs) });
}
