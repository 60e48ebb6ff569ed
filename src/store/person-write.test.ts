import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repos, Store } from '../app/ports.js';
import type { PersonProjection } from '../domain/projection.js';
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

async function appendPerson(repos: Repos, person: Person): Promise<number> {
  return repos.revisions.append({
    entityType: 'person',
    entityId: person.id,
    actor: 'editor',
    note: 'edit',
    at: '2024-03-01T12:00:00.000Z',
    doc: person,
  });
}

describe('PersonRepository writes', () => {
  it('save replaces the record, the projection rows and the revision pointer', async () => {
    const { person, projection } = syntheticPerson(4);
    await store.write((repos) => savePeople(repos, [{ person, projection }]));
    const edited = Person.parse({ ...person, names: [{ family: 'Renamed', given: 'Anna', system: 'latn' }] });
    const newProjection: PersonProjection = {
      ...projection,
      status: 'released',
      articles: ['130'],
      custody: [],
      events: [projection.events[0] as PersonProjection['events'][number]],
      sortName: 'renamed anna',
      currentFacilityId: null,
    };
    await store.write(async (repos) => repos.persons.save(edited, newProjection, await appendPerson(repos, edited)));
    await store.read(async (repos) => {
      expect(await repos.persons.get(person.id)).toEqual(edited);
      expect(await repos.persons.count({ audience: 'staff', article: projection.articles[0] })).toBe(
        projection.articles[0] === '130' ? 1 : 0,
      );
      expect(await repos.persons.count({ audience: 'staff', article: '130' })).toBe(1);
      const [subject] = await repos.persons.figureSubjects('staff');
      expect(subject?.custody).toEqual([]);
      expect(subject?.articles).toEqual(['130']);
      const [row] = await repos.persons.list({ audience: 'staff' });
      expect(row?.sortName).toBe('renamed anna');
      expect(row?.status).toBe('released');
      const events = await repos.persons.events(['search', 'detention', 'verdict'], 0, 99_999, 'staff');
      expect(events.map((e) => e.eventId)).toEqual([projection.events[0]?.eventId]);
    });
  });

  it('save replaces the release timeline, and removing the person removes it', async () => {
    const { person, projection } = syntheticPerson(3);
    await store.write((repos) => savePeople(repos, [{ person, projection }]));
    expect(await store.read((repos) => repos.persons.timelines([person.id, 'p-unknown']))).toEqual([
      { id: person.id, isPublic: projection.isPublic, timeline: projection.timeline },
    ]);
    const edited = { ...projection, isPublic: !projection.isPublic, timeline: '{"s":null,"p":null,"e":[]}' };
    await store.write(async (repos) => repos.persons.save(person, edited, await appendPerson(repos, person)));
    expect(await store.read((repos) => repos.persons.timelines([person.id]))).toEqual([
      { id: person.id, isPublic: edited.isPublic, timeline: edited.timeline },
    ]);
    await store.write((repos) => repos.persons.remove(person.id));
    expect(await store.read((repos) => repos.persons.timelines([person.id]))).toEqual([]);
  });

  it('saveMany stores thousands of people across batches, the last duplicate winning', async () => {
    const people = Array.from({ length: 2_345 }, (_, n) => syntheticPerson(n));
    await store.write((repos) => savePeople(repos, people));
    const again = syntheticPerson(7);
    const renamed = {
      person: Person.parse({ ...again.person, sex: 'female' }),
      projection: { ...again.projection, sex: 'female' as const },
    };
    await store.write(async (repos) => {
      const first = await appendPerson(repos, again.person);
      const second = await appendPerson(repos, renamed.person);
      await repos.persons.saveMany([
        { ...again, revisionId: first },
        { ...renamed, revisionId: second },
      ]);
    });
    await store.read(async (repos) => {
      expect(await repos.persons.count({ audience: 'staff' })).toBe(2_345);
      const events = people.reduce((n, p) => n + p.projection.events.length, 0);
      expect(
        (
          await repos.persons.events(
            [
              'search',
              'detention',
              'charged',
              'pretrial_placement',
              'trial',
              'verdict',
              'appeal',
              'transfer',
              'recognition',
              'release',
              'death',
            ],
            0,
            99_999,
            'staff',
          )
        ).length,
      ).toBe(events);
      expect((await repos.persons.get('p-7'))?.sex).toBe('female');
      expect((await repos.persons.list({ audience: 'staff', ids: ['p-7'] }))[0]?.sex).toBe('female');
      expect(await repos.persons.get('p-2344')).toEqual(people[2344]?.person);
      expect((await repos.revisions.listFor('person', 'p-7')).map((r) => r.seq)).toEqual([1, 2, 3]);
      // A long id list (passed as one JSON parameter), in the order asked.
      const ids = people.map((p) => p.person.id).reverse();
      const timelines = await repos.persons.timelines(ids);
      expect(timelines.map((t) => t.id)).toEqual(ids);
      expect(timelines[0]?.timeline).toBe(people[2344]?.projection.timeline);
    });
  });

  it('refuses to point a person at a missing, foreign or deleting revision', async () => {
    const { person, projection } = syntheticPerson(1);
    const other = syntheticPerson(2);
    await store.write(async (repos) => {
      const otherRev = await appendPerson(repos, other.person);
      const deletion = await repos.revisions.append({
        entityType: 'person',
        entityId: person.id,
        actor: 'x',
        note: null,
        at: '2024-01-01T00:00:00Z',
        doc: null,
      });
      const facilityRev = await repos.revisions.append({
        entityType: 'facility',
        entityId: person.id,
        actor: 'x',
        note: null,
        at: '2024-01-01T00:00:00Z',
        doc: { id: person.id },
      });
      for (const revisionId of [9_999, otherRev, deletion, facilityRev, 1.5]) {
        await expect(repos.persons.save(person, projection, revisionId)).rejects.toMatchObject({
          code: 'revision-mismatch',
        });
      }
    });
    expect(await store.read((repos) => repos.persons.count({ audience: 'staff' }))).toBe(0);
  });

  it('remove deletes the person and its projection; removing an unknown id is a no-op', async () => {
    await store.write((repos) => savePeople(repos, [syntheticPerson(1), syntheticPerson(2)]));
    await store.write(async (repos) => {
      await repos.persons.remove('p-1');
      await repos.persons.remove('p-nobody');
    });
    await store.read(async (repos) => {
      expect(await repos.persons.ids(null, 10)).toEqual(['p-2']);
      expect((await repos.persons.figureSubjects('staff')).map((s) => s.personId)).toEqual(['p-2']);
      expect(await repos.persons.idsWithEvent('search', 0, 99_999)).toEqual(['p-2']);
      // History stays: the revision of p-1 is still there.
      expect(await repos.revisions.listFor('person', 'p-1')).toHaveLength(1);
    });
  });

  it('rejects a projection with duplicate event ids and keeps the transaction clean', async () => {
    const { person, projection } = syntheticPerson(3);
    const bad = { ...projection, events: [...projection.events, projection.events[0]!] };
    await expect(
      store.write(async (repos) => repos.persons.save(person, bad, await appendPerson(repos, person))),
    ).rejects.toThrow(/UNIQUE/);
    expect(await store.read((repos) => repos.revisions.listFor('person', person.id))).toEqual([]);
  });
});
