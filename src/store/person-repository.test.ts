import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonListQuery, Store } from '../app/ports.js';
import { syntheticPerson, type SyntheticPerson } from './testing/synthetic.js';
import { openTempStore, savePeople, type TempStore } from './testing/temp-store.js';

const PEOPLE = 200;
const people: SyntheticPerson[] = Array.from({ length: PEOPLE }, (_, n) => syntheticPerson(n + 1));
let temp: TempStore;
let store: Store;

beforeAll(async () => {
  temp = await openTempStore();
  store = temp.store;
  await store.write((repos) => savePeople(repos, people));
});
afterAll(() => temp.dispose());

/** The expected answer of a query, computed from the projections in memory. */
function expected(q: PersonListQuery): SyntheticPerson[] {
  const from = q.detentionYear === undefined ? 0 : Date.UTC(q.detentionYear, 0, 1) / 86_400_000;
  const to = q.detentionYear === undefined ? 0 : Date.UTC(q.detentionYear + 1, 0, 1) / 86_400_000;
  return people.filter(({ projection: p }) => {
    if (q.status !== undefined && p.status !== q.status) return false;
    if (q.region !== undefined && p.region !== q.region) return false;
    if (q.sex !== undefined && p.sex !== q.sex) return false;
    if (q.facilityId !== undefined && p.currentFacilityId !== q.facilityId) return false;
    if (q.audience === 'public' && !p.isPublic) return false;
    if (q.article !== undefined && !p.articles.includes(q.article)) return false;
    if (q.ids !== undefined && !q.ids.includes(p.personId)) return false;
    if (q.detentionYear !== undefined) {
      if (p.firstDetentionMin === null || p.firstDetentionMin < from || p.firstDetentionMin >= to) return false;
    }
    return true;
  });
}

const byName = (a: SyntheticPerson, b: SyntheticPerson) =>
  a.projection.sortName < b.projection.sortName ? -1 : a.projection.sortName > b.projection.sortName ? 1 : 0;

