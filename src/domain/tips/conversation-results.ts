/**
 * The tip-line conversation after an effect was carried out (`conversation.ts`): the
 * receipt once a tip is sent, a thread shown for a follow-up, a failure explained. Pure.
 *
 * @example
 * onResult(state, { type: 'submitted', receipt: 'AB12-CD34' });
 * // { state: null, replies: [{ key: 'telegram.receipt', values: { receipt: 'AB12-CD34' } }] }
 */
import type { Conversation, ConversationInput, Outcome, ThreadView } from './conversation.js';
import { reply, summary, type Reply } from './conversation-replies.js';

const out = (state: Conversation | null, ...replies: Reply[]): Outcome => ({ state, replies });

/** The caller carried out an effect. */
export function onResult(
  state: Conversation,
  input: ConversationInput & { type: 'submitted' | 'thread' | 'replied' | 'failed' },
): Outcome {
  const lang = state.lang;
  switch (input.type) {
    case 'submitted':
      // The conversation is forgotten: nothing of the tip stays in the bot's memory.
      return out(null, reply(lang, 'telegram.receipt', { receipt: input.receipt }));
    case 'replied':
      return out(null, reply(lang, 'telegram.answer.sent'));
    case 'thread':
      return showThread(state, input.thread);
    case 'failed': {
      const key = `telegram.failed.${input.reason}`;
      if (state.step === 'sending') return out({ ...state, step: 'confirm' }, reply(lang, key), summary(state));
      return out(null, reply(lang, key));
    }
  }
}

function showThread(state: Conversation, thread: ThreadView | null): Outcome {
  const lang = state.lang;
  if (thread === null) return out(null, reply(lang, 'telegram.failed.not-found'));
  const messages = thread.messages.map((m) =>
    reply(lang, m.from === 'staff' ? 'telegram.thread.staff' : 'telegram.thread.sender', { day: m.day, text: m.text }),
  );
  const asked = thread.messages.at(-1)?.from === 'staff';
  return out(
    { ...state, step: 'answer' },
    reply(lang, 'telegram.thread.head', { kind: thread.kind, state: thread.state, count: thread.messages.length }),
    ...messages,
    reply(lang, asked ? 'telegram.thread.answer' : 'telegram.thread.add'),
  );
}
