/**
 * The privacy canary: a unique marker in every internal field of the demo data
 * (see `canaries.ts`), then every public output is requested — each API route,
 * the downloads, the OpenAPI document, every page reachable from the site's
 * home pages in each language, and the mirror when it exists — and none may
 * contain a marker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from '../app/demo.js';
import type { AppContext } from '../app/context.js';
import { LANGS } from '../domain/record.js';
import { createHttpApp } from '../http/app.js';
import { writeMirror } from '../web/mirror.js';
import { plantCanaries, type CanaryPlan } from './canaries.js';

const DIGEST = ['p-mikhniuk', 'p-bialiauski', 'p-babich', 'p-luchynovich', 'p-takarchuk'];

let ctx: AppContext;
let dir: string;
let app: Hono;
let plan: CanaryPlan;
let planted: string[];
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempApp();
  ({ ctx, dir, cleanup } = t);
  await loadDemo(ctx, { synthetic: 25 });
  const synthetic = await ctx.store.read((r) => r.persons.ids(null, 12));
  planted = [...new Set([...DIGEST, ...synthetic.filter((id) => !DIGEST.includes(id))])];
  plan = await plantCanaries(ctx, { persons: planted });
  app = createHttpApp(ctx);
});
afterAll(() => cleanup());

interface Fetched {
  path: string;
  status: number;
  type: string;
  body: string;
}

async function fetchText(path: string): Promise<Fetched> {
  const res = await app.request(path);
  return { path, status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

/** Markers found in a response, ignoring markers the request itself carried (echoed ids or queries). */
function leaks(page: Fetched): string[] {
  let body = page.body;
  for (const own of page.path.match(/zqcanary\d+x/gi) ?? []) body = body.replaceAll(own, '');
  return plan.find(body).map((field) => `${page.path}: ${field}`);
}

async function scan(paths: readonly string[]): Promise<{ pages: Fetched[]; found: string[] }> {
  const pages = await Promise.all(paths.map(fetchText));
  return { pages, found: pages.flatMap(leaks) };
}

/** Same-site links in HTML, XML (sitemaps, feeds) and CSS, resolved against the page. */
function links(page: Fetched): string[] {
  const out: string[] = [];
  const re = /(?:href|src|action)\s*=\s*["']([^"'#]+)["']|<loc>([^<]+)<\/loc>|url\(\s*["']?([^"')]+)["']?\s*\)/g;
  for (const m of page.body.matchAll(re)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').replaceAll('&amp;', '&');
    const url = new URL(raw, `http://site.test${page.path}`);
    if (url.host !== 'site.test') continue;
    out.push(url.pathname + url.search);
  }
  return out;
}

/** Breadth-first crawl of GET links from `start`, up to `budget` pages. */
async function crawl(start: readonly string[], budget: number): Promise<Fetched[]> {
  const seen = new Set(start);
  let frontier = [...start];
  const pages: Fetched[] = [];
  while (frontier.length > 0 && pages.length < budget) {
    const batch = frontier.slice(0, budget - pages.length);
    const fetched = await Promise.all(batch.map(fetchText));
    pages.push(...fetched);
    frontier = [];
    for (const page of fetched)
      for (const link of links(page))
        if (!seen.has(link)) {
          seen.add(link);
          frontier.push(link);
        }
  }
  return pages;
}

async function allPublicIds(): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const res = (await (await app.request(`/api/v1/persons?limit=500&page=${page}`)).json()) as {
      persons: Array<{ id: string }>;
    };
    ids.push(...res.persons.map((p) => p.id));
    if (res.persons.length < 500) return ids;
  }
}

describe('the canary plan', () => {
  it('marks many fields and finds a marker wherever it is', () => {
    expect(plan.fields.size).toBeGreaterThan(60);
    const [marker, field] = [...plan.fields][3]!;
    expect(plan.find(`<p>${marker.toUpperCase()}</p>`)).toEqual([field]);
    expect(plan.find('nothing here')).toEqual([]);
  });

  it('planted its markers where staff can read them', async () => {
    const person = await ctx.store.read((r) => r.persons.get('p-mikhniuk'));
    expect(plan.find(JSON.stringify(person))).toEqual(expect.arrayContaining(['internalNote', 'tag', 'case judge']));
  });
});

