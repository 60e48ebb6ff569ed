/**
 * `expected` (the API's projected releases and the upcoming releases page) answers from
 * projected releases computed once per data version: the same entries as computing
 * every record's projected release for the range, names only of the people listed, no
 * records read again for another range at the same version, and a write seen at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from './demo.js';
import { createPerson, updatePerson } from './persons.js';
import { expected, namesOf } from './releases.js';
import type { AppContext } from './context.js';
import { countingStore } from '../testing/counting-store.js';
import { expectedReleases } from '../domain/sentence.js';
import { withPublicFacts } from '../domain/project-person.js';
import type { Audience } from '../domain/access.js';
import type { PersonInput } from '../domain/record.js';

const META = { actor: 'test', note: 'expected releases' };
let ctx: AppContext;
let cleanup: () => Promise<void>;
let calls: Map<string, number>;

const sentenced = (id: string, extra: Partial<PersonInput> = {}): PersonInput => ({
  id,
  names: [
    { family: 'Public', given: id, system: 'latn', primary: true },
    { family: 'Hidden', given: id, system: 'be-latn-passport', visibility: 'internal' },
  ],
  cases: [
    {
      id: `c-${id}`,
      verdictDate: '2023-03-01',
      punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 2, months: 0, days: 0 } },
    },
  ],
  events: [
    { id: `e-${id}-det`, kind: 'detention', date: '2023-01-10' },
    { id: `e-${id}-rec`, kind: 'recognition', date: '2023-02-01' },
  ],
  ...extra,
});

beforeAll(async () => {
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 400 });
  await createPerson(t.ctx, sentenced('p-exp-public'), META);
  await createPerson(t.ctx, sentenced('p-exp-internal', { visibility: 'internal' }), META);
  await createPerson(
    t.ctx,
    sentenced('p-exp-internal-case', {
      cases: [
        {
          id: 'c-exp-long',
          verdictDate: '2023-03-01',
          punishment: { kind: 'deprivation_of_liberty', regime: 'strict', term: { years: 13, months: 0, days: 0 } },
          visibility: 'internal',
        },
      ],
    }),
    META,
  );
  const counted = countingStore(t.ctx.store);
  ctx = { ...t.ctx, store: counted.store };
  calls = counted.calls;
});
afterAll(() => cleanup());

/** What the route answered before: every imprisoned record loaded and projected for the range. */
async function fromEveryRecord(from: string, to: string, audience: Audience) {
  const { persons, ratios } = await ctx.store.read(async (r) => {
    const rows = await r.persons.list({ status: 'imprisoned', audience: 'staff', limit: 100_000 });
    return { persons: await r.persons.getMany(rows.map((row) => row.id)), ratios: await r.reference.creditRatios() };
  });
  const visible = audience === 'public' ? persons.filter((p) => p.visibility === 'public') : persons;
  const entries = expectedReleases(visible.map(withPublicFacts), from, to, ratios);
  const listed = new Set(entries.map((e) => e.personId));
  return {
    entries,
    names: namesOf(
      visible.filter((p) => listed.has(p.id)),
      audience,
    ),
  };
}

describe('expected', () => {
  it.each([
    ['2024-02-02', '2025-02-02', 'public'],
    ['2024-02-02', '2025-02-02', 'staff'],
    ['1990-01-01', '2074-12-31', 'public'],
    ['2025-01-10', '2025-01-10', 'public'],
    ['2030-01-01', '2031-01-01', 'staff'],
  ] as const)('%s to %s (%s): the same entries and names as projecting every record', async (from, to, audience) => {
    const got = await expected(ctx, from, to, audience);
    const want = await fromEveryRecord(from, to, audience);
    expect(got.entries).toEqual(want.entries);
    expect(got.names).toEqual(want.names);
  });

  it('lists the public facts only: no internal person, sentence or name form', async () => {
    const got = await expected(ctx, '1990-01-01', '2074-12-31', 'public');
    const ids = got.entries.map((e) => e.personId);
    expect(ids).toContain('p-exp-public');
    expect(ids).not.toContain('p-exp-internal');
    expect(ids).not.toContain('p-exp-internal-case'); // the only case with a sentence is internal
    expect(got.names['p-exp-public']).toBe('p-exp-public Public');
    expect(JSON.stringify(got)).not.toContain('Hidden');
    expect(got.entries.length).toBeGreaterThan(5);
  });

  it('names only the people it lists', async () => {
    const got = await expected(ctx, '2025-01-10', '2025-01-10', 'public');
    expect(Object.keys(got.names).sort()).toEqual(got.entries.map((e) => e.personId).sort());
  });

  it('reads the records once per data version, not once per request', async () => {
    await updatePerson(ctx, 'p-exp-public', sentenced('p-exp-public'), { ...META, note: 'a new version' });
    calls.clear();
    await expected(ctx, '2024-02-02', '2025-02-02', 'public');
    expect(calls.get('getMany')).toBeGreaterThan(0);
    calls.clear();
    await Promise.all([
      expected(ctx, '2024-03-01', '2026-02-02', 'public'),
      expected(ctx, '2027-01-01', '2030-12-31', 'public'),
    ]);
    expect(calls.get('getMany') ?? 0).toBe(0);
  });

  it('sees a write at once', async () => {
    const before = await expected(ctx, '2024-02-02', '2074-12-31', 'public');
    expect(before.entries.find((e) => e.personId === 'p-exp-public')?.date).toBe('2024-12-16');
    const longer = sentenced('p-exp-public');
    longer.cases![0]!.punishment!.term = { years: 5, months: 0, days: 0 };
    await updatePerson(ctx, 'p-exp-public', longer, { ...META, note: 'a longer term' });
    const after = await expected(ctx, '2024-02-02', '2074-12-31', 'public');
    expect(after.entries.find((e) => e.personId === 'p-exp-public')?.date).toBe('2027-12-16');
  });

  it('refuses an end before the start', async () => {
    await expect(expected(ctx, '2024-03-01', '2024-01-01', 'public')).rejects.toMatchObject({ code: 'invalid-range' });
  });
});
