/**
 * What the tip-line conversation says: each question with its buttons, and the summary
 * to confirm. Replies are message keys of the `telegram.*` catalog
 * (`src/i18n/messages/telegram-*.ts`) with values; the transport formats them in the
 * conversation's language. Pure.
 *
 * @example
 * ask({ step: 'kind', lang: 'be', files: [] });
 * // { lang: 'be', key: 'telegram.ask.kind', buttons: [[{ key: 'telegram.kind.released', data: 'kind:released' }], …] }
 */
import { LANGS, type Lang } from '../record.js';
import { TIP_KINDS } from './submission.js';
import type { Conversation } from './conversation.js';

/** A button under a message: its label (a message key) and what pressing it sends back. */
export interface Button {
  key: string;
  data: string;
}

export interface Reply {
  lang: Lang;
  key: string;
  values?: Record<string, string | number>;
  /** Rows of buttons. */
  buttons?: Button[][];
}

export function reply(lang: Lang, key: string, values?: Reply['values'], rows?: Button[][]): Reply {
  return { lang, key, ...(values ? { values } : {}), ...(rows ? { buttons: rows } : {}) };
}

const skip: Button = { key: 'telegram.button.skip', data: 'skip' };
const cancel: Button = { key: 'telegram.button.cancel', data: 'cancel' };

/** Under "file received": Done (go on to the summary) or Cancel. */
export const DONE_BUTTONS: Button[][] = [[{ key: 'telegram.button.done', data: 'skip' }], [cancel]];

/** The question of the conversation's step. */
export function ask(state: Conversation): Reply {
  const lang = state.lang;
  switch (state.step) {
    case 'lang':
      return reply(lang, 'telegram.ask.lang', undefined, [LANGS.map((l) => ({ key: `lang.${l}`, data: `lang:${l}` }))]);
    case 'kind':
      return reply(
        lang,
        'telegram.ask.kind',
        undefined,
        TIP_KINDS.map((k) => [{ key: `telegram.kind.${k}`, data: `kind:${k}` }]),
      );
    case 'when':
      return reply(lang, 'telegram.ask.when', undefined, [
        [{ key: 'telegram.button.unknownDate', data: 'skip' }],
        [cancel],
      ]);
    case 'where':
    case 'how':
    case 'contact':
      return reply(lang, `telegram.ask.${state.step}`, undefined, [[skip], [cancel]]);
    case 'files':
      return reply(lang, 'telegram.ask.files', { max: 3, mb: 10 }, [
        [{ key: 'telegram.button.noFiles', data: 'skip' }],
        [cancel],
      ]);
    case 'confirm':
      return summary(state);
    case 'receipt':
      return reply(lang, 'telegram.ask.receipt');
    case 'answer':
      return reply(lang, 'telegram.thread.add');
    case 'sending':
    case 'waiting':
      return reply(lang, 'telegram.wait');
    default:
      return reply(lang, 'telegram.ask.who', undefined, [[cancel]]);
  }
}

/** Everything the sender said, to check before sending, with Send / Start over / Cancel. */
export function summary(state: Conversation): Reply {
  const dash = '—';
  return reply(
    state.lang,
    'telegram.summary',
    {
      who: state.who ?? dash,
      kind: state.kind ?? 'other',
      when: state.when ?? dash,
      where: state.where ?? dash,
      how: state.how ?? dash,
      contact: state.contact ?? dash,
      files: state.files.length,
    },
    [[{ key: 'telegram.button.send', data: 'send' }], [{ key: 'telegram.button.restart', data: 'restart' }], [cancel]],
  );
}
