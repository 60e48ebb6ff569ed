/**
 * The tip line in the browser (Debian's chromium), end to end: a reviewer sets up
 * their tip key; a sender with JavaScript off reports a release from a person's
 * page and gets a receipt; the reviewer reads the tip, asks a question; the sender
 * reads it by the receipt and answers; the reviewer confirms and applies the tip;
 * an editor approves the proposed release, which then shows on the public page.
 * A researcher is refused the tip pages. axe-core finds no violation on any page
 * (axe needs script, so staff contexts run it; the pages themselves load none but the
 * report form's proof of work, which a sender without JavaScript does without);
 * screenshots in test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium, listen } from './harness.js';
import { enrolStaff, signInPage } from './staff-users.js';
import { tempApp } from '../../src/testing/temp-app.js';
import { createHttpApp } from '../../src/http/app.js';
import { writeRecord } from '../../src/app/record-writes.js';
import { Person } from '../../src/domain/record.js';
import type { Role } from '../../src/domain/access.js';

const SHOTS = join('test-output', 'screenshots');
const TIP_PASSPHRASE = 'seven quiet rivers under the bridge';
let browser: Browser;
let base: string;
let stop: () => Promise<void>;
let cleanup: () => Promise<void>;
let clock = new Date('2024-02-02T12:00:00Z');
let ctx: Awaited<ReturnType<typeof tempApp>>['ctx'];
const secrets = new Map<string, string>();

async function enrol(email: string, role: Role): Promise<void> {
  secrets.set(email, await enrolStaff(ctx, email, role, clock));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp();
  cleanup = t.cleanup;
  ctx = { ...t.ctx, now: () => clock };
  // No wait for a form sent without JavaScript: `report.e2e.test.ts` tests the proof of work and its wait.
  ({ base, close: stop } = await listen(createHttpApp(ctx, { proofOfWork: { noJsDelayMs: 0 } }).fetch, 'localhost'));
  browser = await launchChromium();
  await enrol('reviewer@example.org', 'tip_reviewer');
  await enrol('editor@example.org', 'editor');
  await enrol('researcher@example.org', 'researcher');
  const record = Person.parse({
    id: 'p-e2e-tip',
    names: [{ family: 'Tsikavy', given: 'Fictional', system: 'latn', primary: true }],
    events: [
      { id: 'e-e2e-tip-1', kind: 'detention', date: '2022-05-01' },
      { id: 'e-e2e-tip-2', kind: 'recognition', date: '2022-06-01' },
    ],
  });
  await writeRecord(ctx, {
    type: 'person',
    id: record.id,
    record,
    baseRevisionId: null,
    actor: 'test',
    effect: 'allow',
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stop?.();
  await cleanup?.();
});

async function axe(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, `tips-${name}.png`), fullPage: true });
}

/** A signed-in staff context (a new TOTP step for each sign-in). */
async function signedIn(email: string, lang = 'en'): Promise<{ context: BrowserContext; page: Page }> {
  clock = new Date(clock.getTime() + 31_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInPage(page, base, email, secrets.get(email)!, clock, lang);
  return { context, page };
}

describe('a tip, from the public form to the public page', () => {
  it('is sent without JavaScript, answered by receipt, applied and approved', async () => {
    const reviewer = await signedIn('reviewer@example.org');
    const r = reviewer.page;
    await r.goto(`${base}/staff/tips?lang=en`);
    await axe(r, 'key-setup');
    await r.fill('#passphrase', TIP_PASSPHRASE);
    await r.click('main form button[type=submit]');
    expect(await r.textContent('main')).toContain('set up and unlocked');

    const sender = await browser.newContext({ javaScriptEnabled: false });
    const s = await sender.newPage();
    await s.goto(`${base}/en/persons/p-e2e-tip/`);
    await s.click('a[href$="report/?person=p-e2e-tip"]');
    expect(await s.inputValue('#who')).toContain('Tsikavy');
    await s.check('#kind-released');
    await s.fill('#when', '2024-01');
    await s.fill('#how', 'His sister told me.');
    await s.click('form.tip-form button[type=submit]');
    const receipt = (await s.textContent('.tip-receipt code'))!.trim();
    expect(receipt).toMatch(/^[0-9A-Z-]{39}$/);

    await r.goto(`${base}/staff/tips?lang=en`);
    await axe(r, 'queue');
    await r.click('table a');
    await axe(r, 'tip');
    expect(await r.textContent('main')).toContain('His sister told me.');
    await r.selectOption('#tip-state', 'verifying');
    await r.click('#tip-state >> xpath=ancestor::form//button');
    await r.fill('#tip-ask', 'When exactly did he come home?');
    await r.click('#tip-ask >> xpath=ancestor::form//button');
    const tipUrl = r.url().replace(/&done=saved$/, '');

    await s.goto(`${base}/en/report/follow-up/`);
    await s.fill('#receipt', receipt);
    await s.click('main form button[type=submit]');
    expect(await s.textContent('main')).toContain('When exactly did he come home?');
    await s.fill('#reply', 'On the 12th, in the evening.');
    await s.click('main form button[type=submit]');
    expect(await s.textContent('main')).toContain('Your answer has been sent.');
    await sender.close();

    await r.goto(tipUrl);
    expect(await r.textContent('main')).toContain('On the 12th, in the evening.');
    await r.selectOption('#tip-state', 'confirmed');
    await r.click('#tip-state >> xpath=ancestor::form//button');
    expect(await r.textContent('section[aria-labelledby=tip-person]')).toContain(
      'The sender picked this person on the form:',
    );
    await r.click('input[name=personId][value=p-e2e-tip] >> xpath=ancestor::form//button');
    expect(await r.textContent('section[aria-labelledby=tip-person]')).toMatch(/Linked to [^(]*Tsikavy/);
    await r.fill('#tip-date', '2024-01-12');
    await r.selectOption('#tip-reliability', 'B');
    await r.click('#tip-apply ~ form button[type=submit]');
    const made = /Proposal (\d+) made/.exec((await r.textContent('main')) ?? '');
    expect(made).not.toBeNull();
    await axe(r, 'applied');
    await reviewer.context.close();

    const public1 = await (await fetch(`${base}/en/persons/p-e2e-tip/`)).text();
    expect(public1).not.toContain('January 12, 2024');

    const editor = await signedIn('editor@example.org', 'be');
    await editor.page.goto(`${base}/staff/proposals/${made![1]}?lang=be`);
    await editor.page.click('button[value=approve]');
    expect(await editor.page.textContent('main')).toContain('Ухвалена: змена апублікаваная');
    await editor.context.close();

    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/en/persons/p-e2e-tip/`);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('January 12, 2024');
    expect(text).toContain('Release (Other reason)');
    expect(text).toMatch(/Status\s*Released/);
    expect(text).not.toContain('His sister');
    expect(text).not.toContain('On the 12th');
    await page.close();
  }, 120_000);

  it('refuses the tip pages to a researcher', async () => {
    const { context, page } = await signedIn('researcher@example.org');
    const res = await page.goto(`${base}/staff/tips?lang=en`);
    expect(res?.status()).toBe(403);
    expect(await page.textContent('main')).not.toContain('Tsikavy');
    await axe(page, 'refused');
    await context.close();
  }, 60_000);
});
