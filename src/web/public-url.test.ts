import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from '../app/demo.js';
import { createHttpApp } from '../http/app.js';
import { linkedPaths } from './mirror-links.js';
import { siteOrigin } from './origin.js';

let app: Hono;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 20 });
  app = createHttpApp(t.ctx);
});
afterAll(() => cleanup());
afterEach(() => vi.unstubAllEnvs());

const text = async (path: string, host = 'registry.example:3000') => {
  const res = await app.request(`http://${host}${path}`);
  return { res, body: await res.text() };
};

describe('absolute links', () => {
  it('use the request host when no public URL is configured, never localhost:8080', async () => {
    vi.stubEnv('ROLLCALL_PUBLIC_URL', '');
    const { body } = await text('/ru/persons/');
    expect(body).toContain('<link rel="canonical" href="http://registry.example:3000/ru/persons/">');
    for (const lang of ['be', 'ru', 'en'])
      expect(body).toContain(
        `<link rel="alternate" hreflang="${lang}" href="http://registry.example:3000/${lang}/persons/">`,
      );
    const feed = await text('/en/digests/feed.xml');
    expect(feed.body).toContain('http://registry.example:3000/en/digests/');
    expect(feed.body).not.toContain('localhost:8080');
  });

  it('use the configured public URL (env ROLLCALL_PUBLIC_URL) over the request host', async () => {
    vi.stubEnv('ROLLCALL_PUBLIC_URL', 'https://prisoners.example.org/');
    const { body } = await text('/en/figures/');
    expect(body).toContain('<link rel="canonical" href="https://prisoners.example.org/en/figures/">');
    expect(body).toContain('hreflang="be" href="https://prisoners.example.org/be/figures/"');
    expect(body).not.toContain('registry.example');
    const feed = await text('/be/digests/feed.xml');
    expect(feed.body).toContain('https://prisoners.example.org/be/digests/');
    const missing = await text('/en/no-such-page/');
    expect(missing.res.status).toBe(404);
    expect(missing.body).toContain('href="https://prisoners.example.org/en/no-such-page/"');
  });

  it('ignore a Host that is not a host name', () => {
    expect(siteOrigin('http://a.example/', {})).toBe('http://a.example');
    expect(siteOrigin('ftp://a.example/', {})).toBeUndefined();
  });
});

describe('favicon', () => {
  it('is linked from every page and served as SVG at its path and at /favicon.ico', async () => {
    const { body } = await text('/en/');
    expect(body).toContain('<link rel="icon" href="../assets/favicon.svg" type="image/svg+xml">');
    for (const path of ['/assets/favicon.svg', '/favicon.ico']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('image/svg+xml');
      expect(await res.text()).toMatch(/^<svg /);
      const again = await app.request(path, { headers: { 'If-None-Match': res.headers.get('etag')! } });
      expect(again.status).toBe(304);
    }
  });
});

describe('robots.txt', () => {
  it('lets crawlers index the public site and keeps them out of the staff workspace', async () => {
    const { res, body } = await text('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(body).toMatch(/^User-agent: \*$/m);
    expect(body).toMatch(/^Disallow: \/staff\/$/m);
    expect(body).not.toMatch(/^Disallow: \/$/m);
  });
});

describe('CSV for Excel', () => {
  it('is the CSV behind a UTF-8 byte order mark, with its own ETag', async () => {
    const plain = await app.request('/data/registry.csv');
    const excel = await app.request('/data/registry-excel.csv');
    expect(excel.status).toBe(200);
    const plainBytes = new Uint8Array(await plain.arrayBuffer());
    const excelBytes = new Uint8Array(await excel.arrayBuffer());
    expect([...excelBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plainBytes[0]).not.toBe(0xef);
    expect(Buffer.from(excelBytes.slice(3)).equals(Buffer.from(plainBytes))).toBe(true);
    expect(excel.headers.get('content-length')).toBe(String(plainBytes.byteLength + 3));
    expect(excel.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    expect(excel.headers.get('content-disposition')).toContain('rollcall-registry-excel.csv');
    expect(new TextDecoder().decode(excelBytes)).toMatch(/[А-Яа-яІіЎў]/);
  });
});

describe('the open-data page', () => {
  it.each(['be', 'ru', 'en'])('links only URLs that answer (%s)', async (lang) => {
    const { res, body } = await text(`/${lang}/data/`);
    expect(res.status).toBe(200);
    const links = linkedPaths(body, `/${lang}/data/`);
    expect(links).toEqual(expect.arrayContaining(['/data/registry-excel.csv', '/api/openapi.json']));
    for (const link of links) {
      const answer = await app.request(link);
      expect(answer.status, `${link} from /${lang}/data/`).toBe(200);
      await answer.arrayBuffer();
    }
  });
});
