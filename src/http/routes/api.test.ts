import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import { createPerson } from '../../app/persons.js';
import { createHttpApp } from '../app.js';

interface ApiError {
  error: { code: string; message: string };
}
interface ListBody {
  total: number;
  page: number;
  limit: number;
  persons: Array<{ id: string; name: string; status: string; region: string | null; sex: string | null }>;
}

let app: Hono;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 150 });
  await createPerson(
    t.ctx,
    { id: 'p-hidden', names: [{ family: 'Hidden', given: 'Person', system: 'latn' }], visibility: 'internal' },
    { actor: 'test', note: 'internal person' },
  );
  app = createHttpApp(t.ctx);
});
afterAll(() => cleanup());

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  const body = (await res.json()) as T;
  expect(res.status, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/json');
  return body;
}

describe('GET /api/v1/persons', () => {
  it('lists public persons, 50 a page by default, sorted by name', async () => {
    const body = await get<ListBody>('/api/v1/persons');
    expect(body.page).toBe(1);
    expect(body.limit).toBe(50);
    expect(body.total).toBeGreaterThan(100);
    expect(body.persons).toHaveLength(50);
    const names = body.persons.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(body.persons.map((p) => p.id)).not.toContain('p-hidden');
  });

  it('leaves out internal persons from the total', async () => {
    const all = await get<ListBody>('/api/v1/persons?limit=500&page=1');
    const ids = new Set(all.persons.map((p) => p.id));
    expect(ids.has('p-hidden')).toBe(false);
    expect(all.total).toBeLessThan(160);
  });

  it('applies each filter to every row it returns', async () => {
    for (const [param, field, value] of [
      ['status', 'status', 'imprisoned'],
      ['status', 'status', 'released'],
      ['sex', 'sex', 'female'],
      ['region', 'region', 'brest'],
    ] as const) {
      const body = await get<ListBody>(`/api/v1/persons?${param}=${value}&limit=500`);
      expect(body.persons.length, `${param}=${value}`).toBeGreaterThan(0);
      expect(body.persons.every((p) => p[field] === value)).toBe(true);
      expect(body.total).toBe(body.persons.length);
    }
  });

  it('finds the digest people among the released', async () => {
    const body = await get<ListBody>('/api/v1/persons?status=released&limit=500');
    expect(body.persons.map((p) => p.id)).toEqual(expect.arrayContaining(['p-mikhniuk', 'p-takarchuk']));
  });

  it('pages without overlap and sorts in both orders', async () => {
    const one = await get<ListBody>('/api/v1/persons?limit=7&page=1');
    const two = await get<ListBody>('/api/v1/persons?limit=7&page=2');
    expect(two.page).toBe(2);
    expect(one.persons.map((p) => p.id)).not.toEqual(expect.arrayContaining(two.persons.map((p) => p.id)));
    const desc = await get<ListBody>('/api/v1/persons?limit=500&order=desc');
    const asc = await get<ListBody>('/api/v1/persons?limit=500&order=asc');
    expect(desc.persons.map((p) => p.id)).toEqual(asc.persons.map((p) => p.id).reverse());
  });

  it('finds a person by name in another script and spelling', async () => {
    for (const q of ['Zinaida Mikhniuk', 'Зінаіда Міхнюк', 'Зинаида Михнюк']) {
      const body = await get<ListBody>(`/api/v1/persons?q=${encodeURIComponent(q)}`);
      expect(body.persons[0]?.id, q).toBe('p-mikhniuk');
    }
    const none = await get<ListBody>('/api/v1/persons?q=Hidden%20Person');
    expect(none.persons.map((p) => p.id)).not.toContain('p-hidden');
  });

  it('filters by article and detention year', async () => {
    const body = await get<ListBody>('/api/v1/persons?article=342&year=2021&limit=500');
    const all = await get<ListBody>('/api/v1/persons?limit=500');
    expect(body.total).toBeGreaterThan(0);
    expect(body.total).toBeLessThan(all.total);
  });

  it.each([
    ['status=free', 'status'],
    ['region=mars', 'region'],
    ['sex=x', 'sex'],
    ['article=abc', 'article'],
    ['article=368-1-2', 'article'],
    ['year=1800', 'year'],
    ['year=twenty', 'year'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['limit=501', 'limit'],
    ['limit=-3', 'limit'],
    ['sort=age', 'sort'],
    ['order=up', 'order'],
    [`facility=${'x'.repeat(81)}`, 'facility'],
    [`q=${'a'.repeat(201)}`, 'q'],
  ])('rejects %s with 400 invalid-input naming the field', async (qs, field) => {
    const body = await get<ApiError>(`/api/v1/persons?${qs}`, 400);
    expect(body.error.code).toBe('invalid-input');
    expect(body.error.message).toContain(`"${field}"`);
  });
});

describe('GET /api/v1/persons/:id', () => {
  it('returns the public view of a person', async () => {
    const body = await get<{ id: string; names: Array<{ family: string }>; events: unknown[] }>(
      '/api/v1/persons/p-mikhniuk',
    );
    expect(body.id).toBe('p-mikhniuk');
    expect(body.names.map((n) => n.family)).toContain('Mikhniuk');
    expect(body.events.length).toBeGreaterThan(0);
    expect(body).not.toHaveProperty('internalNote');
    expect(body).not.toHaveProperty('visibility');
    expect(body).not.toHaveProperty('tags');
  });

  it('answers 404 for unknown and for internal persons alike', async () => {
    const unknown = await get<ApiError>('/api/v1/persons/p-nobody', 404);
    const hidden = await get<ApiError>('/api/v1/persons/p-hidden', 404);
    expect(unknown.error.code).toBe('not-found');
    expect(hidden.error.code).toBe('not-found');
    expect(hidden.error.message).toBe(unknown.error.message.replace('p-nobody', 'p-hidden'));
  });
});

describe('GET /api/v1/facilities', () => {
  it('lists public facilities without their visibility flag', async () => {
    const body = await get<{ facilities: Array<Record<string, unknown>> }>('/api/v1/facilities');
    expect(body.facilities.length).toBeGreaterThan(10);
    for (const f of body.facilities) {
      expect(f.id).toMatch(/^f-/);
      expect(f).not.toHaveProperty('visibility');
    }
  });
});

describe('figures', () => {
  it('counts on a date, with breakdowns', async () => {
    const body = await get<{ date: string; count: number; possible: number; breakdowns: Record<string, unknown[]> }>(
      '/api/v1/stats?at=2023-06-15',
    );
    expect(body.date).toBe('2023-06-15');
    expect(body.count).toBeGreaterThan(0);
    expect(body.possible).toBeGreaterThanOrEqual(body.count);
    expect(Object.keys(body.breakdowns).sort()).toEqual(['article', 'facility', 'region', 'sex']);
  });

  it('defaults the stats date to today (the fixed clock)', async () => {
    const body = await get<{ date: string }>('/api/v1/stats');
    expect(body.date).toBe('2024-02-02');
  });

  it('gives a monthly and a daily series', async () => {
    const monthly = await get<{ step: string; points: Array<{ date: string }> }>(
      '/api/v1/series?from=2023-01-01&to=2023-12-31',
    );
    expect(monthly.step).toBe('month');
    expect(monthly.points).toHaveLength(12);
    const daily = await get<{ points: unknown[] }>('/api/v1/series?from=2023-01-01&to=2023-01-31&step=day');
    expect(daily.points).toHaveLength(31);
  });

  it('gives monthly flows and the releases of the digest month', async () => {
    const flows = await get<{ months: Array<{ month: string }> }>('/api/v1/flows?from=2023-11&to=2024-01');
    expect(flows.months.map((m) => m.month)).toEqual(['2023-11', '2023-12', '2024-01']);
    const releases = await get<{ entries: Array<{ personId: string }>; summary: { released: number } }>(
      '/api/v1/releases?month=2024-01',
    );
    expect(releases.entries.map((e) => e.personId)).toEqual(expect.arrayContaining(['p-mikhniuk', 'p-babich']));
    expect(releases.summary.released).toBe(releases.entries.length);
  });

  it('gives expected releases in a range', async () => {
    const body = await get<{ from: string; to: string; entries: unknown[] }>(
      '/api/v1/expected?from=2024-02-01&to=2026-12-31',
    );
    expect(body.from).toBe('2024-02-01');
    expect(body.entries.length).toBeGreaterThan(0);
  });

  it.each([
    ['/api/v1/stats?at=yesterday', 'invalid-input', 'at'],
    ['/api/v1/stats?at=2024-02-30', 'invalid-date', '2024-02-30'],
    ['/api/v1/series?to=2023-12-31', 'invalid-input', 'from'],
    ['/api/v1/series?from=2023-01-01&to=2023-12-31&step=week', 'invalid-input', 'step'],
    ['/api/v1/series?from=2023-02-01&to=2023-01-01&step=day', 'invalid-range', 'before'],
    ['/api/v1/flows?from=2023-13&to=2024-01', 'invalid-input', 'from'],
    ['/api/v1/flows?from=2023-01', 'invalid-input', 'to'],
    ['/api/v1/releases', 'invalid-input', 'month'],
    ['/api/v1/releases?month=January', 'invalid-input', 'month'],
    ['/api/v1/expected?from=2024-03-01&to=2024-01-01', 'invalid-range', 'before'],
    ['/api/v1/expected?from=2024-03-01', 'invalid-input', 'to'],
  ])('rejects %s with 400 %s', async (path, code, mention) => {
    const body = await get<ApiError>(path, 400);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toContain(mention);
  });
});

describe('unknown routes', () => {
  it('answers JSON 404 with the path', async () => {
    const body = await get<ApiError>('/api/v1/prisoners', 404);
    expect(body.error).toEqual({ code: 'not-found', message: 'Nothing at /api/v1/prisoners.', details: null });
  });
});
