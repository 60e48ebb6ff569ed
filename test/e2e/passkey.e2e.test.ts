/**
 * Passkeys in the browser: a signed-in user adds a passkey on a virtual
 * authenticator (the DevTools protocol's WebAuthn domain through playwright-core's
 * CDP session), signs out, and signs in again with the passkey alone; a passkey
 * of another site's origin is not offered. Debian's chromium, axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, listen } from './harness.js';
import { type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { tempApp } from '../../src/testing/temp-app.js';
import { createHttpApp } from '../../src/http/app.js';
import { addUser } from '../../src/app/auth/users.js';
import { completeEnrolment, enrolmentOffer } from '../../src/app/auth/enrol.js';
import { totpCode } from '../../src/app/auth/totp.js';
import { recentAudit } from '../../src/app/audit.js';

const SHOTS = join('test-output', 'screenshots');
const PASSWORD = 'lantern orchard quietly 7 hills';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let base: string;
let cleanup: () => Promise<void>;
let ctx: Awaited<ReturnType<typeof tempApp>>['ctx'];
let totpSecret = '';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp(new Date());
  cleanup = t.cleanup;
  ctx = t.ctx;
  ({ base, close: stop } = await listen(createHttpApp(ctx).fetch, 'localhost'));
  browser = await launchChromium();
  const { link } = await addUser(ctx, { email: 'editor@example.org', role: 'editor', actor: 'test' });
  const secret = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, secret);
  totpSecret = offer.totpSecret;
  await completeEnrolment(ctx, secret, {
    password: PASSWORD,
    code: await totpCode(totpSecret, new Date(Date.now() - 30_000)),
  });
});

afterAll(async () => {
  await browser?.close();
  await stop?.();
  await cleanup?.();
});

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}

describe('passkeys', () => {
  it('adds a passkey, then signs in with it alone', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.goto(`${base}/staff/sign-in?lang=en`);
    await page.fill('#email', 'editor@example.org');
    await page.fill('#password', PASSWORD);
    await page.fill('#code', await totpCode(totpSecret, new Date()));
    await page.click('form button[type=submit]');
    expect(await text(page, 'main')).toContain('Signed in as editor@example.org');

    await page.goto(`${base}/staff/passkeys?lang=en`);
    expect(await text(page, 'main')).toContain('You have no passkeys yet.');
    await page.fill('#passkey-label', 'Test key');
    await Promise.all([page.waitForNavigation(), page.click('#passkey-add')]);
    expect(await text(page, 'tbody')).toContain('Test key');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'staff-passkeys-en.png'), fullPage: true });

    await page.click('text=Sign out');
    expect(await text(page, 'h1')).toBe('Sign in');
    await Promise.all([page.waitForURL(/\/staff\/\?lang=en$/), page.click('#passkey-sign-in')]);
    expect(await text(page, 'main')).toContain('Signed in as editor@example.org (editor).');
    const log = await recentAudit(ctx, 10);
    expect(log.find((e) => e.action === 'auth.sign-in')?.details).toMatchObject({ factor: 'passkey' });
    await context.close();
  });

  it('a failed passkey sign-in says so and signs nobody in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    // An authenticator holding no passkey for this site: the browser has nothing to offer.
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'usb',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.goto(`${base}/staff/sign-in?lang=ru`);
    await page.click('#passkey-sign-in');
    await page.waitForFunction("document.getElementById('passkey-status').textContent !== ''", null, {
      timeout: 20_000,
    });
    expect(await text(page, '#passkey-status')).toContain('Ключ доступа не принят');
    const home = await page.goto(`${base}/staff/?lang=en`);
    expect(home?.status()).toBe(401);
    await context.close();
  });
});
