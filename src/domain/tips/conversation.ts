/**
 * The tip line's guided conversation (the Telegram bot's, but nothing here knows about
 * Telegram): a pure state machine. Each call takes the conversation so far (null: none)
 * and what the sender did, and returns the next state (null: forget everything), the
 * replies to send (message keys of the `telegram.*` catalog, with values and buttons) and
 * at most one effect for the caller to carry out (send the tip, read a thread, answer);
 * the caller feeds the effect's outcome back in as an input.
 *
 * The questions are the web form's: language, who, what happened (buttons), when (a
 * partial date, re-asked with examples when it does not read), where, how the sender
 * knows, a contact and files (both optional), then a summary to confirm and the receipt.
 * `/status CODE` reads the reviewers' questions and takes an answer; `/cancel` forgets.
 *
 * @example
 * let out = converse(null, { type: 'start' }, { today: '2026-12-03', languageCode: 'ru' });
 * out.replies[0]!.key; // 'telegram.intro'
 * out = converse(out.state, { type: 'text', text: 'Иван Петров' }, env);
 * out.replies[0]!.key; // 'telegram.ask.kind' (with one button per kind)
 */
import { LANGS, type Lang } from '../record.js';
import { TIP_KINDS, TipSubmission, type TipKind } from './submission.js';
import { fileProblem, readCommand, readDate, readReceipt, TEXT_LIMITS, type FileRef } from './conversation-input.js';
import { ask, DONE_BUTTONS, reply, summary, type Reply } from './conversation-replies.js';
import { onResult } from './conversation-results.js';

export type { Reply, Button } from './conversation-replies.js';
export type { FileRef } from './conversation-input.js';

export type Step =
  | 'lang'
  | 'who'
  | 'kind'
  | 'when'
  | 'where'
  | 'how'
  | 'contact'
  | 'files'
  | 'confirm'
  | 'sending'
  | 'receipt'
  | 'answer'
  | 'waiting';

/** What the sender has said so far; lives in the caller's memory only, never on disk. */
export interface Conversation {
  step: Step;
  lang: Lang;
  /** The step to go back to after `/lang` (or after choosing the language at the start). */
  resume?: Step;
  who?: string;
  kind?: TipKind;
  when?: string;
  where?: string;
  how?: string;
  contact?: string;
  files: FileRef[];
  /** The receipt a follow-up is about (`/status`). */
  receipt?: string;
}

export type ConversationInput =
  | { type: 'start' }
  | { type: 'text'; text: string }
  | { type: 'button'; data: string }
  | { type: 'file'; file: FileRef }
  /** Anything else the sender sent (a sticker, a location…). */
  | { type: 'other' }
  | { type: 'submitted'; receipt: string }
  | { type: 'thread'; thread: ThreadView | null }
  | { type: 'replied' }
  | { type: 'failed'; reason: 'unavailable' | 'limited' | 'not-found' };

/** A tip's thread as the sender may see it (from the tips use case). */
export interface ThreadView {
  kind: string;
  state: string;
  messages: ReadonlyArray<{ from: 'sender' | 'staff'; text: string; day: string }>;
}

export type Effect =
  | { kind: 'submit'; submission: TipSubmission; files: FileRef[] }
  | { kind: 'read-thread'; receipt: string }
  | { kind: 'reply'; receipt: string; text: string };

export interface Outcome {
  state: Conversation | null;
  replies: Reply[];
  effect?: Effect;
}

export interface ConversationEnv {
  /** Today, YYYY-MM-DD (a date after it is refused). */
  today: string;
  /** The sender's interface language as the messenger reports it (`ru`, `be`, `en-GB`…). */
  languageCode?: string;
}

/** be/ru/en from a messenger's language code, or null. */
export function langFromCode(code: string | undefined): Lang | null {
  const base = (code ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base ?? '') ? (base as Lang) : null;
}

const fresh = (lang: Lang, step: Step): Conversation => ({ step, lang, files: [] });
const out = (state: Conversation | null, ...replies: Reply[]): Outcome => ({ state, replies });

