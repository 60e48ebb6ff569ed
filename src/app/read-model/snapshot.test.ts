import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../demo.js';
import {
  dataStamp,
  dataVersion,
  ENTRY_CACHE_SIZE,
  limitEntryCache,
  memoized,
  personEntries,
  pinDataVersion,
  reading,
} from './index.js';
import { getFacility, saveFacility } from '../catalog.js';
import { publicPersonPage, publicTabRows } from '../site-queries.js';
import { tempApp } from '../../testing/temp-app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 20 });
});
afterAll(() => env.cleanup());

/** Saves a facility as it is: a change of a record, after which what was read of people starts afresh. */
async function changeAFacility() {
  const [facility] = await env.ctx.store.read((r) => r.facilities.list());
  await saveFacility(env.ctx, await getFacility(env.ctx, facility!.id), { actor: 'test' });
}

describe('read model snapshots', () => {
  it('computes a value once, keeps it over a write that changes no record, computes it again after one that does', async () => {
    let runs = 0;
    const count = () =>
      memoized(env.ctx, 'staff', 'test:count', async () => {
        runs++;
        return env.ctx.store.read((r) => r.persons.count({ audience: 'staff' }));
      });
    const [a, b] = await Promise.all([count(), count()]);
    expect(a).toBe(b);
    expect(runs).toBe(1);
    const before = await dataVersion(env.ctx);
    await env.ctx.store.write(async () => undefined);
    expect(await dataVersion(env.ctx)).toBeGreaterThan(before);
    await count();
    expect(runs).toBe(1);
    await changeAFacility();
    await count();
    expect(runs).toBe(2);
  });

  it('does not hang when nested memos are asked for at once', async () => {
    const nested = () =>
      memoized(
        env.ctx,
        'public',
        'test:outer',
        async () => (await publicTabRows(env.ctx)).length + (await publicTabRows(env.ctx, 'released')).length,
      );
    const results = await Promise.all([
      nested(),
      publicPersonPage(env.ctx, { audience: 'public', sort: 'name', limit: 5 }),
      nested(),
      dataStamp(env.ctx),
    ]);
    expect(results[0]).toBe(results[2]);
  });

  it('checks the version once for requests that ask at once, never older than their asking', async () => {
    let checks = 0;
    const counting = {
      ...env.ctx,
      store: {
        ...env.ctx.store,
        dataVersion: () => {
          checks++;
          return env.ctx.store.dataVersion();
        },
      },
    };
    const [a, b, c] = await Promise.all([dataVersion(counting), dataVersion(counting), dataVersion(counting)]);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(checks).toBe(1);
    // Asked before a write finishes: the shared check runs after it, so it sees the write.
    const asked = dataVersion(counting);
    await env.ctx.store.write(async () => undefined);
    expect(await asked).toBe(a + 1);
  });

  it('pins the version of a context for a long job', async () => {
    const pinned = await pinDataVersion(env.ctx);
    const version = await dataVersion(pinned);
    await env.ctx.store.write(async () => undefined);
    expect(await dataVersion(pinned)).toBe(version);
    expect(await dataVersion(env.ctx)).toBe(version + 1);
  });

  it('loads the records that requests ask for at once in one read, each request getting its own', async () => {
    const ids = (await publicTabRows(env.ctx)).slice(0, 6).map((row) => row.id);
    let reads = 0;
    const counting = {
      ...env.ctx,
      store: {
        ...env.ctx.store,
        read: <T>(fn: Parameters<typeof env.ctx.store.read<T>>[0]) => {
          reads++;
          return env.ctx.store.read(fn);
        },
      },
    };
    const pinned = await pinDataVersion(counting);
    reads = 0;
    const present = () => null;
    const [a, b, c] = await Promise.all([
      personEntries(pinned, [ids[0]!, ids[1]!], present),
      personEntries(pinned, [ids[1]!, ids[2]!, 'p-nobody'], present),
      personEntries(pinned, [ids[3]!], present),
    ]);
    expect(reads).toBe(1);
    expect([...a.keys()]).toEqual([ids[0], ids[1]]);
    expect([...b.keys()]).toEqual([ids[1], ids[2]]);
    expect([...c.keys()]).toEqual([ids[3]]);
    expect(b.get(ids[1]!)).toBe(a.get(ids[1]!));
    const direct = await env.ctx.store.read((r) => r.persons.getMany([ids[2]!]));
    expect(b.get(ids[2]!)?.doc).toEqual(direct[0]);
  });

  it('keeps person entries and leaves out unknown ids', async () => {
    await changeAFacility();
    const ids = (await publicTabRows(env.ctx)).slice(0, 3).map((row) => row.id);
    let presented = 0;
    const present = () => {
      presented++;
      return null;
    };
    const first = await personEntries(env.ctx, [...ids, 'p-nobody'], present);
    expect([...first.keys()]).toEqual(ids);
    await personEntries(env.ctx, ids, present);
    expect(presented).toBe(3);
    await expect(reading(env.ctx, (r) => r.persons.count({ audience: 'staff' }))()).resolves.toBeGreaterThan(0);
  });

  it('keeps no more entries than the limit set for a store', async () => {
    const ids = (await publicTabRows(env.ctx)).slice(10, 13).map((row) => row.id);
    limitEntryCache(env.ctx.store, 2);
    try {
      let presented = 0;
      const present = () => {
        presented++;
        return null;
      };
      await personEntries(env.ctx, ids, present);
      await personEntries(env.ctx, ids.slice(1), present); // the last two are kept
      expect(presented).toBe(3);
      await personEntries(env.ctx, [ids[0]!], present); // the first was dropped
      expect(presented).toBe(4);
    } finally {
      limitEntryCache(env.ctx.store, ENTRY_CACHE_SIZE);
    }
  });
});

describe('read model memory', () => {
  it('lets go of simple values not used in the version before, keeps carried parts', async () => {
    let runs = 0;
    const once = (day: string) => memoized(env.ctx, 'public', `test:day:${day}`, async () => ++runs);
    await once('a');
    expect(runs).toBe(1);
    // A version in which 'a' is not asked for, then another: 'a' is built again, not kept for ever.
    await env.ctx.store.write(async () => undefined);
    await once('b');
    await env.ctx.store.write(async () => undefined);
    await dataStamp(env.ctx);
    await once('a');
    expect(runs).toBe(3);
    // Asked in every version, with no record changed: kept.
    await env.ctx.store.write(async () => undefined);
    await once('a');
    expect(runs).toBe(3);
  });
});
