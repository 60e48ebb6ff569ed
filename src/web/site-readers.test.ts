/**
 * The site as its readers need it (issue 12): folded filters, the "Other" status, the language
 * switch keeping filters, names surname first in the page language's order, the home search
 * box, digests linking people, facility pages with releases and pages, the mirror's name
 * index and its date, short facility labels on the chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from '../app/demo.js';
import { createPerson } from '../app/persons.js';
import { draftDigest, publishDigest } from '../app/digests.js';
import { createHttpApp } from '../http/app.js';
import type { Lang } from '../domain/record.js';
import { createSiteRoutes } from './site.js';

let app: Hono;
let mirror: Hono;
let cleanup: () => Promise<void>;
let digestId = '';

beforeAll(async () => {
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 120 });
  // In the registry, never detained: status "other"; and an internal person who must not show.
  await createPerson(
    t.ctx,
    { id: 'p-other-one', names: [{ family: 'Otherperson', given: 'Ona', system: 'latn' }] },
    { actor: 'test', note: 'no custody' },
  );
  await createPerson(
    t.ctx,
    {
      id: 'p-other-hidden',
      names: [{ family: 'Hiddenother', given: 'Ina', system: 'latn' }],
      visibility: 'internal',
    },
    { actor: 'test', note: 'internal' },
  );
  const draft = await draftDigest(t.ctx, { kind: 'releases', month: '2024-01', lang: 'en' }, { actor: 'editor' });
  digestId = draft.digest.id;
  await publishDigest(t.ctx, digestId, { acknowledgeWarnings: true }, { actor: 'editor' });
  app = createHttpApp(t.ctx);
  mirror = createSiteRoutes(t.ctx, { mode: 'mirror' });
}, 120_000);
afterAll(() => cleanup());

async function page(path: string, on: Hono = app): Promise<string> {
  const res = await on.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

/** The names of the list's rows, in order (the row headers' link texts). */
function rowNames(body: string): string[] {
  return [...body.matchAll(/<th scope="row"><a href="[^"]*">(?:<span lang="[^"]*">)?([^<]+)/g)].map((m) => m[1]!);
}

describe('the list of people', () => {
  it('folds its filters into a <details> that says how many are set', async () => {
    const plain = await page('/en/persons/');
    expect(plain).toMatch(
      /<details class="filters-fold"><summary>Search and filters<\/summary>\s*<form class="filters"/,
    );
    expect(plain).not.toMatch(/<details class="filters-fold" open/);
    const filtered = await page('/en/persons/?region=brest&sex=female');
    expect(filtered).toContain('<summary>Search and filters (2 set)</summary>');
  });

  it('filters by the status "Other" and explains it', async () => {
    const body = await page('/en/persons/?status=other');
    expect(body).toContain('<option value="other" selected>Other (not counted)</option>');
    expect(body).toContain('People with the status “Other”: In the registry but not counted');
    expect(rowNames(body)).toContain('Otherperson Ona');
    expect(body).not.toContain('Hiddenother');
    for (const name of rowNames(await page('/en/persons/released/'))) expect(name).not.toBe('Otherperson Ona');
  });

  it('keeps the filters when the language is switched', async () => {
    const body = await page('/en/persons/?region=brest&sex=female');
    expect(body).toContain('href="../../be/persons/?region=brest&amp;sex=female" hreflang="be"');
    expect(body).toContain('href="../../ru/persons/?region=brest&amp;sex=female" hreflang="ru"');
  });

  it.each(['be', 'ru', 'en'] as const)(
    'shows names surname first, neighbours in the %s collation',
    async (lang: Lang) => {
      const body = await page(`/${lang}/persons/released/`);
      const names = rowNames(body);
      expect(names.length).toBeGreaterThan(20);
      const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
      for (let i = 1; i < names.length; i++) {
        expect(collator.compare(names[i - 1]!, names[i]!), `${names[i - 1]} before ${names[i]}`).toBeLessThanOrEqual(0);
      }
      // Surname first: the demo's Zinaida Mikhniuk is listed as "Mikhniuk Zinaida" (in the page's script).
      const mikhniuk = { be: 'Міхнюк Зінаіда', ru: 'Михнюк Зинаида', en: 'Mikhniuk Zinaida' }[lang];
      expect(body).toContain(`>${mikhniuk}</a>`);
    },
  );
});

