import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGIONS } from '../../domain/record.js';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../demo.js';
import { createPerson } from '../persons.js';
import type { PublicListQuery } from '../ports.js';
import { publicListRows, publicTabRows } from './lists.js';
import { publicRowsById } from './rows-by-id.js';
import { pinDataVersion } from './snapshot.js';

let env: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 400 });
  // People with no detention (sorted last by detention), some with the same name.
  for (const [i, family] of ['Aaron', 'Zyx', 'Aaron', 'Mid'].entries()) {
    await createPerson(
      env.ctx,
      { id: `p-nodate-${i}`, names: [{ family, given: 'A', system: 'latn' }], region: 'minsk', sex: 'male' },
      { actor: 'test' },
    );
  }
}, 60_000);
afterAll(() => env.cleanup());

/** What the store answers for the same query. */
async function fromStore(q: PublicListQuery) {
  return env.ctx.store.read(async (r) => ({
    total: await r.persons.count(q),
    ids: (await r.persons.list(q)).map((x) => x.id),
  }));
}

describe('public lists from kept rows', () => {
  it('give the rows, order and totals of the store for every kind of filter, sort and page', async () => {
    const all = await publicTabRows(env.ctx);
    const used = <T>(values: Array<T | null>) => [...new Set(values)].filter((v): v is T => v !== null).slice(0, 3);
    const facilities = used(all.map((r) => r.currentFacilityId));
    const articles = (await env.ctx.store.read((r) => r.reference.articles())).map((a) => a.code).slice(0, 40);
    const years = [2020, 2021, 2022, 2023];
    const ctx = await pinDataVersion(env.ctx);
    const queries: PublicListQuery[] = [];
    const audience = 'public' as const;
    for (const status of [undefined, 'imprisoned', 'released'] as const)
      for (const sort of [undefined, 'name', 'detention'] as const)
        for (const order of [undefined, 'asc', 'desc'] as const) {
          queries.push({ audience, status, sort, order }, { audience, status, sort, order, offset: 7, limit: 11 });
          for (const region of [...REGIONS.slice(0, 5), undefined])
            queries.push({ audience, status, sort, order, region, sex: 'male', offset: 3, limit: 5 });
          for (const facilityId of facilities) queries.push({ audience, status, sort, order, facilityId, limit: 20 });
          for (const detentionYear of years) queries.push({ audience, status, sort, order, detentionYear, offset: 2 });
          for (const article of articles)
            queries.push({ audience, status, sort, order, article, region: 'minsk' }, { audience, article });
        }
    expect(all.filter((r) => r.firstDetentionMin === null).length).toBeGreaterThanOrEqual(4);
    let nonEmpty = 0;
    for (const query of queries) {
      const kept = await publicListRows(ctx, query);
      const store = await fromStore(query);
      expect({ query, total: kept?.total, ids: kept?.rows.map((r) => r.id) }).toEqual({ query, ...store });
      if (store.ids.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(queries.length / 3);
  });

  it('leave to the store what they cannot answer', async () => {
    expect(await publicListRows(env.ctx, { audience: 'public', ids: ['p-1'] })).toBeNull();
    expect(await publicListRows(env.ctx, { audience: 'public', offset: -1 })).toBeNull();
    expect(await publicListRows(env.ctx, { audience: 'public', limit: 1.5 })).toBeNull();
    expect(await publicListRows(env.ctx, { audience: 'public', detentionYear: 99 })).toBeNull();
  });

  it('index the public rows by id', async () => {
    const byId = await publicRowsById(env.ctx);
    const rows = await publicTabRows(env.ctx);
    expect([...byId.entries()].length).toBe(rows.length);
    expect(rows.every((r) => r.isPublic && byId.get(r.id) === r)).toBe(true);
  });
});
