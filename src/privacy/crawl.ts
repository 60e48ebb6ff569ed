/**
 * Test support for the public-output tests: fetch paths from an in-process app,
 * follow the links of what it answers (HTML, sitemaps, Atom feeds, CSS), and
 * list the files of a folder (the mirror).
 *
 * @example
 * const pages = await crawl(app, ['/', '/en/'], 5000);
 * pages.get('/en/persons/')?.status; // 200
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Fetcher {
  request(path: string): Response | Promise<Response>;
}

export interface Fetched {
  path: string;
  status: number;
  type: string;
  /** Every response header as `name: value` lines, sorted. */
  headers: string;
  body: string;
}

/** Hosts that stand for the site itself in absolute links (the Atom feed's default public URL). */
const SITE_HOSTS = new Set(['site.test', 'localhost:8080']);

export async function fetchPath(app: Fetcher, path: string): Promise<Fetched> {
  const res = await app.request(path);
  const headers = [...res.headers].map(([name, value]) => `${name}: ${value}`).sort();
  return {
    path,
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    headers: headers.join('\n'),
    body: await res.text(),
  };
}

/** Fetches `paths` a few at a time (in-process requests share two cores with other work). */
export async function fetchAll(app: Fetcher, paths: readonly string[], parallel = 8): Promise<Fetched[]> {
  const out: Fetched[] = [];
  for (let i = 0; i < paths.length; i += parallel)
    out.push(...(await Promise.all(paths.slice(i, i + parallel).map((p) => fetchPath(app, p)))));
  return out;
}

/** Same-site links of a page: href/src/action attributes, `<loc>` of sitemaps, `url()` of CSS. */
export function linksOf(page: Fetched): string[] {
  const out: string[] = [];
  const re = /(?:href|src|action)\s*=\s*["']([^"'#]+)["']|<loc>([^<]+)<\/loc>|url\(\s*["']?([^"')]+)["']?\s*\)/g;
  for (const m of page.body.matchAll(re)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').replaceAll('&amp;', '&');
    const url = new URL(raw, `http://site.test${page.path}`);
    if (SITE_HOSTS.has(url.host)) out.push(url.pathname + url.search);
  }
  return out;
}

/** Breadth-first crawl from `start` (fetched too), up to `budget` paths, keyed by path. */
export async function crawl(app: Fetcher, start: readonly string[], budget: number): Promise<Map<string, Fetched>> {
  const pages = new Map<string, Fetched>();
  const seen = new Set(start);
  let frontier = [...seen];
  while (frontier.length > 0 && pages.size < budget) {
    const fetched = await fetchAll(app, frontier.slice(0, budget - pages.size));
    frontier = [];
    for (const page of fetched) {
      pages.set(page.path, page);
      for (const link of linksOf(page)) {
        if (seen.has(link)) continue;
        seen.add(link);
        frontier.push(link);
      }
    }
  }
  return pages;
}

/** Every file under `folder`, as paths relative to it, sorted. */
export function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix))
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(join(folder, rel)).isDirectory() ? filesUnder(folder, rel) : [rel];
    })
    .sort();
}