describe('no public output contains a canary', () => {
  it('the JSON API, every route and every public person', async () => {
    const ids = await allPublicIds();
    expect(ids).toEqual(expect.arrayContaining(planted));
    expect(ids).not.toContain(plan.internalIds.person);
    const { found } = await scan([
      '/api/v1/persons?limit=500',
      '/api/v1/persons?limit=500&sort=detention&order=desc',
      '/api/v1/persons?status=released&limit=500',
      `/api/v1/persons?facility=${plan.internalIds.facility}`,
      ...ids.map((id) => `/api/v1/persons/${id}`),
      `/api/v1/persons/${plan.internalIds.person}`,
      '/api/v1/facilities',
      '/api/v1/stats?at=2023-06-15',
      '/api/v1/stats?at=2024-01-10',
      '/api/v1/series?from=2020-01-01&to=2024-12-31',
      '/api/v1/series?from=2021-01-01&to=2024-02-02&step=day',
      '/api/v1/flows?from=2020-01&to=2025-06',
      '/api/v1/releases?month=2024-01',
      '/api/v1/releases?month=2023-06',
      '/api/v1/expected?from=2024-01-01&to=2040-12-31',
      '/api/openapi.json',
    ]);
    expect(found).toEqual([]);
  });

  it('the API name search does not match internal name forms', async () => {
    const markers = [...plan.fields].filter(([, f]) => /name (family|given)|person family/.test(f)).map(([m]) => m);
    expect(markers.length).toBeGreaterThan(2);
    const { pages, found } = await scan(markers.map((m) => `/api/v1/persons?q=${m}`));
    expect(found).toEqual([]);
    for (const page of pages) {
      expect(page.status).toBe(200);
      const ids = (JSON.parse(page.body) as { persons: Array<{ id: string }> }).persons.map((p) => p.id);
      expect(ids, page.path).toEqual([]);
    }
  });

  it('internal records do not appear in figures or release lists', async () => {
    const releases = await fetchText('/api/v1/releases?month=2024-01');
    expect(releases.body).not.toContain(plan.internalIds.person);
    const facilities = await fetchText('/api/v1/facilities');
    expect(facilities.body).not.toContain(plan.internalIds.facility);
  });

  it('the open-data downloads', async () => {
    const { pages, found } = await scan(['/data/registry.json', '/data/registry.csv']);
    for (const page of pages) expect(page.status, page.path).toBe(200);
    expect(pages[0]!.body).toContain('p-mikhniuk');
    expect(found).toEqual([]);
  });

  it('every page reachable from the home page of each language', async () => {
    const homes = ['/', ...LANGS.map((l) => `/${l}/`)];
    const pages = await crawl(homes, 4000);
    const ok = pages.filter((p) => p.status === 200 && p.type.includes('text/html'));
    for (const lang of LANGS) {
      const personPages = ok.filter((p) => p.path.startsWith(`/${lang}/persons/p-`));
      expect(personPages.length, `${lang} person pages crawled`).toBeGreaterThan(planted.length);
    }
    expect(pages.flatMap(leaks)).toEqual([]);
  });

  it('pages asked directly for internal records or searched by internal names', async () => {
    const markers = [...plan.fields].filter(([, f]) => /name (family|given)|person family/.test(f)).map(([m]) => m);
    const paths = LANGS.flatMap((l) => [
      `/${l}/persons/${plan.internalIds.person}/`,
      `/${l}/facilities/${plan.internalIds.facility}/`,
      ...markers.map((m) => `/${l}/persons/?q=${m}`),
    ]);
    const { pages, found } = await scan(paths);
    expect(found).toEqual([]);
    for (const page of pages.filter((p) => p.path.includes('?q='))) {
      for (const id of planted) expect(page.body, `${page.path} finds ${id}`).not.toContain(`/persons/${id}/`);
      expect(page.body).not.toContain(plan.internalIds.person);
    }
  });

  it('the static mirror', async () => {
    const out = join(dir, 'mirror');
    const report = await writeMirror(ctx, out);
    expect(report.pages).toBeGreaterThan(LANGS.length * planted.length);
    const files = walk(out);
    expect(files.length).toBeGreaterThan(LANGS.length * planted.length);
    const found = files.flatMap((f) => plan.find(readFileSync(f, 'utf8')).map((field) => `${f}: ${field}`));
    expect(found).toEqual([]);
    expect(files.some((f) => f.includes(plan.internalIds.person))).toBe(false);
  });
});

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
