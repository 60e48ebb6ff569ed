import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { loadDemo } from '../app/demo.js';
import { statsAt } from '../app/figures.js';
import { createPerson, getPerson, updatePerson } from '../app/persons.js';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';
import { preferredLang } from './site.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 80 });
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { res, body: await res.text() };
}

describe('routing', () => {
  it('redirects / by Accept-Language, defaulting to Belarusian', async () => {
    expect((await get('/', { 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.8' })).res.headers.get('location')).toBe('/ru/');
    expect((await get('/')).res.headers.get('location')).toBe('/be/');
    expect(preferredLang('de, en;q=0.5')).toBe('en');
    expect(preferredLang('en;q=0, xx')).toBe('be');
  });

  it('serves every kind of page in each language, with the lang attribute and no script', async () => {
    for (const lang of ['be', 'ru', 'en']) {
      for (const path of [
        '/',
        '/persons/',
        '/persons/released/',
        '/persons/p-luchynovich/',
        '/facilities/',
        '/facilities/f-ik-15-mahiliou/',
        '/articles/',
        '/articles/361-4/',
        '/figures/',
        '/figures/upcoming/',
        '/figures/birthdays/',
      ]) {
        const { res, body } = await get(`/${lang}${path}`);
        expect(res.status, `${lang}${path}`).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(body).toContain(`<html lang="${lang}">`);
        expect(body).not.toMatch(/<script/i);
        expect(body).not.toMatch(/href="\/(?!\/)/);
      }
    }
  });

  it('adds the missing slash, and leaves unknown paths to the rest of the app', async () => {
    const { res } = await get('/en/persons?status=released');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/en/persons/?status=released');
    expect((await get('/en/nothing-here/')).res.status).toBe(404);
    expect((await get('/xx/persons/')).res.status).toBe(404);
  });

  it('answers unknown records with an HTML 404 and bad filters with an HTML 400', async () => {
    const missing = await get('/en/persons/p-nobody/');
    expect(missing.res.status).toBe(404);
    expect(missing.body).toContain('Page not found');
    const bad = await get('/en/persons/?year=abc');
    expect(bad.res.status).toBe(400);
    expect(bad.res.headers.get('content-type')).toContain('text/html');
    expect((await get('/en/persons/page/999/')).res.status).toBe(404);
    expect((await get('/en/articles/999/')).res.status).toBe(404);
  });
});

describe('pages', () => {
  it('puts the count of the day on the home page, with the date', async () => {
    const stats = await statsAt(env.ctx, '2024-02-02', 'public');
    const { body } = await get('/en/');
    expect(body).toContain(`There are ${stats.count.toLocaleString('en')} political prisoners in Belarus`);
    expect(body).toContain('as of February 2, 2024');
    expect(body).toContain('href="digests/"');
    expect(body).toContain('href="report/"');
  });

  it('shows names in the script of the page language', async () => {
    expect((await get('/be/persons/p-luchynovich/')).body).toContain('<h1>Аляксандр Лучыновіч</h1>');
    expect((await get('/ru/persons/p-luchynovich/')).body).toContain('<h1>Александр Лучинович</h1>');
    const en = (await get('/en/persons/p-luchynovich/')).body;
    expect(en).toContain('<h1>Aliaksandr Luchynovich</h1>');
    expect(en).toContain('<span lang="be">Лучыновіч Аляксандр</span>');
    expect(en).toContain('Time served in total</dt><dd>1 year, 9 months, and 13 days');
    expect(en).toContain('Part 1 of Article 361-4');
  });

  it('filters the list by status and keeps the filter state in shareable links', async () => {
    const released = await env.ctx.store.read((r) => r.persons.count({ status: 'released', audience: 'public' }));
    const { body } = await get('/en/persons/released/');
    expect(body).toContain(released === 1 ? '1 person found' : `${released} people found`);
    const filtered = await get('/en/persons/?status=imprisoned&sex=female&sort=detention');
    expect(filtered.res.status).toBe(200);
    expect(filtered.body).toContain('<option value="female" selected>');
  });

  it('finds a person by name in another script', async () => {
    const { body } = await get(`/en/persons/?q=${encodeURIComponent('Лучинович')}`);
    expect(body).toContain('href="p-luchynovich/"');
  });

  it('serves chart CSV and SVG with the numbers of the table', async () => {
    const csv = await get('/en/figures/sex.csv');
    expect(csv.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toBe('label,value');
    const page = (await get('/en/figures/')).body;
    for (const line of lines.slice(1)) {
      const [label, value] = line.split(',');
      expect(page).toContain(
        `<tr><th scope="row">${label}</th><td class="num">${Number(value).toLocaleString('en')}</td></tr>`,
      );
    }
    const svg = await get('/ru/figures/count.svg');
    expect(svg.res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(svg.body.startsWith('<svg')).toBe(true);
    expect((await get('/en/figures/nonsense.csv')).res.status).toBe(404);
  });
});

describe('only public fields leave', () => {
  it('hides internal names, events, notes and people', async () => {
    const base = await getPerson(env.ctx, 'p-luchynovich');
    await updatePerson(
      env.ctx,
      base.id,
      {
        ...base,
        internalNote: 'SECRET-NOTE-1',
        names: [...base.names, { family: 'SECRETNAME', given: 'X', system: 'latn', visibility: 'internal' }],
        events: [
          ...base.events,
          { id: 'e-secret', kind: 'other', date: '2023-05-05', note: { en: 'SECRET-EVENT' }, visibility: 'internal' },
        ],
      },
      { actor: 'test' },
    );
    await createPerson(
      env.ctx,
      { id: 'p-hidden', names: [{ family: 'Hiddenperson', given: 'Y', system: 'latn' }], visibility: 'internal' },
      { actor: 'test' },
    );
    for (const lang of ['be', 'en']) {
      const page = (await get(`/${lang}/persons/p-luchynovich/`)).body;
      expect(page).not.toMatch(/SECRET/);
      expect((await get(`/${lang}/persons/?q=Hiddenperson`)).body).not.toContain('p-hidden');
    }
    expect((await get(`/en/persons/p-hidden/`)).res.status).toBe(404);
  });
});

describe('caching', () => {
  it('sends an ETag of the bytes (no Last-Modified), answers 304, and keeps the ETag while the bytes stay', async () => {
    const first = await get('/en/facilities/');
    const etag = first.res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.res.headers.get('last-modified')).toBeNull();
    const again = await get('/en/facilities/', { 'If-None-Match': etag! });
    expect(again.res.status).toBe(304);
    expect(again.body).toBe('');
    const since = await get('/en/facilities/', { 'If-Modified-Since': new Date(Date.now() + 1e9).toUTCString() });
    expect(since.res.status).toBe(200);
    expect((await get('/ru/facilities/', { 'If-None-Match': etag! })).res.status).toBe(200);
    await env.ctx.store.write((r) => r.meta.bumpDataVersion());
    const after = await get('/en/facilities/', { 'If-None-Match': etag! });
    expect(after.res.status).toBe(304);
    expect(after.res.headers.get('etag')).toBe(etag);
  });

  it('keys list pages on their query', async () => {
    const a = (await get('/en/persons/?sex=male')).res.headers.get('etag');
    const b = (await get('/en/persons/?sex=female')).res.headers.get('etag');
    expect(a).not.toBe(b);
  });
});
