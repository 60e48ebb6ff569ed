/**
 * Worker thread of the import (started by `import-pool.ts`): decodes batches of
 * person lines and prepares them with {@link preparePersons}. Messages, in order:
 * `{ type: 'known', facilities, sources }`, then `{ type: 'batch', id, firstRow, lines }`;
 * it answers each batch with `{ id, result }` or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import { preparePersons, type KnownRefs } from './import-prepare.js';
import { batchLines, type PersonBatchMessage } from './import-pool.js';

let known: KnownRefs = { facilities: new Set(), sources: new Set() };

parentPort?.on(
  'message',
  (message: PersonBatchMessage | { type: 'known'; facilities: string[]; sources: string[] }) => {
    if (message.type === 'known') {
      known = { facilities: new Set(message.facilities), sources: new Set(message.sources) };
      return;
    }
    try {
      const result = preparePersons(batchLines(message), known);
      parentPort?.postMessage({ id: message.id, result }, [result.bytes.buffer as ArrayBuffer]);
    } catch (error) {
      parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    }
  },
);
