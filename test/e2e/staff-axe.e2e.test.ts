/**
 * axe-core on every staff page (Debian's chromium): each role signs in and the test
 * follows every link under `/staff/` it is shown (GET only: no form is sent), on the demo
 * registry with its internal records, a pending proposal, a tip and a merge's page, in
 * Belarusian and English. Every page must answer 200 and have no axe violation; a link a
 * role is shown but may not open is a failure too. Screenshots of the first page of each
 * kind in test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium, listen } from './harness.js';
import { enrolStaff, signInPage } from './staff-users.js';
import { tempApp } from '../../src/testing/temp-app.js';
import { createHttpApp } from '../../src/http/app.js';
import { loadDemo } from '../../src/app/demo.js';
import { currentRecord, writeRecord } from '../../src/app/record-writes.js';
import { Person } from '../../src/domain/record.js';
import type { Role } from '../../src/domain/access.js';
import { dismissPair } from '../../src/app/duplicate-dismissals.js';

const SHOTS = join('test-output', 'screenshots');
/** Enough for every page kind (lists link many records of the same kind; see `kindOf`). */
const MAX_PAGES = 80;
let browser: Browser;
let base: string;
let stop: () => Promise<void>;
let cleanup: () => Promise<void>;
let clock = new Date();
let ctx: Awaited<ReturnType<typeof tempApp>>['ctx'];
const secrets = new Map<Role, string>();
const shot = new Set<string>();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp();
  cleanup = t.cleanup;
  ctx = { ...t.ctx, now: () => clock };
  await loadDemo(ctx, { synthetic: 8, internal: true, digests: true, today: clock.toISOString().slice(0, 10) });
  for (const role of ['editor', 'researcher', 'admin', 'viewer', 'tip_reviewer'] as const) {
    secrets.set(role, await enrolStaff(ctx, `${role}@example.org`, role, clock));
  }
  // A pending proposal, so the review pages have one to show.
  const current = await currentRecord(ctx, 'person', 'p-luchynovich');
  const record = Person.parse({ ...(current.record as Person), occupation: { en: 'Teacher' } });
  await writeRecord(ctx, {
    type: 'person',
    id: record.id,
    record,
    baseRevisionId: current.revisionId,
    actor: 'researcher@example.org',
    effect: 'propose',
    note: 'occupation from the court record',
  });
  // Two likely pairs, one judged different people, so the duplicates page shows both of its lists.
  for (const [id, family, given, system] of [
    ['p-axe-1', 'Лосік', 'Ігар', 'be-cyrl'],
    ['p-axe-2', 'Лосик', 'Игорь', 'ru-cyrl'],
    ['p-axe-3', 'Мароз', 'Алесь', 'be-cyrl'],
    ['p-axe-4', 'Мороз', 'Александр', 'ru-cyrl'],
  ] as const) {
    const twin = Person.parse({
      id,
      region: 'brest',
      names: [{ family, given, system, primary: true }],
      events: [{ id: `e-${id}`, kind: 'detention', date: '2021-01-01' }],
    });
    await writeRecord(ctx, { type: 'person', id, record: twin, baseRevisionId: null, actor: 'test', effect: 'allow' });
  }
  await dismissPair(ctx, 'p-axe-3', 'p-axe-4', { actor: 'editor@example.org', note: 'different fathers' });
  ({ base, close: stop } = await listen(createHttpApp(ctx).fetch, 'localhost'));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stop?.();
  await cleanup?.();
});

/** One page per kind is enough: `/staff/persons/p-1` and `/staff/persons/p-2` are one kind. */
function kindOf(path: string): string {
  return path
    .replace(/\?.*$/, '')
    .replace(/\/(p|f|s|e|c|d)-[^/]+/g, '/:id')
    .replace(/\/\d+/g, '/:n');
}

async function signIn(page: Page, role: Role, lang: string): Promise<void> {
  clock = new Date(clock.getTime() + 31_000);
  await signInPage(page, base, `${role}@example.org`, secrets.get(role)!, clock, lang);
  expect(new URL(page.url()).pathname).toBe('/staff/');
}

/** Staff links on the page, without sign-out, downloads and photos. */
async function staffLinks(page: Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs
    .map((h) => new URL(h, base))
    .filter((u) => u.origin === base && u.pathname.startsWith('/staff/'))
    .filter((u) => !/\/(sign-out|photos|files|assets)\b|\.(csv|json|jsonl)$/.test(u.pathname))
    .map((u) => u.pathname + u.search);
}

async function crawl(role: Role, lang: string): Promise<{ pages: string[]; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, role, lang);
  const seen = new Set<string>();
  const kinds = new Set<string>();
  const queue = [`/staff/?lang=${lang}`];
  const problems: string[] = [];
  while (queue.length > 0 && seen.size < MAX_PAGES) {
    const path = queue.shift()!;
    if (seen.has(path) || kinds.has(kindOf(path))) continue;
    seen.add(path);
    kinds.add(kindOf(path));
    const res = await page.goto(`${base}${path}`);
    if (res?.status() !== 200) problems.push(`${role} ${path}: status ${res?.status()}`);
    const result = await new AxeBuilder({ page }).analyze();
    for (const v of result.violations)
      problems.push(`${role} ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const name = `staff-${kindOf(path).replace(/[^a-z0-9]+/gi, '-')}-${lang}`;
    if (!shot.has(name)) {
      shot.add(name);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    }
    for (const link of await staffLinks(page)) if (!seen.has(link)) queue.push(link);
  }
  await context.close();
  return { pages: [...seen], problems };
}

describe('axe on every staff page', () => {
  for (const [role, lang] of [
    ['editor', 'be'],
    ['researcher', 'ru'],
    ['admin', 'en'],
    ['viewer', 'be'],
    ['tip_reviewer', 'en'],
  ] as const) {
    it(`${role} (${lang}): every page shown answers and has no violation`, async () => {
      const { pages, problems } = await crawl(role, lang);
      expect(problems).toEqual([]);
      expect(pages.length).toBeGreaterThan(role === 'editor' ? 10 : 3);
    }, 240_000);
  }
});
