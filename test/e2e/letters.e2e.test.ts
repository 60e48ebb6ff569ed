/**
 * Browser tests of the letters pages (issue 12): the letters guide, "write to" on a person
 * page, the birthdays calendar and its envelope print view, in each language, with Debian's
 * chromium. Pages are read with JavaScript disabled (the site has none); axe-core runs in a
 * second context with JavaScript on (and the CSP bypassed to inject it) and must find no
 * violations. Screenshots go to test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, listen } from './harness.js';
import axe from 'axe-core';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tempApp } from '../../src/testing/temp-app.js';
import { loadDemo } from '../../src/app/demo.js';
import { createHttpApp } from '../../src/http/app.js';
import { LANGS, type Lang } from '../../src/domain/record.js';
import { createTranslator } from '../../src/i18n/index.js';

const SHOTS = join('test-output', 'screenshots');
const TODAY = '2024-02-02';

let browser: Browser;
let plain: BrowserContext;
let scripted: BrowserContext;
let stop: (() => Promise<void>) | undefined;
let base: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp(new Date(`${TODAY}T12:00:00Z`));
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 150, today: TODAY, internal: true });
  ({ base, close: stop } = await listen(createHttpApp(t.ctx).fetch));
  browser = await launchChromium();
  plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 800 } });
  scripted = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await plain?.close();
  await scripted?.close();
  await browser?.close();
  await stop?.();
  await cleanup?.();
});

async function open(page: Page, path: string, lang: Lang): Promise<void> {
  const res = await page.goto(base + path);
  expect(res?.status(), `GET ${path}`).toBe(200);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect(await page.locator('script').count()).toBe(0);
}

/** axe-core on the page at a phone's width: no violations. */
async function expectAccessible(path: string): Promise<void> {
  const page = await scripted.newPage();
  try {
    await page.goto(base + path);
    await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(async () => {
      // No DOM types in this project: reach the page's globals through globalThis.
      const page = globalThis as unknown as { axe: typeof axe; document: unknown };
      const r = await page.axe.run(page.document as never);
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(result, path).toEqual([]);
  } finally {
    await page.close();
  }
}

describe.each(LANGS)('letters pages in %s', (lang) => {
  const t = createTranslator(lang);

  it('the letters guide is in the navigation and tells how to write', async () => {
    const page = await plain.newPage();
    await open(page, `/${lang}/`, lang);
    await page
      .locator('header nav')
      .getByRole('link', { name: t('nav.letters') })
      .click();
    expect(new URL(page.url()).pathname).toBe(`/${lang}/letters/`);
    expect(await page.locator('h1').innerText()).toBe(t('letters.title'));
    for (const key of ['letters.censorshipTitle', 'letters.encloseTitle', 'letters.timeTitle'] as const) {
      await expect.poll(() => page.getByRole('heading', { name: t(key) }).count()).toBe(1);
    }
    await page.screenshot({ path: join(SHOTS, `letters-guide-${lang}.png`), fullPage: true });
    await page.close();
    await expectAccessible(`/${lang}/letters/`);
  });

  it('birthdays list the next 60 days with age and address; a person page has the envelope', async () => {
    const page = await plain.newPage();
    await open(page, `/${lang}/figures/birthdays/`, lang);
    expect(await page.locator('h1').innerText()).toBe(t('birthdays.title'));
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const first = await rows.first().innerText();
    expect(first).not.toMatch(/\b20\d\d\b/);
    expect(first).toContain('г.');
    await page.screenshot({ path: join(SHOTS, `birthdays-${lang}.png`), fullPage: true });
    await rows.first().locator('a').first().click();
    const envelope = page.locator('address.envelope');
    await expect.poll(() => envelope.count()).toBe(1);
    expect(await envelope.getAttribute('lang')).toBe('ru');
    expect(await envelope.innerText()).toMatch(/^Кому: .+, \d{4} г\. р\.\nКуда: /);
    await page.screenshot({ path: join(SHOTS, `write-to-${lang}.png`), fullPage: true });
    const personPath = new URL(page.url()).pathname;
    await page.close();
    await expectAccessible(`/${lang}/figures/birthdays/`);
    await expectAccessible(personPath);
  });

  it('the envelope view prints envelopes only, without the site header', async () => {
    const page = await plain.newPage();
    await open(page, `/${lang}/figures/birthdays/envelopes/`, lang);
    expect(await page.locator('ul.envelopes > li').count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('address.envelope').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, `envelopes-print-${lang}.png`), fullPage: true });
    await page.close();
    await expectAccessible(`/${lang}/figures/birthdays/envelopes/`);
  });
});