describe('the home page', () => {
  it('has a search box that searches the list; the mirror links to its name index instead', async () => {
    const body = await page('/ru/');
    expect(body).toMatch(/<form class="home-search" role="search" method="get" action="persons\/">/);
    expect(body).toContain('<input id="home-q" name="q" type="search"');
    const found = await page('/ru/persons/?q=%D0%9C%D1%96%D1%85%D0%BD%D1%8E%D0%BA');
    expect(rowNames(found)).toContain('Михнюк Зинаида');
    const copy = await page('/ru/', mirror);
    expect(copy).not.toContain('home-search');
    expect(copy).toContain('href="persons/names/index.html">Люди по фамилии (А–Я)</a>');
  });
});

describe('digests', () => {
  it('link each person with a public page to it', async () => {
    const body = await page(`/en/digests/${digestId}/`);
    expect(body).toContain('<h2><a href="../../persons/p-luchynovich/">');
    expect(body).toContain('<h2><a href="../../persons/p-mikhniuk/">');
  });
});

describe('facility pages', () => {
  it('list the people released from the facility', async () => {
    // Zinaida Mikhniuk was released from Homieĺ colony No. 4 without a recorded placement there.
    const body = await page('/en/facilities/f-ik-4-homiel/');
    const released = body.slice(body.indexOf('id="released"'), body.indexOf('id="before"'));
    expect(released).toContain('Released from here');
    expect(released).toContain('>Mikhniuk Zinaida</a>');
  });

  it('are paginated, a page past the end is a 404 linking to the last', async () => {
    const first = await page('/en/facilities/f-ik-4-homiel/');
    expect(first).not.toContain('class="pagination"'); // the demo's facilities fit on one page
    const past = await app.request('/en/facilities/f-ik-4-homiel/page/2/');
    expect(past.status).toBe(404);
    expect(await past.text()).toContain('href="../../"');
  });
});

describe('the name index', () => {
  it.each([
    ['be', 'М', '41c', 'Міхнюк Зінаіда'],
    ['ru', 'М', '41c', 'Михнюк Зинаида'],
    ['en', 'M', '4d', 'Mikhniuk Zinaida'],
  ] as const)('in %s has the letter %s with its people, surname first', async (lang, letter, slug, name) => {
    const index = await page(`/${lang}/persons/names/`, mirror);
    expect(index).toContain(`href="${slug}/index.html"`);
    const body = await page(`/${lang}/persons/names/${slug}/`, mirror);
    expect(body).toContain(`>${letter}</a>`);
    const names = [...body.matchAll(/<li><a href="\.\.\/\.\.\/p-[^"]*">(?:<span lang="[^"]*">)?([^<]+)/g)].map(
      (m) => m[1]!,
    );
    expect(names).toContain(name);
    expect(names.every((n) => n.toLocaleUpperCase(lang).startsWith(letter))).toBe(true);
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    for (let i = 1; i < names.length; i++) expect(collator.compare(names[i - 1]!, names[i]!)).toBeLessThanOrEqual(0);
    expect(body).not.toContain('Hiddenother');
  });

  it('says on every mirror page when the copy was made', async () => {
    for (const path of [
      '/',
      '/en/',
      '/be/persons/names/',
      '/ru/facilities/f-ik-4-homiel/',
      `/en/digests/${digestId}/`,
    ]) {
      const res = await mirror.request(path);
      if (res.status !== 200) continue; // digests are not part of the bare site routes
      const body = await res.text();
      expect(body, path).toMatch(/class="note mirror-made">[^<]*(2024|2\.|February)/);
    }
    expect(await page('/en/')).not.toContain('mirror-made');
  });
});

describe('the facility chart', () => {
  it('has short labels with the full names in its table', async () => {
    const svg = await page('/en/figures/facility.svg');
    expect(svg).toMatch(/>IK-\d+ [A-ZŁ][^<]*<\/text>/);
    expect(svg).not.toContain('Correctional colony No.');
    const csv = await page('/en/figures/facility.csv');
    expect(csv).toContain('Correctional colony No.');
  });

  it('draws text of at least 12 px on a 390 px phone (400 px wide, 14 px text, about 358 px shown)', async () => {
    const svg = await page('/en/figures/facility.svg');
    const width = Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)px"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    const shown = Math.min(width, 390 - 32);
    expect(Math.min(...sizes) * (shown / width)).toBeGreaterThanOrEqual(12);
  });
});
