import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import { createPerson } from '../../app/persons.js';
import { saveFacility } from '../../app/catalog.js';
import { createHttpApp } from '../app.js';
import type { PublicListEntry } from '../../disclosure/public-list.js';

let app: Hono;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 40 });
  const meta = { actor: 'test', note: 'fixture' };
  await saveFacility(
    t.ctx,
    {
      id: 'f-secret',
      kind: 'prison',
      city: { en: 'Secretville' },
      name: { en: 'Secret prison' },
      visibility: 'internal',
    },
    meta,
  );
  await createPerson(
    t.ctx,
    {
      id: 'p-aaa-mixed',
      names: [
        { family: 'Aaaperson', given: 'Visible', system: 'latn', primary: true },
        { family: 'Аааперсон', given: 'Видимый', system: 'ru-cyrl' },
        { family: 'Hiddenform', given: 'Internal', system: 'be-latn-passport', visibility: 'internal' },
      ],
      events: [
        { id: 'e-aaa-1', kind: 'detention', date: '2021-05-13', facilityId: 'f-secret' },
        { id: 'e-aaa-2', kind: 'recognition', date: '2021-06-01' },
      ],
    },
    meta,
  );
  app = createHttpApp(t.ctx);
});
afterAll(() => cleanup());

async function json(path: string): Promise<unknown> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.json();
}

/** Every key anywhere in a JSON value. */
function keys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keys(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keys(v, out);
    }
  }
  return out;
}

describe('GET /api/v1/persons entries', () => {
  it('give display names in every public form, status, dates and facility; never the search key', async () => {
    const body = (await json('/api/v1/persons?limit=500')) as { persons: PublicListEntry[] };
    const mixed = body.persons.find((p) => p.id === 'p-aaa-mixed')!;
    expect(mixed.name).toBe('Aaaperson Visible');
    expect(mixed.names.map((n) => n.text)).toEqual(['Aaaperson Visible', 'Аааперсон Видимый']);
    expect(JSON.stringify(body)).not.toContain('Hiddenform');
    expect(mixed.detained).toBe('2021-05-13');
    expect(mixed.released).toBeNull();
    // The facility is internal: the entry names none.
    expect(mixed.facility).toBeNull();
    expect(JSON.stringify(body)).not.toContain('f-secret');
    const mikhniuk = body.persons.find((p) => p.id === 'p-mikhniuk')!;
    expect(mikhniuk.status).toBe('released');
    expect(mikhniuk.released).toMatch(/^2024-01/);
    expect(mikhniuk.names.some((n) => /\p{Script=Cyrillic}/u.test(n.text))).toBe(true);
    const held = body.persons.find((p) => p.status === 'imprisoned' && p.facility !== null)!;
    expect(held.facility!.id).toMatch(/^f-/);
    expect(Object.keys(held.facility!.name).length).toBeGreaterThan(0);
    // The search key is lower-case, accent-free "family given": no entry carries it as a field.
    expect(keys(body).has('sortName')).toBe(false);
    for (const p of body.persons) expect(p.name).not.toBe(p.name.toLowerCase());
  });
});

describe('no internal day numbers leave the API', () => {
  it.each([
    '/api/v1/persons?limit=20',
    '/api/v1/persons?q=Mikhniuk',
    '/api/v1/persons/p-mikhniuk',
    '/api/v1/facilities',
    '/api/v1/stats?at=2023-06-15',
    '/api/v1/series?from=2023-01-01&to=2023-03-31',
    '/api/v1/series?from=2023-01-01&to=2023-01-05&step=day',
    '/api/v1/flows?from=2023-11&to=2024-01',
    '/api/v1/releases?month=2024-01',
    '/api/v1/expected?from=2024-02-01&to=2026-12-31',
  ])('%s has no day-number keys', async (path) => {
    const found = [...keys(await json(path))].filter((k) => /day$|Day$|Min$|Max$/.test(k));
    expect(found).toEqual([]);
  });
});
