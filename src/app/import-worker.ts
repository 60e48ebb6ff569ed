/**
 * Worker thread of the import (started by `import-pool.ts`): decodes batches of
 * person lines and prepares them with {@link preparePersons}. Messages, in order:
 * `{ type: 'known', facilities, sources }`, then `{ type: 'batch', id, firstRow, lines }`;
 * it answers each batch with `{ id, result, spent }` (`spent`: the lines' block, to reuse) or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import { preparePersons, type KnownRefs } from './import-prepare.js';
import { batchLines, type PersonBatchMessage, type PreparedMessage } from './import-pool.js';

let known: KnownRefs = { facilities: new Set(), sources: new Set() };

parentPort?.on(
  'message',
  (message: PersonBatchMessage | { type: 'known'; facilities: string[]; sources: string[] }) => {
    if (message.type === 'known') {
      known = { facilities: new Set(message.facilities), sources: new Set(message.sources) };
      return;
    }
    try {
      const lines = batchLines(message);
      const result = preparePersons(lines, known, message.block);
      const reply: PreparedMessage = { id: message.id, result };
      const transfer = [result.bytes.buffer as ArrayBuffer];
      if (typeof message.lines !== 'string') {
        reply.spent = message.lines.buffer as ArrayBuffer; // read: back to the pool
        transfer.push(reply.spent);
      }
      parentPort?.postMessage(reply, transfer);
    } catch (error) {
      const reply: PreparedMessage = { id: message.id, error: error instanceof Error ? error.message : String(error) };
      parentPort?.postMessage(reply);
    }
  },
);
