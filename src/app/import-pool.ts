/**
 * Preparing person lines for the import (parse, validate, project, serialise)
 * either in this thread or in worker threads, so that the thread holding the
 * write transaction spends its time writing. Results come back in the order
 * batches were given, whatever order the workers finish in.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { preparePersons, type KnownRefs, type PersonLine, type PreparedBatch } from './import-prepare.js';
import type { PersonLineBatch } from './registry-lines.js';
import { BufferPool } from './byte-buffer.js';

export interface PersonBatchMessage {
  type: 'batch';
  id: number;
  firstRow: number;
  lines: Uint8Array | string;
  /** A spent block for the documents (transferred with the message). */
  block: Uint8Array;
}

/** A worker's answer: the batch prepared, and the block that held its lines, to reuse. */
export interface PreparedMessage {
  id: number;
  result?: PreparedBatch;
  spent?: ArrayBuffer;
  error?: string;
}

/**
 * Prepares batches of person lines; `known` must be set before the first batch.
 * The blocks of bytes a batch comes in and goes out in are taken from and given
 * back to one pool: the lines' block once they are read, the documents' block
 * when the caller has written them and calls `recycle`.
 */
export interface PersonPreparer {
  setKnown(known: KnownRefs): void;
  prepare(batch: PersonLineBatch): Promise<PreparedBatch>;
  /** The batch's documents are written: their bytes may be reused. */
  recycle(batch: PreparedBatch): void;
  close(): Promise<void>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The lines of a batch with their rows. Bytes that are not UTF-8 are refused, not
 * replaced by U+FFFD: the whole batch is decoded at once, and only when that fails
 * line by line, to mark the lines that are not.
 */
export function batchLines(batch: Pick<PersonBatchMessage, 'firstRow' | 'lines'>): PersonLine[] {
  let text: string;
  try {
    text = typeof batch.lines === 'string' ? batch.lines : decoder.decode(batch.lines);
  } catch {
    return linesOneByOne(batch.lines as Uint8Array, batch.firstRow);
  }
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((line, i) => ({ row: batch.firstRow + i, text: line }));
}

function linesOneByOne(bytes: Uint8Array, firstRow: number): PersonLine[] {
  const out: PersonLine[] = [];
  for (let start = 0, row = firstRow; start < bytes.length; row++) {
    const nl = bytes.indexOf(10, start);
    const end = nl === -1 ? bytes.length : nl;
    try {
      out.push({ row, text: decoder.decode(bytes.subarray(start, end)) });
    } catch {
      out.push({ row, text: '', invalidUtf8: true });
    }
    start = end + 1;
  }
  return out;
}

/** Prepares in the calling thread (small imports, and where workers cannot start). */
export function inThreadPreparer(pool = new BufferPool()): PersonPreparer {
  let known: KnownRefs = { facilities: new Set(), sources: new Set() };
  return {
    setKnown: (k) => void (known = k),
    prepare(batch) {
      const lines = batchLines(batch);
      if (typeof batch.lines !== 'string') pool.give(batch.lines.buffer);
      return Promise.resolve(preparePersons(lines, known, pool.take(docsSize(batch))));
    },
    recycle: (batch) => pool.give(batch.bytes.buffer),
    close: () => Promise.resolve(),
  };
}

/** Room for a batch's documents and projections: about 1.5 times its lines (a block grows if not). */
function docsSize(batch: PersonLineBatch): number {
  const bytes = typeof batch.lines === 'string' ? batch.lines.length * 2 : batch.lines.byteLength;
  return Math.ceil(bytes * 1.6);
}

/** Worker threads to use by default: one per core beyond the writer's, at least one. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/**
 * Prepares in `count` worker threads, round robin.
 *
 * @example
 * const pool = workerPreparer(2); pool.setKnown(known); const batch = await pool.prepare(lines); await pool.close();
 */
export function workerPreparer(count: number, pool = new BufferPool()): PersonPreparer {
  const workers = Array.from({ length: count }, () => startWorker());
  const waiting = new Map<number, { resolve: (b: PreparedBatch) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (m: PreparedMessage) => {
      if (m.spent) pool.give(m.spent);
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error !== undefined) w?.reject(new Error(`Import worker failed: ${m.error}`));
      else w?.resolve(m.result as PreparedBatch);
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => code !== 0 && failAll(new Error(`Import worker stopped with code ${code}`)));
  }
  let nextId = 0;
  return {
    setKnown(known) {
      const message = { type: 'known', facilities: [...known.facilities], sources: [...known.sources] };
      for (const worker of workers) worker.postMessage(message);
    },
    prepare(batch) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const block = pool.take(docsSize(batch));
      const message: PersonBatchMessage = { type: 'batch', id, firstRow: batch.firstRow, lines: batch.lines, block };
      const transfer = [block.buffer as ArrayBuffer];
      if (typeof batch.lines !== 'string') transfer.push(batch.lines.buffer as ArrayBuffer);
      return new Promise<PreparedBatch>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage(message, transfer);
      });
    },
    recycle: (batch) => pool.give(batch.bytes.buffer),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * A worker holds one batch (at most `PERSON_BATCH_BYTES` of JSON) at a time, so a
 * small heap is plenty; without a limit V8 lets garbage pile up to hundreds of
 * megabytes before collecting it.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

/**
 * Starts the worker from the built JavaScript, or from TypeScript source (tests,
 * development) through tsx's loader, registered inside the worker first.
 */
function startWorker(): Worker {
  const resourceLimits = WORKER_HEAP;
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./import-worker.js', import.meta.url), { resourceLimits });
  }
  const source = new URL('./import-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}
