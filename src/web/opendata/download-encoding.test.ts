/**
 * Compressed downloads: written once per data version beside the file (not compressed
 * again for every client), with their own ETag, the owner-only mode of every download
 * file, written again when removed from the disk, and replaced when the data changes.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { loadDemo } from '../../app/demo.js';
import { createPerson } from '../../app/persons.js';
import { tempApp } from '../../testing/temp-app.js';
import { createDownloadCache, type DownloadCache } from './downloads.js';
import { openDataRoutes } from './routes.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let cache: DownloadCache;
let app: Hono;
let folder: string;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 20 });
  folder = join(env.dir, 'downloads');
  cache = createDownloadCache(env.ctx, { dir: folder });
  app = new Hono().route('/', openDataRoutes(env.ctx, { cache }));
}, 60_000);
afterAll(async () => {
  cache.close();
  await env.cleanup();
});

const files = () => readdirSync(folder).sort();
async function get(path: string, headers: Record<string, string> = {}) {
  const res = await app.request(path, { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('compressed downloads', () => {
  it('are written once per version and decode to the file', async () => {
    const plain = await get('/data/registry.json');
    const br = await get('/data/registry.json', { 'Accept-Encoding': 'br' });
    expect(br.res.headers.get('content-encoding')).toBe('br');
    expect(br.res.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.res.headers.get('etag')).toBe(plain.res.headers.get('etag')!.replace(/"$/, '-br"'));
    expect(Number(br.res.headers.get('content-length'))).toBe(br.bytes.byteLength);
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    const gz = await get('/data/registry.json', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    const written = files().filter((f) => f.endsWith('.br'));
    expect(written).toHaveLength(1);
    const mtime = statSync(join(folder, written[0]!)).mtimeMs;
    await get('/data/registry.json', { 'Accept-Encoding': 'br' });
    expect(statSync(join(folder, written[0]!)).mtimeMs).toBe(mtime);
    for (const name of files()) expect(statSync(join(folder, name)).mode & 0o777, name).toBe(0o600);
  });

  it('answer 304 for the tag held without compressing anything', async () => {
    const br = await get('/data/registry.csv', { 'Accept-Encoding': 'br' });
    const tag = br.res.headers.get('etag')!;
    rmSync(folder, { recursive: true, force: true }); // nothing to read: a 304 must not need it
    const again = await get('/data/registry.csv', { 'Accept-Encoding': 'br', 'If-None-Match': tag });
    expect(again.res.status).toBe(304);
    expect(again.res.headers.get('etag')).toBe(tag);
  });

  it('are written again when removed from the disk, and replaced when the data changes', async () => {
    const first = await get('/data/registry.csv', { 'Accept-Encoding': 'gzip' });
    for (const name of files().filter((f) => f.endsWith('.gz'))) rmSync(join(folder, name));
    const again = await get('/data/registry.csv', { 'Accept-Encoding': 'gzip' });
    expect(again.res.status).toBe(200);
    expect(gunzipSync(again.bytes).equals(gunzipSync(first.bytes))).toBe(true);
    await createPerson(env.ctx, { names: [{ family: 'Newcomer', given: 'A', system: 'latn' }] }, { actor: 't' });
    const changed = await get('/data/registry.csv', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(changed.bytes).toString('utf8')).toContain('Newcomer');
    expect(changed.res.headers.get('etag')).not.toBe(first.res.headers.get('etag'));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the superseded copy is removed after the new one is written
    expect(files().filter((f) => f.includes('.csv'))).toHaveLength(2);
  });
});
