/** The Telegram bot's texts: plurals agree with their numbers in be, ru and en. */
import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator.js';

describe('telegram messages', () => {
  it('count files with the right plural forms', () => {
    const cases: Array<['be' | 'ru' | 'en', number, string]> = [
      ['ru', 1, 'Получено: 1 файл.'],
      ['ru', 2, 'Получено: 2 файла.'],
      ['ru', 5, 'Получено: 5 файлов.'],
      ['be', 1, 'Атрымана: 1 файл.'],
      ['be', 3, 'Атрымана: 3 файлы.'],
      ['be', 5, 'Атрымана: 5 файлаў.'],
      ['en', 2, 'Received: 2 files.'],
    ];
    for (const [lang, count, start] of cases)
      expect(createTranslator(lang)('telegram.files.received', { count }).startsWith(start), `${lang} ${count}`).toBe(
        true,
      );
  });

  it('say how long a text may be in the case the preposition asks for', () => {
    expect(createTranslator('ru')('telegram.tooLong', { length: 301, max: 300 })).toContain(
      '301 знак, а помещается не больше 300 знаков',
    );
    expect(createTranslator('be')('telegram.tooLong', { length: 302, max: 300 })).toContain(
      '302 знакі, а змяшчаецца не больш за 300 знакаў',
    );
  });

  it('name the kind and the state of a tip in a follow-up', () => {
    expect(createTranslator('ru')('telegram.thread.head', { kind: 'released', state: 'verifying', count: 2 })).toBe(
      'Сообщение «освобождение»: проверяется. 2 сообщения:',
    );
    expect(createTranslator('be')('telegram.thread.head', { kind: 'sentenced', state: 'new', count: 0 })).toBe(
      'Паведамленне «прысуд»: атрымана, яшчэ не прачытана. Паведамленняў пакуль няма.',
    );
  });
});
