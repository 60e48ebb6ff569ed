/**
 * Browser tests of the report form's proof of work (Debian's chromium, playwright-core):
 * with JavaScript the page's script does no work while the page loads and finds the nonce
 * once the sender types, under the page's CSP, and the tip is taken; a form sent before the nonce is found says it is
 * preparing and goes once it is; without JavaScript the form sent at once gets the wait
 * message with the input kept, and is taken when sent again after the (here short) wait.
 * axe-core checks the form (it needs JavaScript, so only with it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium, listen } from './harness.js';
import { tempApp } from '../../src/testing/temp-app.js';
import { createHttpApp } from '../../src/http/app.js';
import { addStaff, PASSPHRASE } from '../../src/testing/tips.js';
import { createTipKey } from '../../src/app/tips/reviewers.js';
import { listTips, showTip } from '../../src/app/tips/triage.js';
import { writeRecord } from '../../src/app/record-writes.js';
import { Person } from '../../src/domain/record.js';
import { REPORT_CONTENT_SECURITY_POLICY } from '../../src/http/security-headers.js';
import { POW_DIFFICULTY } from '../../src/http/proof-of-work.js';
import type { Principal } from '../../src/domain/access.js';

/** The wait without JavaScript, short for the test (the default is 30 s). */
const NO_JS_DELAY_MS = 3_000;

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let base: string;
let env: Awaited<ReturnType<typeof tempApp>>;
let reviewer: Principal;

beforeAll(async () => {
  env = await tempApp();
  reviewer = await addStaff(env.ctx, 'tip_reviewer', 'rev');
  await createTipKey(env.ctx, reviewer, PASSPHRASE);
  ({ base, close: stop } = await listen(
    createHttpApp(env.ctx, { proofOfWork: { noJsDelayMs: NO_JS_DELAY_MS } }).fetch,
  ));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stop?.();
  await env?.cleanup();
});

const tipCount = async () => (await listTips(env.ctx, reviewer)).length;

/** A page that records console errors (a CSP violation among them) and failed requests. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content.Security.Policy/i.test(msg.text())) problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (req) => problems.push(`failed: ${req.url()}`));
  return { page, problems };
}

async function fill(page: Page, who: string): Promise<void> {
  await page.fill('#who', who);
  await page.check('#kind-released');
  await page.fill('#where', 'Navapolack');
}

/** The receipt code, once the page showing it has loaded. */
async function receipt(page: Page): Promise<string | null> {
  const code = page.locator('.tip-receipt code');
  await code.waitFor({ timeout: 30_000 });
  return code.textContent();
}

/** The form's POST answer. */
const posted = (res: { request(): { method(): string } }) => res.request().method() === 'POST';

const field = (page: Page, name: string) => page.locator(`input[name="${name}"]`).inputValue();

async function accessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

