/** The Telegram bot against a fake Bot API on loopback: whole conversations in be/ru/en, files, follow-ups, limits. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RollcallError } from '../../domain/errors.js';
import {
  buttonUpdate,
  documentUpdate,
  photoUpdate,
  startFakeTelegram,
  textUpdate,
  type FakeSender,
  type FakeTelegram,
} from '../../testing/fake-telegram.js';
import { fakeTipDesk, type FakeTipDesk } from '../../testing/fake-tip-desk.js';
import { createBotApi } from './bot-api.js';
import { createTelegramBot, type TelegramBot } from './bot.js';
import { ChatMemory } from './chat-memory.js';

let fake: FakeTelegram;
let desk: FakeTipDesk;
let bot: TelegramBot;
let logs: string[];
const now = () => new Date('2026-12-03T10:00:00Z');

beforeEach(async () => {
  fake = await startFakeTelegram();
  desk = fakeTipDesk();
  logs = [];
  bot = createTelegramBot({
    api: createBotApi({ apiRoot: fake.url, token: fake.token }),
    desk,
    now,
    log: (l) => logs.push(l),
  });
});
afterEach(() => fake.close());

/** Sends one update and returns what the bot said to it. */
async function say(update: Record<string, unknown>): Promise<string[]> {
  const before = fake.texts().length;
  await bot.handleUpdate({ update_id: 1, ...update });
  return fake.texts().slice(before);
}

