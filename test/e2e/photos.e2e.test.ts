/**
 * Browser tests of photo upload, the facility form and the conflict view (Debian's
 * chromium, playwright-core), with real staff sessions (cookie and CSRF token):
 * - a JPEG carrying GPS EXIF, camera data and a colour profile is uploaded with
 *   JavaScript disabled; the served image has no EXIF, GPS or profile at all, and the
 *   public page shows it; an internal photo is not served and not shown;
 * - the facility form is edited with JavaScript disabled;
 * - two editors edit the same facility in two browser contexts: the second save shows
 *   the conflict view, which resolves it field by field.
 * axe-core finds 0 violations on every staff page; screenshots go to test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import sharp from 'sharp';
import { launchChromium, listen } from './harness.js';
import { tempApp } from '../../src/testing/temp-app.js';
import { createHttpApp } from '../../src/http/app.js';
import { addUser } from '../../src/app/auth/users.js';
import { completeEnrolment, enrolmentOffer } from '../../src/app/auth/enrol.js';
import { totpCode } from '../../src/app/auth/totp.js';
import { currentRecord, writeRecord } from '../../src/app/record-writes.js';
import { Facility, Person } from '../../src/domain/record.js';

// Each test drives several pages and contexts on a shared machine: more room than the default minute.
vi.setConfig({ testTimeout: 180_000 });

const SHOTS = join('test-output', 'screenshots');
const PASSWORD = 'lantern orchard quietly 7 hills';
const SECRET = 'camera-serial-XK42';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let base: string;
let cleanup: () => Promise<void>;
let ctx: Awaited<ReturnType<typeof tempApp>>['ctx'];
let gpsJpeg: Buffer;
const sessions: Record<string, StorageState> = {};
let clock = new Date('2024-02-02T12:00:00Z');
const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Enrols a staff member and signs in through the sign-in page; returns the browser state holding the session. */
async function signedInState(email: string, role: string): Promise<StorageState> {
  const { link } = await addUser(ctx, { email, role, actor: 'test' });
  const secret = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, secret);
  await completeEnrolment(ctx, secret, { password: PASSWORD, code: await totpCode(offer.totpSecret, clock) });
  tick(31_000); // the next code
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/staff/sign-in?lang=en`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await page.fill('#code', await totpCode(offer.totpSecret, clock));
  await page.click('main button[type=submit]');
  expect(await page.locator('main').textContent()).toContain(`Signed in as ${email}`);
  const state = await context.storageState();
  await context.close();
  return state;
}

async function seed(): Promise<void> {
  const person = (id: string, family: string, visibility: 'public' | 'internal') =>
    Person.parse({
      id,
      names: [{ family, given: 'Алесь', system: 'be-cyrl', primary: true }],
      visibility,
      events: [{ id: `e-${id}`, kind: 'detention', date: '2022-03-01', sourceIds: [] }],
    });
  const facility = Facility.parse({
    id: 'f-ik9',
    kind: 'colony',
    number: '9',
    city: { be: 'Горкі', ru: 'Горки', en: 'Horki' },
    name: { be: 'ПК-9', ru: 'ИК-9', en: 'Colony 9' },
  });
  const hidden = Facility.parse({
    id: 'f-hidden',
    kind: 'other',
    city: {},
    name: { en: 'Safe house' },
    visibility: 'internal',
  });
  for (const [type, id, record] of [
    ['person', 'p-shown', person('p-shown', 'Паказаны', 'public')],
    ['person', 'p-inphoto', person('p-inphoto', 'Унутраны', 'public')],
    ['person', 'p-secret', person('p-secret', 'Схаваны', 'internal')],
    ['facility', 'f-ik9', facility],
    ['facility', 'f-hidden', hidden],
  ] as const) {
    await writeRecord(ctx, { type, id, record, baseRevisionId: null, actor: 'seed', effect: 'allow' });
  }
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t = await tempApp();
  cleanup = t.cleanup;
  ctx = { ...t.ctx, now: () => clock };
  await seed();
  ({ base, close: stop } = await listen(createHttpApp(ctx).fetch, 'localhost'));
  browser = await launchChromium();
  sessions.a = await signedInState('anna@example.org', 'editor');
  sessions.b = await signedInState('boris@example.org', 'editor');
  gpsJpeg = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#557799' } })
    .withExif({
      IFD0: { Make: 'Canon', Model: SECRET },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 54/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '27/1 33/1 0/1' },
    })
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
});

afterAll(async () => {
  await browser?.close();
  await stop?.();
  await cleanup?.();
});

/** A browser context signed in as `who` (the session cookie the sign-in would set). */
async function signedIn(who: 'a' | 'b', javaScriptEnabled = true): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1024, height: 800 },
    javaScriptEnabled,
    storageState: sessions[who]!,
  });
}

async function axe(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, `photos-${name}.png`), fullPage: true });
}

/** A screenshot of a page without script (axe needs script: it checks the same URL in {@link axeAt}). */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `photos-${name}.png`), fullPage: true });
}

/** axe on `url` as `who` in a context with script. */
async function axeAt(who: 'a' | 'b', url: string, name: string): Promise<void> {
  const context = await signedIn(who);
  const page = await context.newPage();
  await page.goto(url);
  await axe(page, name);
  await context.close();
}

async function photoRef(id: string): Promise<string> {
  return ((await currentRecord(ctx, 'person', id)).record as Person).photo!.ref;
}

describe('photo upload in the browser', () => {
  it('uploads a JPEG with GPS EXIF without JavaScript: the served image has no metadata, the public page shows it', async () => {
    expect((await sharp(gpsJpeg).metadata()).exif?.includes(SECRET)).toBe(true);
    const context = await signedIn('a', false);
    const page = await context.newPage();
    await page.goto(`${base}/staff/persons/p-shown/photos?lang=be`);
    await shot(page, 'upload-be-nojs');
    await axeAt('a', page.url(), 'upload-be');
    await page.setInputFiles('#field-file', { name: 'gps.jpg', mimeType: 'image/jpeg', buffer: gpsJpeg });
    await page.fill('#field-caption-be', 'Дома, 2021');
    await page.fill('#field-credit-en', 'Family archive');
    await page.click('main form.record-form button[type=submit]');
    expect(await page.locator('[role=status]').textContent()).toContain('Фота захавана');
    expect(await page.locator('.staff-photo img').count()).toBe(1);
    await shot(page, 'uploaded-be-nojs');
    await axeAt('a', page.url(), 'uploaded-be');
    await context.close();

    const ref = await photoRef('p-shown');
    const reader = await browser.newContext();
    const served = await reader.request.get(`${base}${ref}`);
    expect(served.status()).toBe(200);
    expect(served.headers()['etag']).toMatch(/^"[0-9a-f]{32}"$/);
    const bytes = await served.body();
    for (const marker of ['Exif', 'GPS', SECRET, 'Canon', 'ICC_PROFILE'])
      expect(bytes.includes(marker), marker).toBe(false);
    const meta = await sharp(bytes).metadata();
    expect([meta.exif, meta.icc, meta.xmp, meta.width]).toEqual([undefined, undefined, undefined, 1600]);
    const publicPage = await reader.newPage();
    await publicPage.goto(`${base}/en/persons/p-shown/`);
    const img = publicPage.locator('figure.photo img');
    expect(await img.count()).toBe(1);
    await img.scrollIntoViewIfNeeded();
    // The image may still be loading (or lazily deferred): wait for it rather than read a 0 width.
    expect(
      await img.evaluate(
        (el) =>
          new Promise<number>((done) => {
            const image = el as unknown as {
              complete: boolean;
              naturalWidth: number;
              addEventListener(type: string, fn: () => void): void;
            };
            if (image.complete && image.naturalWidth > 0) return done(image.naturalWidth);
            image.addEventListener('load', () => done(image.naturalWidth));
            image.addEventListener('error', () => done(-1));
          }),
      ),
    ).toBe(1600);
    expect(await publicPage.locator('figure.photo figcaption').textContent()).toContain('Family archive');
    await publicPage.screenshot({ path: join(SHOTS, 'photos-public-page-en.png'), fullPage: true });
    await reader.close();
  });

  it('does not serve or show an internal photo', async () => {
    const context = await signedIn('a');
    const page = await context.newPage();
    await page.goto(`${base}/staff/persons/p-inphoto/photos?lang=en`);
    await page.setInputFiles('#field-file', { name: 'x.jpg', mimeType: 'image/jpeg', buffer: gpsJpeg });
    await page.check('input[name=visibility][value=internal]');
    await page.click('main form.record-form button[type=submit]');
    expect(await page.locator('.staff-photo figcaption').textContent()).toContain('internal');
    await axe(page, 'internal-en');
    await context.close();
    const reader = await browser.newContext();
    expect((await reader.request.get(`${base}${await photoRef('p-inphoto')}`)).status()).toBe(404);
    const publicPage = await reader.newPage();
    await publicPage.goto(`${base}/en/persons/p-inphoto/`);
    expect(await publicPage.locator('img').count()).toBe(0);
    await reader.close();
  });
});

describe('facility form in the browser', () => {
  it('edits a facility with JavaScript disabled, errors shown at the field', async () => {
    const context = await signedIn('a', false);
    const page = await context.newPage();
    await page.goto(`${base}/staff/facilities/f-ik9/edit?lang=ru`);
    await shot(page, 'facility-ru-nojs');
    await page.fill('#field-letters-institution', 'ИК-9');
    await page.fill('#field-letters-locality', 'г. Горки');
    await page.fill('#field-letters-postalCode', '2132');
    await page.click('main form.record-form button[type=submit]');
    expect(await page.locator('#field-letters-postalCode-error').textContent()).toContain('six-digit');
    expect(await page.inputValue('#field-letters-locality')).toBe('г. Горки'); // what was typed stays
    await shot(page, 'facility-error-ru-nojs');
    await page.fill('#field-letters-postalCode', '213410');
    await page.fill('#field-aliases', 'ИК-9\nГорецкая колония');
    await page.click('main form.record-form button[type=submit]');
    expect(await page.locator('[role=status]').textContent()).toContain('Сохранено');
    await shot(page, 'facility-saved-ru-nojs');
    expect((await currentRecord(ctx, 'facility', 'f-ik9')).record).toMatchObject({
      aliases: ['ИК-9', 'Горецкая колония'],
      letters: { postalCode: '213410', locality: 'г. Горки' },
    });
    await context.close();
    // The same pages with script, for axe: the form, and the form refusing a field.
    await axeAt('a', `${base}/staff/facilities/f-ik9/edit?lang=ru`, 'facility-ru');
    const checked = await signedIn('a');
    const again = await checked.newPage();
    await again.goto(`${base}/staff/facilities/f-ik9/edit?lang=be`);
    await again.fill('#field-letters-postalCode', '21');
    await again.click('main form.record-form button[type=submit]');
    expect(await again.locator('#field-letters-postalCode[aria-invalid=true]').count()).toBe(1);
    await axe(again, 'facility-error-be');
    await checked.close();
  });

  it('resolves a conflicting edit made in two contexts in the conflict view', async () => {
    const [ca, cb] = [await signedIn('a'), await signedIn('b')];
    const [pa, pb] = [await ca.newPage(), await cb.newPage()];
    await pa.goto(`${base}/staff/facilities/f-ik9/edit?lang=en`);
    await pb.goto(`${base}/staff/facilities/f-ik9/edit?lang=en`);
    await pa.fill('#field-number', '10');
    await pa.fill('#field-city-en', 'Gorki');
    await pa.click('main form.record-form button[type=submit]');
    expect(await pa.locator('[role=status]').textContent()).toContain('Saved');
    await pb.fill('#field-number', '11');
    await pb.fill('#field-name-en', 'Correctional colony 9');
    await pb.click('main form.record-form button[type=submit]');
    expect(await pb.locator('#conflict-title').textContent()).toContain('Someone else saved this record');
    expect(await pb.locator('.conflict-field legend').allTextContents()).toEqual(['number']);
    await axe(pb, 'conflict-en');
    await pb.check('input[name=choice-0][value=mine]');
    await pb.click('text=Save the merged version');
    expect(await pb.locator('[role=status]').textContent()).toContain('Saved');
    expect((await currentRecord(ctx, 'facility', 'f-ik9')).record).toMatchObject({
      number: '11',
      city: { en: 'Gorki' },
      name: { en: 'Correctional colony 9' },
    });
    await axe(pb, 'conflict-resolved-en');
    await Promise.all([ca.close(), cb.close()]);
  });
});
