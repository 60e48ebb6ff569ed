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

export interface PersonBatchMessage {
  type: 'batch';
  id: number;
  firstRow: number;
  lines: Uint8Array | string;
}

/** Prepares batches of person lines; `known` must be set before the first batch. */
export interface PersonPreparer {
  setKnown(known: KnownRefs): void;
  prepare(batch: PersonLineBatch): Promise<PreparedBatch>;
  close(): Promise<void>;
}

const decoder = new TextDecoder('utf-8');

/** The lines of a batch with their rows. */
export function batchLines(batch: Pick<PersonBatchMessage, 'firstRow' | 'lines'>): PersonLine[] {
  const text = typeof batch.lines === 'string' ? batch.lines : decoder.decode(batch.lines);
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((line, i) => ({ row: batch.firstRow + i, text: line }));
}

/** Prepares in the calling thread (small imports, and where workers cannot start). */
export function inThreadPreparer(): PersonPreparer {
  let known: KnownRefs = { facilities: new Set(), sources: new Set() };
  return {
    setKnown: (k) => void (known = k),
    prepare: (batch) => Promise.resolve(preparePersons(batchLines(batch), known)),
    close: () => Promise.resolve(),
  };
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
export function workerPreparer(count: number): PersonPreparer {
  const workers = Array.from({ length: count }, () => startWorker());
  const waiting = new Map<number, { resolve: (b: PreparedBatch) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (m: { id: number; result?: PreparedBatch; error?: string }) => {
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
      const message: PersonBatchMessage = { type: 'batch', id, firstRow: batch.firstRow, lines: batch.lines };
      const transfer = typeof batch.lines === 'string' ? [] : [batch.lines.buffer as ArrayBuffer];
      return new Promise<PreparedBatch>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage(message, transfer);
      });
    },
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
