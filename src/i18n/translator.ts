/**
 * Message formatting: ICU messages from the catalogs, formatted with intl-messageformat.
 * Numbers are always grouped by thousands ("1,416", "1 416") in every language, so that
 * Belarusian (whose CLDR data leaves 4-digit numbers ungrouped) matches Russian.
 */
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { RollcallError } from '../domain/errors.js';
import type { Lang } from '../domain/record.js';
import { be } from './messages/be.js';
import { en, type Catalog, type MessageKey } from './messages/en.js';
import { ru } from './messages/ru.js';

export type { MessageKey } from './messages/en.js';

/** All catalogs by language. */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { be, ru, en };

/** Values an ICU message may take. */
export type MessageValues = Record<string, string | number>;

/** Formats one message: `t('headline.count', { count: 1416 })`. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const cacheKey = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(lang, { useGrouping: 'always', ...options } as Intl.NumberFormatOptions);
    numberFormats.set(cacheKey, format);
  }
  return format;
}

const formatters: Formatters = {
  getNumberFormat: (locales, options) => numberFormat(String(locales) as Lang, options),
  getDateTimeFormat: (locales, options) => new Intl.DateTimeFormat(locales, options),
  getPluralRules: (locales, options) => pluralRules(String(locales), options),
};

const pluralRulesCache = new Map<string, Intl.PluralRules>();

/** Plural rules are costly to create and asked for on every plural message: keep one per locale and options. */
function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  const key = `${locale}|${onlyType(options) ? (options?.type ?? '') : JSON.stringify(options)}`;
  let rules = pluralRulesCache.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, options);
    pluralRulesCache.set(key, rules);
  }
  return rules;
}

/** Options that say at most the plural type (what message formats ask for): keyed without serialising. */
function onlyType(options: Intl.PluralRulesOptions | undefined): boolean {
  if (options === undefined) return true;
  for (const name in options) if (name !== 'type') return false;
  return true;
}

/**
 * Formats a number for the language, always grouping thousands.
 * @example formatNumber(1416, 'en') // "1,416"; formatNumber(1416, 'ru') // "1\u00a0416"
 */
export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return numberFormat(lang, options).format(n);
}

const compiled = new Map<Lang, Map<MessageKey, IntlMessageFormat>>();

/** Compiled messages of one language, by key. */
function compiledFor(lang: Lang): Map<MessageKey, IntlMessageFormat> {
  let byKey = compiled.get(lang);
  if (!byKey) compiled.set(lang, (byKey = new Map()));
  return byKey;
}

/** The compiled message (cached). Throws `unknown-message` for a key no catalog has. */
function compile(lang: Lang, key: MessageKey, byKey = compiledFor(lang)): IntlMessageFormat {
  let format = byKey.get(key);
  if (!format) {
    const source = CATALOGS[lang][key] as string | undefined;
    if (source === undefined) {
      throw new RollcallError(
        'unknown-message',
        `No message "${key}" in the ${lang} catalog; add it to src/i18n/messages.`,
        {
          key,
          lang,
        },
      );
    }
    format = new IntlMessageFormat(source, lang, undefined, { formatters });
    byKey.set(key, format);
  }
  return format;
}

/**
 * Creates the translator for one language.
 * @example
 * const t = createTranslator('ru');
 * t('headline.count', { count: 1416 }) // "В Беларуси 1 416 политзаключённых"
 */
export function createTranslator(lang: Lang): Translate {
  if (!(lang in CATALOGS)) {
    throw new RollcallError('unknown-language', `Language "${String(lang)}" is not supported; use be, ru or en.`);
  }
  const byKey = compiledFor(lang);
  return (key, values) => {
    const format = byKey.get(key) ?? compile(lang, key, byKey);
    try {
      return noDoublePeriod(String(format.format(values)));
    } catch (error) {
      throw new RollcallError(
        'message-format-failed',
        `Message "${key}" (${lang}) could not be formatted: ${(error as Error).message}. Pass every {placeholder} it uses.`,
        { key, lang },
      );
    }
  };
}

/**
 * A message that ends a sentence after a date ("… 13 января 2024 г.") would print "г..":
 * the abbreviation's period ends the sentence too. Only "г." / "гг." before a period are
 * touched, so an ellipsis stays.
 * @example noDoublePeriod('задержан 3 июня 2022 г..') // 'задержан 3 июня 2022 г.'
 */
export function noDoublePeriod(text: string): string {
  return text.includes('г..') ? text.replace(/(?<=(?:^|[\s\d])г{1,2}\.)\.(?!\.)/gu, '') : text;
}

/** Every message key, in catalog order. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
