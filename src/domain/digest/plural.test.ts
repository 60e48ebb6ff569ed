import { describe, expect, it } from 'vitest';
import { createTranslator, formatTerm } from '../../i18n/index.js';
import type { Lang } from '../record.js';
import { inMonth } from './phrases.js';

const NS = [0, 1, 2, 5, 11, 21, 22, 25] as const;

/** Expected words per number, written out by hand from each language's grammar. */
const YEARS: Record<Lang, string[]> = {
  en: ['years', 'year', 'years', 'years', 'years', 'years', 'years', 'years'],
  ru: ['лет', 'год', 'года', 'лет', 'лет', 'год', 'года', 'лет'],
  be: ['гадоў', 'год', 'гады', 'гадоў', 'гадоў', 'год', 'гады', 'гадоў'],
};
const MONTHS: Record<Lang, string[]> = {
  en: ['months', 'month', 'months', 'months', 'months', 'months', 'months', 'months'],
  ru: ['месяцев', 'месяц', 'месяца', 'месяцев', 'месяцев', 'месяц', 'месяца', 'месяцев'],
  be: ['месяцаў', 'месяц', 'месяцы', 'месяцаў', 'месяцаў', 'месяц', 'месяцы', 'месяцаў'],
};
const DAYS: Record<Lang, string[]> = {
  en: ['days', 'day', 'days', 'days', 'days', 'days', 'days', 'days'],
  ru: ['дней', 'день', 'дня', 'дней', 'дней', 'день', 'дня', 'дней'],
  be: ['дзён', 'дзень', 'дні', 'дзён', 'дзён', 'дзень', 'дні', 'дзён'],
};
/** Headline nouns: "N political prisoners released…". */
const RELEASED: Record<Lang, string[]> = {
  en: ['political prisoners released', 'political prisoner released', ...Array(6).fill('political prisoners released')],
  ru: [
    'политзаключённых вышли',
    'политзаключённый вышел',
    'политзаключённых вышли',
    'политзаключённых вышли',
    'политзаключённых вышли',
    'политзаключённый вышел',
    'политзаключённых вышли',
    'политзаключённых вышли',
  ],
  be: [
    'палітвязняў выйшлі',
    'палітвязень выйшаў',
    'палітвязні выйшлі',
    'палітвязняў выйшлі',
    'палітвязняў выйшлі',
    'палітвязень выйшаў',
    'палітвязні выйшлі',
    'палітвязняў выйшлі',
  ],
};
const LANGS: Lang[] = ['en', 'ru', 'be'];

describe('plural forms in digests', () => {
  for (const lang of LANGS) {
    it(`terms in ${lang}: years, months and days for ${NS.join(', ')}`, () => {
      NS.forEach((n, i) => {
        if (n > 0) expect(formatTerm({ years: n, months: 0, days: 0 }, lang)).toBe(`${n} ${YEARS[lang][i]}`);
        if (n > 0) expect(formatTerm({ years: 0, months: n, days: 0 }, lang)).toBe(`${n} ${MONTHS[lang][i]}`);
        expect(formatTerm({ years: 0, months: 0, days: n }, lang)).toBe(`${n} ${DAYS[lang][i]}`);
      });
    });

    it(`headline counts in ${lang} for ${NS.join(', ')}`, () => {
      const t = createTranslator(lang);
      NS.forEach((n, i) => {
        const title = t('digest.title.releases', { count: n, inMonth: inMonth('2024-01', t) });
        expect(title.startsWith(`${n} ${RELEASED[lang][i]!}`), title).toBe(true);
      });
    });
  }

  it('writes zero years in the genitive plural when a count needs it', () => {
    const t = createTranslator('ru');
    expect(t('term.years', { n: 0 })).toBe('0 лет');
    expect(createTranslator('be')('term.years', { n: 0 })).toBe('0 гадоў');
  });

  it('combines parts with the language list pattern', () => {
    expect(formatTerm({ years: 21, months: 2, days: 25 }, 'ru')).toBe('21 год, 2 месяца и 25 дней');
    expect(formatTerm({ years: 22, months: 11, days: 1 }, 'be')).toBe('22 гады, 11 месяцаў і 1 дзень');
    expect(formatTerm({ years: 1, months: 0, days: 5 }, 'en')).toBe('1 year and 5 days');
  });

  it('rejects a negative or fractional term', () => {
    expect(() => formatTerm({ years: -1, months: 0, days: 0 }, 'en')).toThrow(/non-negative/);
    expect(() => formatTerm({ years: 1.5, months: 0, days: 0 }, 'ru')).toThrow(/whole/);
  });
});
