/**
 * Photo upload as a browser without JavaScript sends it (multipart): the type is read
 * from the content, the size is limited, the image is re-encoded without EXIF, GPS,
 * XMP or ICC data, and the public route serves only the current public photo of a
 * public person (an internal photo, or any photo of an internal person, is 404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import sharp from 'sharp';
import { currentRecord, writeRecord } from '../../app/record-writes.js';
import { Person } from '../../domain/record.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { tempApp } from '../../testing/temp-app.js';
import { createHttpApp } from '../app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
let gpsJpeg: Buffer;
const SECRET = 'camera-serial-XK42';

async function addPerson(id: string, family: string, visibility: 'public' | 'internal'): Promise<void> {
  const record = Person.parse({
    id,
    names: [{ family, given: 'Ales', system: 'latn', primary: true }],
    visibility,
    events: [{ id: `e-${id}`, kind: 'detention', date: '2022-03-01', sourceIds: [] }],
  });
  await writeRecord(env.ctx, { type: 'person', id, record, baseRevisionId: null, actor: 'setup', effect: 'allow' });
}

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
  await addPerson('p-pub', 'Publicna', 'public');
  await addPerson('p-hid', 'Hiddenna', 'internal');
  await addPerson('p-int', 'Intphoto', 'public');
  gpsJpeg = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#3366aa' } })
    .withExif({
      IFD0: { Make: 'Canon', Model: SECRET, Copyright: SECRET },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 54/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '27/1 33/1 0/1' },
    })
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
}, 60_000);
afterAll(() => env.cleanup());

async function upload(
  id: string,
  file: Uint8Array | null,
  fields: Record<string, string> = {},
  role: 'editor' | 'researcher' = 'editor',
) {
  const base = String((await currentRecord(env.ctx, 'person', id)).revisionId);
  const form = new FormData();
  form.set('base', base);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob(file ? [file as Uint8Array<ArrayBuffer>] : []), file ? 'photo.jpg' : '');
  return app.request(`/staff/persons/${id}/photos?lang=en`, { method: 'POST', headers: asRole(role), body: form });
}

/** Whether EXIF data points at a GPS IFD (tag 0x8825, in the byte order the EXIF header names). */
function hasGpsIfd(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const little = exif.includes('II*');
  return exif.includes(Buffer.from(little ? [0x25, 0x88] : [0x88, 0x25]));
}

async function photoRef(id: string): Promise<string | undefined> {
  return ((await currentRecord(env.ctx, 'person', id)).record as Person).photo?.ref;
}

describe('photo upload', () => {
  it('makes a test image that does carry GPS, camera data and a colour profile', async () => {
    const meta = await sharp(gpsJpeg).metadata();
    expect(hasGpsIfd(meta.exif)).toBe(true);
    expect(meta.exif?.includes(SECRET)).toBe(true);
    expect(meta.icc).toBeDefined();
  });

  it('stores the image re-encoded without any metadata, and serves it with an ETag', async () => {
    const res = await upload('p-pub', gpsJpeg, {
      'caption.en': 'At home, 2021',
      'credit.be': 'Сямейны архіў',
      visibility: 'public',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/saved=\d+/);
    const ref = (await photoRef('p-pub'))!;
    expect(ref).toMatch(/^\/photos\/p-pub-[0-9a-f]{16}\.jpg$/);
    const served = await app.request(ref);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('cache-control')).toBe('public, max-age=86400');
    const bytes = Buffer.from(await served.arrayBuffer());
    for (const marker of ['Exif', 'GPS', SECRET, 'Canon', 'ICC_PROFILE', 'http://ns.adobe.com/xap'])
      expect(bytes.includes(marker), marker).toBe(false);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1600, height: 800 });
    expect([meta.exif, meta.icc, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined, undefined]);
    const etag = served.headers.get('etag')!;
    expect((await app.request(ref, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const page = await (await app.request('/be/persons/p-pub/')).text();
    expect(page).toContain(`src="../../..${ref}"`);
    expect(page).toContain('Сямейны архіў');
  });

  it('does not serve an internal photo, nor any photo of an internal person', async () => {
    expect((await upload('p-int', gpsJpeg, { visibility: 'internal' })).status).toBe(303);
    const internal = (await photoRef('p-int'))!;
    expect((await app.request(internal)).status).toBe(404);
    expect(
      (await app.request(internal.replace('/photos/', '/staff/photos/'), { headers: asRole('viewer') })).status,
    ).toBe(200);
    expect(await (await app.request('/en/persons/p-int/')).text()).not.toContain('<img');
    expect((await upload('p-hid', gpsJpeg, { visibility: 'public' })).status).toBe(303);
    expect((await app.request((await photoRef('p-hid'))!)).status).toBe(404);
    // A replaced photo is no longer served either: only the current one is.
    const old = (await photoRef('p-pub'))!;
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: '#ff000080' } })
      .png()
      .toBuffer();
    expect((await upload('p-pub', png, { visibility: 'public' })).status).toBe(303);
    expect((await app.request(old)).status).toBe(404);
    expect((await app.request((await photoRef('p-pub'))!)).status).toBe(200);
  });

  it('checks the type by content, the decoder and the size, and stores nothing refused', async () => {
    const before = await currentRecord(env.ctx, 'person', 'p-pub');
    const text = await upload('p-pub', new TextEncoder().encode('<svg onload="alert(1)"></svg>'));
    expect(text.status).toBe(415);
    expect(await text.text()).toMatch(/id="field-file-error">This file is not a JPEG, PNG or WebP image/);
    const broken = await upload('p-pub', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]));
    expect(broken.status).toBe(422);
    const big = await upload('p-pub', new Uint8Array(10 * 1024 * 1024 + 1).fill(0xff));
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('larger than 10 MB');
    const none = await upload('p-hid', null, {}, 'editor');
    expect(none.status).toBe(303); // p-hid has a photo: its texts change, the image stays
    expect((await currentRecord(env.ctx, 'person', 'p-pub')).revisionId).toBe(before.revisionId);
  });

  it("keeps a researcher's photo as a proposal: the public sees nothing new", async () => {
    const before = await photoRef('p-pub');
    const res = await upload('p-pub', gpsJpeg, { visibility: 'public' }, 'researcher');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/proposed=\d+/);
    expect(await photoRef('p-pub')).toBe(before);
  });

  it('renders the form with the current photo and labelled fields', async () => {
    const page = await (await app.request('/staff/persons/p-int/photos?lang=ru', { headers: asRole('editor') })).text();
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain('src="/staff/photos/p-int-');
    expect(page).toContain('публичный сайт его не показывает');
    for (const m of page.matchAll(/<(?:input|select|textarea) id="([^"]+)"/g)) expect(page).toContain(`for="${m[1]}"`);
  });
});
