/** The tip line's conversation: every path, bad input re-asked, and every reply key in the catalogs. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../record.js';
import { CATALOGS } from '../../i18n/translator.js';
import {
  converse,
  langFromCode,
  type Conversation,
  type ConversationEnv,
  type ConversationInput,
  type Outcome,
} from './conversation.js';
import { readCommand, readDate, readReceipt } from './conversation-input.js';

const env: ConversationEnv = { today: '2026-12-03', languageCode: 'en' };
const text = (t: string): ConversationInput => ({ type: 'text', text: t });
const button = (data: string): ConversationInput => ({ type: 'button', data });
const photo = (size = 1000, type = 'image/jpeg'): ConversationInput => ({
  type: 'file',
  file: { id: 'f1', name: 'photo.jpg', type, size },
});

/** Feeds inputs one after another; returns the last outcome. */
function run(inputs: ConversationInput[], e = env, from: Conversation | null = null): Outcome {
  let outcome: Outcome = { state: from, replies: [] };
  for (const input of inputs) outcome = converse(outcome.state, input, e);
  return outcome;
}
const keys = (o: Outcome) => o.replies.map((r) => r.key);
const step = (o: Outcome) => o.state?.step;

const untilFiles = [{ type: 'start' } as const, text('Ivan Petrov'), button('kind:released'), text('13.01.2024')];
const untilConfirm = [...untilFiles, text('Zhodino'), text('His wife told me'), button('skip'), button('skip')];

