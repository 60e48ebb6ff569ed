/**
 * Regression tests for issue 11, items 1-3: internal cases, internal sentences and
 * internal facilities must not shape anything public. One small registry where each
 * internal fact would change a public answer if it leaked:
 *
 * - p-anna: a public case (Art. 342, 3 years, projected release 2024-04-16, inside the
 *   "upcoming" window of FIXED_NOW) and a later INTERNAL case (Art. 356, 13 years);
 *   transferred (public event) to an INTERNAL facility.
 * - p-boris: a public case under Art. 342, held in the public colony.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../testing/temp-app.js';
import type { AppContext } from '../app/context.js';
import { saveFacility } from '../app/catalog.js';
import { createPerson } from '../app/persons.js';
import { exportRegistry } from '../app/export.js';
import { createHttpApp } from '../http/app.js';
import type { PersonInput } from '../domain/record.js';

const META = { actor: 'test', note: 'internal facts' };
const TODAY = '2024-02-02';

let ctx: AppContext;
let app: Hono;
let cleanup: () => Promise<void>;

const anna: PersonInput = {
  id: 'p-anna',
  names: [{ family: 'Kavalenka', given: 'Anna', system: 'be-latn-passport', primary: true }],
  sex: 'female',
  region: 'brest',
  cases: [
    {
      id: 'c-anna-public',
      charges: [{ article: '342', part: 1 }],
      verdictDate: '2021-09-01',
      punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 3, months: 0, days: 0 } },
    },
    {
      id: 'c-anna-internal',
      charges: [{ article: '356' }],
      verdictDate: '2022-01-10',
      punishment: { kind: 'deprivation_of_liberty', regime: 'strict', term: { years: 13, months: 0, days: 0 } },
      visibility: 'internal',
    },
  ],
  events: [
    { id: 'e-anna-det', kind: 'detention', date: '2021-06-01', facilityId: 'f-sizo' },
    { id: 'e-anna-rec', kind: 'recognition', date: '2021-07-01' },
    { id: 'e-anna-verdict', kind: 'verdict', date: '2021-09-01', caseId: 'c-anna-public' },
    { id: 'e-anna-tr', kind: 'transfer', date: '2022-05-01', facilityId: 'f-secret' },
  ],
};

const boris: PersonInput = {
  id: 'p-boris',
  names: [{ family: 'Barysau', given: 'Boris', system: 'be-latn-passport', primary: true }],
  sex: 'male',
  region: 'brest',
  cases: [
    {
      id: 'c-boris',
      charges: [{ article: '342', part: 2 }],
      verdictDate: '2022-02-01',
      punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 5, months: 0, days: 0 } },
    },
  ],
  events: [
    { id: 'e-boris-det', kind: 'detention', date: '2021-10-01', facilityId: 'f-sizo' },
    { id: 'e-boris-rec', kind: 'recognition', date: '2021-11-01' },
    { id: 'e-boris-tr', kind: 'transfer', date: '2022-04-01', facilityId: 'f-colony' },
  ],
};

beforeAll(async () => {
  const t = await tempApp();
  ({ ctx, cleanup } = t);
  const facility = (id: string, en: string, visibility: 'public' | 'internal') =>
    saveFacility(ctx, { id, kind: 'colony', city: { en: 'Brest' }, name: { en }, visibility }, META);
  await facility('f-sizo', 'SIZO-7', 'public');
  await facility('f-colony', 'Colony 2', 'public');
  await facility('f-secret', 'Secret Colony', 'internal');
  await createPerson(ctx, anna, META);
  await createPerson(ctx, boris, META);
  app = createHttpApp(ctx);
});
afterAll(() => cleanup());

async function json<T>(path: string): Promise<T> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}
async function text(path: string): Promise<{ status: number; body: string }> {
  const res = await app.request(path);
  return { status: res.status, body: await res.text() };
}

interface StatsBody {
  count: number;
  breakdowns: Record<string, Array<{ key: string | null; count: number }>>;
}

describe('1. charges of internal cases are not published', () => {
  it('the internal case’s article has no page and no chart', async () => {
    for (const lang of ['be', 'ru', 'en']) {
      expect((await text(`/${lang}/articles/356/`)).status).toBe(404);
      expect((await text(`/${lang}/articles/`)).body).not.toContain('/articles/356/');
      expect((await text(`/${lang}/figures/article.csv`)).body).not.toMatch(/(^|\W)356(\W|$)/);
    }
    expect((await text('/en/articles/342/')).body).toContain('p-anna');
  });

  it('no ?article= filter finds her by it, and the stats do not count it', async () => {
    const list = await json<{ total: number }>('/api/v1/persons?article=356');
    expect(list.total).toBe(0);
    expect((await text('/en/persons/?article=356')).body).not.toContain('p-anna');
    const stats = await json<StatsBody>(`/api/v1/stats?at=${TODAY}`);
    expect(stats.breakdowns.article!.map((r) => r.key)).toEqual(['342']);
  });
});

describe('2. internal sentences do not drive published release dates', () => {
  it('the API, the upcoming page and the person page give the release of the public case', async () => {
    const body = await json<{ entries: Array<{ personId: string; date: string | null }> }>(
      '/api/v1/expected?from=2024-01-01&to=2040-12-31',
    );
    const mine = body.entries.filter((e) => e.personId === 'p-anna');
    expect(mine.map((e) => e.date)).toEqual(['2024-04-16']);
    expect(JSON.stringify(body)).not.toContain('c-anna-internal');
    expect((await text('/en/figures/upcoming/')).body).toContain('p-anna');
    expect((await text('/en/persons/p-anna/')).body).toContain('<dt>Expected release</dt><dd>April 16, 2024</dd>');
  });
});

describe('3. an internal facility does not leak', () => {
  it('the stats count her under an unknown facility', async () => {
    const stats = await json<StatsBody>(`/api/v1/stats?at=${TODAY}`);
    expect(stats.breakdowns.facility).toEqual([
      { key: 'f-colony', count: 1 },
      { key: null, count: 1 },
    ]);
    expect(JSON.stringify(stats)).not.toContain('f-secret');
  });

  it('?facility=<internal id> answers as a facility that does not exist', async () => {
    const api = (id: string) => text(`/api/v1/persons?facility=${id}`);
    const unknown = await api('f-nowhere');
    const secret = await api('f-secret');
    expect(secret).toEqual(unknown);
    expect(JSON.parse(secret.body)).toMatchObject({ total: 0, persons: [] });
    for (const lang of ['be', 'ru', 'en']) {
      const page = (id: string) => text(`/${lang}/persons/?facility=${id}`);
      const [a, b] = [await page('f-secret'), await page('f-nowhere')];
      expect(a.status).toBe(b.status);
      expect(a.body.replaceAll('f-secret', 'f-nowhere')).toBe(b.body);
      expect(a.body).not.toContain('p-anna');
    }
  });

  it('the public CSV (site and export --public) names no internal facility', async () => {
    const site = (await text('/data/registry.csv')).body;
    let exported = '';
    await exportRegistry(ctx, { format: 'csv', audience: 'public' }, async (chunk) => {
      exported += chunk;
    });
    for (const csv of [site, exported]) {
      expect(csv).toContain('p-anna');
      expect(csv).not.toContain('Secret Colony');
      expect(csv).not.toContain('f-secret');
      expect(csv).not.toContain('356');
    }
    const staff: string[] = [];
    await exportRegistry(ctx, { format: 'csv', audience: 'staff' }, async (chunk) => {
      staff.push(chunk);
    });
    expect(staff.join('')).toContain('Secret Colony');
  });

  it('the facility pages and the person page do not show it', async () => {
    for (const lang of ['be', 'ru', 'en']) {
      expect((await text(`/${lang}/facilities/f-secret/`)).status).toBe(404);
      expect((await text(`/${lang}/facilities/`)).body).not.toContain('Secret');
      expect((await text(`/${lang}/persons/p-anna/`)).body).not.toContain('Secret');
    }
    const person = await json<{ events: Array<{ id: string; facilityId?: string }> }>('/api/v1/persons/p-anna');
    expect(person.events.find((e) => e.id === 'e-anna-tr')).not.toHaveProperty('facilityId');
  });
});
