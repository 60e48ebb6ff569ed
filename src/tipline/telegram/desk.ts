/**
 * The tip line's use cases (`src/app/tips/intake.ts`) as the bot's {@link TipDesk}, bound
 * to the app context. An unknown receipt is answered as `not-found`, which the bot tells
 * the sender in their language.
 *
 * @example
 * const desk = tipDeskFor(ctx);
 * const { receipt } = await desk.submitTip(submission, []);
 */
import type { AppContext } from '../../app/context.js';
import { readThread, replyToThread, submitTip } from '../../app/tips/intake.js';
import { RollcallError } from '../../domain/errors.js';
import type { TipDesk } from './tip-desk.js';

export function tipDeskFor(ctx: AppContext): TipDesk {
  return {
    submitTip: (input, attachments) => submitTip(ctx, input, attachments),
    readThread: (receipt) => asNotFound(() => readThread(ctx, receipt)),
    replyToThread: (receipt, text) => asNotFound(() => replyToThread(ctx, receipt, text)),
  };
}

async function asNotFound<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof RollcallError && error.code === 'tip-receipt-unknown')
      throw new RollcallError('not-found', 'No tip has this receipt code.');
    throw error;
  }
}
