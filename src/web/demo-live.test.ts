/**
 * The demo as `npm start` loads it: generated as of today, with digests published, so that
 * a fresh start looks like a living registry. Today is passed explicitly (the clock of the
 * temp app), so the test does not depend on the real date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { loadDemo } from '../app/demo.js';
import { DEMO_INTERNAL_MARK } from '../demo/internal.js';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';

const TODAY = '2026-12-03';
let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
let digests: string[];

beforeAll(async () => {
  env = await tempApp(new Date(`${TODAY}T12:00:00Z`));
  digests = (await loadDemo(env.ctx, { synthetic: 300, today: TODAY, digests: true, internal: true })).digests;
  app = createHttpApp(env.ctx);
}, 120_000);
afterAll(() => env.cleanup());

async function page(path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe('the demo relative to today', () => {
  it('publishes the January 2024 digest and last month’s, in three languages', () => {
    expect(digests.filter((id) => id.includes('2024-01'))).toHaveLength(3);
    expect(digests.filter((id) => id.includes('2026-11'))).toHaveLength(3);
  });

  it('shows recent releases and a feed dated now, not 1970', async () => {
    const home = await page('/en/');
    const released = /(\d+) political prisoners? released in November 2026/.exec(home);
    expect(Number(released?.[1])).toBeGreaterThan(0);
    const feed = await page('/en/digests/feed.xml');
    expect(feed).toContain('<entry>');
    expect(feed).not.toContain('1970-01-01');
    expect(feed).toContain('2026-12-03');
  });

  it('marks fictional people in the digest and on the lists, and keeps the real people as they are', async () => {
    const index = await page('/en/digests/');
    const link = /href="([^"]*2026-11[^"]*)"/.exec(index)?.[1];
    expect(link).toBeDefined();
    const digest = await page(`/en/digests/${link!.replace(/^.*digests\//, '')}`);
    expect(digest).toContain('(a fictional person, generated demonstration data)');
    const real = await page('/en/persons/p-luchynovich/');
    expect(real).not.toContain('fictional');
    const list = await page('/en/persons/');
    expect(list).toContain('<span class="fictional">(fictional person)</span>');
  });

  it('keeps the internal demo records off public pages and downloads', async () => {
    for (const path of ['/en/', '/en/persons/', '/en/facilities/', '/ru/figures/birthdays/', '/be/letters/']) {
      expect(await page(path), path).not.toContain(DEMO_INTERNAL_MARK);
    }
    const data = await (await app.request('/data/registry.json')).text();
    expect(data).not.toContain(DEMO_INTERNAL_MARK);
    expect(await (await app.request('/data/letters.csv')).text()).not.toContain(DEMO_INTERNAL_MARK);
  });
});
