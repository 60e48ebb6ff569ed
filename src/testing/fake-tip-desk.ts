/**
 * Test support: an in-memory {@link TipDesk} (the tip line's use cases as the bot sees
 * them) that records what it was given, for bot tests that do not need the real storage.
 *
 * @example
 * const desk = fakeTipDesk();
 * desk.tips[0]?.input.who; // what the bot sent
 * desk.ask(receipt, 'Which day exactly?'); // a reviewer's question for the follow-up
 */
import { RollcallError } from '../domain/errors.js';
import type { ThreadView } from '../domain/tips/conversation.js';
import type { TipAttachment, TipSubmission } from '../domain/tips/submission.js';
import type { TipDesk } from '../tipline/telegram/tip-desk.js';

export interface FakeTipDesk extends TipDesk {
  tips: Array<{ receipt: string; input: TipSubmission; attachments: TipAttachment[]; thread: ThreadView }>;
  ask(receipt: string, text: string): void;
  /** Makes every call fail with this error (null: work again). */
  failWith: RollcallError | Error | null;
}

export function fakeTipDesk(): FakeTipDesk {
  const desk: FakeTipDesk = {
    tips: [],
    failWith: null,
    async submitTip(input, attachments) {
      if (desk.failWith) throw desk.failWith;
      const receipt = `RCPT-${String(desk.tips.length + 1).padStart(4, '0')}-TEST`;
      desk.tips.push({ receipt, input, attachments, thread: { kind: input.kind, state: 'new', messages: [] } });
      return { receipt };
    },
    async readThread(receipt) {
      if (desk.failWith) throw desk.failWith;
      const tip = desk.tips.find((t) => t.receipt === receipt);
      if (!tip) throw new RollcallError('not-found', 'No tip with that receipt.');
      return tip.thread;
    },
    async replyToThread(receipt, text) {
      if (desk.failWith) throw desk.failWith;
      const tip = desk.tips.find((t) => t.receipt === receipt);
      if (!tip) throw new RollcallError('not-found', 'No tip with that receipt.');
      tip.thread = { ...tip.thread, messages: [...tip.thread.messages, { from: 'sender', text, day: '2026-12-03' }] };
    },
    ask(receipt, text) {
      const tip = desk.tips.find((t) => t.receipt === receipt)!;
      tip.thread = {
        ...tip.thread,
        state: 'verifying',
        messages: [...tip.thread.messages, { from: 'staff', text, day: '2026-12-02' }],
      };
    },
  };
  return desk;
}
