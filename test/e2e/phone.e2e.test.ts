/**
 * The public site on a phone (390×844, Debian's chromium): every kind of
 * page in every language fits the width (nothing scrolls sideways), the header takes at
 * most 120 px, axe-core finds no violations, the list's first result is on the first screen
 * (its filters are folded away), and chart text is at least 12 px as shown. Screenshots go
 * to a temp artifacts folder (printed at the end; E2E_ARTIFACTS picks another).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, listen } from './harness.js';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tempApp } from '../../src/testing/temp-app.js';
import { loadDemo } from '../../src/app/demo.js';
import { draftDigest, publishDigest } from '../../src/app/digests.js';
import { createHttpApp } from '../../src/http/app.js';
import { LANGS, type Lang } from '../../src/domain/record.js';

const WIDTH = 390;
const HEIGHT = 844;
const ARTIFACTS = process.env.E2E_ARTIFACTS ?? mkdtempSync(join(tmpdir(), 'rollcall-e2e-phone-'));

let browser: Browser;
let context: BrowserContext;
let stop: (() => Promise<void>) | undefined;
let base: string;
let cleanup: () => Promise<void>;
const digestIds: Partial<Record<Lang, string>> = {};

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 80 });
  for (const lang of LANGS) {
    const draft = await draftDigest(t.ctx, { kind: 'releases', month: '2024-01', lang }, { actor: 'editor' });
    await publishDigest(t.ctx, draft.digest.id, { acknowledgeWarnings: true }, { actor: 'editor' });
    digestIds[lang] = draft.digest.id;
  }
  ({ base, close: stop } = await listen(createHttpApp(t.ctx).fetch));
  browser = await launchChromium();
  // The site sends no JavaScript (site.e2e checks it with JavaScript off); the measurements and axe-core need it on.
  context = await browser.newContext({
    javaScriptEnabled: true,
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stop?.();
  await cleanup?.();
  console.log(`phone screenshots: ${ARTIFACTS}`);
});

/** Every kind of page, as a path in `lang`. */
function pageKinds(lang: Lang): Array<[string, string]> {
  return [
    ['home', `/${lang}/`],
    ['persons', `/${lang}/persons/`],
    ['persons-filtered', `/${lang}/persons/?status=released&sex=female`],
    ['persons-other', `/${lang}/persons/?status=other`],
    ['persons-released-tab', `/${lang}/persons/released/`],
    ['person', `/${lang}/persons/p-mikhniuk/`],
    ['person-long', `/${lang}/persons/p-luchynovich/`],
    ['facilities', `/${lang}/facilities/`],
    ['facility', `/${lang}/facilities/f-ik-4-homiel/`],
    ['articles', `/${lang}/articles/`],
    ['article', `/${lang}/articles/342/`],
    ['figures', `/${lang}/figures/`],
    ['upcoming', `/${lang}/figures/upcoming/`],
    ['birthdays', `/${lang}/figures/birthdays/`],
    ['digests', `/${lang}/digests/`],
    ['digest', `/${lang}/digests/{digest}/`],
    ['report', `/${lang}/report/`],
    ['data', `/${lang}/data/`],
    ['names', `/${lang}/persons/names/`],
    ['names-letter', `/${lang}/persons/names/${lang === 'en' ? '4d' : '41c'}/`],
    ['not-found', `/${lang}/no-such-page/`],
  ];
}

async function measure(page: Page) {
  return page.evaluate(() => {
    interface Box {
      getBoundingClientRect(): { height: number };
    }
    const doc = (
      globalThis as unknown as {
        document: { querySelector(s: string): Box; scrollingElement: { scrollWidth: number } };
      }
    ).document;
    const header = doc.querySelector('header.site-header').getBoundingClientRect();
    return { scrollWidth: doc.scrollingElement.scrollWidth, header: header.height };
  });
}

describe.each(LANGS)('on a phone, in %s', (lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await context.newPage();
  });
  afterAll(() => page.close());

  it.each(pageKinds(lang))('%s: fits 390 px, header ≤ 120 px, no axe violations', async (kind, path) => {
    const res = await page.goto(base + path.replace('{digest}', digestIds[lang] ?? ''));
    expect(res?.status(), path).toBe(kind === 'not-found' ? 404 : 200);
    // No script on a public page, but the report form's own proof of work (`report.e2e.test.ts`).
    const scripts = await page.locator('script').evaluateAll((all) => all.map((s) => s.getAttribute('src')));
    expect(scripts, path).toEqual(kind === 'report' ? ['../../assets/report-pow.js'] : []);
    const { scrollWidth, header } = await measure(page);
    expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(WIDTH);
    expect(header, `${path} header height`).toBeLessThanOrEqual(120);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      path,
    ).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `${lang}-${kind}.png`), fullPage: true });
  });

  it('the list shows its first result on the first screen (filters folded)', async () => {
    await page.goto(`${base}/${lang}/persons/`);
    expect(await page.locator('details.filters-fold').getAttribute('open')).toBeNull();
    const first = await page.locator('main table tbody tr').first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + Math.min(first!.height, 40)).toBeLessThanOrEqual(HEIGHT);
    await page.screenshot({ path: join(ARTIFACTS, `${lang}-persons-first-screen.png`) });
  });

  it('chart text is at least 12 px as shown', async () => {
    for (const path of [`/${lang}/figures/`, `/${lang}/`]) {
      await page.goto(base + path);
      const charts = await page.$$eval('main img[src$=".svg"]', (imgs) =>
        imgs.map((img) => {
          const i = img as unknown as { src: string; naturalWidth: number; getBoundingClientRect(): { width: number } };
          return { src: i.src, natural: i.naturalWidth, shown: i.getBoundingClientRect().width };
        }),
      );
      expect(charts.length, path).toBeGreaterThan(0);
      for (const chart of charts) {
        const svg = await (await fetch(chart.src)).text();
        const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)px"/g)].map((m) => Number(m[1]));
        const scale = chart.shown / chart.natural;
        expect(Math.min(...sizes) * scale, `${chart.src} at ${chart.shown}/${chart.natural} px`).toBeGreaterThanOrEqual(
          12,
        );
      }
    }
  });
});
