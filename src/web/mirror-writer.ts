/**
 * Writes mirror files on worker threads, so that making folders and writing files run
 * beside the rendering. On a slow disk a file costs a few hundred microseconds of waiting
 * (mostly not CPU), so several threads writing at once keep up with several renderers.
 * Text goes to a writer as text (copying a string to another thread costs a fraction of
 * encoding it, and far less than moving a buffer per file) and is encoded to UTF-8 there;
 * the writer threads count the bytes. Files go in batches; at most a few batches are in
 * flight per thread, so memory stays bounded.
 *
 * @example
 * const writer = new FileWriter('/tmp/site', { threads: 2 });
 * await writer.add('en/index.html', '<!doctype html>…');
 * await writer.close(); // throws the first failed write
 * writer.bytes // bytes written
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeFileAtomically } from '../app/atomic-file.js';

/** The worker: makes folders (a plain mkdir when the parent was made here) and writes files in order. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { mkdirSync, writeFileSync, renameSync, rmSync } = require('node:fs');
const { threadId } = require('node:worker_threads');
const { dirname, join } = require('node:path');
const made = new Set();
parentPort.on('message', (batch) => {
  let bytes = 0;
  try {
    for (const [rel, text] of batch) {
      const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      const file = join(workerData.outDir, rel);
      const dir = dirname(file);
      if (!made.has(dir)) {
        try {
          if (made.has(dirname(dir))) mkdirSync(dir);
          else mkdirSync(dir, { recursive: true });
        } catch (error) {
          if (error.code !== 'EEXIST') throw error;
        }
        made.add(dir);
      }
      // Under a temporary name, renamed when whole: a failed or killed run leaves no truncated page.
      const partial = file + '.' + process.pid + '-' + threadId + '.part';
      try {
        writeFileSync(partial, body);
        renameSync(partial, file);
      } catch (error) {
        rmSync(partial, { force: true });
        throw error;
      }
      bytes += body.byteLength;
    }
    parentPort.postMessage({ ok: true, bytes });
  } catch (error) {
    parentPort.postMessage({ ok: false, bytes, message: String(error && error.message || error) });
  }
});
`;

const BATCH_FILES = 32;
const BATCHES_IN_FLIGHT = 4;

export interface FileWriterOptions {
  /** Writer threads (default 1). Files of one folder may go to different threads. */
  threads?: number;
}

interface Lane {
  worker: Worker;
  inFlight: number;
}

/** Writes files (paths relative to one folder) on worker threads; `add` waits when too much is in flight. */
export class FileWriter {
  private readonly lanes: Lane[];
  private next = 0;
  private batch: Array<[string, string | Uint8Array]> = [];
  private written = 0;
  private waiting: Array<() => void> = [];
  private failure: Error | null = null;

  constructor(outDir: string, options: FileWriterOptions = {}) {
    const threads = Math.max(1, Math.floor(options.threads ?? 1));
    this.lanes = Array.from({ length: threads }, () => this.lane(outDir));
  }

  /** Bytes of the files written so far (all of them once {@link close} has returned). */
  get bytes(): number {
    return this.written;
  }

  /**
   * Queues a file (path relative to the output folder; text is written as UTF-8); waits
   * when too much is in flight.
   */
  async add(relPath: string, body: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    this.batch.push([relPath, body]);
    if (this.batch.length >= BATCH_FILES) await this.flush();
  }

  /** Writes what is queued, waits for every write, stops the threads; throws the first failure. */
  async close(): Promise<void> {
    try {
      await this.flush();
      while (this.lanes.some((l) => l.inFlight > 0) && !this.failure) await this.wait();
    } finally {
      await Promise.all(this.lanes.map((l) => l.worker.terminate()));
    }
    if (this.failure) throw this.failure;
  }

  /** Stops the threads without waiting for queued writes (after another failure). */
  async abort(): Promise<void> {
    this.failure ??= new Error('The mirror was stopped.');
    await Promise.all(this.lanes.map((l) => l.worker.terminate()));
  }

  private lane(outDir: string): Lane {
    const lane: Lane = { worker: new Worker(WORKER_SOURCE, { eval: true, workerData: { outDir } }), inFlight: 0 };
    lane.worker.on('message', (m: { ok: boolean; bytes: number; message?: string }) => {
      this.written += m.bytes;
      if (!m.ok) this.failure ??= new Error(`Writing the mirror failed: ${m.message}`);
      lane.inFlight--;
      this.wakeAll();
    });
    lane.worker.on('error', (error) => {
      this.failure ??= error;
      lane.inFlight = 0;
      this.wakeAll();
    });
    return lane;
  }

  private wait(): Promise<void> {
    return new Promise<void>((wake) => this.waiting.push(wake));
  }

  private wakeAll(): void {
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** The least busy thread with room for a batch, else null. */
  private freeLane(): Lane | null {
    let best: Lane | null = null;
    for (let i = 0; i < this.lanes.length; i++) {
      const lane = this.lanes[(this.next + i) % this.lanes.length]!;
      if (lane.inFlight < BATCHES_IN_FLIGHT && (!best || lane.inFlight < best.inFlight)) best = lane;
    }
    return best;
  }

  private async flush(): Promise<void> {
    let lane = this.freeLane();
    while (!lane && !this.failure) {
      await this.wait();
      lane = this.freeLane();
    }
    if (this.failure) throw this.failure;
    if (this.batch.length === 0 || !lane) return;
    lane.inFlight++;
    this.next = (this.lanes.indexOf(lane) + 1) % this.lanes.length;
    lane.worker.postMessage(this.batch);
    this.batch = [];
  }
}

/**
 * Writes a large file (a download) chunk by chunk, never holding it whole; returns its size
 * in bytes. `fill` calls `write` for each chunk and waits for it.
 * @example await writeStreamed(dir, 'data/registry.csv', (write) => exportRegistry(ctx, opts, write));
 */
export async function writeStreamed(
  outDir: string,
  relPath: string,
  fill: (write: (chunk: string) => Promise<void>) => Promise<void>,
): Promise<number> {
  // The mirror is public: its files keep the usual mode, so a static web server can read them.
  return writeFileAtomically(join(outDir, relPath), fill, { mode: 0o644 });
}
