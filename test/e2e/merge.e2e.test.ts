/**
 * Merging duplicates in the browser (Debian's chromium), in Belarusian and English: an
 * editor compares two records, keeps the other side's sex, merges without script; the old
 * public URL redirects to the survivor; Undo brings it back. (Axe needs script in the page, so
 * the context runs it; the merge pages themselves load none and the forms post plainly.) axe-core 0 violations on each
 * merge page; screenshots in test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium, listen } from './harness.js';
import { tempApp } from '../../src/testing/temp-app.js';
import { createHttpApp } from '../../src/http/app.js';
import { addUser } from '../../src/app/auth/users.js';
import { completeEnrolment, enrolmentOffer } from '../../src/app/auth/enrol.js';
import { totpCode } from '../../src/app/auth/totp.js';
import { writeRecord } from '../../src/app/record-writes.js';
import { Person } from '../../src/domain/record.js';

const SHOTS = join('test-output', 'screenshots');
const PASSWORD = 'lantern orchard quietly 7 hills';
let browser: Browser;
let base: string;
let stop: () => Promise<void>;
let cleanup: () => Promise<void>;
let clock = new Date('2024-02-02T12:00:00Z');
let secret = '';
let ctx: Awaited<ReturnType<typeof tempApp>>['ctx'];

async function person(id: string, extra: Record<string, unknown>): Promise<void> {
  const record = Person.parse({ id, events: [{ id: `e-${id}`, kind: 'detention', date: '2021-05-01' }], ...extra });
  await writeRecord(ctx, { type: 'person', id, record, baseRevisionId: null, actor: 'test', effect: 'allow' });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp();
  cleanup = t.cleanup;
  ctx = { ...t.ctx, now: () => clock };
  ({ base, close: stop } = await listen(createHttpApp(ctx).fetch, 'localhost'));
  browser = await launchChromium();
  const { link } = await addUser(ctx, { email: 'editor@example.org', role: 'editor', actor: 'test' });
  const s = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, s);
  await completeEnrolment(ctx, s, { password: PASSWORD, code: await totpCode(offer.totpSecret, clock) });
  secret = offer.totpSecret;
  for (const n of [1, 2]) {
    await person(`p-e${n}a`, {
      region: 'homiel',
      names: [{ family: 'Лосік', given: 'Ігар', system: 'be-cyrl', primary: true }],
    });
    await person(`p-e${n}b`, {
      region: 'homiel',
      sex: 'male',
      names: [
        { family: 'Лосик', given: 'Игорь', system: 'ru-cyrl', primary: true },
        { family: 'Losik', given: 'Ihar', system: 'latn', visibility: 'internal' },
      ],
    });
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stop?.();
  await cleanup?.();
});

async function axe(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, `merge-${name}.png`), fullPage: true });
}

describe('merging duplicates in the browser', () => {
  for (const [n, lang] of [
    [1, 'be'],
    [2, 'en'],
  ] as const) {
    it(`merges, redirects the old URL and undoes (${lang})`, async () => {
      clock = new Date(clock.getTime() + 31_000);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/staff/sign-in?lang=${lang}`);
      await page.fill('#email', 'editor@example.org');
      await page.fill('#password', PASSWORD);
      await page.fill('#code', await totpCode(secret, clock));
      await page.click('button[type=submit]');
      await page.goto(`${base}/staff/duplicates?lang=${lang}`);
      await axe(page, `duplicates-${lang}`);
      await page.goto(`${base}/staff/merge?a=p-e${n}a&b=p-e${n}b&lang=${lang}`);
      await axe(page, `compare-${lang}`);
      await page.check('#c-sex-from');
      await page.click('form.stack button[type=submit]');
      expect(page.url()).toMatch(/\/staff\/merges\/\d+/);
      await axe(page, `done-${lang}`);
      const old = await page.request.get(`${base}/${lang}/persons/p-e${n}b/`, { maxRedirects: 0 });
      expect(old.status()).toBe(301);
      await page.goto(`${base}/${lang}/persons/p-e${n}b/`);
      expect(new URL(page.url()).pathname).toBe(`/${lang}/persons/p-e${n}a/`);
      expect(await page.content()).not.toContain('Losik');
      await page.goBack();
      await page.goto(page.url());
      await page.click('main form button[type=submit]');
      await axe(page, `undone-${lang}`);
      const back = await page.request.get(`${base}/${lang}/persons/p-e${n}b/`, { maxRedirects: 0 });
      expect(back.status()).toBe(200);
      await context.close();
    }, 60_000);
  }
});
