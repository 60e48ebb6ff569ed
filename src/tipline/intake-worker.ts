/**
 * The tip line's worker thread (see `intake-thread.ts`): opens its own connection to the
 * registry file, stores each tip it is handed with `submitTip`, answers the receipt or the
 * error (code and message only, never the tip), and closes the store when told to.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStore } from '../store/sqlite.js';
import type { AppContext } from '../app/context.js';
import { RollcallError } from '../domain/errors.js';
import type { TipAttachment, TipSubmission } from '../domain/tips/submission.js';
import { submitTip } from '../app/tips/intake.js';
import type { IntakeReply } from './intake-thread.js';

type Message = { close: true } | { id: number; input: TipSubmission; attachments: TipAttachment[] };

const { file } = workerData as { file: string };
let opened: Promise<AppContext> | undefined;
const app = () => (opened ??= openSqliteStore({ path: file }).then((store) => ({ store, now: () => new Date() })));

parentPort?.on('message', (message: Message) => {
  if ('close' in message) {
    void (opened ?? Promise.resolve(undefined)).then((ctx) => ctx?.store.close()).finally(() => parentPort?.close());
    return;
  }
  void store(message).then((reply) => parentPort?.postMessage(reply));
});

async function store(m: { id: number; input: TipSubmission; attachments: TipAttachment[] }): Promise<IntakeReply> {
  try {
    const { receipt } = await submitTip(await app(), m.input, m.attachments);
    return { id: m.id, receipt };
  } catch (error) {
    if (error instanceof RollcallError) {
      return { id: m.id, error: { code: error.code, message: error.message, details: error.details } };
    }
    // Not the error's text: it might quote what was sent.
    return { id: m.id, error: { code: 'internal', message: 'The tip could not be stored; send it again later.' } };
  }
}
