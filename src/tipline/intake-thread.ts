/**
 * Where tips are stored: in this thread (`inProcessIntake`), or on a worker thread of
 * their own (`threadIntake`) with its own connection to the same SQLite file, so that
 * sealing a tip to every reviewer and committing it do not hold the thread that serves
 * the public pages. `rollcall serve` uses the worker; a burst of 50 tips then costs the
 * pages only the form's parsing and the receipt page (docs/performance.md, "Tip line").
 * The worker keeps nothing: each tip is handed over, stored and forgotten, and it logs nothing.
 *
 * @example
 * const intake = threadIntake('/data/rollcall.sqlite');
 * const { receipt } = await intake.submit({ lang: 'ru', who: 'Иван Петров', kind: 'released' }, []);
 * await intake.close();
 */
import { Worker } from 'node:worker_threads';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../app/context.js';
import { RollcallError, type ErrorCode, type ErrorDetails } from '../domain/errors.js';
import type { TipAttachment, TipSubmission } from '../domain/tips/submission.js';
import { submitTip } from '../app/tips/intake.js';

export interface TipIntake {
  submit(input: TipSubmission, attachments: TipAttachment[]): Promise<{ receipt: string }>;
  close(): Promise<void>;
}

/** What the worker answers for one tip. */
export type IntakeReply =
  | { id: number; receipt: string }
  | { id: number; error: { code: ErrorCode; message: string; details?: ErrorDetails | undefined } };

/** Tips stored by this thread (tests, the in-memory store, the Telegram bot). */
export function inProcessIntake(ctx: AppContext): TipIntake {
  return { submit: (input, attachments) => submitTip(ctx, input, attachments), close: async () => {} };
}

/** Tips stored by a worker thread over its own connection to `file` (started on the first tip). */
export function threadIntake(file: string): TipIntake {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (r: { receipt: string }) => void; reject: (e: Error) => void }>();
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const w = workerFor(file);
    w.on('message', (reply: IntakeReply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!pending) return;
      if ('receipt' in reply) pending.resolve({ receipt: reply.receipt });
      else pending.reject(new RollcallError(reply.error.code, reply.error.message, reply.error.details));
    });
    w.on('error', () => failAll(stopped()));
    w.on('exit', () => failAll(stopped()));
    w.unref();
    return w;
  };
  return {
    submit(input, attachments) {
      worker ??= start();
      const id = ++next;
      const w = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ id, input, attachments });
      }).finally(() => {
        if (waiting.size === 0) worker?.unref();
      }) as Promise<{ receipt: string }>;
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (!w) return;
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      w.postMessage({ close: true });
      await exited;
    },
  };
}

/** The built worker; from the TypeScript sources (tests, `tsx`) through tsx's loader, which `execArgv` cannot give a worker. */
function workerFor(file: string): Worker {
  const ts = extname(fileURLToPath(import.meta.url)) === '.ts';
  const script = new URL(`./intake-worker${ts ? '.ts' : '.js'}`, import.meta.url);
  if (!ts) return new Worker(script, { workerData: { file } });
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(boot, { eval: true, workerData: { file } });
}

function stopped(): RollcallError {
  return new RollcallError(
    'store-closed',
    'The tip line stopped while storing a tip; nothing may have been kept. Send it again.',
  );
}
