/**
 * The static mirror: the whole public site as files that any static host or a USB stick
 * can serve, with links that work from a plain directory (`file://`).
 *
 * Every file is the answer of the site in `mirror` link mode, byte for byte:
 * - the lists (status tabs and their pages) and the person pages, which are nearly all
 *   of a large registry, are enumerated in name order and rendered through
 *   {@link renderSitePath} (the function the site routes render with), a list page and
 *   then its people, each in the three languages in turn, so that the data-version caches
 *   load and present each record once;
 * - then everything else is fetched from the site app, starting at `/` and following
 *   every link (and `src`) of every page written, as a crawler would.
 * Links of every page are read, so every link in the mirror points at a file that was
 * written (or is reported in `missing`). Files are written on a worker thread (`mirror-writer.ts`).
 *
 * @example
 * const report = await writeMirror(ctx, '/tmp/site');
 * // { pages: 1290, files: 1340, bytes: 24_000_000, missing: [], ms: 9000 }
 */
import { existsSync, readdirSync } from 'node:fs';
import { AppError, type AppContext } from '../app/context.js';
import { articleIndex, facilityIndex, publicTabRows } from '../app/site-queries.js';
import { pinDataVersion } from '../app/site-memo.js';
import { LANGS, type Lang } from '../domain/record.js';
import { ARTICLE_PAGE_SIZE, articlePagePath } from './pages/articles.js';
import { linkedPaths, mirrorFilePath } from './mirror-links.js';
import { FileWriter } from './mirror-writer.js';
import { paths } from './pages/common.js';
import { PAGE_SIZE, STATUS_TABS, tabPath } from './pages/persons-list.js';
import { createSiteRoutes, renderSitePath } from './site.js';
import { exportRegistry } from '../app/export.js';

export { linkedPaths, mirrorFilePath, resolveLink } from './mirror-links.js';

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

/** Writes the mirror of the public site into `outDir`. */
export async function writeMirror(ctx: AppContext, outDir: string, options: MirrorOptions = {}): Promise<MirrorReport> {
  const started = Date.now();
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !options.force) {
    throw new AppError('not-empty', `The folder ${outDir} is not empty; choose an empty one or pass --force.`);
  }
  const pinned = await pinDataVersion(ctx);
  const app = options.app ?? createSiteRoutes(pinned, { mode: 'mirror', cacheSize: 1 });
  const run = new MirrorRun(new FileWriter(outDir), options);
  try {
    await writeListsAndPeople(pinned, run);
    await writeFacilitiesAndArticles(pinned, run);
    await writeDownloads(pinned, run);
    await crawl(app, run);
  } finally {
    await run.writer.close();
  }
  run.report.ms = Date.now() - started;
  return run.report;
}

/** The state of one mirror run: what was seen, what is queued, the writes in flight. */
class MirrorRun {
  readonly report: MirrorReport = { pages: 0, files: 0, bytes: 0, missing: [], ms: 0 };
  readonly seen = new Set<string>(['/', '/assets/site.css']);
  /** Paths already rendered (a path queued by a link may be rendered by a later bulk step first). */
  readonly written = new Set<string>();
  readonly queue: Array<{ path: string; from: string }> = [
    { path: '/', from: '/' },
    { path: '/assets/site.css', from: '/' },
  ];

  constructor(
    readonly writer: FileWriter,
    private readonly options: MirrorOptions,
  ) {}

  /** Writes a served file, and queues the links of a page that were not seen yet. */
  save(path: string, body: Buffer | string, isHtml: boolean): Promise<void> {
    this.written.add(path);
    this.report.files++;
    this.report.bytes += typeof body === 'string' ? Buffer.byteLength(body) : body.length;
    this.options.onFile?.(this.report.files, path);
    if (isHtml) {
      this.report.pages++;
      for (const next of linkedPaths(body.toString(), path)) this.enqueue(next, path);
    }
    return this.writer.add(mirrorFilePath(path), body);
  }

  /** Marks a path as handled by the bulk phase (so the crawl does not fetch it again). */
  claim(path: string): void {
    this.seen.add(path);
  }

  enqueue(path: string, from: string): void {
    if (this.seen.has(path)) return;
    this.seen.add(path);
    this.queue.push({ path, from });
  }
}

