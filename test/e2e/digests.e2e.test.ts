/**
 * Browser test of the digest life cycle on the staff pages (Debian's chromium,
 * playwright-core), signed in for real (password and TOTP, CSRF tokens in every form):
 * an editor working in Belarusian drafts January 2024 in two languages, moves an entry,
 * drops a person and adds them back through the name search, edits a heading, is refused
 * publication until the warning it raised is acknowledged, publishes, and the public
 * digest page shows the edit; in English the list and the regeneration view; a researcher
 * reads the digest but has no forms and is refused a publish posted by hand. The registry
 * holds the demo's internal records, which no page may show. axe-core checks every staff
 * page; screenshots go to test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, listen } from './harness.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { tempApp } from '../../src/testing/temp-app.js';
import { createHttpApp } from '../../src/http/app.js';
import { addUser } from '../../src/app/auth/users.js';
import { completeEnrolment, enrolmentOffer } from '../../src/app/auth/enrol.js';
import { totpCode } from '../../src/app/auth/totp.js';
import { loadDemo } from '../../src/app/demo.js';
import { digestState } from '../../src/app/digests.js';
import { getPerson } from '../../src/app/persons.js';
import { DEMO_INTERNAL_MARK } from '../../src/demo/internal.js';
import type { Role } from '../../src/domain/access.js';

const SHOTS = join('test-output', 'screenshots');
const PASSWORD = 'lantern orchard quietly 7 hills';
const BE = 'd-releases-2024-01-be';
const EN = 'd-releases-2024-01-en';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let base: string;
let cleanup: () => Promise<void>;
let clock = new Date('2024-02-02T12:00:00Z');
let ctx: Awaited<ReturnType<typeof tempApp>>['ctx'];
const secrets = new Map<string, string>();

async function enrol(email: string, role: Role): Promise<void> {
  const { link } = await addUser(ctx, { email, role, actor: 'test' });
  const secret = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, secret);
  await completeEnrolment(ctx, secret, { password: PASSWORD, code: await totpCode(offer.totpSecret, clock) });
  secrets.set(email, offer.totpSecret);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp();
  cleanup = t.cleanup;
  ctx = { ...t.ctx, now: () => clock };
  await loadDemo(ctx, { synthetic: 0, internal: true });
  await enrol('editor@example.org', 'editor');
  await enrol('researcher@example.org', 'researcher');
  clock = new Date(clock.getTime() + 31_000); // the enrolment codes are spent
  ({ base, close: stop } = await listen(createHttpApp(ctx).fetch, 'localhost'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stop?.();
  await cleanup?.();
});

async function axe(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  expect(await page.content()).not.toContain(DEMO_INTERNAL_MARK);
  await page.screenshot({ path: join(SHOTS, `digests-${name}.png`), fullPage: true });
}

async function signIn(email: string, lang: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/staff/sign-in?lang=${lang}`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.fill('#code', await totpCode(secrets.get(email)!, clock));
  await Promise.all([page.waitForURL(/\/staff\/\?/), page.click('button[type=submit]')]);
  return { context, page };
}

/** Submits with a click and waits for the page it leads to. */
async function submit(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

const order = async (id: string) => (await digestState(ctx, id)).digest.entries.map((e) => e.personId);

describe('digests in the browser', () => {
  it('an editor drafts, reorders, edits, acknowledges and publishes (Belarusian); the public page shows it', async () => {
    const { context, page } = await signIn('editor@example.org', 'be');
    await submit(page, 'nav a[href^="/staff/digests"]');
    expect(await page.textContent('h1')).toBe('Дайджэсты');
    await axe(page, 'list-empty-be');

    await submit(page, 'a[href^="/staff/digests/new"]');
    await axe(page, 'new-be');
    await page.fill('#digest-month', '2024-01');
    await page.uncheck('input[name=langs][value=ru]');
    await submit(page, 'form[action^="/staff/digests?"] button[type=submit]');
    expect(page.url()).toContain(`/staff/digests/${BE}?lang=be&done=drafted`);
    expect(await page.textContent('[role=status]')).toBe('Чарнавік складзены.');
    await axe(page, 'edit-be');

    // Move the first entry down with its button (a plain form).
    const [first, second] = await order(BE);
    await submit(page, '.digest-order li:first-child button[name=to]');
    expect((await order(BE)).slice(0, 2)).toEqual([second, first]);

    // Drop a person, then find them by name and add them back.
    const dropped = (await order(BE)).at(-1)!;
    await submit(page, '.digest-order li:last-child form[action*="/drop"] button');
    expect(await order(BE)).not.toContain(dropped);
    const family = (await getPerson(ctx, dropped)).names[0]!.family;
    await page.fill('#add-person', family);
    await submit(page, 'form[action*="/add"].stack button[type=submit]');
    await axe(page, 'add-search-be');
    await submit(page, `form[action*="/add"] input[value="${dropped}"] ~ button`);
    expect((await order(BE)).at(-1)).toBe(dropped);

    // Edit the heading of an entry that states the time served: the check warns.
    const { digest } = await digestState(ctx, BE);
    const withTerm = digest.entries.findIndex((e) => e.facts.timeServed);
    await page.fill(`#heading-${withTerm}`, 'Загаловак, напісаны рэдактарам');
    await submit(page, 'form[action*="/texts"] button[type=submit]');
    expect(await page.textContent('[role=status]')).toBe('Захавана.');
    expect(await page.locator('input[name=ack][value=heading-term-mismatch]').count()).toBe(1);

    // Publishing without acknowledging is refused, and says which warnings.
    await submit(page, '#publish-form button');
    expect(await page.textContent('[role=alert]')).toContain('heading-term-mismatch');
    expect((await digestState(ctx, BE)).digest.status).toBe('edited');
    await axe(page, 'publish-refused-be');
    for (const box of await page.locator('input[name=ack]').all()) await box.check();
    await submit(page, '#publish-form button');
    expect(await page.textContent('[role=status]')).toBe('Апублікавана.');
    expect((await digestState(ctx, BE)).digest.status).toBe('published');
    await axe(page, 'published-be');

    await submit(page, `a[href="/be/digests/${BE}/"]`);
    expect(await page.textContent('main')).toContain('Загаловак, напісаны рэдактарам');
    expect(await page.content()).not.toContain(DEMO_INTERNAL_MARK);
    await page.screenshot({ path: join(SHOTS, 'digests-public-be.png'), fullPage: true });
    await context.close();
  }, 240_000);

  it('in English: the list, the other language’s digest with texts marked in their language, the regeneration view', async () => {
    clock = new Date(clock.getTime() + 31_000);
    const { context, page } = await signIn('editor@example.org', 'en');
    await page.goto(`${base}/staff/digests?lang=en`);
    expect(await page.locator('tbody tr').count()).toBe(2);
    await axe(page, 'list-en');
    await page.goto(`${base}/staff/digests/${BE}?lang=en`);
    expect(await page.getAttribute('#opening-title', 'lang')).toBe('be');
    expect(await page.getAttribute('.digest-headline', 'lang')).toBe('be');
    await axe(page, 'published-read-en');
    await page.goto(`${base}/staff/digests/${EN}?lang=en`);
    await submit(page, `a[href^="/staff/digests/${EN}/regeneration"]`);
    expect(await page.textContent('h1')).toBe('What a regeneration would change');
    await axe(page, 'regeneration-en');
    await submit(page, 'form[action*="/regenerate"] button');
    expect(await page.textContent('[role=status]')).toBe('Regenerated.');
    await context.close();
  }, 120_000);

  it('a researcher reads a digest but cannot publish it', async () => {
    const { context, page } = await signIn('researcher@example.org', 'en');
    await page.goto(`${base}/staff/digests/${EN}?lang=en`);
    expect(await page.textContent('main')).toContain('Your role may read digests but not change or publish them.');
    expect(await page.locator('#publish-form').count()).toBe(0);
    expect(await page.locator('form[action*="/texts"]').count()).toBe(0);
    await axe(page, 'read-only-en');
    const csrf = await page.getAttribute('input[name=csrf]', 'value');
    const { revisionId } = await digestState(ctx, EN);
    const res = await context.request.post(`${base}/staff/digests/${EN}/publish?lang=en`, {
      form: { csrf: csrf ?? '', base: String(revisionId), ack: 'heading-term-mismatch' },
    });
    expect(res.status()).toBe(403);
    expect((await digestState(ctx, EN)).digest.status).not.toBe('published');
    await page.goto(`${base}/staff/digests/new?lang=en`);
    expect(await page.textContent('main')).toContain('may not open this page');
    await context.close();
  });
});