/** The next state, replies and effect. */
export function converse(state: Conversation | null, input: ConversationInput, env: ConversationEnv): Outcome {
  const known = langFromCode(env.languageCode);
  if (input.type === 'start') return start(known);
  if (input.type === 'text') {
    const command = readCommand(input.text);
    if (command) return onCommand(state, command, known, env);
  }
  if (state === null) {
    if (known === null) return out(fresh('en', 'lang'), ask(fresh('en', 'lang')));
    return out(null, reply(known, 'telegram.idle'));
  }
  if (input.type === 'submitted' || input.type === 'thread' || input.type === 'replied' || input.type === 'failed')
    return onResult(state, input);
  if (state.step === 'sending' || state.step === 'waiting') return out(state, reply(state.lang, 'telegram.wait'));
  return onAnswer(state, input, env);
}

function start(lang: Lang | null): Outcome {
  if (lang === null) return out({ ...fresh('en', 'lang'), resume: 'who' }, ask(fresh('en', 'lang')));
  const next = fresh(lang, 'who');
  return out(next, reply(lang, 'telegram.intro'), ask(next));
}

function onCommand(
  state: Conversation | null,
  { name, arg }: { name: string; arg: string },
  known: Lang | null,
  env: ConversationEnv,
): Outcome {
  const lang = state?.lang ?? known ?? 'en';
  switch (name) {
    case 'start':
      return start(state?.step === 'lang' ? known : (state?.lang ?? known));
    case 'cancel':
      return out(null, reply(lang, 'telegram.cancelled'));
    case 'help':
      return out(state, reply(lang, 'telegram.help'), ...(state ? [ask(state)] : []));
    case 'lang': {
      const base = state ?? fresh(lang, 'who');
      const resume = base.step === 'lang' ? base.resume : base.step;
      return out({ ...base, step: 'lang', resume }, ask({ ...base, step: 'lang' }));
    }
    case 'status': {
      const receipt = readReceipt(arg);
      const base = { ...fresh(lang, 'receipt') };
      if (receipt === null) return out(base, reply(lang, arg ? 'telegram.receipt.invalid' : 'telegram.ask.receipt'));
      return { state: { ...base, step: 'waiting', receipt }, replies: [], effect: { kind: 'read-thread', receipt } };
    }
    case 'skip':
    case 'done':
      if (state) return onAnswer(state, { type: 'button', data: 'skip' }, env);
      return out(null, reply(lang, 'telegram.idle'));
    default:
      return out(state, reply(lang, 'telegram.unknownCommand'), ...(state ? [ask(state)] : []));
  }
}

/** The sender answered the question of `state.step` (or pressed a button). */
function onAnswer(state: Conversation, input: ConversationInput, env: ConversationEnv): Outcome {
  const lang = state.lang;
  if (input.type === 'button' && input.data === 'cancel') return out(null, reply(lang, 'telegram.cancelled'));
  if (input.type === 'file' && state.step !== 'files')
    return out(state, reply(lang, 'telegram.files.later'), ask(state));
  if (input.type === 'other') return out(state, reply(lang, 'telegram.textExpected'), ask(state));
  switch (state.step) {
    case 'lang':
      return chooseLang(state, input);
    case 'kind':
      return chooseKind(state, input);
    case 'when':
      return answerWhen(state, input, env);
    case 'files':
      return addFile(state, input);
    case 'confirm':
      return confirm(state, input);
    case 'receipt':
      return askThread(state, input);
    case 'answer':
      return answerThread(state, input);
    default:
      return answerText(state, input);
  }
}

const NEXT: Partial<Record<Step, Step>> = {
  who: 'kind',
  kind: 'when',
  when: 'where',
  where: 'how',
  how: 'contact',
  contact: 'files',
  files: 'confirm',
};
const OPTIONAL: ReadonlySet<Step> = new Set(['when', 'where', 'how', 'contact', 'files']);

/** Moves on to the question after `step`, with `changes` applied. */
function advance(state: Conversation, changes: Partial<Conversation>): Outcome {
  const next: Conversation = { ...state, ...changes, step: NEXT[state.step] ?? 'confirm' };
  return out(next, next.step === 'confirm' ? summary(next) : ask(next));
}

function isSkip(input: ConversationInput): boolean {
  return input.type === 'button' && input.data === 'skip';
}