describe('with JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(() => context.close());

  it('spends nothing while the page loads, finds the nonce once the sender types, under the page’s CSP, and the tip is taken', async () => {
    const { page, problems } = await watchedPage(context);
    // Counts WebCrypto's digests: the search issues its first ones as soon as it starts.
    await page.addInitScript(() => {
      const g = globalThis as unknown as {
        crypto: { subtle: { digest: (...a: unknown[]) => Promise<unknown> } };
        digests: number;
      };
      const digest = g.crypto.subtle.digest.bind(g.crypto.subtle);
      g.digests = 0;
      g.crypto.subtle.digest = (...args: unknown[]) => {
        g.digests++;
        return digest(...args);
      };
    });
    const before = await tipCount();
    const res = await page.goto(`${base}/en/report/`, { waitUntil: 'load' });
    expect(res?.headers()['content-security-policy']).toBe(REPORT_CONTENT_SECURITY_POLICY);
    expect(await page.evaluate(() => (globalThis as unknown as { digests: number }).digests)).toBe(0);
    const started = Date.now();
    await fill(page, 'Ales Example');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: { forms: Array<{ nonce: { value: string } }> } }).document.forms[0]!.nonce
          .value !== '',
      undefined,
      { timeout: 30_000 },
    );
    const ms = Date.now() - started;
    console.log(`report-pow.js: nonce for ${POW_DIFFICULTY} bits found ${ms} ms after the sender began typing`);
    expect(await page.evaluate(() => (globalThis as unknown as { digests: number }).digests)).toBeGreaterThan(0);
    expect(await page.locator('#pow-note').isHidden()).toBe(true);
    await accessible(page, 'report-js');
    const [sent] = await Promise.all([page.waitForResponse(posted), page.click('button[type="submit"]')]);
    expect(sent.status()).toBe(200);
    expect(await receipt(page)).toMatch(/^[0-9A-Z-]{39}$/);
    expect(await tipCount()).toBe(before + 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('offers public people by name as the sender types, and sends the chosen one’s id', async () => {
    for (const [id, family, visibility] of [
      ['p-e2e-named', 'Tsikavy', 'public'],
      ['p-e2e-hidden', 'Tsikavaja', 'internal'],
    ] as const) {
      const record = Person.parse({
        id,
        visibility,
        names: [{ family, given: 'Fictional', system: 'latn', primary: true }],
        events: [{ id: `e-${id}`, kind: 'detention', date: '2022-05-01' }],
      });
      await writeRecord(env.ctx, { type: 'person', id, record, baseRevisionId: null, actor: 'test', effect: 'allow' });
    }
    const { page, problems } = await watchedPage(context);
    await page.goto(`${base}/en/report/`);
    await page.locator('#who').pressSequentially('Tsikav', { delay: 20 });
    const offered = page.locator('#who-names-list button');
    await offered.first().waitFor({ timeout: 10_000 });
    expect(await offered.allTextContents()).toEqual(['Tsikavy Fictional']);
    expect(await page.locator('#who-names-status').textContent()).toContain('Is it one of these people');
    await accessible(page, 'report-names');
    await offered.first().click();
    expect(await page.locator('.tip-about').textContent()).toContain('About: Tsikavy Fictional');
    expect(await page.inputValue('#who')).toBe('Tsikavy Fictional');
    await page.check('#kind-released');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: { forms: Array<{ nonce: { value: string } }> } }).document.forms[0]!.nonce
          .value !== '',
      undefined,
      { timeout: 30_000 },
    );
    const [sent] = await Promise.all([page.waitForResponse(posted), page.click('button[type="submit"]')]);
    expect(sent.status()).toBe(200);
    await receipt(page);
    const [newest] = await listTips(env.ctx, reviewer);
    expect((await showTip(env.ctx, reviewer, newest!.id)).submission.personId).toBe('p-e2e-named');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a form sent before the nonce is found says it is preparing, and goes once it is', async () => {
    const { page, problems } = await watchedPage(context);
    // Hold WebCrypto's digests until the test lets them go: the search cannot end before the click.
    await page.addInitScript(() => {
      const g = globalThis as unknown as {
        crypto: { subtle: { digest: (...a: unknown[]) => Promise<unknown> } };
        powGate: Promise<void>;
        openPowGate: () => void;
      };
      const digest = g.crypto.subtle.digest.bind(g.crypto.subtle);
      g.powGate = new Promise<void>((resolve) => (g.openPowGate = resolve));
      g.crypto.subtle.digest = (...args: unknown[]) => g.powGate.then(() => digest(...args));
    });
    const before = await tipCount();
    await page.goto(`${base}/ru/report/`);
    await fill(page, 'Алесь Прыклад');
    expect(await field(page, 'nonce')).toBe('');
    await page.click('button[type="submit"]');
    await expect
      .poll(() => page.locator('#pow-status').textContent())
      .toBe('Готовим сообщение к отправке… Это займёт несколько секунд.');
    expect(await page.locator('button[type="submit"]').getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('.tip-receipt').count()).toBe(0);
    expect(await tipCount()).toBe(before);
    const [sent] = await Promise.all([
      page.waitForResponse(posted, { timeout: 30_000 }),
      page.evaluate(() => (globalThis as unknown as { openPowGate: () => void }).openPowGate()),
    ]);
    expect(sent.status()).toBe(200);
    expect(await receipt(page)).toMatch(/^[0-9A-Z-]{39}$/);
    expect(await tipCount()).toBe(before + 1);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(() => context.close());

  it('a form sent at once gets the wait in the page’s language with the input kept, and is taken after it', async () => {
    const { page, problems } = await watchedPage(context);
    const before = await tipCount();
    await page.goto(`${base}/be/report/`);
    expect(await page.locator('#pow-note').textContent()).toContain(
      'Без JavaScript паведамленне можна даслаць праз 3 секунды',
    );
    await fill(page, 'Алесь Прыклад');
    const token = await field(page, 'pow');
    const sentAt = Date.now();
    const [early] = await Promise.all([page.waitForResponse(posted), page.click('button[type="submit"]')]);
    expect(early.status()).toBe(429);
    const alert = (await page.locator('[role="alert"]').textContent()) ?? '';
    expect(alert).toMatch(/Пачакайце [1-3] секунд(у|ы) і дашліце яго зноў\./);
    expect(await page.locator('#who').inputValue()).toBe('Алесь Прыклад');
    expect(await page.locator('#kind-released').isChecked()).toBe(true);
    expect(await field(page, 'pow')).toBe(token);
    expect(await tipCount()).toBe(before);
    await page.waitForTimeout(Math.max(0, NO_JS_DELAY_MS + 500 - (Date.now() - sentAt)));
    const [taken] = await Promise.all([page.waitForResponse(posted), page.click('button[type="submit"]')]);
    expect(taken.status()).toBe(200);
    expect(await receipt(page)).toMatch(/^[0-9A-Z-]{39}$/);
    expect(await tipCount()).toBe(before + 1);
    expect(problems.filter((p) => !/status of 429/.test(p))).toEqual([]);
    await page.close();
  });
});