/** Renders one site path through the site's own renderer and saves it; a non-200 answer is reported. */
async function renderAndSave(ctx: AppContext, run: MirrorRun, path: string, from: string): Promise<void> {
  const result = await renderSitePath(ctx, path, 'mirror');
  const status = result?.status ?? (result ? 200 : 404);
  if (!result || status !== 200) {
    run.report.missing.push({ path, status, from });
    return;
  }
  await run.save(path, result.body, result.type === 'html');
}

/**
 * The status tabs page by page, each page in every language; after each page of the
 * full list, the pages of its people. Every path is claimed before any is written, so
 * that the links between them do not queue them for the crawl.
 */
async function writeListsAndPeople(ctx: AppContext, run: MirrorRun): Promise<void> {
  const counts = new Map<string, number>();
  for (const tab of STATUS_TABS) {
    const total = (await publicTabRows(ctx, tab === 'all' ? undefined : tab)).length;
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    counts.set(tab, pageCount);
    for (let page = 1; page <= pageCount; page++) for (const lang of LANGS) run.claim(tabPath(lang, tab, page));
  }
  const people = await publicTabRows(ctx);
  for (const { id } of people) for (const lang of LANGS) run.claim(paths.person(lang, id));
  for (const tab of STATUS_TABS) {
    for (let page = 1; page <= counts.get(tab)!; page++) {
      for (const lang of LANGS) await renderAndSave(ctx, run, tabPath(lang, tab, page), paths.persons(lang));
      if (tab !== 'all') continue;
      for (const { id } of people.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)) {
        for (const lang of LANGS) {
          await renderAndSave(ctx, run, paths.person(lang, id), tabPath(lang, tab, page));
        }
      }
    }
  }
}

/** The open-data downloads, written by the same export as `/data/registry.*` on the server. */
async function writeDownloads(ctx: AppContext, run: MirrorRun): Promise<void> {
  for (const format of ['json', 'csv'] as const) {
    const path = `/data/registry.${format}`;
    run.claim(path);
    const chunks: string[] = [];
    await exportRegistry(ctx, { format, publicOnly: true }, (chunk) => void chunks.push(chunk));
    await run.save(path, chunks.join(''), false);
  }
}

/** Fetches every queued path from the app, following links, until nothing new is linked. */
async function crawl(app: SiteFetcher, run: MirrorRun): Promise<void> {
  for (let next = 0; next < run.queue.length; next++) {
    const { path, from } = run.queue[next]!;
    if (run.written.has(path)) continue;
    if (path.includes('?')) {
      run.report.missing.push({ path, status: 0, from });
      continue;
    }
    const res = await app.request(path);
    if (res.status !== 200) {
      run.report.missing.push({ path, status: res.status, from });
      continue;
    }
    const body = Buffer.from(await res.arrayBuffer());
    await run.save(path, body, (res.headers.get('content-type') ?? '').startsWith('text/html'));
  }
}

/** Renders each path in every language in turn (the data behind a page is shared by its languages). */
async function writeInEveryLang(ctx: AppContext, run: MirrorRun, pathsOf: (lang: Lang) => string[]): Promise<void> {
  const byLang = LANGS.map((lang) => pathsOf(lang));
  for (const list of byLang) for (const path of list) run.claim(path);
  for (let i = 0; i < byLang[0]!.length; i++) {
    for (const list of byLang) await renderAndSave(ctx, run, list[i]!, `/${list[i]!.split('/')[1]}/`);
  }
}

/** The facility pages and the pages of every article, each in every language in turn. */
async function writeFacilitiesAndArticles(ctx: AppContext, run: MirrorRun): Promise<void> {
  const facilities = await facilityIndex(ctx);
  await writeInEveryLang(ctx, run, (lang) => facilities.map(({ facility }) => paths.facility(lang, facility.id)));
  const articles = await articleIndex(ctx);
  await writeInEveryLang(ctx, run, (lang) =>
    articles.flatMap(({ code, persons }) =>
      Array.from({ length: Math.max(1, Math.ceil(persons / ARTICLE_PAGE_SIZE)) }, (_, i) =>
        articlePagePath(lang, code, i + 1),
      ),
    ),
  );
}