function answerText(state: Conversation, input: ConversationInput): Outcome {
  const step = state.step as 'who' | 'where' | 'how' | 'contact';
  if (isSkip(input)) {
    if (OPTIONAL.has(step)) return advance(state, { [step]: undefined });
    return out(state, reply(state.lang, 'telegram.required'), ask(state));
  }
  if (input.type !== 'text') return out(state, reply(state.lang, 'telegram.stale'), ask(state));
  const text = input.text.trim();
  if (text === '') return out(state, reply(state.lang, 'telegram.textExpected'), ask(state));
  if (text.length > TEXT_LIMITS[step])
    return out(
      state,
      reply(state.lang, 'telegram.tooLong', { max: TEXT_LIMITS[step], length: text.length }),
      ask(state),
    );
  return advance(state, { [step]: text });
}

function chooseLang(state: Conversation, input: ConversationInput): Outcome {
  const data = input.type === 'button' ? input.data : input.type === 'text' ? input.text.trim().toLowerCase() : '';
  const lang = langFromCode(data.replace(/^lang:/, ''));
  if (lang === null) return out(state, ask(state));
  const next: Conversation = { ...state, lang, step: state.resume ?? 'who', resume: undefined };
  const intro = state.resume === 'who' && state.who === undefined ? [reply(lang, 'telegram.intro')] : [];
  return out(next, ...intro, next.step === 'confirm' ? summary(next) : ask(next));
}

function chooseKind(state: Conversation, input: ConversationInput): Outcome {
  const picked = input.type === 'button' ? input.data.replace(/^kind:/, '') : '';
  if (!(TIP_KINDS as readonly string[]).includes(picked))
    return out(state, reply(state.lang, 'telegram.kind.pick'), ask(state));
  return advance(state, { kind: picked as TipKind });
}

function answerWhen(state: Conversation, input: ConversationInput, env: ConversationEnv): Outcome {
  if (isSkip(input)) return advance(state, { when: undefined });
  if (input.type !== 'text') return out(state, reply(state.lang, 'telegram.stale'), ask(state));
  const read = readDate(input.text, env.today);
  if (!read.ok) return out(state, reply(state.lang, `telegram.when.${read.why}`), ask(state));
  return advance(state, { when: read.date });
}

function addFile(state: Conversation, input: ConversationInput): Outcome {
  if (isSkip(input)) return advance(state, {});
  if (input.type !== 'file') return out(state, reply(state.lang, 'telegram.files.expected'), ask(state));
  const problem = fileProblem(input.file, state.files.length);
  if (problem !== null)
    return out(state, reply(state.lang, `telegram.files.${problem}`, { max: 3, mb: 10 }), ask(state));
  const next = { ...state, files: [...state.files, input.file] };
  return out(next, reply(state.lang, 'telegram.files.received', { count: next.files.length }, DONE_BUTTONS));
}

function confirm(state: Conversation, input: ConversationInput): Outcome {
  const data = input.type === 'button' ? input.data : '';
  if (data === 'restart') {
    const next = fresh(state.lang, 'who');
    return out(next, ask(next));
  }
  if (data !== 'send') return out(state, reply(state.lang, 'telegram.confirm.pick'), summary(state));
  const submission = TipSubmission.parse({
    lang: state.lang,
    who: state.who,
    kind: state.kind,
    when: state.when,
    where: state.where,
    how: state.how,
    contact: state.contact,
  });
  return {
    state: { ...state, step: 'sending' },
    replies: [],
    effect: { kind: 'submit', submission, files: state.files },
  };
}

function askThread(state: Conversation, input: ConversationInput): Outcome {
  const receipt = input.type === 'text' ? readReceipt(input.text) : null;
  if (receipt === null) return out(state, reply(state.lang, 'telegram.receipt.invalid'));
  return { state: { ...state, step: 'waiting', receipt }, replies: [], effect: { kind: 'read-thread', receipt } };
}

function answerThread(state: Conversation, input: ConversationInput): Outcome {
  if (input.type !== 'text') return out(state, reply(state.lang, 'telegram.textExpected'));
  const text = input.text.trim();
  if (text.length > TEXT_LIMITS.answer)
    return out(state, reply(state.lang, 'telegram.tooLong', { max: TEXT_LIMITS.answer, length: text.length }));
  if (text === '') return out(state, reply(state.lang, 'telegram.textExpected'));
  return {
    state: { ...state, step: 'waiting' },
    replies: [],
    effect: { kind: 'reply', receipt: state.receipt!, text },
  };
}
