/** Issue 12's grammar: ranges in the genitive, statuses agreeing with sex, no "г..". */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../domain/record.js';
import { CATALOGS, createTranslator, noDoublePeriod } from './translator.js';
import { formatTerm } from './term.js';

describe('a range of time served takes the genitive', () => {
  const term = { years: 3, months: 3, days: 2 };
  const single = { years: 1, months: 1, days: 1 };
  it('ru: от 3 лет, 3 месяцев и 2 дней', () => {
    expect(formatTerm(term, 'ru', 'genitive')).toBe('3 лет, 3 месяцев и 2 дней');
    expect(formatTerm(single, 'ru', 'genitive')).toBe('1 года, 1 месяца и 1 дня');
    expect(formatTerm({ years: 21, months: 0, days: 5 }, 'ru', 'genitive')).toBe('21 года и 5 дней');
    expect(formatTerm(term, 'ru')).toBe('3 года, 3 месяца и 2 дня');
  });
  it('be: ад 3 гадоў, 3 месяцаў і 2 дзён', () => {
    expect(formatTerm(term, 'be', 'genitive')).toBe('3 гадоў, 3 месяцаў і 2 дзён');
    expect(formatTerm(single, 'be', 'genitive')).toBe('1 года, 1 месяца і 1 дня');
    expect(formatTerm(term, 'be')).toBe('3 гады, 3 месяцы і 2 дні');
  });
  it('en has no case', () => {
    expect(formatTerm(term, 'en', 'genitive')).toBe(formatTerm(term, 'en'));
  });
  it('the memo keeps the cases apart', () => {
    expect(formatTerm(term, 'ru')).not.toBe(formatTerm(term, 'ru', 'genitive'));
  });
});

describe('statuses agree with the person’s sex', () => {
  const cases: Array<[(typeof LANGS)[number], string, string, string]> = [
    ['ru', 'female', 'status.released', 'Освобождена'],
    ['ru', 'male', 'status.released', 'Освобождён'],
    ['ru', 'female', 'status.deceased', 'Умерла'],
    ['ru', 'male', 'status.deceased', 'Умер'],
    ['be', 'female', 'status.released', 'Вызвалена'],
    ['be', 'male', 'status.released', 'Вызвалены'],
    ['be', 'female', 'status.deceased', 'Памерла'],
    ['en', 'female', 'status.released', 'Released'],
  ];
  for (const [lang, sex, key, expected] of cases) {
    it(`${lang} ${key} ${sex}: ${expected}`, () => {
      expect(createTranslator(lang)(key as 'status.released', { sex })).toBe(expected);
    });
  }
  it('an unknown sex reads neutrally, never "(а)"', () => {
    expect(createTranslator('ru')('status.released', { sex: 'unknown' })).toBe('На свободе');
    expect(createTranslator('be')('status.released', { sex: 'unknown' })).toBe('На волі');
  });
  it('no message in be or ru writes both forms with brackets', () => {
    for (const lang of ['be', 'ru'] as const) {
      const bracketed = Object.entries(CATALOGS[lang]).filter(([, text]) => /\p{L}\((а|ая|ла|ы)\)/u.test(text));
      expect(bracketed.map(([key]) => key)).toEqual([]);
    }
  });
});

describe('no double period after "г."', () => {
  it('drops the sentence period after the abbreviation', () => {
    expect(noDoublePeriod('задержан 3 июня 2022 г..')).toBe('задержан 3 июня 2022 г.');
    expect(noDoublePeriod('у 2022 г.. Далей')).toBe('у 2022 г. Далей');
  });
  it('keeps an ellipsis and other words', () => {
    expect(noDoublePeriod('2022 г...')).toBe('2022 г...');
    expect(noDoublePeriod('Смог.. ну')).toBe('Смог.. ну');
  });
  for (const lang of ['be', 'ru'] as const) {
    it(`${lang}: a message ending after a date prints one period`, () => {
      const t = createTranslator(lang);
      const out = t('digest.story.detained', {
        name: 'А',
        sex: 'male',
        when: lang === 'ru' ? '3 июня 2022 г.' : '3 чэрвеня 2022 г.',
      });
      expect(out).toMatch(/2022 г\.$/);
      expect(out).not.toContain('г..');
    });
  }
});
