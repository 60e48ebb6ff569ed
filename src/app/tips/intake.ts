/**
 * The sender's side of the tip line, shared by the web form and the Telegram bot:
 * send a tip (it is encrypted with its own key before it reaches the store), then,
 * with the receipt, read the reviewers' questions and answer them. Nothing about
 * the sender is kept: no address, no client, no time of day (days only), and the
 * audit log records nothing of it.
 *
 * @example
 * const { receipt } = await submitTip(ctx, { lang: 'ru', who: 'Иван Петров', kind: 'released' }, []);
 * const thread = await readThread(ctx, receipt); // { kind: 'released', state: 'new', messages: [] }
 * await replyToThread(ctx, receipt, 'Он вышел 12 января.');
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { todayIso, type AppContext } from '../context.js';
import { RollcallError } from '../../domain/errors.js';
import { TipSubmission, type TipAttachment, type TipKind } from '../../domain/tips/submission.js';
import { formatReceipt, normalizeReceipt, RECEIPT_BYTES } from '../../domain/tips/receipt.js';
import { isOpen, type TipState } from '../../domain/tips/states.js';
import { MAX_MESSAGE_CHARS } from '../../domain/tips/limits.js';
import { parseStrict } from '../strict-input.js';
import { cleanAttachments } from './attachments.js';
import { decrypt, decryptJson, encrypt, encryptJson, newTipKey, receiptHash, receiptKey, sealTo } from './crypto.js';
import type { TipRow } from './ports.js';

/** What is encrypted as a tip's body. */
export interface TipBody {
  v: 1;
  submission: TipSubmission;
}

/** What is encrypted as a message's body (`by`: the reviewer, for staff messages and notes). */
export interface MessageBody {
  text: string;
  by?: string;
}

export interface ThreadMessage {
  from: 'sender' | 'staff';
  text: string;
  /** `YYYY-MM-DD`. */
  day: string;
}

export interface Thread {
  kind: TipKind;
  state: TipState;
  messages: ThreadMessage[];
}

export const ReplyText = z.string().trim().min(1).max(MAX_MESSAGE_CHARS);

/**
 * Validates, cleans the attachments, encrypts and stores a tip; returns the receipt to
 * show the sender once (only its hash is kept). Refused with `tips-unavailable` while no
 * tip reviewer has a key (nobody could ever read the tip).
 */
export async function submitTip(
  ctx: AppContext,
  input: TipSubmission,
  attachments: TipAttachment[],
): Promise<{ receipt: string }> {
  const submission = parseStrict(TipSubmission, input, 'tip');
  const files = await cleanAttachments(attachments);
  const receipt = formatReceipt(randomBytes(RECEIPT_BYTES));
  const key = newTipKey();
  const body = await encryptJson(key, { v: 1, submission } satisfies TipBody, 'tip.body');
  const wrapped = await encrypt(receiptKey(receipt), key, 'tip.receipt-key');
  const encryptedFiles = await Promise.all(
    files.map(async (f) => ({
      meta: await encryptJson(key, { name: f.name, type: f.type }, 'tip.attachment-meta'),
      bytes: await encrypt(key, f.bytes, 'tip.attachment'),
    })),
  );
  await ctx.store.write(
    async (repos) => {
      const reviewers = await repos.tips.activeReviewerKeys();
      if (reviewers.length === 0) {
        throw new RollcallError(
          'tips-unavailable',
          'The tip line cannot take tips yet: no reviewer has set up a key. Try again later or use Telegram.',
        );
      }
      const id = await repos.tips.add({
        receiptHash: receiptHash(receipt),
        state: 'new',
        assignedTo: null,
        receivedDay: todayIso(ctx),
        closedDay: null,
        body,
        triage: null,
        receiptKey: wrapped,
      });
      const seals = await Promise.all(
        reviewers.map(async (r) => ({ tipId: id, userId: r.userId, sealed: await sealTo(key, r.publicKey) })),
      );
      await repos.tips.addSeals(seals);
      for (const f of encryptedFiles) await repos.tips.addAttachment({ tipId: id, ...f });
    },
    { registry: false },
  );
  return { receipt };
}

/** The kind, state and the questions and answers of the tip a receipt names. */
export async function readThread(ctx: AppContext, receipt: string): Promise<Thread> {
  const { tip, key } = await byReceipt(ctx, receipt);
  const body = await decryptJson<TipBody>(key, tip.body, 'tip.body');
  const rows = await ctx.store.read((r) => r.tips.messages(tip.id, ['sender', 'staff']));
  const messages = await Promise.all(
    rows.map(async (m) => ({
      from: m.author as 'sender' | 'staff',
      text: (await decryptJson<MessageBody>(key, m.body, 'tip.message')).text,
      day: m.day,
    })),
  );
  return { kind: body.submission.kind, state: tip.state, messages };
}

/** The sender's answer, added to the thread (refused with `tip-closed` once the tip is closed). */
export async function replyToThread(ctx: AppContext, receipt: string, text: string): Promise<void> {
  const parsed = ReplyText.safeParse(text);
  if (!parsed.success) {
    throw new RollcallError('invalid-input', `Write an answer of 1 to ${MAX_MESSAGE_CHARS} characters.`, {
      problems: [{ code: 'invalid-input', message: 'empty or too long', field: 'text' }],
    });
  }
  const { tip, key } = await byReceipt(ctx, receipt);
  if (!isOpen(tip.state)) throw new RollcallError('tip-closed', 'This tip is closed; it takes no more answers.');
  const body = await encryptJson(key, { text: parsed.data } satisfies MessageBody, 'tip.message');
  await ctx.store.write((r) => r.tips.addMessage({ tipId: tip.id, author: 'sender', day: todayIso(ctx), body }), {
    registry: false,
  });
}

async function byReceipt(ctx: AppContext, typed: string): Promise<{ tip: TipRow; key: Uint8Array }> {
  const receipt = typeof typed === 'string' && typed.length < 100 ? normalizeReceipt(typed) : null;
  const tip = receipt ? await ctx.store.read((r) => r.tips.byReceipt(receiptHash(receipt))) : undefined;
  if (!receipt || !tip) {
    throw new RollcallError('tip-receipt-unknown', 'No tip has this receipt code. Check that it is typed in full.');
  }
  return { tip, key: await decrypt(receiptKey(receipt), tip.receiptKey, 'tip.receipt-key') };
}
