/**
 * The port through which the bot reaches the tip line: the three use cases of
 * `src/app/tips/` (send a tip, read its thread by receipt, answer), bound to the
 * app context. The bot knows nothing of storage or encryption; tests pass an
 * in-memory desk.
 *
 * @example
 * const desk: TipDesk = {
 *   submitTip: (input, files) => submitTip(ctx, input, files),
 *   readThread: (receipt) => readThread(ctx, receipt),
 *   replyToThread: (receipt, text) => replyToThread(ctx, receipt, text),
 * };
 */
import type { TipAttachment, TipSubmission } from '../../domain/tips/submission.js';
import type { ThreadView } from '../../domain/tips/conversation.js';

export interface TipDesk {
  /** Encrypts and stores a tip; resolves to the receipt code the sender keeps. */
  submitTip(input: TipSubmission, attachments: TipAttachment[]): Promise<{ receipt: string }>;
  /** The thread of the tip with this receipt; throws `RollcallError('not-found')` when there is none. */
  readThread(receipt: string): Promise<ThreadView>;
  /** Adds the sender's answer to the thread. */
  replyToThread(receipt: string, text: string): Promise<unknown>;
}
