/**
 * Small phrases the digest texts are built from, in each language: a person's name in
 * the script of the language, dates with their preposition ("on March 25, 2022",
 * "in May 2022", "у траўні 2022 г."), charges with article titles, and punishments.
 */
import { formatDate, formatTerm, createTranslator, type Translate } from '../../i18n/index.js';
import { transliterate, type LatinSystem } from '../names/translit.js';
import { articleTitle, formatCharge } from '../reference-data.js';
import type { Article, Charge, Lang, NameForm, NameSystem, Person, Punishment } from '../record.js';

/** Name systems to try, best first, for each language; Latin ones may be transliterated from Cyrillic. */
const NAME_PREFERENCE: Record<Lang, readonly NameSystem[]> = {
  be: ['be-cyrl', 'ru-cyrl'],
  ru: ['ru-cyrl', 'be-cyrl'],
  en: ['be-latn-passport', 'latn', 'ru-latn-icao', 'ru-latn-bgn', 'be-latn-place'],
};

/** Cyrillic form -> Latin system used to spell it when a person has no Latin form. */
const TRANSLITERATE_FROM: ReadonlyArray<[NameSystem, LatinSystem]> = [
  ['be-cyrl', 'be-latn-passport'],
  ['ru-cyrl', 'ru-latn-icao'],
];

const formOf = (names: readonly NameForm[], system: NameSystem): NameForm | undefined =>
  names.find((f) => f.system === system && f.primary) ?? names.find((f) => f.system === system);

const joinName = (form: NameForm): string => [form.given, form.family].filter(Boolean).join(' ');

/**
 * The person with only the name forms the public may see.
 *
 * @example personName(publicNames(person), 'en') // never an internal spelling
 */
export function publicNames(person: Pick<Person, 'names'>): Pick<Person, 'names'> {
  return { names: person.names.filter((f) => f.visibility === 'public') };
}

/**
 * The person's name as a digest in `lang` writes it: given name then family name, in the
 * script of the language. English falls back to a transliteration of the Belarusian (then
 * Russian) Cyrillic form; Belarusian and Russian fall back to the other Cyrillic form, then
 * to any form. It uses the forms it is given: pass {@link publicNames} of a record for the public.
 *
 * @example personName(mikhniuk, 'en') // 'Zinaida Mikhniuk'; personName(mikhniuk, 'be') // 'Зінаіда Міхнюк'
 */
export function personName(person: Pick<Person, 'names'>, lang: Lang): string {
  const names = person.names;
  for (const system of NAME_PREFERENCE[lang]) {
    const form = formOf(names, system);
    if (form) return joinName(form);
  }
  if (lang === 'en') {
    for (const [system, latin] of TRANSLITERATE_FROM) {
      const form = formOf(names, system);
      if (form) return transliterate(joinName(form), latin);
    }
  }
  const any = names.find((f) => f.primary) ?? names[0];
  return any ? joinName(any) : '';
}

/** Upper-cases the first letter (for a phrase that starts a sentence). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A partial date with the preposition the sentence needs: "on March 25, 2022",
 * "in May 2022", "in 2022" / "25 сакавіка 2022 г.", "у траўні 2022 г." / "в мае 2022 г.";
 * approximate dates read "c. May 2022" / "около мая 2022 г.".
 */
export function datePhrase(date: string, lang: Lang, t: Translate = createTranslator(lang)): string {
  if (date.startsWith('~')) return formatDate(date, lang);
  const [year, month, day] = date.split('-');
  if (day !== undefined) return t('digest.onDay', { date: formatDate(date, lang) });
  if (month !== undefined) {
    const suffix = lang === 'en' ? '' : ' г.';
    return `${t('digest.inMonth', { month: `m${Number(month)}` })} ${year}${suffix}`;
  }
  return t('digest.inYear', { year: String(year) });
}

/** "in January" / "у студзені" / "в январе" for a month `YYYY-MM`. */
export function inMonth(month: string, t: Translate): string {
  return t('digest.inMonth', { month: `m${Number(month.slice(5, 7))}` });
}

/**
 * Charges with article titles: "Part 1 of Article 368 (Insulting the President) of the Criminal Code".
 */
export function chargesPhrase(
  charges: readonly Charge[],
  lang: Lang,
  articles?: readonly Article[],
  t: Translate = createTranslator(lang),
): string {
  const open = lang === 'en' ? '(' : '(«';
  const close = lang === 'en' ? ')' : '»)';
  const parts = charges.map(
    (c) => `${formatCharge(c, lang)} ${open}${articleTitle(c.article, lang, articles)}${close}`,
  );
  return t('digest.criminalCode', { charges: joinList(parts, t) });
}

/** "a", "a and b", "a, b, and c", "a, b, c, and d" in the language. */
export function joinList(items: readonly string[], t: Translate): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return t('list.two', { a: items[0]!, b: items[1]! });
  const head = items.slice(0, -2).join(', ');
  return t('list.three', { a: head, b: items[items.length - 2]!, c: items[items.length - 1]! });
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A punishment as a digest states it: "2 years of deprivation of liberty (general-regime colony)",
 * "2 гады пазбаўлення волі (калонія агульнага рэжыму)".
 */
export function punishmentPhrase(p: Punishment, lang: Lang, t: Translate = createTranslator(lang)): string {
  let text: string;
  if (p.kind === 'fine' && p.amount !== undefined) {
    text = `${lowerFirst(t('punishment.fine'))}: ${t('punishment.fineAmount', { amount: p.amount })}`;
  } else if (p.term && p.kind !== 'life_imprisonment') {
    text = t('digest.punishment', { kind: p.kind, term: formatTerm(p.term, lang) });
  } else {
    text = lowerFirst(t(`punishment.${p.kind}`));
  }
  const extras: string[] = [];
  if (p.regime) extras.push(lowerFirst(t(`regime.${p.regime}`)));
  if (p.referral !== undefined) extras.push(t(p.referral ? 'punishment.withReferral' : 'punishment.withoutReferral'));
  return extras.length > 0 ? `${text} (${extras.join(', ')})` : text;
}

/**
 * Final touches on generated text: no doubled full stop after "г." at the end of a
 * sentence, and Belarusian "у" after a vowel written "ў" ("на волю ў студзені").
 */
export function polish(text: string, lang: Lang): string {
  // Most texts need neither change: look for the fixed part before running a pattern.
  const out = text.includes(' г..') ? text.replace(/ г\.\./g, ' г.') : text;
  return lang === 'be' && out.includes(' у ') ? out.replace(/([аеёіоуыэюяАЕЁІОУЫЭЮЯ]) у /g, '$1 ў ') : out;
}

const termCache = new Map<string, string>();

/** `formatTerm`, memoised: a month's digest states the same few terms many times. */
export function termText(term: { years: number; months: number; days: number }, lang: Lang): string {
  const key = `${lang}|${term.years}|${term.months}|${term.days}`;
  let text = termCache.get(key);
  if (text === undefined) {
    text = formatTerm(term, lang);
    if (termCache.size < 10_000) termCache.set(key, text);
  }
  return text;
}