describe('the conversation', () => {
  it('asks the web form’s questions in order and sends the tip after the summary', () => {
    const o = run(untilConfirm);
    expect(step(o)).toBe('confirm');
    expect(o.replies[0]).toMatchObject({
      key: 'telegram.summary',
      values: { who: 'Ivan Petrov', kind: 'released', when: '2024-01-13', where: 'Zhodino', contact: '—', files: 0 },
    });
    const sent = converse(o.state, button('send'), env);
    expect(sent.effect).toEqual({
      kind: 'submit',
      submission: {
        lang: 'en',
        who: 'Ivan Petrov',
        kind: 'released',
        when: '2024-01-13',
        where: 'Zhodino',
        how: 'His wife told me',
      },
      files: [],
    });
    const done = converse(sent.state, { type: 'submitted', receipt: 'AB12-CD34-EF56' }, env);
    expect(done.state).toBeNull(); // forgotten
    expect(done.replies).toEqual([{ lang: 'en', key: 'telegram.receipt', values: { receipt: 'AB12-CD34-EF56' } }]);
  });

  it('takes the language from Telegram’s language code, or asks for it first', () => {
    expect(keys(run([{ type: 'start' }], { today: env.today, languageCode: 'be' }))).toEqual([
      'telegram.intro',
      'telegram.ask.who',
    ]);
    expect(run([{ type: 'start' }], { today: env.today, languageCode: 'ru-RU' }).state?.lang).toBe('ru');
    const unknown = run([{ type: 'start' }], { today: env.today, languageCode: 'de' });
    expect(step(unknown)).toBe('lang');
    expect(unknown.replies[0]!.buttons![0]!.map((b) => b.data)).toEqual(['lang:be', 'lang:ru', 'lang:en']);
    const chosen = converse(unknown.state, button('lang:be'), { today: env.today });
    expect(chosen.state).toMatchObject({ step: 'who', lang: 'be' });
    expect(keys(chosen)).toEqual(['telegram.intro', 'telegram.ask.who']);
    expect(langFromCode(undefined)).toBeNull();
  });

  it('/lang changes the language midway and comes back to the same question', () => {
    const o = run([{ type: 'start' }, text('Ivan'), text('/lang')]);
    expect(step(o)).toBe('lang');
    const back = converse(o.state, button('lang:ru'), env);
    expect(back.state).toMatchObject({ step: 'kind', lang: 'ru', who: 'Ivan' });
    expect(back.replies[0]).toMatchObject({ lang: 'ru', key: 'telegram.ask.kind' });
    expect(converse(o.state, text('nonsense'), env).state?.step).toBe('lang');
  });

  it('offers the kinds as buttons and re-asks when the sender types instead', () => {
    const o = run([{ type: 'start' }, text('Ivan')]);
    expect(o.replies[0]!.buttons!.map((row) => row[0]!.data)).toEqual([
      'kind:released',
      'kind:detained',
      'kind:transferred',
      'kind:sentenced',
      'kind:other',
    ]);
    const typed = converse(o.state, text('released'), env);
    expect(step(typed)).toBe('kind');
    expect(keys(typed)).toEqual(['telegram.kind.pick', 'telegram.ask.kind']);
    expect(keys(converse(o.state, button('kind:pardoned'), env))).toEqual(['telegram.kind.pick', 'telegram.ask.kind']);
  });

  it('re-asks a date it cannot read, a day that does not exist and a date to come, and takes partial dates', () => {
    const at = run(untilFiles.slice(0, 3));
    expect(step(at)).toBe('when');
    expect(keys(converse(at.state, text('last spring'), env))).toEqual(['telegram.when.shape', 'telegram.ask.when']);
    expect(keys(converse(at.state, text('31.02.2024'), env))[0]).toBe('telegram.when.no-such-day');
    expect(keys(converse(at.state, text('01.2027'), env))[0]).toBe('telegram.when.future');
    expect(keys(converse(at.state, text('1799'), env))[0]).toBe('telegram.when.no-such-day');
    expect(converse(at.state, text('~01.2024'), env).state).toMatchObject({ step: 'where', when: '~2024-01' });
    expect(converse(at.state, button('skip'), env).state).toMatchObject({ step: 'where', when: undefined });
  });

  it('reads dates as people write them', () => {
    expect(readDate('2024', env.today)).toEqual({ ok: true, date: '2024' });
    expect(readDate(' 3/1/2024 ', env.today)).toEqual({ ok: true, date: '2024-01-03' });
    expect(readDate('≈2024-01-13', env.today)).toEqual({ ok: true, date: '~2024-01-13' });
    expect(readDate('2026-12', env.today)).toEqual({ ok: true, date: '2026-12' });
    expect(readDate('13.13.2024', env.today)).toEqual({ ok: false, why: 'shape' });
  });

  it('refuses empty and over-long answers and a skip of the required question', () => {
    const o = run([{ type: 'start' }]);
    expect(keys(converse(o.state, text('   '), env))).toEqual(['telegram.textExpected', 'telegram.ask.who']);
    const long = converse(o.state, text('x'.repeat(301)), env);
    expect(long.replies[0]).toMatchObject({ key: 'telegram.tooLong', values: { max: 300, length: 301 } });
    expect(step(long)).toBe('who');
    expect(keys(converse(o.state, text('/skip'), env))).toEqual(['telegram.required', 'telegram.ask.who']);
    expect(keys(converse(o.state, { type: 'other' }, env))).toEqual(['telegram.textExpected', 'telegram.ask.who']);
    expect(keys(converse(o.state, photo(), env))).toEqual(['telegram.files.later', 'telegram.ask.who']);
    expect(keys(converse(o.state, button('kind:released'), env))).toEqual(['telegram.stale', 'telegram.ask.who']);
  });

  it('takes up to three photos or PDFs within the size limit', () => {
    let o = run([...untilFiles, button('skip'), button('skip'), text('/skip')]);
    expect(step(o)).toBe('files');
    expect(keys(converse(o.state, text('here'), env))[0]).toBe('telegram.files.expected');
    expect(keys(converse(o.state, photo(1000, 'image/gif'), env))[0]).toBe('telegram.files.type');
    expect(keys(converse(o.state, photo(11 * 1024 * 1024), env))[0]).toBe('telegram.files.too-big');
    for (let i = 1; i <= 3; i++) {
      o = converse(o.state, photo(), env);
      expect(o.replies[0]).toMatchObject({ key: 'telegram.files.received', values: { count: i } });
    }
    expect(keys(converse(o.state, photo(), env))[0]).toBe('telegram.files.too-many');
    o = converse(o.state, text('/done'), env);
    expect(o.replies[0]).toMatchObject({ key: 'telegram.summary', values: { files: 3, where: '—' } });
    const effect = converse(o.state, button('send'), env).effect;
    expect(effect?.kind === 'submit' && effect.files.map((f) => f.id)).toEqual(['f1', 'f1', 'f1']);
  });

  it('at the summary: start over, cancel, or a stray message', () => {
    const o = run(untilConfirm);
    expect(converse(o.state, button('restart'), env).state).toEqual({ step: 'who', lang: 'en', files: [] });
    expect(converse(o.state, button('cancel'), env)).toMatchObject({
      state: null,
      replies: [{ key: 'telegram.cancelled' }],
    });
    expect(keys(converse(o.state, text('ok'), env))).toEqual(['telegram.confirm.pick', 'telegram.summary']);
  });

  it('keeps the tip when sending fails, and asks to wait while it is being sent', () => {
    const sending = converse(run(untilConfirm).state, button('send'), env);
    expect(keys(converse(sending.state, text('hello?'), env))).toEqual(['telegram.wait']);
    const failed = converse(sending.state, { type: 'failed', reason: 'unavailable' }, env);
    expect(step(failed)).toBe('confirm');
    expect(keys(failed)).toEqual(['telegram.failed.unavailable', 'telegram.summary']);
    expect(keys(converse(sending.state, { type: 'failed', reason: 'limited' }, env))[0]).toBe(
      'telegram.failed.limited',
    );
  });

  it('/cancel forgets everything at any step', () => {
    for (const n of [1, 2, 3, 5, 8]) {
      const o = converse(run(untilConfirm.slice(0, n)).state, text('/cancel'), env);
      expect(o).toEqual({ state: null, replies: [{ lang: 'en', key: 'telegram.cancelled' }] });
    }
  });

  it('without a conversation: a hint, or the language question when the language is unknown', () => {
    expect(run([text('hello')])).toEqual({ state: null, replies: [{ lang: 'en', key: 'telegram.idle' }] });
    expect(step(run([text('hello')], { today: env.today }))).toBe('lang');
    expect(keys(run([text('/whatever')]))).toEqual(['telegram.unknownCommand']);
    expect(keys(run([text('/help')]))).toEqual(['telegram.help']);
    expect(keys(run([{ type: 'start' }, text('/help')]))).toEqual(['telegram.help', 'telegram.ask.who']);
  });
});

