import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewRevision, Store } from '../app/ports.js';
import { openTempStore, type TempStore } from './testing/temp-store.js';

let temp: TempStore;
let store: Store;
beforeEach(async () => {
  temp = await openTempStore();
  store = temp.store;
});
afterEach(() => temp.dispose());

function rev(entityId: string, doc: unknown, over: Partial<NewRevision> = {}): NewRevision {
  return { entityType: 'person', entityId, actor: 'anna', note: null, at: '2024-01-02T03:04:05.000Z', doc, ...over };
}

describe('RevisionRepository', () => {
  it('numbers each record’s revisions 1, 2, 3 and lists them oldest first with parsed docs', async () => {
    await store.write(async (repos) => {
      await repos.revisions.append(rev('p-1', { id: 'p-1', v: 1 }, { note: 'created' }));
      await repos.revisions.append(rev('p-2', { id: 'p-2', v: 1 }));
      await repos.revisions.append(rev('p-1', { id: 'p-1', v: 2 }, { actor: 'ivan' }));
    });
    await store.write((repos) => repos.revisions.append(rev('p-1', null, { note: 'deleted' })));
    const history = await store.read((repos) => repos.revisions.listFor('person', 'p-1'));
    expect(history.map((r) => [r.seq, r.doc, r.actor, r.note])).toEqual([
      [1, { id: 'p-1', v: 1 }, 'anna', 'created'],
      [2, { id: 'p-1', v: 2 }, 'ivan', null],
      [3, null, 'anna', 'deleted'],
    ]);
    expect(history.every((r) => r.entityType === 'person' && r.at === '2024-01-02T03:04:05.000Z')).toBe(true);
    expect(history.map((r) => r.id)).toEqual([...history.map((r) => r.id)].sort((a, b) => a - b));
    expect((await store.read((repos) => repos.revisions.listFor('person', 'p-2'))).map((r) => r.seq)).toEqual([1]);
  });

  it('keeps sequences apart per entity type', async () => {
    await store.write(async (repos) => {
      await repos.revisions.append(rev('x-1', {}, { entityType: 'facility' }));
      await repos.revisions.append(rev('x-1', {}, { entityType: 'source' }));
      await repos.revisions.append(rev('x-1', {}, { entityType: 'source' }));
    });
    await store.read(async (repos) => {
      expect((await repos.revisions.listFor('facility', 'x-1')).map((r) => r.seq)).toEqual([1]);
      expect((await repos.revisions.listFor('source', 'x-1')).map((r) => r.seq)).toEqual([1, 2]);
      expect(await repos.revisions.listFor('person', 'x-1')).toEqual([]);
    });
  });

  it('appendMany returns ids in input order and continues existing chains, also within one batch', async () => {
    await store.write((repos) => repos.revisions.append(rev('p-9', { v: 1 })));
    const input = [
      ...Array.from({ length: 1_200 }, (_, i) => rev(`p-${1_000 + i}`, { i })),
      rev('p-9', { v: 2 }),
      rev('p-9', { v: 3 }),
    ];
    const ids = await store.write((repos) => repos.revisions.appendMany(input));
    expect(ids).toHaveLength(input.length);
    expect(new Set(ids).size).toBe(ids.length);
    await store.read(async (repos) => {
      for (const index of [0, 599, 1_199, 1_200, 1_201]) {
        const got = await repos.revisions.get(ids[index] as number);
        expect(got?.entityId).toBe(input[index]?.entityId);
        expect(got?.doc).toEqual(input[index]?.doc);
      }
      expect((await repos.revisions.listFor('person', 'p-9')).map((r) => [r.seq, r.doc])).toEqual([
        [1, { v: 1 }],
        [2, { v: 2 }],
        [3, { v: 3 }],
      ]);
      expect(await repos.revisions.get(999_999)).toBeUndefined();
    });
    expect(await store.write((repos) => repos.revisions.appendMany([]))).toEqual([]);
  });

  it('reports the last id and pages through one entity type after an id', async () => {
    expect(await store.read((repos) => repos.revisions.lastId())).toBe(0);
    const ids = await store.write((repos) =>
      repos.revisions.appendMany([
        rev('p-1', { v: 1 }),
        rev('f-1', { v: 1 }, { entityType: 'facility' }),
        rev('p-2', { v: 1 }),
        rev('p-1', { v: 2 }),
      ]),
    );
    await store.read(async (repos) => {
      expect(await repos.revisions.lastId()).toBe(Math.max(...ids));
      const first = await repos.revisions.since('person', 0, 2);
      expect(first.map((r) => [r.entityId, r.seq])).toEqual([
        ['p-1', 1],
        ['p-2', 1],
      ]);
      const rest = await repos.revisions.since('person', first[1]?.id as number, 10);
      expect(rest.map((r) => [r.entityId, r.seq, r.doc])).toEqual([['p-1', 2, { v: 2 }]]);
      expect((await repos.revisions.since('facility', 0, 10)).map((r) => r.entityId)).toEqual(['f-1']);
      expect(await repos.revisions.since('source', 0, 10)).toEqual([]);
      // The ids alone, as `since` gives them.
      expect(await repos.revisions.entityIdsSince('person', 0, 10)).toEqual(['p-1', 'p-2', 'p-1']);
      expect(await repos.revisions.entityIdsSince('person', first[1]?.id as number, 10)).toEqual(['p-1']);
      expect(await repos.revisions.entityIdsSince('person', 0, 2)).toEqual(['p-1', 'p-2']);
    });
  });

  it.each([
    ['an unknown entity type', { entityType: 'case' as never }],
    ['an empty id', { entityId: '' }],
    ['no actor', { actor: '' }],
    ['no timestamp', { at: '' }],
  ])('rejects a revision with %s', async (_label, over) => {
    await expect(store.write((repos) => repos.revisions.append(rev('p-1', {}, over)))).rejects.toMatchObject({
      code: 'invalid-revision',
    });
  });
});
