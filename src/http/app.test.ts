import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { loadDemo } from '../app/demo.js';
import { tempApp } from '../testing/temp-app.js';
import { createHttpApp } from './app.js';

// Over a real socket: the Node adapter answers with its own light responses, which the
// security headers must reach without being copied.
let env: Awaited<ReturnType<typeof tempApp>>;
let server: ServerType;
let base: string;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 10 });
  server = serve({ fetch: createHttpApp(env.ctx).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await env.cleanup();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers, redirect: 'manual' });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

describe('security headers', () => {
  it('are on every kind of answer', async () => {
    const page = await get('/en/persons/p-luchynovich/');
    expect(page.res.status).toBe(200);
    const etag = page.res.headers.get('etag')!;
    const answers = [
      page,
      await get('/en/persons/p-luchynovich/'), // from the page cache
      await get('/en/persons/p-luchynovich/', { 'If-None-Match': etag }),
      await get('/en/persons/?region=minsk'),
      await get('/en/persons/p-nobody/'),
      await get('/en/persons'),
      await get('/'),
      await get('/healthz'),
      await get('/api/v1/persons?limit=1'),
      await get('/nothing-here'),
      await get('/data/registry.csv'),
      await get('/assets/site.css'),
    ];
    expect(answers.map((a) => a.res.status)).toEqual([200, 200, 304, 200, 404, 301, 302, 200, 200, 404, 200, 200]);
    for (const { res } of answers) expectSecurityHeaders(res);
  });
});

describe('page answers', () => {
  it('send the same bytes, length and headers from the cache as when rendered', async () => {
    const path = '/ru/persons/?status=imprisoned&sex=male';
    const first = await get(path);
    const again = await get(path);
    expect(first.res.status).toBe(200);
    expect(again.bytes).toEqual(first.bytes);
    const plain = await get(path, { 'Accept-Encoding': 'identity' });
    expect(plain.bytes).toEqual(first.bytes);
    expect(Number(plain.res.headers.get('content-length'))).toBe(first.bytes.byteLength);
    for (const name of ['etag', 'cache-control', 'content-type', 'content-length', 'content-encoding']) {
      expect(again.res.headers.get(name)).toBe(first.res.headers.get(name));
    }
    expect(first.res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(first.bytes)).toContain('<html lang="ru"');
  });

  it('send no Last-Modified (it would date staff edits) and answer If-Modified-Since with the page', async () => {
    const first = await get('/be/');
    expect(first.res.headers.get('last-modified')).toBeNull();
    const since = new Date(Date.now() + 86_400_000).toUTCString();
    expect((await get('/be/', { 'If-Modified-Since': since })).res.status).toBe(200);
  });
});