describe('following up with a receipt', () => {
  const thread = {
    kind: 'released',
    state: 'verifying',
    messages: [
      { from: 'sender' as const, text: 'He is home', day: '2026-11-30' },
      { from: 'staff' as const, text: 'Which day exactly?', day: '2026-12-01' },
    ],
  };

  it('/status CODE reads the thread and takes an answer to the question', () => {
    const asked = run([text('/status AB12-CD34')]);
    expect(asked.effect).toEqual({ kind: 'read-thread', receipt: 'AB12-CD34' });
    const shown = converse(asked.state, { type: 'thread', thread }, env);
    expect(keys(shown)).toEqual([
      'telegram.thread.head',
      'telegram.thread.sender',
      'telegram.thread.staff',
      'telegram.thread.answer',
    ]);
    expect(shown.replies[2]!.values).toEqual({ day: '2026-12-01', text: 'Which day exactly?' });
    const answered = converse(shown.state, text('On the 29th'), env);
    expect(answered.effect).toEqual({ kind: 'reply', receipt: 'AB12-CD34', text: 'On the 29th' });
    expect(converse(answered.state, { type: 'replied' }, env)).toEqual({
      state: null,
      replies: [{ lang: 'en', key: 'telegram.answer.sent' }],
    });
  });

  it('/status alone asks for the code; a bad or unknown code is explained', () => {
    const o = run([text('/status')]);
    expect(keys(o)).toEqual(['telegram.ask.receipt']);
    expect(keys(converse(o.state, text('no!'), env))).toEqual(['telegram.receipt.invalid']);
    expect(converse(o.state, text('AB12CD34EF'), env).effect).toEqual({ kind: 'read-thread', receipt: 'AB12CD34EF' });
    expect(keys(run([text('/status a b')]))).toEqual(['telegram.receipt.invalid']);
    const missing = converse(run([text('/status AB12-CD34')]).state, { type: 'thread', thread: null }, env);
    expect(missing).toEqual({ state: null, replies: [{ lang: 'en', key: 'telegram.failed.not-found' }] });
  });

  it('a thread without a question invites an addition; an over-long answer is refused', () => {
    const shown = converse(
      run([text('/status AB12-CD34')]).state,
      { type: 'thread', thread: { ...thread, messages: [] } },
      env,
    );
    expect(keys(shown)).toEqual(['telegram.thread.head', 'telegram.thread.add']);
    expect(keys(converse(shown.state, text('x'.repeat(4001)), env))).toEqual(['telegram.tooLong']);
    expect(keys(converse(shown.state, photo(), env))).toEqual(['telegram.files.later', 'telegram.thread.add']);
  });

  it('reads commands and receipts', () => {
    expect(readCommand('/status@RollcallBot  AB12-CD34 ')).toEqual({ name: 'status', arg: 'AB12-CD34' });
    expect(readCommand('hello /start')).toBeNull();
    expect(readReceipt('AB12 CD34')).toBe('AB12CD34');
    expect(readReceipt('short')).toBeNull();
  });
});

describe('every reply and button is in the catalogs of be, ru and en', () => {
  it('has each key the conversation uses', () => {
    const used = new Set<string>();
    const collect = (o: Outcome) => {
      for (const r of o.replies) {
        used.add(r.key);
        for (const row of r.buttons ?? []) for (const b of row) used.add(b.key);
      }
      return o;
    };
    for (const languageCode of ['en', 'de']) {
      let o: Outcome = { state: null, replies: [] };
      const e = { today: env.today, languageCode };
      for (const input of [...untilConfirm, button('send')]) o = collect(converse(o.state, input, e));
      if (languageCode === 'de') collect(converse(o.state, { type: 'failed', reason: 'unavailable' }, e));
    }
    for (const k of ['telegram.limited', 'telegram.files.too-many'] as const) used.add(k);
    for (const lang of LANGS) {
      const missing = [...used].filter((k) => !(k in CATALOGS[lang]));
      expect(missing, lang).toEqual([]);
    }
    expect(used.size).toBeGreaterThan(20);
  });
});
