import { describe, expect, it } from 'vitest';
import { formatDate, parsePartialDate } from './dates.js';
import { langFromPath, pathInLang, splitLangPath } from './lang.js';
import { formatTerm } from './term.js';
import { formatNumber } from './translator.js';

describe('formatNumber', () => {
  it('groups thousands per language', () => {
    expect(formatNumber(1416, 'en')).toBe('1,416');
    expect(formatNumber(1416, 'ru')).toBe('1\u00a0416');
    expect(formatNumber(1416, 'be')).toBe('1\u00a0416');
    expect(formatNumber(0, 'be')).toBe('0');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });
});

describe('formatDate', () => {
  const cases: Array<[string, 'en' | 'ru' | 'be', string]> = [
    ['2022-05', 'en', 'May 2022'],
    ['2022-05', 'ru', 'май 2022 г.'],
    ['2022-05', 'be', 'травень 2022 г.'],
    ['2022', 'en', '2022'],
    ['2022', 'ru', '2022'],
    ['2022', 'be', '2022'],
    ['2024-01-13', 'en', 'January 13, 2024'],
    ['2024-01-13', 'ru', '13 января 2024 г.'],
    ['2024-01-13', 'be', '13 студзеня 2024 г.'],
    ['~2022-05', 'en', 'c. May 2022'],
    ['~2022-05', 'ru', 'около мая 2022 г.'],
    ['~2022-05', 'be', 'каля траўня 2022 г.'],
    ['~2022', 'en', 'c. 2022'],
    ['~2022', 'ru', 'около 2022 г.'],
    ['~2020-03-25', 'be', 'каля 25 сакавіка 2020 г.'],
    ['2024-02-29', 'en', 'February 29, 2024'],
  ];
  for (const [value, lang, expected] of cases) {
    it(`${value} in ${lang} -> ${expected}`, () => expect(formatDate(value, lang)).toBe(expected));
  }

  for (const bad of ['31.03.2022', '2022-13', '2023-02-29', '2022-04-31', '', '~', '22-05', '2022-5']) {
    it(`rejects "${bad}" with invalid-date`, () => {
      expect(() => formatDate(bad, 'en')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    });
  }

  it('parses parts', () => {
    expect(parsePartialDate('~2022-05')).toEqual({ year: 2022, month: 5, day: undefined, approximate: true });
  });
});

describe('formatTerm', () => {
  it('reads like the digest', () => {
    const term = { years: 1, months: 9, days: 13 };
    expect(formatTerm(term, 'en')).toBe('1 year, 9 months, and 13 days');
    expect(formatTerm(term, 'ru')).toBe('1 год, 9 месяцев и 13 дней');
    expect(formatTerm(term, 'be')).toBe('1 год, 9 месяцаў і 13 дзён');
  });

  it('gives the same text when asked again, whatever was asked in between', () => {
    const term = { years: 2, months: 0, days: 1 };
    const first = (['en', 'ru', 'be'] as const).map((lang) => formatTerm(term, lang));
    expect(formatTerm({ ...term, days: 2 }, 'en')).toBe('2 years and 2 days');
    expect((['en', 'ru', 'be'] as const).map((lang) => formatTerm({ ...term }, lang))).toEqual(first);
    expect(first[0]).toBe('2 years and 1 day');
  });

  const expected: Record<'en' | 'ru' | 'be', Record<number, [string, string, string]>> = {
    en: {
      0: ['0 years', '0 months', '0 days'],
      1: ['1 year', '1 month', '1 day'],
      2: ['2 years', '2 months', '2 days'],
      5: ['5 years', '5 months', '5 days'],
      11: ['11 years', '11 months', '11 days'],
      21: ['21 years', '21 months', '21 days'],
      22: ['22 years', '22 months', '22 days'],
      25: ['25 years', '25 months', '25 days'],
    },
    ru: {
      0: ['0 лет', '0 месяцев', '0 дней'],
      1: ['1 год', '1 месяц', '1 день'],
      2: ['2 года', '2 месяца', '2 дня'],
      5: ['5 лет', '5 месяцев', '5 дней'],
      11: ['11 лет', '11 месяцев', '11 дней'],
      21: ['21 год', '21 месяц', '21 день'],
      22: ['22 года', '22 месяца', '22 дня'],
      25: ['25 лет', '25 месяцев', '25 дней'],
    },
    be: {
      0: ['0 гадоў', '0 месяцаў', '0 дзён'],
      1: ['1 год', '1 месяц', '1 дзень'],
      2: ['2 гады', '2 месяцы', '2 дні'],
      5: ['5 гадоў', '5 месяцаў', '5 дзён'],
      11: ['11 гадоў', '11 месяцаў', '11 дзён'],
      21: ['21 год', '21 месяц', '21 дзень'],
      22: ['22 гады', '22 месяцы', '22 дні'],
      25: ['25 гадоў', '25 месяцаў', '25 дзён'],
    },
  };
  for (const lang of ['en', 'ru', 'be'] as const) {
    for (const [nText, [years, months, days]] of Object.entries(expected[lang])) {
      const n = Number(nText);
      it(`${lang}: ${n} of each unit`, () => {
        if (n === 0) {
          // Zero parts are dropped; an all-zero term still says "0 days".
          expect(formatTerm({ years: 0, months: 0, days: 0 }, lang)).toBe(days);
          return;
        }
        expect(formatTerm({ years: n, months: 0, days: 0 }, lang)).toBe(years);
        expect(formatTerm({ years: 0, months: n, days: 0 }, lang)).toBe(months);
        expect(formatTerm({ years: 0, months: 0, days: n }, lang)).toBe(days);
      });
    }
  }

  it('joins two parts without a comma', () => {
    expect(formatTerm({ years: 2, months: 0, days: 3 }, 'en')).toBe('2 years and 3 days');
    expect(formatTerm({ years: 0, months: 22, days: 5 }, 'be')).toBe('22 месяцы і 5 дзён');
  });

  it('rejects negative or fractional parts', () => {
    expect(() => formatTerm({ years: -1, months: 0, days: 0 }, 'en')).toThrow(
      expect.objectContaining({ code: 'invalid-term' }),
    );
    expect(() => formatTerm({ years: 0, months: 1.5, days: 0 }, 'ru')).toThrow(
      expect.objectContaining({ code: 'invalid-term' }),
    );
  });
});

describe('language from the URL', () => {
  it('reads the first segment', () => {
    expect(langFromPath('/be/')).toBe('be');
    expect(langFromPath('/ru/persons/p-1/')).toBe('ru');
    expect(langFromPath('/en')).toBe('en');
    expect(langFromPath('/en?page=2')).toBe('en');
    expect(langFromPath('/de/')).toBeNull();
    expect(langFromPath('/english/')).toBeNull();
    expect(langFromPath('/persons/')).toBeNull();
    expect(langFromPath('')).toBeNull();
  });

  it('splits and swaps the language', () => {
    expect(splitLangPath('/en/persons/p-1/')).toEqual({ lang: 'en', rest: '/persons/p-1/' });
    expect(splitLangPath('/en')).toEqual({ lang: 'en', rest: '/' });
    expect(splitLangPath('/data/x.csv')).toEqual({ lang: null, rest: '/data/x.csv' });
    expect(pathInLang('/en/persons/', 'be')).toBe('/be/persons/');
    expect(pathInLang('/', 'ru')).toBe('/ru/');
  });
});
