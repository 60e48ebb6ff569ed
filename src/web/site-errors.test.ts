/** Issue 12: error pages in the reader's language, naming the bad filter, linking to the last page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { loadDemo } from '../app/demo.js';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 120 });
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

async function get(path: string) {
  const res = await app.request(path);
  return { res, body: await res.text() };
}

const NOT_FOUND = { be: 'Старонка не знойдзена', ru: 'Страница не найдена', en: 'Page not found' } as const;

describe('an unknown URL under a language prefix', () => {
  for (const lang of ['be', 'ru', 'en'] as const) {
    it(`${lang}: is an HTML 404 page in ${lang}`, async () => {
      for (const path of [`/${lang}/no-such-page/`, `/${lang}/persons/p-1/extra/`, `/${lang}/figures/x/y/`]) {
        const { res, body } = await get(path);
        expect(res.status, path).toBe(404);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        expect(body).toContain(`<html lang="${lang}">`);
        expect(body).toContain(NOT_FOUND[lang]);
      }
    });
  }
  it('outside the site the API still answers JSON', async () => {
    const { res, body } = await get('/api/v1/nothing');
    expect(res.status).toBe(404);
    expect(JSON.parse(body)).toHaveProperty('error.code', 'not-found');
  });
});

describe('a bad filter value', () => {
  const cases = [
    ['be', 'sex=x', 'Пол'],
    ['ru', 'sex=x', 'Пол'],
    ['en', 'sex=x', 'Sex'],
    ['ru', 'year=abc', 'Год задержания'],
    ['be', 'region=mars', 'Рэгіён'],
    ['en', 'order=sideways', 'Order'],
  ] as const;
  for (const [lang, query, label] of cases) {
    it(`${lang} ?${query}: a 400 in ${lang} naming "${label}"`, async () => {
      const { res, body } = await get(`/${lang}/persons/?${query}`);
      expect(res.status).toBe(400);
      expect(body).toContain(`<html lang="${lang}">`);
      const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(body)![1]!;
      expect(main).toContain(`«${label}»`.replace(/«(.*)»/, lang === 'en' ? '“$1”' : '«$1»'));
      expect(main).not.toMatch(/expected|Invalid option|query is not valid/);
    });
  }
});

describe('a page past the end of a list', () => {
  for (const lang of ['be', 'ru', 'en'] as const) {
    it(`${lang}: is a 404 that says how many pages there are and links to the last`, async () => {
      const first = await get(`/${lang}/persons/`);
      const last = Number(/(\d+)<\/a><\/li><li><a href="[^"]*" rel="next"/.exec(first.body)?.[1]);
      expect(last).toBeGreaterThan(1);
      const { res, body } = await get(`/${lang}/persons/page/99/`);
      expect(res.status).toBe(404);
      expect(body).toContain(NOT_FOUND[lang]);
      expect(body).toContain(`href="../${last}/"`); // /persons/page/99/ → /persons/page/N/
      expect(body).toContain(`${last}`);
      const filtered = await get(`/${lang}/persons/?sex=female&page=99`);
      expect(filtered.res.status).toBe(404);
      expect(filtered.body).toMatch(/href="[^"]*\?[^"]*sex=female[^"]*"/);
      const ok = await get(`/${lang}/persons/page/${last}/`);
      expect(ok.res.status).toBe(200);
    });
  }
});
