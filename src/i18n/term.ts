/**
 * Durations in digest style: "1 year, 9 months, and 13 days" / "1 год, 9 месяцев и 13 дней" /
 * "1 год, 9 месяцаў і 13 дзён". Zero parts are left out; an all-zero term reads "0 days".
 */
import { RollcallError } from '../domain/errors.js';
import type { Lang, Term } from '../domain/record.js';
import { createTranslator } from './translator.js';

/**
 * Formats a calendar term with the right plural forms.
 * `genitive` is the case a range takes ("от 3 лет, 3 месяцев и 2 дней до …"; English has none).
 * @example formatTerm({ years: 1, months: 9, days: 13 }, 'ru') // "1 год, 9 месяцев и 13 дней"
 * @example formatTerm({ years: 3, months: 3, days: 2 }, 'ru', 'genitive') // "3 лет, 3 месяцев и 2 дней"
 */
export function formatTerm(term: Term, lang: Lang, grammaticalCase: TermCase = 'nominative'): string {
  for (const unit of ['years', 'months', 'days'] as const) {
    const n = term[unit];
    if (!Number.isInteger(n) || n < 0) {
      throw new RollcallError('invalid-term', `A term has whole, non-negative ${unit}; got ${String(n)}.`, { term });
    }
  }
  const key = `${lang}|${grammaticalCase}|${term.years}|${term.months}|${term.days}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format(term, lang, grammaticalCase);
    if (formatted.size >= MEMO_LIMIT) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** Terms already formatted, by language and parts: a page formats the same few again and again. */
const formatted = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** The grammatical case of a term: nominative ("3 года") or genitive ("от 3 лет"). */
export type TermCase = 'nominative' | 'genitive';

const UNIT_KEYS = {
  nominative: { years: 'term.years', months: 'term.months', days: 'term.days' },
  genitive: { years: 'term.gen.years', months: 'term.gen.months', days: 'term.gen.days' },
} as const;

function format(term: Term, lang: Lang, grammaticalCase: TermCase): string {
  const t = createTranslator(lang);
  const keys = UNIT_KEYS[grammaticalCase];
  const parts: string[] = [];
  if (term.years > 0) parts.push(t(keys.years, { n: term.years }));
  if (term.months > 0) parts.push(t(keys.months, { n: term.months }));
  if (term.days > 0 || parts.length === 0) parts.push(t(keys.days, { n: term.days }));
  const [a, b, c] = parts as [string, string?, string?];
  if (c !== undefined && b !== undefined) return t('list.three', { a, b, c });
  if (b !== undefined) return t('list.two', { a, b });
  return a;
}
