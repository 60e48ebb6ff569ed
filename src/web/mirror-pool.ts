/**
 * Render workers for the mirror: each opens its own read-only connection to the SQLite
 * file, takes jobs (`mirror-jobs.ts`) as it finishes the previous ones, and writes the
 * files itself, so rendering uses every core and the main thread is left to crawl the rest
 * of the site and keep the books.
 *
 * @example
 * const pool = new RenderPool({ workers: 2, dbPath, outDir, now, version, writerThreads: 2 }, jobs, (p) => …);
 * await pool.done;
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { NameEntry } from '../app/read-model/index.js';
import type { MirrorJob } from './mirror-jobs.js';
import { JobSchedule } from './mirror-schedule.js';
import type {
  FromRenderWorker,
  ListsShared,
  RenderProgress,
  RenderWorkerInput,
  ToRenderWorker,
} from './mirror-worker.js';

export interface RenderPoolOptions extends RenderWorkerInput {
  workers: number;
}

/** Jobs a worker holds at once (one running, one waiting), so it never waits for the next. */
const JOBS_AHEAD = 2;

interface Slot {
  index: number;
  worker: Worker;
  ready: boolean;
  held: number;
  /** Jobs of the first group (downloads) held: ids not done yet. */
  heldFirst: Set<number>;
  /** How much of the names log this worker has seen (read or been sent). */
  namesSeen: number;
  /** Sent what the name lists share (with its first job of them). */
  sentShared: boolean;
  /** Sent its close message. */
  closing: boolean;
  closed: boolean;
}

/**
 * A pool of render workers working through jobs in the order of a {@link JobSchedule}. More
 * jobs can be added until {@link seal} (the workers start, and take the first jobs, while
 * the rest are planned). The names of people each worker reads are collected here and
 * sent along with the jobs that list people by name to the workers that have not read them.
 */
export class RenderPool {
  /** Settles when every job is done and every worker has closed (or at the first failure). */
  readonly done: Promise<void>;
  private readonly slots: Slot[];
  private readonly schedule: JobSchedule;
  /** Names the workers read, in the order they reported them, and which worker read each. */
  private names: NameEntry[] = [];
  private namesBy: number[] = [];
  private shared: ListsShared | undefined;
  private sealed = false;
  private finish!: () => void;
  private reject!: (error: unknown) => void;
  private failed = false;

  constructor(
    options: RenderPoolOptions,
    jobs: readonly MirrorJob[],
    private readonly onProgress: (progress: RenderProgress) => void,
  ) {
    this.done = new Promise<void>((resolve, reject) => {
      this.finish = resolve;
      this.reject = reject;
    });
    const { workers, ...input } = options;
    const count = Math.max(1, workers);
    this.schedule = new JobSchedule(count);
    this.schedule.add(jobs, 'first');
    this.slots = Array.from({ length: count }, (_, index) => this.start(input, index));
  }

  /**
   * Adds jobs after those given so far (before {@link seal}): page jobs in runs, except those
   * that list people by name, which go last.
   */
  add(jobs: readonly MirrorJob[]): void {
    if (this.sealed) throw new Error('No jobs can be added to a sealed render pool.');
    const lists = (job: MirrorJob) => job.kind === 'pages' && job.byName === true;
    this.schedule.add(
      jobs.filter((job) => !lists(job)),
      'runs',
    );
    this.schedule.add(jobs.filter(lists), 'last');
    for (const slot of this.slots) this.feed(slot);
  }

  /**
   * What the pages that list people by name share: sent to each worker with its first job
   * of them (a worker that starts them before this is given reads it itself).
   */
  share(shared: ListsShared): void {
    this.shared = shared;
  }

  /** No more jobs: each worker closes when it has done its last one. */
  seal(): void {
    this.sealed = true;
    for (const slot of this.slots) this.feed(slot);
  }

