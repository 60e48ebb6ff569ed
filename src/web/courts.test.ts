/**
 * The court catalogue (migration 009, reference data) and the person page: a case's court
 * is named in the page's language; a court outside the catalogue keeps its written name,
 * marked with its language. The demo's real people have their texts in all three languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from '../app/demo.js';
import { createPerson } from '../app/persons.js';
import { createHttpApp } from '../http/app.js';
import { COURTS } from '../domain/courts.js';
import { PERSONS_AS_WRITTEN } from '../demo/digest-2024-01-people.js';
import { LANGS } from '../domain/record.js';

let app: Hono;
let env: Awaited<ReturnType<typeof tempApp>>;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 30 });
  await createPerson(
    env.ctx,
    {
      id: 'p-court-text',
      names: [{ family: 'Courtless', given: 'Test', system: 'latn' }],
      cases: [{ id: 'c-court-text-1', court: 'Court of Nowhere District', charges: [{ article: '342' }] }],
    },
    { actor: 'test', note: 'a court outside the catalogue' },
  );
  app = createHttpApp(env.ctx);
});
afterAll(() => env.cleanup());

const body = async (path: string) => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
};

describe('the court catalogue', () => {
  it('is seeded into its table (migration 009) with names in be, ru and en', async () => {
    const courts = await env.ctx.store.read((r) => r.reference.courts());
    expect(courts.map((c) => c.id).sort()).toEqual(COURTS.map((c) => c.id).sort());
    for (const c of courts) for (const lang of LANGS) expect(c.name[lang], `${c.id} ${lang}`).toBeTruthy();
  });

  it.each([
    ['be', 'Суд Бабруйскага раёна і г. Бабруйска'],
    ['ru', 'Суд Бобруйского района и г. Бобруйска'],
    ['en', 'Court of the Babrujsk District and the City of Babrujsk'],
  ] as const)('names the court in the page language (%s)', async (lang, name) => {
    const page = await body(`/${lang}/persons/p-bialiauski/`);
    expect(page).toContain(`<dd>${name}</dd>`);
    if (lang !== 'en') expect(page).not.toContain('Court of the Babrujsk');
  });

  it('names the generator’s courts in the page language on be and ru pages', async () => {
    const list = (await (await app.request('/api/v1/persons?limit=200')).json()) as { persons: Array<{ id: string }> };
    let checked = 0;
    for (const { id } of list.persons.filter((p) => p.id.startsWith('p-g')).slice(0, 15)) {
      const page = await body(`/ru/persons/${id}/`);
      if (!page.includes('Суд:') && !/<dt>Суд<\/dt>/.test(page)) continue;
      expect(page).not.toMatch(/<dd>(<span lang="en">)?Court of/);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps a court outside the catalogue as written, marked as English on a ru page', async () => {
    const page = await body('/ru/persons/p-court-text/');
    expect(page).toContain('<span lang="en">Court of Nowhere District</span> <span class="lang-note">(');
  });
});

describe('the demo’s real people', () => {
  it('have occupation, biography and event notes in be, ru and en', () => {
    for (const p of PERSONS_AS_WRITTEN) {
      for (const lang of LANGS) {
        expect(p.biography[lang], `${p.id} biography ${lang}`).toBeTruthy();
        if (Object.keys(p.occupation).length > 0) expect(p.occupation[lang], `${p.id} occupation ${lang}`).toBeTruthy();
        for (const e of p.events) if (e.note) expect(e.note[lang], `${e.id} note ${lang}`).toBeTruthy();
      }
    }
  });

  it('show those texts unmarked in each language: no English passed off on be/ru pages', async () => {
    const ru = await body('/ru/persons/p-luchynovich/');
    expect(ru).toContain('Проводник из Гомеля.');
    expect(ru).not.toContain('lang="en">Train conductor');
    const be = await body('/be/persons/p-luchynovich/');
    expect(be).toContain('Праваднік з Гомеля.');
    expect(be).not.toMatch(/<span class="lang-note">[^<]*<\/span> <span lang="en">/);
  });
});
