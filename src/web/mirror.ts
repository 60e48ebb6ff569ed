/**
 * The static mirror: the whole public site as files that any static host or a USB stick
 * can serve, with links that work from a plain directory (`file://`).
 *
 * It does not render pages itself: it asks the site app in `mirror` link mode for `/`,
 * follows every link on every page (and every `src`), and writes each answer to a file
 * (`/en/persons/` → `en/persons/index.html`). So each file is, byte for byte, the page
 * the server renders in mirror mode, and every link in the mirror points at a file that
 * was written (or is reported in `missing`).
 *
 * @example
 * const report = await writeMirror(ctx, '/tmp/site');
 * // { pages: 1290, files: 1340, bytes: 24_000_000, missing: [], ms: 9000 }
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError, type AppContext } from '../app/context.js';
import { createSiteRoutes } from './site.js';

/** Anything that answers a site path like the Hono app does in-process. */
export interface SiteFetcher {
  request(path: string): Response | Promise<Response>;
}

export interface MirrorOptions {
  /** The app to mirror; default the site routes in `mirror` mode. Pass a mirror-mode app with digests and downloads mounted to include them. */
  app?: SiteFetcher;
  /** Write into a directory that is not empty (files of the same name are replaced). */
  force?: boolean;
  /** Called after each file with the number written so far. */
  onFile?: (written: number, path: string) => void;
}

export interface MirrorReport {
  /** HTML pages written. */
  pages: number;
  /** All files written (pages, CSS, SVG, CSV). */
  files: number;
  bytes: number;
  /** Linked site paths the app did not serve (status and path); empty for a complete mirror. */
  missing: Array<{ path: string; status: number; from: string }>;
  ms: number;
}

/** Where a site path is written: pages become `…/index.html`. */
export function mirrorFilePath(sitePath: string): string {
  const clean = sitePath.replace(/^\/+/, '');
  return sitePath.endsWith('/') ? `${clean}index.html` : clean;
}

/**
 * The site paths a page links to (href and src), resolved from `from`. External links,
 * fragments and `mailto:` are left out; `…/index.html` maps back to the page path `…/`.
 */
export function linkedPaths(pageHtml: string, from: string): string[] {
  const out = new Set<string>();
  for (const match of pageHtml.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = (match[1] ?? '').replace(/&amp;/g, '&');
    if (raw === '' || raw.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
    const url = new URL(raw, `http://mirror.invalid${from}`);
    const path = url.pathname.endsWith('/index.html') ? url.pathname.slice(0, -'index.html'.length) : url.pathname;
    out.add(url.search ? `${path}${url.search}` : path);
  }
  return [...out];
}

/** Writes the mirror of the public site into `outDir`. */
export async function writeMirror(ctx: AppContext, outDir: string, options: MirrorOptions = {}): Promise<MirrorReport> {
  const started = Date.now();
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !options.force) {
    throw new AppError('not-empty', `The folder ${outDir} is not empty; choose an empty one or pass --force.`);
  }
  const app = options.app ?? createSiteRoutes(ctx, { mode: 'mirror', cacheSize: 1 });
  const report: MirrorReport = { pages: 0, files: 0, bytes: 0, missing: [], ms: 0 };
  const seen = new Set<string>(['/', '/assets/site.css']);
  const queue: Array<{ path: string; from: string }> = [
    { path: '/', from: '/' },
    { path: '/assets/site.css', from: '/' },
  ];
  while (queue.length > 0) {
    const { path, from } = queue.shift()!;
    if (path.includes('?')) {
      report.missing.push({ path, status: 0, from });
      continue;
    }
    const res = await app.request(path);
    if (res.status !== 200) {
      report.missing.push({ path, status: res.status, from });
      continue;
    }
    const body = Buffer.from(await res.arrayBuffer());
    const file = join(outDir, mirrorFilePath(path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    report.files++;
    report.bytes += body.length;
    options.onFile?.(report.files, path);
    if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    report.pages++;
    for (const next of linkedPaths(body.toString('utf8'), path)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push({ path: next, from: path });
    }
  }
  report.ms = Date.now() - started;
  return report;
}
