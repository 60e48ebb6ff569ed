import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { formBodyLimit, MAX_FORM_BYTES } from './form-limit.js';
import { MAX_TIP_BODY } from './routes/tips-public.js';
import { MAX_UPLOAD_BYTES } from '../app/photo-image.js';
import { tempApp } from '../testing/temp-app.js';
import { createHttpApp } from './app.js';

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** A body sent in chunks with no Content-Length, as a client streaming it would. */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const n = Math.min(left, 64 * 1024);
      left -= n;
      controller.enqueue(new Uint8Array(n).fill(0x61));
    },
  });
}

describe('formBodyLimit', () => {
  const app = new Hono();
  app.use(
    '*',
    formBodyLimit(1000, (c) => c.text('too large', 413)),
  );
  app.post('/', async (c) => c.text(String(Object.keys(await c.req.parseBody()).length)));

  it('lets a form under the cap through to the route', async () => {
    const res = await app.request('/', { method: 'POST', headers: FORM, body: 'a=1&b=2' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('2');
  });

  it('refuses a form past the cap, counted as it arrives when no length is declared', async () => {
    const res = await app.request('/', {
      method: 'POST',
      headers: FORM,
      body: streamed(5000),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('leaves other bodies to their own caps', async () => {
    const res = await app.request('/', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'x'.repeat(5000),
    });
    expect(res.status).toBe(200);
  });

  it('is above every route that takes files, so their own messages answer first', () => {
    expect(MAX_FORM_BYTES).toBeGreaterThan(MAX_TIP_BODY);
    expect(MAX_FORM_BYTES).toBeGreaterThan(MAX_UPLOAD_BYTES + 256 * 1024);
  });
});

describe('the app', () => {
  let env: Awaited<ReturnType<typeof tempApp>>;
  beforeAll(async () => {
    env = await tempApp();
  });
  afterAll(() => env.cleanup());

  it('refuses an oversized staff form before anything buffers it, with a page in the form language', async () => {
    const app = createHttpApp(env.ctx);
    const res = await app.request('/staff/sign-in?lang=ru', {
      method: 'POST',
      headers: { ...FORM, 'Sec-Fetch-Site': 'same-origin' },
      body: streamed(MAX_FORM_BYTES + 1),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Эта форма больше 32 МБ');
  });
});
