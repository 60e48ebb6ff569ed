/**
 * Browser tests of the staff person form (Debian's chromium, playwright-core): a
 * researcher enters a new person with partial dates and two events (in Russian,
 * rows added by the script, a date checked as typed); an editor approves it through
 * the proposal loaded in the form, after the confirm step (in English); the public
 * page, the list and the count show the person; a conflicting edit in two browser
 * contexts is resolved in the conflict view; the same form works with JavaScript
 * disabled. axe-core checks every page; screenshots go to test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium, listen } from './harness.js';
import { tempApp } from '../../src/testing/temp-app.js';
import { createHttpApp } from '../../src/http/app.js';
import { addUser } from '../../src/app/auth/users.js';
import { completeEnrolment, enrolmentOffer } from '../../src/app/auth/enrol.js';
import { totpCode } from '../../src/app/auth/totp.js';
import { currentRecord } from '../../src/app/record-writes.js';
import { seedPersonFormFixture } from '../../src/testing/person-form-fixture.js';
import type { Role } from '../../src/domain/access.js';
import type { Person } from '../../src/domain/record.js';

const SHOTS = join('test-output', 'screenshots');
const PASSWORD = 'lantern orchard quietly 7 hills';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let base: string;
let cleanup: () => Promise<void>;
let clock = new Date('2024-02-02T12:00:00Z');
const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));
let ctx: Awaited<ReturnType<typeof tempApp>>['ctx'];
const secrets = new Map<string, string>();
let proposalLink = '';
let newId = '';

async function enrol(email: string, role: Role): Promise<void> {
  const { link } = await addUser(ctx, { email, role, actor: 'test' });
  const secret = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, secret);
  await completeEnrolment(ctx, secret, { password: PASSWORD, code: await totpCode(offer.totpSecret, clock) });
  secrets.set(email, offer.totpSecret);
  tick(31_000);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp();
  cleanup = t.cleanup;
  ctx = { ...t.ctx, now: () => clock };
  await seedPersonFormFixture(ctx);
  ({ base, close: stop } = await listen(createHttpApp(ctx).fetch, 'localhost'));
  browser = await launchChromium();
  await enrol('researcher@example.org', 'researcher');
  await enrol('editor@example.org', 'editor');
  await enrol('other@example.org', 'editor');
});

afterAll(async () => {
  await browser?.close();
  await stop?.();
  await cleanup?.();
});

async function axe(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, `person-form-${name}.png`), fullPage: true });
}

/** A fresh browser context signed in as `email` (each sign-in takes the next 30-second code). */
async function signedIn(email: string, lang: string, options: { javaScriptEnabled?: boolean } = {}) {
  tick(31_000);
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${base}/staff/sign-in?lang=${lang}`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.fill('#code', await totpCode(secrets.get(email)!, clock));
  await page.click('button[type=submit]');
  await page.waitForURL(/\/staff\/\?lang=/);
  return { context, page };
}

const click = (page: Page, selector: string) => Promise.all([page.waitForLoadState('load'), page.click(selector)]);
const stored = async (id: string) => (await currentRecord(ctx, 'person', id)).record as Person;

describe('the person form in the browser', { timeout: 180_000 }, () => {
  it('a researcher enters a new person with partial dates and two events (ru, rows added by the script)', async () => {
    const { context, page } = await signedIn('researcher@example.org', 'ru');
    await page.click('text=Новая персона');
    await page.waitForURL(/\/staff\/persons\/new/);
    await axe(page, 'new-ru');
    await page.fill('#f-names-0-family', 'Міхнюк');
    await page.fill('#f-names-0-given', 'Зінаіда');
    await page.fill('#f-birthDate', '1975-05');
    await page.fill('#f-biography-be', 'Настаўніца з Гомеля.');
    await page.selectOption('#f-events-0-kind', 'detention');
    await page.fill('#f-events-0-date', '2023-13');
    expect(await page.textContent('#f-events-0-date-live')).toContain('Введите дату как 2022');
    expect(await page.getAttribute('#f-events-0-date', 'aria-invalid')).toBe('true');
    await page.fill('#f-events-0-date', '~2023-05-13');
    expect(await page.locator('#f-events-0-date-live').count()).toBe(0);
    await page.selectOption('#f-events-0-facilityId', 'f-sizo1');
    await page.selectOption('#f-events-0-sourceIds', 's-viasna');
    const before = page.url();
    await page.click('button[value=add-event]'); // the script copies the row: no request
    expect(page.url()).toBe(before);
    await page.selectOption('#f-events-1-kind', 'recognition');
    await page.fill('#f-events-1-date', '2023-06');
    await axe(page, 'filled-ru');
    await click(page, 'button[value=save]');
    expect(await page.textContent('h1')).toBe('Ожидает проверки');
    await axe(page, 'proposed-ru');
    proposalLink = (await page.getAttribute('main a', 'href')) ?? '';
    newId = /\/staff\/persons\/([^/]+)\/edit/.exec(proposalLink)?.[1] ?? '';
    expect(newId).toMatch(/^p-/);
    expect((await page.goto(`${base}/en/persons/${newId}/`))?.status()).toBe(404);
    await context.close();
  });

  it('an editor approves it after the confirm step; the public page, list and count show it (en)', async () => {
    const { context, page } = await signedIn('editor@example.org', 'en');
    await page.goto(`${base}${proposalLink.replace('lang=ru', 'lang=en')}`);
    expect(await page.inputValue('#f-events-0-date')).toBe('~2023-05-13');
    expect(await page.locator('fieldset.row[id^="event-"]').count()).toBe(2);
    await axe(page, 'proposal-en');
    await click(page, 'button[value=save]');
    await page.waitForSelector('text=This save changes what the public sees.');
    expect(await page.textContent('.preview')).toContain('Political prisoners today: 1 now, 2 after saving.');
    await axe(page, 'confirm-en');
    await click(page, 'button[value=confirm]');
    expect(await page.textContent('[role=status]')).toMatch(/Saved as revision \d+\./);
    await axe(page, 'saved-en');
    const person = await stored(newId);
    expect(person.events.map((e) => [e.kind, e.date])).toEqual([
      ['detention', '~2023-05-13'],
      ['recognition', '2023-06'],
    ]);
    await page.goto(`${base}/en/persons/${newId}/`);
    expect(await page.textContent('h1')).toContain('Міхнюк');
    await page.goto(`${base}/en/persons/`);
    expect(await page.textContent('main')).toContain('Міхнюк');
    const stats = (await (await fetch(`${base}/api/v1/stats`)).json()) as { count: number };
    expect(stats.count).toBe(2);
    await context.close();
  });

  it('a conflicting edit in two browser contexts is resolved in the conflict view', async () => {
    const a = await signedIn('editor@example.org', 'en');
    const b = await signedIn('other@example.org', 'be');
    for (const { page } of [a, b])
      await page.goto(`${base}/staff/persons/p-known/edit?lang=${page === a.page ? 'en' : 'be'}`);
    await a.page.fill('#f-birthDate', '1981-02');
    await click(a.page, 'button[value=save]');
    expect(await a.page.textContent('[role=status]')).toMatch(/Saved as revision/);
    await b.page.fill('#f-occupation-en', 'Engineer');
    await click(b.page, 'button[value=save]');
    expect(await b.page.textContent('h1')).toBe('Гэтую асобу змяніў нехта іншы');
    await axe(b.page, 'conflict-be');
    expect((await stored('p-known')).occupation.en).toBeUndefined();
    const rows = b.page.locator('table.conflict tbody tr');
    expect(await rows.count()).toBe(2);
    await b.page.check('table.conflict tr:has(code:text-is("birthDate")) input[value=theirs]');
    await b.page.check('table.conflict tr:has(code:text-is("occupation.en")) input[value=mine]');
    await click(b.page, 'button:has-text("Працягнуць")');
    expect(await b.page.inputValue('#f-birthDate')).toBe('1981-02');
    expect(await b.page.inputValue('#f-occupation-en')).toBe('Engineer');
    await axe(b.page, 'resolved-be');
    await click(b.page, 'button[value=save]');
    const person = await stored('p-known');
    expect([person.birthDate, person.occupation.en]).toEqual(['1981-02', 'Engineer']);
    expect(person.events.find((e) => e.id === 'e-hidden')?.visibility).toBe('internal');
    await a.context.close();
    await b.context.close();
  });

  it('the same form works with JavaScript disabled', async () => {
    const { context, page } = await signedIn('editor@example.org', 'en', { javaScriptEnabled: false });
    await page.goto(`${base}/staff/persons/new?lang=en`);
    await page.fill('#f-names-0-family', 'Scriptless');
    await page.fill('#f-names-0-given', 'Ada');
    await page.selectOption('#f-names-0-system', 'latn');
    await page.selectOption('#f-events-0-kind', 'detention');
    await page.fill('#f-events-0-date', '2022');
    await click(page, 'button[value=add-event]'); // a round trip: the server adds the row
    expect(await page.inputValue('#f-events-0-date')).toBe('2022');
    expect(await page.inputValue('#f-names-0-family')).toBe('Scriptless');
    await page.selectOption('#f-events-1-kind', 'recognition');
    await page.fill('#f-events-1-date', '2022-0');
    await click(page, 'button[value=save]');
    expect(await page.textContent('#f-events-1-date-error')).toContain('Type the date as 2022');
    await page.screenshot({ path: join(SHOTS, 'person-form-errors-nojs-en.png'), fullPage: true }); // axe needs script
    await page.fill('#f-events-1-date', '2022-07');
    await click(page, 'button[value=save]');
    await click(page, 'button[value=confirm]');
    expect(await page.textContent('[role=status]')).toMatch(/Saved as revision/);
    const id = /\/staff\/persons\/([^/]+)\/edit/.exec(page.url())?.[1] ?? '';
    expect((await stored(id)).events.map((e) => e.date)).toEqual(['2022', '2022-07']);
    await context.close();
  });
});
