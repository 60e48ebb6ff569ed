/**
 * The static mirror: the whole public site as files that any static host or a USB stick
 * can serve, with links that work from a plain directory (`file://`).
 *
 * Every file is the answer of the site in `mirror` link mode, byte for byte:
 * - the bulk of the site, known from the data before anything is rendered (the status
 *   tabs with their people, nearly all of a large registry; the facilities; the articles;
 *   the downloads), is planned as jobs (`mirror-jobs.ts`) and rendered through
 *   {@link renderSitePath} (the function the site routes render with) on render workers,
 *   each with its own read-only connection to the SQLite file (`mirror-pool.ts`,
 *   `mirror-worker.ts`), or in this thread when the store is not a file;
 * - meanwhile everything else is fetched from the site app, starting at `/` and following
 *   every link (and `src`) of every page written, as a crawler would.
 * The links of every page are followed (the workers are told them as the pages write them,
 * see `collectLinks`; the crawl reads them back), so every link in the mirror points at a
 * file that was written (or is reported in `missing`). Files are written on writer threads
 * (`mirror-writer.ts`).
 *
 * @example
 * const report = await writeMirror(ctx, '/tmp/site');
 * // { pages: 1290, files: 1340, bytes: 24_000_000, missing: [], ms: 9000 }
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { AppContext } from '../app/context.js';
import { dataVersion, pinDataVersion } from '../app/read-model/index.js';
import { placementIndex } from '../app/site-queries.js';
import {
  claimedBy,
  downloadJobs,
  planMirrorJobs,
  planPageJobs,
  runJob,
  type JobSink,
  type MirrorJob,
} from './mirror-jobs.js';
import { linkedPaths, mirrorFilePath } from './mirror-links.js';
import { finishMirrorFiles, previousMirrorFiles } from './mirror-manifest.js';
import { RenderPool } from './mirror-pool.js';
import type { RenderProgress } from './mirror-worker.js';
import { FileWriter, writeStreamed } from './mirror-writer.js';
import { createSiteRoutes } from './site.js';
import { withPublicPhotos } from './mirror-photos.js';

export { linkedPaths, mirrorFilePath, resolveLink } from './mirror-links.js';

/** Anything that answers a site path like the Hono app does in-process. */
export interface SiteFetcher {
  request(path: string): Response | Promise<Response>;
}

export interface MirrorOptions {
  /** The app to mirror; default the site routes in `mirror` mode. Pass a mirror-mode app with digests and downloads mounted to include them. */
  app?: SiteFetcher;
  /**
   * Write into a directory that is not empty and holds no mirror manifest (files of the
   * same name are replaced, nothing is deleted). A folder an earlier mirror wrote (it has
   * the manifest) needs no `force`: its files that are no longer part of the site are removed.
   */
  force?: boolean;
  /** Called after each file with the number written so far. */
  onFile?: (written: number, path: string) => void;
  /**
   * Render workers (default: one per core, at most 4); 0 renders everything in this thread.
   * Workers need the store to be an SQLite file; otherwise this thread renders.
   */
  workers?: number;
  /** Writer threads per render worker (default 2). */
  writerThreads?: number;
}

export interface MirrorReport {
  /** HTML pages written. */
  pages: number;
  /** All files written (pages, CSS, SVG, CSV). */
  files: number;
  bytes: number;
  /** Linked site paths the app did not serve (status and path); empty for a complete mirror. */
  missing: Array<{ path: string; status: number; from: string }>;
  /**
   * Files an earlier mirror wrote into the folder that are no longer part of the site
   * (a person made internal or deleted), removed (see `mirror-manifest.ts`).
   */
  removed: string[];
  ms: number;
}

/** Writes the mirror of the public site into `outDir`. */
export async function writeMirror(ctx: AppContext, outDir: string, options: MirrorOptions = {}): Promise<MirrorReport> {
  const started = Date.now();
  // Checked before anything is written: a folder of someone else's files is refused.
  const previous = previousMirrorFiles(outDir, { force: options.force ?? false });
  const pinned = await pinDataVersion(ctx);
  const app = withPublicPhotos(pinned, options.app ?? createSiteRoutes(pinned, { mode: 'mirror', cacheSize: 1 }));
  const run = new MirrorRun(new FileWriter(outDir), options);
  let pool: RenderPool | null = null;
  try {
    const workers = workerCount(ctx, options);
    if (workers > 0) {
      const input = {
        workers,
        dbPath: sqliteFile(ctx)!,
        outDir: resolve(outDir),
        now: ctx.now().getTime(),
        version: await dataVersion(pinned),
        writerThreads: Math.max(1, options.writerThreads ?? 2),
      };
      // The workers start (and write the downloads) while the pages are planned.
      const downloads = downloadJobs();
      for (const path of claimedBy(downloads)) run.claim(path);
      pool = new RenderPool(input, downloads, (progress) => run.absorb(progress));
      const done = pool.done;
      done.catch(() => undefined); // observed below; a failure while planning must not go unhandled
      const pages = await planPageJobs(pinned);
      for (const path of claimedBy(pages)) run.claim(path);
      pool.add(pages);
      // Read once here for the workers (each would read every placement event again).
      pool.share({ placements: await placementIndex(pinned) });
      pool.seal();
      await Promise.all([done, crawl(app, run, done)]);
    } else {
      const { jobs, claimed } = await planMirrorJobs(pinned);
      for (const path of claimed) run.claim(path);
      await runJobsHere(pinned, jobs, run, outDir);
      await crawl(app, run, Promise.resolve());
    }
    await run.writer.close();
    run.report.bytes += run.writer.bytes;
    // Only a complete run removes what is no longer part of the site.
    run.report.removed = await finishMirrorFiles(outDir, previous, run.written);
  } catch (error) {
    await Promise.all([pool?.abort(), run.writer.abort()]);
    throw error;
  }
  run.report.ms = Date.now() - started;
  return run.report;
}

