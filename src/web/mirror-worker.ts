/**
 * A render worker of the mirror (started by `mirror-pool.ts`): opens its own read-only
 * connection to the SQLite file, renders the jobs it is sent through the site's own
 * renderer, writes the files on its own writer threads, and reports what it wrote, the
 * links it found that it had not reported before, and the pages the site did not serve.
 *
 * Its data version is pinned to the main thread's, so its memos describe the same data,
 * and its clock is the main thread's at the start of the mirror.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { journalNames, learnNames, limitEntryCache, pinnedAt, type NameEntry } from '../app/read-model/index.js';
import { usePlacements } from '../app/site-queries.js';
import { openSqliteStore } from '../store/sqlite.js';
import { runJob, type JobSink, type MirrorJob } from './mirror-jobs.js';
import { collectLinks } from './kit/links.js';
import { linkTarget, mirrorFilePath } from './mirror-links.js';
import { FileWriter, writeStreamed } from './mirror-writer.js';

/** Person entries (records and public views) a worker keeps. */
const ENTRIES_KEPT = 1000;

/** What a render worker is started with. */
export interface RenderWorkerInput {
  dbPath: string;
  outDir: string;
  /** The main thread's clock (ms since the epoch) when the mirror started. */
  now: number;
  /** The data version the main thread pinned. */
  version: number;
  writerThreads: number;
}

/** Messages to a render worker. */
export type ToRenderWorker =
  | {
      type: 'job';
      id: number;
      job: MirrorJob;
      /** Names of people other workers read (for pages that list people by name). */
      names: NameEntry[];
      /** Sent with a worker's first job that lists people by name. */
      shared?: ListsShared | undefined;
    }
  | { type: 'close' };

/** Data the main thread reads once for the pages that list people by name. */
export interface ListsShared {
  /** Who was ever placed in each facility (see `placementIndex`). */
  placements: Map<string, string[]>;
}

/** What a worker wrote since its last message. */
export interface RenderProgress {
  /** Site paths of the files written, in order. */
  files: string[];
  bytes: number;
  pages: number;
  /** Links (site path, page it is on) this worker had not reported before. */
  links: Array<[string, string]>;
  missing: Array<{ path: string; status: number; from: string }>;
  /** Public names of the people whose records this worker read (for the other workers). */
  names: NameEntry[];
}

/** Messages from a render worker. */
export type FromRenderWorker =
  | { type: 'ready' }
  | { type: 'done'; id: number; progress: RenderProgress }
  | { type: 'closed'; progress: RenderProgress }
  | { type: 'error'; message: string; stack?: string };

/** An empty progress report. */
export function noProgress(): RenderProgress {
  return { files: [], bytes: 0, pages: 0, links: [], missing: [], names: [] };
}

async function main(): Promise<void> {
  const port = parentPort!;
  const input = workerData as RenderWorkerInput;
  const store = await openSqliteStore({ path: input.dbPath, readonly: true });
  // A worker goes through the people in order: a status tab's page needs the last few
  // hundred records (see `mirror-schedule.ts`), not the server's thousands.
  limitEntryCache(store, ENTRIES_KEPT);
  const ctx = pinnedAt({ store, now: () => new Date(input.now) }, input.version);
  const writer = new FileWriter(input.outDir, { threads: input.writerThreads });
  // The link targets of the page being rendered, as the page writes them (pages are
  // rendered one at a time): what reading its links back would give, without the reading.
  const told = new Set<string>();
  let written: string[] = [];
  collectLinks((to) => {
    if (!told.has(to)) written.push(to);
  });
  let progress = noProgress();
  const sink: JobSink = {
    async save(path, from, body, isHtml) {
      if (isHtml) {
        progress.pages++;
        for (const to of written) {
          if (told.has(to)) continue; // told twice on this page
          told.add(to);
          const link = linkTarget(to);
          if (link !== null) progress.links.push([link, path]);
        }
      }
      written = [];
      progress.files.push(path);
      await writer.add(mirrorFilePath(path), body);
    },
    missing(path, status, from) {
      written = [];
      progress.missing.push({ path, status, from });
    },
    async stream(path, fill) {
      const bytes = await writeStreamed(input.outDir, mirrorFilePath(path), fill);
      progress.bytes += bytes;
      progress.files.push(path);
    },
  };
  const newNames = await journalNames(ctx);
  let bytesReported = 0;
  const take = () => {
    const out = progress;
    out.names = newNames();
    // The writer threads count the bytes as they write: the rest comes with a later report.
    out.bytes += writer.bytes - bytesReported;
    bytesReported = writer.bytes;
    progress = noProgress();
    return out;
  };
  const fail = (error: unknown) => {
    const err = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'error', message: err.message, stack: err.stack } satisfies FromRenderWorker);
  };
  // Jobs run one after another in the order they arrive.
  let chain = Promise.resolve();
  port.on('message', (message: ToRenderWorker) => {
    chain = chain.then(async () => {
      try {
        if (message.type === 'job') {
          await learnNames(ctx, message.names);
          if (message.shared) await usePlacements(ctx, message.shared.placements);
          await runJob(ctx, message.job, sink);
          port.postMessage({ type: 'done', id: message.id, progress: take() } satisfies FromRenderWorker);
        } else {
          await writer.close();
          await store.close();
          port.postMessage({ type: 'closed', progress: take() } satisfies FromRenderWorker);
          port.close();
        }
      } catch (error) {
        fail(error);
      }
    });
  });
  port.postMessage({ type: 'ready' } satisfies FromRenderWorker);
}

if (parentPort) {
  main().catch((error: unknown) => {
    const err = error instanceof Error ? error : new Error(String(error));
    parentPort!.postMessage({ type: 'error', message: err.message, stack: err.stack } satisfies FromRenderWorker);
  });
}
