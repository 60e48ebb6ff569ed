/**
 * `flows` answers from the flows of every month computed once per data version: the
 * same months as reading the range's events (and the custody events before it) from the
 * store, for any range, and a write is seen at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { countingStore } from '../testing/counting-store.js';
import { loadDemo } from './demo.js';
import { createPerson } from './persons.js';
import { flows } from './figures.js';
import type { AppContext } from './context.js';
import { monthlyFlows } from '../domain/figures.js';
import { monthDays } from '../domain/partial-date.js';
import type { Audience } from '../domain/access.js';

const META = { actor: 'test', note: 'flows' };
let ctx: AppContext;
let calls: Map<string, number>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 300 });
  await createPerson(
    t.ctx,
    {
      id: 'p-flows-internal',
      names: [{ family: 'Internal', given: 'Person', system: 'latn' }],
      visibility: 'internal',
      events: [
        { id: 'e-fi-1', kind: 'detention', date: '2023-12-05' },
        { id: 'e-fi-2', kind: 'recognition', date: '2024-01-10' },
      ],
    },
    META,
  );
  const counted = countingStore(t.ctx.store);
  ctx = { ...t.ctx, store: counted.store };
  calls = counted.calls;
});
afterAll(() => cleanup());

/** What `flows` computed before: the range's events and the custody events before it, read for the request. */
async function fromTheStore(fromMonth: string, toMonth: string, audience: Audience) {
  const [fromDay] = monthDays(fromMonth);
  const [, toDay] = monthDays(toMonth);
  const custody = ['detention', 'administrative_arrest', 're_detention', 'release'];
  const events = await ctx.store.read(async (r) => [
    ...(await r.persons.events(custody, -1_000_000, fromDay - 1, audience)),
    ...(await r.persons.events(['recognition', ...custody, 'verdict'], fromDay, toDay, audience)),
  ]);
  const unique = new Map(events.map((e) => [`${e.personId}/${e.eventId}`, e]));
  return monthlyFlows([...unique.values()], fromMonth, toMonth);
}

describe('flows', () => {
  it.each([
    ['1990-01', '2025-12', 'public'],
    ['2020-06', '2024-02', 'public'],
    ['2020-06', '2024-02', 'staff'],
    ['2023-12', '2024-01', 'staff'],
    ['2022-03', '2022-03', 'public'],
    ['1950-01', '1950-12', 'public'],
    ['2030-01', '2031-06', 'staff'],
  ] as const)('%s to %s (%s): the same months as reading the range from the store', async (from, to, audience) => {
    const got = await flows(ctx, from, to, audience);
    expect(got).toEqual(await fromTheStore(from, to, audience));
    expect(got.map((m) => m.month)[0]).toBe(from);
  });

  it('counts something (the comparison is not between empty answers)', async () => {
    const months = await flows(ctx, '2020-01', '2024-02', 'public');
    expect(months.reduce((n, m) => n + m.detentions + m.releases + m.recognitions, 0)).toBeGreaterThan(100);
    const staff = await flows(ctx, '2023-12', '2024-01', 'staff');
    const pub = await flows(ctx, '2023-12', '2024-01', 'public');
    expect(staff[1]!.recognitions).toBe(pub[1]!.recognitions + 1); // the internal person
  });

  it('reads the events once per data version, and hands out copies', async () => {
    await flows(ctx, '2021-01', '2021-12', 'public');
    calls.clear();
    const a = await flows(ctx, '2021-01', '2021-12', 'public');
    await flows(ctx, '1999-01', '2024-12', 'public');
    expect(calls.get('events') ?? 0).toBe(0);
    a[0]!.releases = 1e9;
    a[0]!.uncertain.releases = 1e9;
    const b = await flows(ctx, '2021-01', '2021-12', 'public');
    expect(b[0]!.releases).not.toBe(1e9);
    expect(b[0]!.uncertain.releases).not.toBe(1e9);
  });

  it('sees a write at once', async () => {
    const before = await flows(ctx, '2024-01', '2024-01', 'public');
    await createPerson(
      ctx,
      {
        id: 'p-flows-new',
        names: [{ family: 'New', given: 'Person', system: 'latn' }],
        events: [
          { id: 'e-fn-1', kind: 'detention', date: '2024-01-03' },
          { id: 'e-fn-2', kind: 'recognition', date: '2024-01-20' },
        ],
      },
      META,
    );
    const after = await flows(ctx, '2024-01', '2024-01', 'public');
    expect(after[0]!.detentions).toBe(before[0]!.detentions + 1);
    expect(after[0]!.recognitions).toBe(before[0]!.recognitions + 1);
  });
});
