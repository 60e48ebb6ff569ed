/**
 * Browser tests of the public site: Debian's chromium driven by playwright-core,
 * with JavaScript disabled (the site must work without it). The real server runs
 * in-process on a random loopback port over a temp SQLite file with the demo.
 * Each kind of page is opened in each language, the filters and the language
 * switch are used, visible text is checked, and screenshots are saved under
 * test-output/screenshots/.
 *
 * Chromium: /usr/bin/chromium (`.ci/run` installs it) or CHROMIUM_PATH.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, listen } from './harness.js';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tempApp } from '../../src/testing/temp-app.js';
import { loadDemo } from '../../src/app/demo.js';
import { createHttpApp } from '../../src/http/app.js';
import { LANGS, type Lang } from '../../src/domain/record.js';
import { createTranslator } from '../../src/i18n/index.js';

const SHOTS = join('test-output', 'screenshots');

let browser: Browser;
let context: BrowserContext;
let stop: (() => Promise<void>) | undefined;
let base: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 80 });
  ({ base, close: stop } = await listen(createHttpApp(t.ctx).fetch));
  browser = await launchChromium();
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stop?.();
  await cleanup?.();
});

/** Opens a path and checks what every page must have: 200, the language, a heading, no scripts. */
async function open(page: Page, path: string, lang: Lang): Promise<void> {
  const res = await page.goto(base + path);
  expect(res?.status(), `GET ${path}`).toBe(200);
  await expectPageBasics(page, lang);
}

async function expectPageBasics(page: Page, lang: Lang): Promise<void> {
  const t = createTranslator(lang);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  await expect.poll(() => page.locator('h1').first().innerText()).not.toBe('');
  expect((await page.title()).trim()).not.toBe('');
  expect(await page.locator('script').count()).toBe(0);
  const nav = await page.locator('header nav').first().innerText();
  expect(nav).toContain(t('nav.persons'));
  expect(nav).toContain(t('nav.figures'));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Absolute URLs of links inside <main> whose path matches `re`. */
async function mainLinks(page: Page, re: RegExp): Promise<string[]> {
  const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => (a as unknown as { href: string }).href));
  return hrefs.filter((h) => re.test(new URL(h).pathname));
}

async function apiTotal(query: string): Promise<number> {
  const res = await fetch(`${base}/api/v1/persons?${query}`);
  return ((await res.json()) as { total: number }).total;
}

describe.each(LANGS)('the site in %s', (lang) => {
  const t = createTranslator(lang);
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(() => page.close());

  it('home page', async () => {
    await open(page, `/${lang}/`, lang);
    await shot(page, `${lang}-home`);
    const links = await page.$$eval('header nav a[href]', (as) =>
      as.map((a) => (a as unknown as { href: string }).href),
    );
    expect(links.some((h) => h.endsWith(`/${lang}/persons/`))).toBe(true);
  });

  it('person list with filters', async () => {
    await open(page, `/${lang}/persons/`, lang);
    await shot(page, `${lang}-persons`);
    const all = await apiTotal('');
    await expect.poll(() => page.locator('main').innerText()).toContain(t('filter.found', { count: all }));

    // The filters are folded away (a <details>): closed at first, opened by its summary, no JavaScript.
    expect(await page.locator('select[name="status"]').isVisible()).toBe(false);
    await page.click('details.filters-fold > summary');
    await page.selectOption('select[name="status"]', 'released');
    await page.selectOption('select[name="sex"]', 'female');
    await Promise.all([page.waitForNavigation(), page.click(`form.filters button[type="submit"]`)]);
    const url = new URL(page.url());
    expect(url.searchParams.get('status')).toBe('released');
    expect(url.searchParams.get('sex')).toBe('female');
    await expectPageBasics(page, lang);
    const filtered = await apiTotal('status=released&sex=female');
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    expect(await page.locator('main').innerText()).toContain(t('filter.found', { count: filtered }));
    await page.click('details.filters-fold > summary');
    expect(await page.locator('select[name="sex"]').inputValue()).toBe('female');
    await shot(page, `${lang}-persons-filtered`);
  });

  it('name search, then the person page', async () => {
    // The home page's search box.
    await open(page, `/${lang}/`, lang);
    await page.fill('form.home-search input[name="q"]', 'Mikhniuk');
    await Promise.all([page.waitForNavigation(), page.click(`form.home-search button[type="submit"]`)]);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/persons/`);
    await expectPageBasics(page, lang);
    const hits = await mainLinks(page, /\/persons\/p-mikhniuk\/$/);
    expect(hits.length, 'search for Mikhniuk links to her page').toBeGreaterThan(0);
    await shot(page, `${lang}-persons-search`);

    await Promise.all([page.waitForNavigation(), page.click('main a[href*="p-mikhniuk"]')]);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/persons/p-mikhniuk/`);
    await expectPageBasics(page, lang);
    const h1 = await page.locator('h1').first().innerText();
    expect(h1).toMatch({ en: /Mikhniuk/, be: /Міхнюк/, ru: /Михнюк/ }[lang]);
    expect(await page.locator('main').innerText()).toContain(t('person.timeline'));
    await shot(page, `${lang}-person`);
  });

  it('language switch keeps the page', async () => {
    await open(page, `/${lang}/persons/p-mikhniuk/`, lang);
    for (const other of LANGS.filter((l) => l !== lang)) {
      await open(page, `/${lang}/persons/p-mikhniuk/`, lang);
      await Promise.all([page.waitForNavigation(), page.click(`nav.lang-switch a[hreflang="${other}"]`)]);
      expect(new URL(page.url()).pathname).toBe(`/${other}/persons/p-mikhniuk/`);
      await expectPageBasics(page, other);
      expect(await page.locator('nav.lang-switch [aria-current="true"]').getAttribute('lang')).toBe(other);
    }
  });

  it.each([
    ['facilities', /\/facilities\/f-[^/]+\/$/],
    ['articles', /\/articles\/\d[\d-]*\/$/],
  ] as const)('%s list and one detail page', async (section, detail) => {
    await open(page, `/${lang}/${section}/`, lang);
    await shot(page, `${lang}-${section}`);
    const links = await mainLinks(page, detail);
    expect(links.length, `${section} links to detail pages`).toBeGreaterThan(3);
    await open(page, new URL(links[0]!).pathname, lang);
    await shot(page, `${lang}-${section}-detail`);
  });

  it.each(['figures/', 'figures/upcoming/', 'figures/birthdays/', 'data/'])('%s', async (path) => {
    await open(page, `/${lang}/${path}`, lang);
    await shot(page, `${lang}-${path.replaceAll('/', '-').replace(/-$/, '') || 'home'}`);
  });

  it('figures have charts with a text alternative', async () => {
    await open(page, `/${lang}/figures/`, lang);
    const charts = page.locator('main svg, main img[src$=".svg"]');
    expect(await charts.count()).toBeGreaterThan(0);
    expect(await page.locator('main table').count()).toBeGreaterThan(0);
  });
});

describe('the root', () => {
  it('sends a visitor to the language they ask for', async () => {
    const ru = await browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU' });
    try {
      const page = await ru.newPage();
      await page.goto(`${base}/`);
      expect(new URL(page.url()).pathname).toBe('/ru/');
      await expectPageBasics(page, 'ru');
    } finally {
      await ru.close();
    }
  });

  it('serves unknown pages as 404', async () => {
    const page = await context.newPage();
    const res = await page.goto(`${base}/en/nowhere/`);
    expect(res?.status()).toBe(404);
    await page.close();
  });
});
