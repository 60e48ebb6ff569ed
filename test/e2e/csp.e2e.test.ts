/**
 * The Content-Security-Policy blocks nothing the site loads: every kind of page opens in
 * chromium with the server's real headers, its stylesheet and charts load and apply, and
 * the browser reports no CSP violation and no failed request. (JavaScript is disabled as
 * in `site.e2e.test.ts`; the policy allows no script anyway, but for the report form's own,
 * which `report.e2e.test.ts` runs under it.)
 *
 * Chromium: /usr/bin/chromium or CHROMIUM_PATH.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, listen } from './harness.js';
import { type Browser, type BrowserContext } from 'playwright-core';
import { tempApp } from '../../src/testing/temp-app.js';
import { loadDemo } from '../../src/app/demo.js';
import { createHttpApp } from '../../src/http/app.js';
import { CONTENT_SECURITY_POLICY, REPORT_CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';

/** What the test reads of the page's window (the project's types have no DOM). */
interface BrowserWindow {
  getComputedStyle(element: unknown): { margin: string };
}

let browser: Browser;
let context: BrowserContext;
let stop: (() => Promise<void>) | undefined;
let base: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 30 });
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

const PAGES = [
  '/en/',
  '/be/persons/',
  '/ru/persons/?status=released&sex=female',
  '/en/persons/p-mikhniuk/',
  '/en/facilities/',
  '/en/articles/',
  '/ru/figures/',
  '/en/figures/upcoming/',
  '/en/figures/birthdays/',
  '/be/digests/',
  '/en/data/',
  '/en/report/',
  '/en/nowhere/',
];

describe('the Content-Security-Policy', () => {
  it.each(PAGES)('blocks nothing %s loads', async (path) => {
    const page = await context.newPage();
    const problems: string[] = [];
    const loaded: string[] = [];
    page.on('console', (msg) => {
      // A 404 (the page itself, or a favicon the browser asks for) is not a policy problem;
      // the page's own resources are checked by status below.
      const text = msg.text();
      if (/Failed to load resource: the server responded with a status of 404/.test(text)) return;
      if (msg.type() === 'error' || /Content.Security.Policy/i.test(text)) problems.push(`console: ${text}`);
    });
    page.on('requestfailed', (req) => problems.push(`failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
    page.on('response', (res) => {
      if (res.status() >= 400 && res.url() !== base + path) problems.push(`${res.status()}: ${res.url()}`);
      else loaded.push(new URL(res.url()).pathname);
    });
    try {
      const res = await page.goto(base + path, { waitUntil: 'load' });
      // The report form alone may run the site's own script (its proof of work, `report.e2e.test.ts`).
      expect(res?.headers()['content-security-policy']).toBe(
        path === '/en/report/' ? REPORT_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
      );
      expect(loaded, path).toContain('/assets/site.css');
      // The stylesheet applies (a blocked one would leave the browser's default margin).
      const margin = await page
        .locator('body')
        .evaluate((b) => (globalThis as unknown as BrowserWindow).getComputedStyle(b).margin);
      expect(margin, path).not.toBe('8px');
      if (path.endsWith('/figures/')) {
        expect(
          loaded.some((p) => p.endsWith('.svg')),
          path,
        ).toBe(true);
        const widths = await page
          .locator('main img[src$=".svg"]')
          .evaluateAll((imgs) => imgs.map((i) => (i as unknown as { naturalWidth: number }).naturalWidth));
        expect(widths.length, path).toBeGreaterThan(0);
        for (const w of widths) expect(w, path).toBeGreaterThan(0);
      }
      expect(problems, path).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