describe('the bot', () => {
  it('guides an English sender through a tip with a photo (a PDF is refused: the intake takes images only), and gives a receipt', async () => {
    const s: FakeSender = { chatId: 1001, languageCode: 'en' };
    fake.addFile('photo-1', new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]));
    fake.addFile('doc-1', new TextEncoder().encode('%PDF-1.4 court notice'));
    expect((await say(textUpdate(s, '/start')))[1]).toContain('Who is it about?');
    expect((await say(textUpdate(s, 'Ivan Petrov')))[0]).toBe('What happened?');
    expect(fake.lastButtons()).toEqual([
      'kind:released',
      'kind:detained',
      'kind:transferred',
      'kind:sentenced',
      'kind:other',
    ]);
    await say(buttonUpdate(s, 'kind:released'));
    expect(fake.calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
    expect((await say(textUpdate(s, 'in spring')))[0]).toContain('could not read that as a date');
    await say(textUpdate(s, '13.01.2024'));
    await say(textUpdate(s, 'Zhodino'));
    await say(textUpdate(s, 'His wife told me'));
    await say(buttonUpdate(s, 'skip'));
    expect((await say(photoUpdate(s, 'photo-1', 6)))[0]).toBe('Received: 1 file. Send another one or press “Done”.');
    expect((await say(documentUpdate(s, 'doc-1', 'notice.pdf', 'application/pdf', 21)))[0]).toBe(
      'I can take only JPEG, PNG or WebP images. Photograph the document and send the photo.',
    );
    const summary = await say(buttonUpdate(s, 'skip'));
    expect(summary[0]).toContain('Who: Ivan Petrov\nWhat happened: released\nWhen: 2024-01-13\nWhere: Zhodino');
    expect(summary[0]).toContain('Files: 1');
    const receipt = await say(buttonUpdate(s, 'send'));
    expect(receipt[0]).toContain('RCPT-0001-TEST');
    expect(desk.tips[0]!.input).toEqual({
      lang: 'en',
      who: 'Ivan Petrov',
      kind: 'released',
      when: '2024-01-13',
      where: 'Zhodino',
      how: 'His wife told me',
    });
    expect(desk.tips[0]!.attachments.map((a) => [a.name, a.type, a.bytes.byteLength])).toEqual([
      ['photo.jpg', 'image/jpeg', 6],
    ]);
    expect(logs).toEqual([]);
  });

  it('speaks Russian from the language code, and Belarusian when chosen', async () => {
    const ru: FakeSender = { chatId: 2002, languageCode: 'ru' };
    expect((await say(textUpdate(ru, '/start')))[1]).toContain('О ком идёт речь?');
    await say(textUpdate(ru, 'Иван Петров'));
    await say(buttonUpdate(ru, 'kind:detained'));
    expect((await say(textUpdate(ru, '31.02.2024')))[0]).toBe(
      'Такого дня не существует. Проверьте, пожалуйста, день и месяц.',
    );
    await say(buttonUpdate(ru, 'skip'));
    for (let i = 0; i < 3; i++) await say(buttonUpdate(ru, 'skip'));
    expect((await say(buttonUpdate(ru, 'skip')))[0]).toContain('Что произошло: задержание\nКогда: —');
    expect((await say(buttonUpdate(ru, 'send')))[0]).toContain('Спасибо, ваше сообщение отправлено.');

    const be: FakeSender = { chatId: 3003, languageCode: 'pl' };
    expect((await say(textUpdate(be, '/start')))[0]).toBe('Выберыце мову · Выберите язык · Choose a language');
    expect((await say(buttonUpdate(be, 'lang:be')))[1]).toContain('Пра каго ідзе гаворка?');
    await say(textUpdate(be, 'Алесь Бяляцкі'));
    expect(fake.texts().at(-1)).toBe('Што адбылося?');
    await say(buttonUpdate(be, 'kind:sentenced'));
    await say(textUpdate(be, '2023'));
    for (let i = 0; i < 4; i++) await say(buttonUpdate(be, 'skip'));
    expect((await say(buttonUpdate(be, 'send')))[0]).toContain('Дзякуй, ваша паведамленне адпраўлена.');
    expect(desk.tips.map((t) => [t.input.lang, t.input.kind])).toEqual([
      ['ru', 'detained'],
      ['be', 'sentenced'],
    ]);
  });

  it('reads a reviewer’s question by receipt and passes the answer on', async () => {
    const s: FakeSender = { chatId: 4004, languageCode: 'be' };
    desk.tips.push({
      receipt: 'RCPT-0009-TEST',
      input: { lang: 'be', who: 'X', kind: 'released' },
      attachments: [],
      thread: { kind: 'released', state: 'new', messages: [] },
    });
    desk.ask('RCPT-0009-TEST', 'Калі дакладна?');
    const shown = await say(textUpdate(s, '/status RCPT-0009-TEST'));
    expect(shown).toEqual([
      'Паведамленне «вызваленне»: правяраецца. 1 паведамленне:',
      '2026-12-02, праваабаронцы: Калі дакладна?',
      'Каб адказаць на пытанне, адпраўце адказ адным паведамленнем. /cancel — спыніць.',
    ]);
    expect(await say(textUpdate(s, '29 лістапада'))).toEqual([
      'Ваш адказ дададзены да паведамлення. Бот ужо забыў гэтую размову.',
    ]);
    expect(desk.tips[0]!.thread.messages.at(-1)).toMatchObject({ from: 'sender', text: '29 лістапада' });
    expect(await say(textUpdate(s, '/status NOPE-NOPE-NOPE'))).toEqual([
      'Паведамлення з такім кодам квітанцыі няма. Праверце код і зноў адпраўце /status з ім.',
    ]);
  });

  it('says so in the sender’s language when the tip line fails, logging only an error code', async () => {
    const s: FakeSender = { chatId: 5005, languageCode: 'en', username: 'secret_user' };
    await say(textUpdate(s, '/start'));
    await say(textUpdate(s, 'Canary Person'));
    await say(buttonUpdate(s, 'kind:other'));
    for (let i = 0; i < 5; i++) await say(buttonUpdate(s, 'skip'));
    desk.failWith = new Error('disk full at Canary Person');
    const failed = await say(buttonUpdate(s, 'send'));
    expect(failed[0]).toBe('Sorry, this could not be done just now. Please try again later.');
    expect(failed[1]).toContain('Please check your report.'); // the tip is kept to try again
    expect(logs).toEqual(['telegram: submit failed [internal]']);
    desk.failWith = new RollcallError('rate-limited', 'slow down');
    expect((await say(buttonUpdate(s, 'send')))[0]).toBe(
      'Too many reports in a short time. Please try again in an hour.',
    );
    desk.failWith = null;
    expect((await say(buttonUpdate(s, 'send')))[0]).toContain('RCPT-0001-TEST');
  });

  it('ignores group chats and updates it does not know', async () => {
    await bot.handleUpdate({ update_id: 9, message: { chat: { id: -100, type: 'group' }, text: '/start' } });
    await bot.handleUpdate({ update_id: 10, edited_message: {} });
    await bot.handleUpdate('nonsense');
    expect(fake.calls).toEqual([]);
  });

  it('refuses a file Telegram serves larger than the limit, and a type it does not take', async () => {
    const s: FakeSender = { chatId: 6006, languageCode: 'en' };
    for (const t of ['/start', 'X']) await say(textUpdate(s, t));
    await say(buttonUpdate(s, 'kind:other'));
    for (let i = 0; i < 4; i++) await say(buttonUpdate(s, 'skip'));
    expect((await say(documentUpdate(s, 'd', 'a.zip', 'application/zip', 10)))[0]).toBe(
      'I can take only JPEG, PNG or WebP images. Photograph the document and send the photo.',
    );
    fake.addFile('big', new Uint8Array(10 * 1024 * 1024 + 1));
    await say(documentUpdate(s, 'big', 'big.png', 'image/png', 1)); // the size Telegram announced lies
    await say(buttonUpdate(s, 'skip'));
    expect((await say(buttonUpdate(s, 'send')))[0]).toBe(
      'Sorry, this could not be done just now. Please try again later.',
    );
    expect(desk.tips).toEqual([]);
  });

  it('limits a chat that sends too much, telling it once', async () => {
    const memory = new ChatMemory({ messages: { burst: 2, perMinute: 1 }, now: () => 0 });
    bot = createTelegramBot({ api: createBotApi({ apiRoot: fake.url, token: fake.token }), desk, memory, now });
    const s: FakeSender = { chatId: 7007, languageCode: 'ru' };
    await say(textUpdate(s, '/start'));
    await say(textUpdate(s, 'X'));
    expect(await say(textUpdate(s, 'again'))).toEqual([
      'Слишком много сообщений за короткое время. Подождите несколько минут и попробуйте снова.',
    ]);
    expect(await say(textUpdate(s, 'again'))).toEqual([]);
  });
});
