/** The merge pages without a browser: compare, merge by form, result with Undo, duplicates list, refusals. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import type { Role } from '../../domain/access.js';
import { createHttpApp } from '../app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
const revs: Record<string, number> = {};

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
  for (const [id, extra] of [
    [
      'p-w1',
      {
        birthDate: '1980',
        region: 'brest',
        names: [{ family: 'Лосік', given: 'Ігар', system: 'be-cyrl', primary: true }],
      },
    ],
    [
      'p-w2',
      {
        region: 'brest',
        sex: 'male',
        names: [
          { family: 'Лосик', given: 'Игорь', system: 'ru-cyrl', primary: true },
          { family: 'Losik', given: 'Ihar', system: 'latn', visibility: 'internal' },
        ],
      },
    ],
  ] as const) {
    const record = { id, events: [{ id: `e-${id}`, kind: 'detention', date: '2021-01-01' }], ...extra };
    const res = await app.request('/api/v1/records/persons', {
      method: 'POST',
      headers: { ...asRole('editor'), 'content-type': 'application/json' },
      body: JSON.stringify({ record }),
    });
    revs[id] = ((await res.json()) as { revisionId: number }).revisionId;
  }
});
afterAll(() => env.cleanup());

const get = (path: string, role: Role = 'editor') => app.request(path, { headers: asRole(role) });
const post = (path: string, form: Record<string, string>, role: Role = 'editor') =>
  app.request(path, {
    method: 'POST',
    headers: { ...asRole(role), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });

describe('staff merge pages', () => {
  it('lists the pair as likely duplicates, with a link to compare', async () => {
    const res = await get('/staff/duplicates?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toContain('/staff/merge?a=p-w1&amp;b=p-w2&amp;lang=en');
    expect(page).toContain('Brest region');
  });

  it('from a person alone, asks for the other record and offers its likely duplicates', async () => {
    const res = await get('/staff/merge?a=p-w1&lang=en');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('Which record is the same person as p-w1?');
    expect(page).toContain('<input type="hidden" name="a" value="p-w1">');
    expect(page).toContain('href="/staff/merge?a=p-w1&amp;b=p-w2&amp;lang=en"');
    expect((await get('/staff/merge?a=p-none&lang=en')).status).toBe(404);
    expect((await get('/staff/merge?a=p-w1', 'researcher')).status).toBe(403);
  });

  it('compares two records with a radio per differing field and what will be kept', async () => {
    const page = await (await get('/staff/merge?a=p-w1&b=p-w2&lang=ru')).text();
    expect(page).toContain('name="choice.sex"');
    expect(page).not.toContain('name="choice.region"'); // equal on both sides
    expect(page).toContain('Losik Ihar');
    expect(page).toContain('внутреннее');
    expect(page).toContain(`name="intoRevision" value="${revs['p-w1']}"`);
  });

  it('refuses researchers and a stale form, changing nothing', async () => {
    expect((await get('/staff/merge?a=p-w1&b=p-w2', 'researcher')).status).toBe(403);
    const stale = await post('/staff/merge?lang=en', {
      into: 'p-w1',
      from: 'p-w2',
      intoRevision: String(revs['p-w1']),
      fromRevision: String(revs['p-w1']), // not the latest revision of p-w2
    });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('role="alert"');
    const bad = await post('/staff/merge?lang=en', {
      into: 'p-w1',
      from: 'p-w2',
      intoRevision: String(revs['p-w1']),
      fromRevision: String(revs['p-w2']),
      'choice.shoeSize': 'from',
    });
    expect(bad.status).toBe(400);
    expect((await app.request('/api/v1/persons/p-w2')).status).toBe(200);
  });

  it('merges by form, shows the result with Undo, and undoes', async () => {
    const res = await post('/staff/merge?lang=en', {
      into: 'p-w1',
      from: 'p-w2',
      intoRevision: String(revs['p-w1']),
      fromRevision: String(revs['p-w2']),
      'choice.sex': 'from',
      note: 'same man',
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/staff\/merges\/\d+\?lang=en$/);
    const done = await (await get(location)).text();
    expect(done).toContain('p-w2 was merged into p-w1');
    expect(done).toContain('Undo this merge');
    expect((await app.request('/en/persons/p-w2/')).status).toBe(301);
    const undo = await post(location.replace('?', '/undo?'), {});
    expect(undo.status).toBe(303);
    expect(await (await get(location)).text()).toContain('was undone');
    expect((await app.request('/en/persons/p-w2/')).status).toBe(200);
  });
});