  /** Stops every worker at once (after a failure elsewhere). */
  async abort(): Promise<void> {
    this.failed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private start(input: RenderWorkerInput, index: number): Slot {
    const slot: Slot = {
      index,
      worker: spawnWorker(input),
      ready: false,
      held: 0,
      heldFirst: new Set(),
      namesSeen: 0,
      sentShared: false,
      closing: false,
      closed: false,
    };
    slot.worker.on('message', (message: FromRenderWorker) => {
      try {
        this.handle(slot, message);
      } catch (error) {
        this.fail(error);
      }
    });
    slot.worker.on('error', (error) => this.fail(error));
    slot.worker.on('exit', (code) => {
      if (!slot.closed) this.fail(new Error(`A mirror render worker stopped (exit code ${code}).`));
    });
    return slot;
  }

  private handle(slot: Slot, message: FromRenderWorker): void {
    if (this.failed) return;
    switch (message.type) {
      case 'ready':
        slot.ready = true;
        break;
      case 'done':
        slot.held--;
        slot.heldFirst.delete(message.id);
        this.keepNames(slot, message.progress.names);
        this.onProgress(message.progress);
        break;
      case 'closed':
        slot.closed = true;
        this.onProgress(message.progress);
        void slot.worker.terminate();
        if (this.slots.every((s) => s.closed)) this.finish();
        return;
      case 'error': {
        const error = new Error(`Rendering the mirror failed: ${message.message}`);
        if (message.stack) error.stack = message.stack;
        this.fail(error);
        return;
      }
    }
    this.feed(slot);
  }

  /** Gives a worker jobs up to {@link JOBS_AHEAD}; closes it when no job is left (once sealed). */
  private feed(slot: Slot): void {
    if (!slot.ready || slot.closed || this.failed) return;
    while (slot.held < JOBS_AHEAD) {
      const next = this.schedule.next(slot.index, { holdsFirst: slot.heldFirst.size > 0 });
      if (!next) break;
      slot.held++;
      if (next.group === 'first') slot.heldFirst.add(next.id);
      const lists = next.group === 'last';
      const names = lists ? this.namesFor(slot) : [];
      const shared = lists && !slot.sentShared ? this.shared : undefined;
      if (lists) slot.sentShared = true;
      slot.worker.postMessage({ type: 'job', id: next.id, job: next.job, names, shared } satisfies ToRenderWorker);
    }
    if (this.sealed && slot.held === 0 && this.schedule.empty && !slot.closing) {
      slot.closing = true;
      slot.worker.postMessage({ type: 'close' } satisfies ToRenderWorker);
    }
  }

  /** Keeps the names a worker read, for the other workers. */
  private keepNames(slot: Slot, names: readonly NameEntry[]): void {
    for (const entry of names) {
      this.names.push(entry);
      this.namesBy.push(slot.index);
    }
  }

  /** The names read by other workers that `slot` has not been sent yet. */
  private namesFor(slot: Slot): NameEntry[] {
    const out: NameEntry[] = [];
    for (let i = slot.namesSeen; i < this.names.length; i++)
      if (this.namesBy[i] !== slot.index) out.push(this.names[i]!);
    slot.namesSeen = this.names.length;
    return out;
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    for (const slot of this.slots) {
      slot.closed = true;
      void slot.worker.terminate();
    }
    this.reject(error);
  }
}

/**
 * Starts `mirror-worker` next to this module: the built `.js`, or from the TypeScript
 * sources (tests, `tsx`) through tsx's loader.
 */
function spawnWorker(input: RenderWorkerInput): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./mirror-worker.js', here), { workerData: input });
  const entry = new URL('./mirror-worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsxApi(here))}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: input });
}

/** The file URL of tsx's ESM API (a development dependency; only needed to run from sources). */
function tsxApi(from: string): string {
  const manifest = createRequire(fileURLToPath(from)).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, unknown> }).exports;
  const api = exports['./esm/api'] as { import: { default: string } };
  return pathToFileURL(join(dirname(manifest), api.import.default)).href;
}
