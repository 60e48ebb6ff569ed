/**
 * `GET /api/v1/flows` counts the people the public may see, as the site's figures do:
 * a registry whose only person detained and recognised is internal shows nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { createPerson } from '../../app/persons.js';
import { flows } from '../../app/figures.js';
import { publicFlows } from '../../app/site-figures.js';
import type { AppContext } from '../../app/context.js';
import type { MonthlyFlow } from '../../domain/figures.js';
import { createHttpApp } from '../app.js';

let app: Hono;
let ctx: AppContext;
let cleanup: () => Promise<void>;

const events = (p: string) => [
  { id: `${p}-1`, kind: 'detention' as const, date: '2023-12-05' },
  { id: `${p}-2`, kind: 'recognition' as const, date: '2024-01-10' },
];

beforeAll(async () => {
  const t = await tempApp();
  ({ ctx, cleanup } = t);
  await createPerson(
    ctx,
    {
      id: 'p-internal',
      names: [{ family: 'Internal', given: 'Person', system: 'latn' }],
      visibility: 'internal',
      events: events('e-int'),
    },
    { actor: 'test', note: 'internal person' },
  );
  app = createHttpApp(ctx);
});
afterAll(() => cleanup());

async function apiFlows(): Promise<MonthlyFlow[]> {
  const res = await app.request('/api/v1/flows?from=2023-12&to=2024-01');
  expect(res.status).toBe(200);
  return ((await res.json()) as { months: MonthlyFlow[] }).months;
}

describe('GET /api/v1/flows', () => {
  it('leaves out an internal person (0 detentions, 0 recognitions), as the site does', async () => {
    const months = await apiFlows();
    expect(months.map((m) => [m.month, m.detentions, m.recognitions])).toEqual([
      ['2023-12', 0, 0],
      ['2024-01', 0, 0],
    ]);
    expect(months).toEqual(await publicFlows(ctx, '2023-12', '2024-01'));
  });

  it('counts the internal person for staff, and a public one for everyone', async () => {
    expect((await flows(ctx, '2023-12', '2024-01', 'staff')).map((m) => [m.detentions, m.recognitions])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    await createPerson(
      ctx,
      { id: 'p-public', names: [{ family: 'Public', given: 'Person', system: 'latn' }], events: events('e-pub') },
      { actor: 'test', note: 'public person' },
    );
    const months = await apiFlows();
    expect(months.map((m) => [m.detentions, m.recognitions])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(months).toEqual(await publicFlows(ctx, '2023-12', '2024-01'));
    expect((await flows(ctx, '2023-12', '2024-01', 'staff')).map((m) => [m.detentions, m.recognitions])).toEqual([
      [2, 0],
      [0, 2],
    ]);
  });
});
