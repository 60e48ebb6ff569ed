/**
 * Brotli/gzip by Accept-Encoding on text answers over 1 KB (pages, API, downloads), each
 * representation with its own ETag, `Vary: Accept-Encoding`, and 304s for the tag held.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { loadDemo } from '../app/demo.js';
import { tempApp } from '../testing/temp-app.js';
import { createHttpApp } from './app.js';
import { chooseEncoding, MIN_COMPRESS_BYTES } from './compression.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 30 });
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

const decode = { br: brotliDecompressSync, gzip: gunzipSync } as const;

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and respects q=0', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('*;q=0')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('compression', () => {
  const TEXT = [
    '/en/persons/',
    '/api/v1/persons',
    '/data/registry.json',
    '/data/registry.csv',
    '/en/figures/count.svg',
    '/assets/site.css',
  ];

  it('sends each text answer compressed as asked, the same bytes once decoded', async () => {
    for (const path of TEXT) {
      const plain = await get(path);
      expect(plain.res.status, path).toBe(200);
      expect(plain.res.headers.get('content-encoding'), path).toBeNull();
      expect(plain.res.headers.get('vary') ?? '', path).toMatch(/Accept-Encoding/);
      expect(plain.bytes.byteLength, path).toBeGreaterThan(MIN_COMPRESS_BYTES);
      const etag = plain.res.headers.get('etag')!;
      for (const [encoding, suffix] of [
        ['br', '-br'],
        ['gzip', '-gz'],
      ] as const) {
        const packed = await get(path, { 'Accept-Encoding': `${encoding}, identity` });
        expect(packed.res.headers.get('content-encoding'), path).toBe(encoding);
        expect(packed.res.headers.get('vary') ?? '', path).toMatch(/Accept-Encoding/);
        expect(packed.res.headers.get('etag'), path).toBe(`${etag.slice(0, -1)}${suffix}"`);
        expect(packed.bytes.byteLength, path).toBeLessThan(plain.bytes.byteLength);
        expect(decode[encoding](packed.bytes).equals(plain.bytes), path).toBe(true);
        const length = packed.res.headers.get('content-length');
        if (length !== null) expect(Number(length), path).toBe(packed.bytes.byteLength);
      }
    }
  });

  it('answers 304 to the tag of the representation held, and confirms that tag', async () => {
    for (const path of TEXT) {
      const packed = await get(path, { 'Accept-Encoding': 'br' });
      const etag = packed.res.headers.get('etag')!;
      const again = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
      expect(again.res.status, path).toBe(304);
      expect(again.res.headers.get('etag'), path).toBe(etag);
      expect(again.res.headers.get('vary') ?? '', path).toMatch(/Accept-Encoding/);
      expect(again.bytes.byteLength, path).toBe(0);
      const other = await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': '"someone-else-br"' });
      expect(other.res.status, path).toBe(200);
    }
  });

  it('leaves small answers and answers without a text type as they are', async () => {
    const small = await get('/healthz', { 'Accept-Encoding': 'br' });
    expect(small.res.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(small.bytes.toString('utf8'))).toEqual({ ok: true });
    const redirect = await get('/', { 'Accept-Encoding': 'br' });
    expect(redirect.res.status).toBe(302);
    expect(redirect.res.headers.get('content-encoding')).toBeNull();
  });
});
