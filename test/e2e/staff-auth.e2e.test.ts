/**
 * Browser tests of staff sign-in (Debian's chromium, playwright-core): enrolment,
 * sign-in with TOTP, a replayed code refused, sign-out, idle expiry, a revoked
 * session refused, a researcher refused an admin page, a cross-site form refused.
 * The server runs in-process over a temp SQLite file with a clock the test moves.
 * axe-core checks every staff page; screenshots go to test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, listen } from './harness.js';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { tempApp } from '../../src/testing/temp-app.js';
import { createHttpApp } from '../../src/http/app.js';
import { addUser } from '../../src/app/auth/users.js';
import { completeEnrolment, enrolmentOffer } from '../../src/app/auth/enrol.js';
import { totpCode } from '../../src/app/auth/totp.js';
import { SESSION_IDLE_MS } from '../../src/domain/credentials.js';

const SHOTS = join('test-output', 'screenshots');
const PASSWORD = 'lantern orchard quietly 7 hills';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let stopEvil: (() => Promise<void>) | undefined;
let base: string;
let evilBase: string;
let cleanup: () => Promise<void>;
let clock = new Date('2024-02-02T12:00:00Z');
const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));
let ctx: Awaited<ReturnType<typeof tempApp>>['ctx'];
let editorSecret = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp();
  cleanup = t.cleanup;
  ctx = { ...t.ctx, now: () => clock };
  ({ base, close: stop } = await listen(createHttpApp(ctx).fetch, 'localhost'));
  const evilPage = `<!doctype html><html lang="en"><title>Elsewhere</title><form method="post" action="${base}/staff/sign-out"><button>Win a prize</button></form></html>`;
  ({ base: evilBase, close: stopEvil } = await listen(
    () => new Response(evilPage, { headers: { 'content-type': 'text/html' } }),
    'localhost',
  ));
  browser = await launchChromium();
  // A researcher enrolled without the browser, for the refusal test.
  const { link } = await addUser(ctx, { email: 'researcher@example.org', role: 'researcher', actor: 'test' });
  const secret = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, secret);
  await completeEnrolment(ctx, secret, { password: PASSWORD, code: await totpCode(offer.totpSecret, clock) });
  researcherSecret = offer.totpSecret;
  tick(31_000);
});
let researcherSecret = '';

afterAll(async () => {
  await browser?.close();
  await stop?.();
  await stopEvil?.();
  await cleanup?.();
});

async function axe(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, `staff-${name}.png`), fullPage: true });
}

async function signIn(page: Page, email: string, secret: string, lang = 'en'): Promise<void> {
  await page.goto(`${base}/staff/sign-in?lang=${lang}`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.fill('#code', await totpCode(secret, clock));
  await page.click('button[type=submit]');
}

/** The text of the first element matching `selector` contains `text`. */
async function contains(page: Page, selector: string, text: string): Promise<void> {
  expect((await page.locator(selector).first().textContent()) ?? '').toContain(text);
}
async function hasText(page: Page, selector: string, text: string): Promise<void> {
  expect(((await page.locator(selector).first().textContent()) ?? '').trim()).toBe(text);
}

const fresh = (): Promise<BrowserContext> => browser.newContext({ viewport: { width: 1024, height: 800 } });

describe('staff sign-in in the browser', () => {
  it('enrols through the one-time link: password, authenticator, recovery codes', async () => {
    const { link } = await addUser(ctx, { email: 'editor@example.org', role: 'editor', actor: 'test' });
    const context = await fresh();
    const page = await context.newPage();
    await page.goto(`${base}${link}?lang=be`);
    await axe(page, 'enrol-be');
    editorSecret = ((await page.textContent('code.secret')) ?? '').replace(/\s/g, '');
    await page.fill('#password', PASSWORD);
    await page.fill('#password2', PASSWORD);
    await page.fill('#code', await totpCode(editorSecret, clock));
    await page.click('button[type=submit]');
    await hasText(page, 'h1', 'Уліковы запіс гатовы');
    expect(await page.locator('ul.codes li').count()).toBe(10);
    await axe(page, 'recovery-codes-be');
    await page.goto(`${base}${link}?lang=en`);
    await contains(page, '[role=alert]', 'This enrolment link is not valid any more');
    await context.close();
    tick(31_000);
  });

  it('signs in with TOTP, refuses the same code again, and signs out', async () => {
    const context = await fresh();
    const page = await context.newPage();
    await page.goto(`${base}/staff/sign-in?lang=ru`);
    await axe(page, 'sign-in-ru');
    await signIn(page, 'editor@example.org', editorSecret);
    await contains(page, 'main', 'Signed in as editor@example.org (editor).');
    await axe(page, 'home-en');
    await page.click('text=Sign out');
    await hasText(page, 'h1', 'Sign in');
    await signIn(page, 'editor@example.org', editorSecret); // same 30-second step: the code was used
    await contains(page, '[role=alert]', 'The email, password or code is not right');
    await context.close();
  });

  it('ends an idle session', async () => {
    tick(31_000);
    const context = await fresh();
    const page = await context.newPage();
    await signIn(page, 'editor@example.org', editorSecret);
    await contains(page, 'main', 'Signed in as');
    tick(SESSION_IDLE_MS + 1000);
    await page.goto(`${base}/staff/?lang=en`);
    await contains(page, '[role=alert]', 'Sign in to see this page.');
    await context.close();
  });

  it('a session ended from another browser is refused', async () => {
    tick(31_000);
    const a = await fresh();
    const pageA = await a.newPage();
    await signIn(pageA, 'editor@example.org', editorSecret);
    tick(31_000);
    const b = await fresh();
    const pageB = await b.newPage();
    await signIn(pageB, 'editor@example.org', editorSecret);
    await contains(pageB, 'main', 'Signed in as');
    await pageA.goto(`${base}/staff/sessions?lang=en`);
    await axe(pageA, 'sessions-en');
    // The newest active session other than this browser is B's.
    const row = pageA.locator('tbody tr', { hasNotText: 'this browser' }).filter({ hasText: 'active' }).first();
    await row.locator('button').click();
    await pageB.goto(`${base}/staff/?lang=en`);
    await contains(pageB, '[role=alert]', 'Sign in to see this page.');
    await pageA.goto(`${base}/staff/?lang=en`);
    await contains(pageA, 'main', 'Signed in as');
    await a.close();
    await b.close();
  });

  it('refuses a researcher the admin pages', async () => {
    const context = await fresh();
    const page = await context.newPage();
    await signIn(page, 'researcher@example.org', researcherSecret);
    await contains(page, 'main', 'Signed in as researcher@example.org (researcher).');
    const res = await page.goto(`${base}/staff/users?lang=en`);
    expect(res?.status()).toBe(403);
    await contains(page, '[role=alert]', 'Your role (researcher) may not open this page.');
    await axe(page, 'forbidden-en');
    await context.close();
  });

  it('refuses a form posted from another site, and the session stays', async () => {
    tick(31_000);
    const context = await fresh();
    const page = await context.newPage();
    await signIn(page, 'editor@example.org', editorSecret);
    await contains(page, 'main', 'Signed in as');
    await page.goto(evilBase);
    const [response] = await Promise.all([page.waitForNavigation(), page.click('button')]);
    expect(response?.status()).toBe(403);
    await contains(page, '[role=alert]', 'came from another site');
    await page.goto(`${base}/staff/?lang=en`);
    await contains(page, 'main', 'Signed in as');
    await context.close();
  });
});