/** Render workers to use: none when the store is not an SQLite file the workers can open. */
function workerCount(ctx: AppContext, options: MirrorOptions): number {
  if (sqliteFile(ctx) === null) return 0;
  return Math.max(0, Math.floor(options.workers ?? Math.min(4, availableParallelism())));
}

/** The SQLite file behind the store (from its description), or null (in memory, another database). */
export function sqliteFile(ctx: AppContext): string | null {
  const match = /^sqlite:(.+?)(?: \(read-only\))?$/.exec(ctx.store.description);
  const file = match?.[1];
  return file && file !== ':memory:' && existsSync(file) ? resolve(file) : null;
}

/** The state of one mirror run: what was seen, what is queued, the writes in flight. */
class MirrorRun {
  readonly report: MirrorReport = { pages: 0, files: 0, bytes: 0, missing: [], removed: [], ms: 0 };
  /** Every file written, relative to the output folder (the manifest's list). */
  readonly written = new Set<string>();
  readonly seen = new Set<string>(['/', '/assets/site.css']);
  readonly queue: Array<{ path: string; from: string }> = [
    { path: '/', from: '/' },
    { path: '/assets/site.css', from: '/' },
  ];
  private wakeCrawl: (() => void) | null = null;

  constructor(
    readonly writer: FileWriter,
    private readonly options: MirrorOptions,
  ) {}

  /** Writes a served file (its bytes are counted by the writer), and queues the links of a page that were not seen yet. */
  save(path: string, body: Buffer | string, isHtml: boolean): Promise<void> {
    if (isHtml) {
      this.report.pages++;
      for (const next of linkedPaths(body.toString(), path)) this.enqueue(next, path);
    }
    this.counted(path, 0);
    return this.writer.add(mirrorFilePath(path), body);
  }

  /** Takes in what a render worker wrote: counts its files, queues the links it found. */
  absorb(progress: RenderProgress): void {
    this.report.pages += progress.pages;
    this.report.bytes += progress.bytes;
    this.report.missing.push(...progress.missing);
    for (const [path, from] of progress.links) this.enqueue(path, from);
    for (const path of progress.files) {
      this.written.add(mirrorFilePath(path));
      this.report.files++;
      this.options.onFile?.(this.report.files, path);
    }
    this.wake();
  }

  /** Counts a file written here. */
  counted(path: string, bytes: number): void {
    this.written.add(mirrorFilePath(path));
    this.report.files++;
    this.report.bytes += bytes;
    this.options.onFile?.(this.report.files, path);
  }

  /** Marks a path as handled by the bulk phase (so the crawl does not fetch it). */
  claim(path: string): void {
    this.seen.add(path);
  }

  enqueue(path: string, from: string): void {
    if (this.seen.has(path)) return;
    this.seen.add(path);
    this.queue.push({ path, from });
    this.wake();
  }

  /** Resolves at the next {@link wake} (new links, or the render workers finished). */
  nextEvent(): Promise<void> {
    return new Promise<void>((wake) => (this.wakeCrawl = wake));
  }

  wake(): void {
    const wake = this.wakeCrawl;
    this.wakeCrawl = null;
    wake?.();
  }
}

/** Runs the bulk jobs in this thread (when there are no render workers), saving into the run. */
async function runJobsHere(ctx: AppContext, jobs: readonly MirrorJob[], run: MirrorRun, outDir: string): Promise<void> {
  const sink: JobSink = {
    save: (path, _from, body, isHtml) => run.save(path, body, isHtml),
    missing: (path, status, from) => void run.report.missing.push({ path, status, from }),
    stream: async (path, fill) => run.counted(path, await writeStreamed(outDir, mirrorFilePath(path), fill)),
  };
  for (const job of jobs) await runJob(ctx, job, sink);
}

/**
 * Fetches every queued path from the app, following links, until nothing new is linked
 * and `bulk` (the render workers, who may still find links) has settled.
 */
async function crawl(app: SiteFetcher, run: MirrorRun, bulk: Promise<void>): Promise<void> {
  let settled = false;
  const settle = () => {
    settled = true;
    run.wake();
  };
  void bulk.then(settle, settle);
  for (let next = 0; ; next++) {
    while (next >= run.queue.length) {
      if (settled) return;
      await run.nextEvent();
    }
    const { path, from } = run.queue[next]!;
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
