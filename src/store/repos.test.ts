import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../app/ports.js';
import { projectPerson } from '../domain/project-person.js';
import { Person } from '../domain/record.js';
import { syntheticPerson } from './testing/synthetic.js';
import { openTempStore, savePeople, type TempStore } from './testing/temp-store.js';

let temp: TempStore;
let store: Store;
beforeEach(async () => {
  temp = await openTempStore();
  store = temp.store;
});
afterEach(() => temp.dispose());

/** The digest's example: detained 2022-03-31, released 2024-01-13 (partial dates elsewhere). */
const released = Person.parse({
  id: 'p-takarchuk',
  names: [{ family: 'Takarchuk', given: 'Artsiom', system: 'be-latn-passport', primary: true }],
  sex: 'male',
  region: 'homiel',
  cases: [{ id: 'c-1', charges: [{ article: '342', part: 1 }] }],
  events: [
    { id: 'e-1', kind: 'detention', date: '2022-03-31', facilityId: 'f-sizo3' },
    { id: 'e-2', kind: 'recognition', date: '2022-04' },
    { id: 'e-3', kind: 'release', date: '2024-01-13', releaseReason: 'term_served' },
  ],
});

describe('the store with real projections (projectPerson)', () => {
  it('saves projected people and reads the projection back through lists and figures', async () => {
    const people = [released, ...Array.from({ length: 30 }, (_, n) => syntheticPerson(n).person)];
    const projected = people.map((person) => ({ person, projection: projectPerson(person) }));
    await store.write((repos) => savePeople(repos, projected));
    await store.read(async (repos) => {
      expect(await repos.persons.count({ audience: 'staff' })).toBe(people.length);
      const subjects = await repos.persons.figureSubjects('staff');
      for (const { person, projection } of projected) {
        const subject = subjects.find((s) => s.personId === person.id);
        expect(subject?.custody).toEqual(projection.custody);
        expect(subject?.articles).toEqual(projection.articles);
        expect(await repos.persons.get(person.id)).toEqual(person);
      }
      const byStatus = await repos.persons.list({
        audience: 'staff',
        status: projectPerson(released).status,
        region: 'homiel',
      });
      expect(byStatus.map((r) => r.id)).toContain('p-takarchuk');
      expect(await repos.persons.idsWithEvent('release', 19_735, 19_735)).toEqual(['p-takarchuk']);
      // The one-query form gives what the two-step form gives, for every window and kind.
      for (const [kind, from, to] of [
        ['release', 19_735, 19_735],
        ['release', 0, 30_000],
        ['detention', 18_000, 20_000],
        ['verdict', 19_000, 19_500],
        ['release', 10, 20],
      ] as const) {
        const ids = await repos.persons.idsWithEvent(kind, from, to);
        expect(await repos.persons.timelinesWithEvent(kind, from, to)).toEqual(await repos.persons.timelines(ids));
      }
      expect((await repos.persons.timelinesWithEvent('release', 0, 30_000)).length).toBeGreaterThan(1);
    });
  });
});
