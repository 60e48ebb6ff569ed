import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../domain/record.js';
import type { Repos, Store } from '../app/ports.js';
import { syntheticPerson, type SyntheticPerson } from './testing/synthetic.js';
import { openTempStore, savePeople, type TempStore } from './testing/temp-store.js';

const PEOPLE = 120;
const people: SyntheticPerson[] = Array.from({ length: PEOPLE }, (_, n) => syntheticPerson(n + 1));
let temp: TempStore;
let store: Store;

beforeAll(async () => {
  temp = await openTempStore();
  store = temp.store;
  await store.write((repos) => savePeople(repos, people));
});
afterAll(() => temp.dispose());

/** Everyone through `scan` in pages of `limit`, with the page sizes seen. */
async function scanAll(repos: Repos, limit: number): Promise<{ persons: Person[]; sizes: number[] }> {
  const persons: Person[] = [];
  const sizes: number[] = [];
  for (let after: string | null = null; ;) {
    const page = await repos.persons.scan(after, limit);
    if (page.lastId === null) {
      expect(page.size).toBe(0);
      expect([...page.persons]).toEqual([]);
      break;
    }
    const got = [...page.persons];
    expect(got).toHaveLength(page.size);
    expect(got[got.length - 1]!.id).toBe(page.lastId);
    sizes.push(page.size);
    persons.push(...got);
    after = page.lastId;
  }
  return { persons, sizes };
}

/** The old way: ids in pages, then `getMany`. */
async function viaIds(repos: Repos): Promise<Person[]> {
  const ids: string[] = [];
  for (let after: string | null = null; ;) {
    const page = await repos.persons.ids(after, 50);
    if (page.length === 0) break;
    ids.push(...page);
    after = page[page.length - 1]!;
  }
  return repos.persons.getMany(ids);
}

describe('PersonRepository.scan', () => {
  it('returns every current record once, in id order, the same as ids + getMany, for any page size', async () => {
    await store.read(async (repos) => {
      const expected = await viaIds(repos);
      expect(expected).toHaveLength(PEOPLE);
      for (const limit of [1, 7, 50, PEOPLE, 1000]) {
        const { persons, sizes } = await scanAll(repos, limit);
        expect(persons).toEqual(expected);
        expect(sizes.every((s) => s <= limit)).toBe(true);
        expect(sizes.length).toBe(Math.ceil(PEOPLE / limit));
      }
    });
  });

  it('parses afresh on every iteration, so a caller may change what it got', async () => {
    await store.read(async (repos) => {
      const page = await repos.persons.scan(null, 3);
      const first = [...page.persons];
      first[0]!.events.length = 0;
      const again = [...page.persons];
      expect(again[0]!.events.length).toBeGreaterThan(0);
      expect(again).not.toBe(first);
    });
  });

  it('starts after the given id, sees the latest revision and skips removed people', async () => {
    const target = people[4]!.person;
    const changed: Person = { ...target, region: 'brest' };
    await store.write(async (repos) => {
      const revisionId = await repos.revisions.append({
        entityType: 'person',
        entityId: target.id,
        actor: 'test',
        note: null,
        at: '2024-02-03T10:00:00.000Z',
        doc: changed,
      });
      await repos.persons.save(changed, people[4]!.projection, revisionId);
      await repos.persons.remove(people[5]!.person.id);
    });
    await store.read(async (repos) => {
      const { persons } = await scanAll(repos, 10);
      expect(persons).toHaveLength(PEOPLE - 1);
      expect(persons.find((p) => p.id === target.id)).toEqual(changed);
      expect(persons.some((p) => p.id === people[5]!.person.id)).toBe(false);
      const ids = persons.map((p) => p.id);
      const after = ids[10]!;
      const page = await repos.persons.scan(after, 5);
      expect([...page.persons].map((p) => p.id)).toEqual(ids.slice(11, 16));
      expect((await repos.persons.scan(ids[ids.length - 1]!, 5)).lastId).toBeNull();
    });
  });
});