describe('PersonRepository reads', () => {
  it('gets a saved person back exactly, and nothing for an unknown id', async () => {
    const target = people[6] as SyntheticPerson;
    await store.read(async (repos) => {
      expect(await repos.persons.get(target.person.id)).toEqual(target.person);
      expect(await repos.persons.get('p-unknown')).toBeUndefined();
      expect(await repos.persons.exists(target.person.id)).toBe(true);
      expect(await repos.persons.exists('p-unknown')).toBe(false);
    });
  });

  it('getMany keeps the asked order and skips unknown ids, also for long lists', async () => {
    const ids = ['p-5', 'p-unknown', 'p-2', 'p-150'];
    const got = await store.read((repos) => repos.persons.getMany(ids));
    expect(got.map((p) => p.id)).toEqual(['p-5', 'p-2', 'p-150']);
    const all = people.map((p) => p.person.id).reverse();
    const many = await store.read((repos) => repos.persons.getMany([...all, ...all, ...all]));
    expect(many).toHaveLength(3 * PEOPLE);
    expect(many[0]?.id).toBe(all[0]);
  });

  const filters: PersonListQuery[] = [
    { audience: 'staff' },
    { audience: 'staff', status: 'imprisoned' },
    { status: 'released', audience: 'public' },
    { audience: 'staff', region: 'minsk-city' },
    { audience: 'staff', sex: 'female', region: 'brest' },
    { audience: 'staff', article: '368' },
    { article: '361-4', status: 'imprisoned', audience: 'public' },
    { audience: 'staff', facilityId: 'f-3' },
    { audience: 'staff', detentionYear: 2020 },
    { audience: 'staff', detentionYear: 2022, sex: 'male' },
    { audience: 'staff', ids: ['p-1', 'p-2', 'p-3', 'p-999'] },
    { audience: 'staff', ids: [] },
    { audience: 'staff', ids: people.map((p) => p.person.id).slice(0, 700) },
    { audience: 'public' },
    { audience: 'staff', article: '999' },
  ];

  it.each(filters)('count and list agree with the projections for %j', async (q) => {
    const want = expected(q).sort(byName);
    if (q.article !== '999' && q.ids?.length !== 0) expect(want.length).toBeGreaterThan(0);
    await store.read(async (repos) => {
      expect(await repos.persons.count(q)).toBe(want.length);
      const rows = await repos.persons.list(q);
      expect(rows.map((r) => r.id)).toEqual(want.map((p) => p.person.id));
    });
  });

  it('lists summary rows with the projection values', async () => {
    const target = people[10] as SyntheticPerson;
    const [row] = await store.read((repos) => repos.persons.list({ audience: 'staff', ids: [target.person.id] }));
    expect(row).toEqual({
      id: target.person.id,
      status: target.projection.status,
      sex: target.projection.sex,
      region: target.projection.region,
      sortName: target.projection.sortName,
      firstDetentionMin: target.projection.firstDetentionMin,
      currentFacilityId: target.projection.currentFacilityId,
      isPublic: target.projection.isPublic,
      termEndMax: target.projection.termEndMax,
      fictional: target.projection.fictional,
    });
  });

  it('sorts by name both ways and pages with offset and limit', async () => {
    const all = expected({ audience: 'staff' })
      .sort(byName)
      .map((p) => p.person.id);
    await store.read(async (repos) => {
      const desc = await repos.persons.list({ audience: 'staff', sort: 'name', order: 'desc' });
      expect(desc.map((r) => r.id)).toEqual([...all].reverse());
      const page = await repos.persons.list({ audience: 'staff', sort: 'name', offset: 20, limit: 15 });
      expect(page.map((r) => r.id)).toEqual(all.slice(20, 35));
      const tail = await repos.persons.list({ audience: 'staff', offset: PEOPLE - 3 });
      expect(tail.map((r) => r.id)).toEqual(all.slice(PEOPLE - 3));
      expect(await repos.persons.list({ audience: 'staff', limit: 0 })).toEqual([]);
    });
  });

  it('sorts by detention with unknown detentions last, in both directions', async () => {
    const rows = await store.read((repos) => repos.persons.list({ audience: 'staff', sort: 'detention' }));
    const days = rows.map((r) => r.firstDetentionMin);
    const known = days.filter((d): d is number => d !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(days.slice(known.length).every((d) => d === null)).toBe(true);
    expect(known.length).toBeLessThan(days.length);
    const desc = await store.read((repos) =>
      repos.persons.list({ audience: 'staff', sort: 'detention', order: 'desc' }),
    );
    const descDays = desc.map((r) => r.firstDetentionMin);
    expect(descDays.slice(0, known.length)).toEqual([...known].sort((a, b) => b - a));
    expect(descDays[descDays.length - 1]).toBeNull();
  });

  it.each([{ offset: -1 }, { limit: -5 }, { limit: 1.5 }, { detentionYear: 20 }, { detentionYear: 2020.5 }])(
    'rejects a bad query %j',
    async (q) => {
      await expect(store.read((repos) => repos.persons.list({ audience: 'staff', ...q }))).rejects.toMatchObject({
        code: 'invalid-query',
      });
    },
  );

  it('pages through ids in id order', async () => {
    const all = people.map((p) => p.person.id).sort();
    await store.read(async (repos) => {
      const first = await repos.persons.ids(null, 50);
      const second = await repos.persons.ids(first[first.length - 1] as string, 50);
      expect([...first, ...second]).toEqual(all.slice(0, 100));
      expect(await repos.persons.ids(all[all.length - 1] as string, 50)).toEqual([]);
    });
  });

  it('finds people and event rows by kind and overlapping day range', async () => {
    const from = 18_200;
    const to = 18_400;
    const overlaps = (e: { dayMin: number; dayMax: number }) => e.dayMin <= to && e.dayMax >= from;
    const wantIds = people
      .filter((p) => p.projection.events.some((e) => e.kind === 'verdict' && overlaps(e)))
      .map((p) => p.person.id)
      .sort();
    const wantEvents = people.flatMap((p) =>
      p.projection.events
        .filter((e) => (e.kind === 'release' || e.kind === 'death') && overlaps(e))
        .map((e) => ({ ...e, personId: p.person.id })),
    );
    await store.read(async (repos) => {
      expect(await repos.persons.idsWithEvent('verdict', from, to)).toEqual(wantIds);
      expect(wantIds.length).toBeGreaterThan(0);
      const got = await repos.persons.events(['release', 'death'], from, to, 'staff');
      expect(got).toHaveLength(wantEvents.length);
      expect(new Set(got.map((e) => e.eventId))).toEqual(new Set(wantEvents.map((e) => e.eventId)));
      expect(got.find((e) => e.eventId === wantEvents[0]?.eventId)).toEqual(wantEvents[0]);
      expect(got.map((e) => e.dayMin)).toEqual([...got.map((e) => e.dayMin)].sort((a, b) => a - b));
      expect(await repos.persons.events([], from, to, 'staff')).toEqual([]);
      const publicIds = new Set(people.filter((p) => p.projection.isPublic).map((p) => p.person.id));
      const got2 = await repos.persons.events(['release', 'death'], from, to, 'public');
      expect(publicIds.size).toBeLessThan(people.length);
      expect(got2.length).toBeGreaterThan(0);
      expect(got2).toEqual(got.filter((e) => publicIds.has(e.personId)));
      expect(await repos.persons.idsWithEvent('verdict', 0, 10)).toEqual([]);
    });
  });

  it('loads figure subjects for everyone or for the public only', async () => {
    const all = await store.read((repos) => repos.persons.figureSubjects('staff'));
    expect(all).toHaveLength(PEOPLE);
    const target = people[12] as SyntheticPerson;
    expect(all.find((s) => s.personId === target.person.id)).toEqual({
      personId: target.person.id,
      sex: target.projection.sex,
      region: target.projection.region,
      articles: target.projection.articles,
      currentFacilityId: target.projection.currentFacilityId,
      isPublic: target.projection.isPublic,
      custody: target.projection.custody,
    });
    const pub = await store.read((repos) => repos.persons.figureSubjects('public'));
    expect(pub.map((s) => s.personId).sort()).toEqual(
      people
        .filter((p) => p.projection.isPublic)
        .map((p) => p.person.id)
        .sort(),
    );
    expect(pub.length).toBeLessThan(PEOPLE);
  });
});
