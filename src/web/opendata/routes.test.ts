import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import { createPerson } from '../../app/persons.js';
import type { AppContext } from '../../app/context.js';
import { createDownloadCache, type DownloadCache } from './downloads.js';
import { openDataRoutes } from './routes.js';

let ctx: AppContext;
let dir: string;
let cache: DownloadCache;
let app: Hono;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempApp();
  ({ ctx, dir, cleanup } = t);
  await loadDemo(ctx, { synthetic: 40 });
  await createPerson(
    ctx,
    {
      id: 'p-hidden',
      names: [{ family: 'Hiddenfamily', given: 'Person', system: 'latn' }],
      visibility: 'internal',
    },
    { actor: 'test', note: 'internal person' },
  );
  cache = createDownloadCache(ctx, { dir: join(dir, 'downloads') });
  app = new Hono().route('/', openDataRoutes(ctx, { cache }));
});
afterAll(async () => {
  cache.close();
  await cleanup();
});

describe('GET /data/registry.csv', () => {
  it('sends the public persons as a CSV attachment with an ETag', async () => {
    const res = await app.request('/data/registry.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('rollcall-registry.csv');
    expect(res.headers.get('etag')).toMatch(/^"csv-[0-9a-f]{32}"$/);
    const text = await res.text();
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    const lines = text.trim().split('\n');
    expect(lines[0]).toMatch(/^id,/);
    expect(lines.length).toBeGreaterThan(40);
    expect(text).toContain('p-mikhniuk');
    expect(text).not.toContain('p-hidden');
    expect(text).not.toContain('Hiddenfamily');
  });

  it('answers 304 when the ETag still matches, in any If-None-Match form', async () => {
    const etag = (await app.request('/data/registry.csv')).headers.get('etag')!;
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await app.request('/data/registry.csv', { headers: { 'If-None-Match': header } });
      expect(res.status, header).toBe(304);
      expect(await res.text()).toBe('');
    }
    const stale = await app.request('/data/registry.csv', { headers: { 'If-None-Match': '"csv-old"' } });
    expect(stale.status).toBe(200);
  });

  it('answers HEAD with the headers only', async () => {
    const res = await app.request('/data/registry.csv', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"csv-/);
    expect(await res.text()).toBe('');
  });
});

describe('GET /data/registry.json', () => {
  it('sends the public registry in the canonical JSON format', async () => {
    const res = await app.request('/data/registry.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as { persons: Array<Record<string, unknown>>; facilities: unknown[] };
    expect(body.persons.length).toBeGreaterThan(40);
    expect(body.facilities.length).toBeGreaterThan(10);
    expect(body.persons.map((p) => p.id)).not.toContain('p-hidden');
    for (const p of body.persons) {
      expect(p).not.toHaveProperty('internalNote');
      expect(p.visibility ?? 'public').toBe('public');
    }
  });
});

describe('the download cache', () => {
  it('shares one export between concurrent requests and writes each version once', async () => {
    const [a, b] = await Promise.all([cache.get('json'), cache.get('json')]);
    expect(a).toBe(b);
    expect(await cache.get('json')).toBe(a);
  });

  it('writes a new file after the data changes, and removes the old one', async () => {
    const before = await cache.get('csv');
    await createPerson(
      ctx,
      { id: 'p-newcomer', names: [{ family: 'Newcomer', given: 'Anna', system: 'latn' }] },
      { actor: 'test', note: 'new person' },
    );
    const res = await app.request('/data/registry.csv', { headers: { 'If-None-Match': before.etag } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(before.etag);
    expect(await res.text()).toContain('Newcomer');
    const after = await cache.get('csv');
    expect(after.version).toBeGreaterThan(before.version);
    await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(before.path)).toBe(false);
    expect(readdirSync(join(dir, 'downloads')).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('GET /{lang}/data/', () => {
  it.each(['be', 'ru', 'en'])('describes the downloads and the API in %s', async (lang) => {
    const res = await app.request(`/${lang}/data/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain(`<html lang="${lang}"`);
    expect(page).toMatch(/href="[^"]*data\/registry\.csv"/);
    expect(page).toMatch(/href="[^"]*data\/registry\.json"/);
    expect(page).toMatch(/href="[^"]*api\/openapi\.json"/);
    expect(page).toContain('<code>release_date</code>');
  });

  it('is not served for an unknown language', async () => {
    expect((await app.request('/de/data/')).status).toBe(404);
  });
});
