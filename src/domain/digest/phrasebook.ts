/**
 * A phrasebook for one draft: the translator and the small phrases of a digest,
 * remembered while one digest is drafted. A month's thousand entries repeat the same
 * dates, charges, punishments, courts and facilities, and formatting an ICU message
 * costs far more than looking a phrase up. The memo lives as long as the draft (the
 * caller makes a new phrasebook per draft), so a draft costs the same every time.
 *
 * Every phrase is exactly what the plain function returns: the memo only skips
 * formatting the same inputs twice.
 */
import { createTranslator, type MessageKey, type MessageValues, type Translate } from '../../i18n/index.js';
import type { Article, Charge, Lang, Punishment } from '../record.js';
import { chargesPhrase, datePhrase, punishmentPhrase } from './phrases.js';

export interface Phrasebook {
  lang: Lang;
  /** The translator, remembering each message formatted with the same values. */
  t: Translate;
  /** `datePhrase(date, lang)`. */
  date(date: string): string;
  /** `chargesPhrase(charges, lang, articles)`. */
  charges(charges: readonly Charge[], articles?: readonly Article[]): string;
  /** `punishmentPhrase(p, lang)`. */
  punishment(p: Punishment): string;
}

/** Longest text value worth remembering a message by (names and sentences are not). */
const MAX_KEY_VALUE = 80;

/** Messages that name the person or the sentence and its date: no two entries share them. */
const UNSHARED: ReadonlySet<string> = new Set<MessageKey>([
  'digest.personHeading',
  'digest.personHeadingPlain',
  'digest.story.detained',
  'digest.story.sentenced',
]);

/**
 * A new phrasebook for drafting in `lang`.
 *
 * @example
 * const book = phrasebook('en');
 * book.date('2024-01-13'); // 'on January 13, 2024' (formatted once per draft)
 */
export function phrasebook(lang: Lang): Phrasebook {
  const plain = createTranslator(lang);
  // One value (the common case): key -> name -> value, so looking up builds no string.
  const single = new Map<string, Map<string, Map<string | number, string>>>();
  const multi = new Map<string, string>();
  const t: Translate = (key, values) => {
    if (values === undefined || UNSHARED.has(key)) return plain(key, values);
    let only: string | undefined;
    for (const name in values) {
      if (only !== undefined) return viaKey(key, values);
      only = name;
    }
    if (only === undefined) return plain(key, values);
    const value = values[only]!;
    let names = single.get(key);
    if (!names) single.set(key, (names = new Map()));
    let texts = names.get(only);
    if (!texts) names.set(only, (texts = new Map()));
    let text = texts.get(value);
    if (text === undefined) {
      text = plain(key, values);
      texts.set(value, text);
    }
    return text;
  };
  const viaKey = (key: MessageKey, values: MessageValues): string => {
    const memoKey = messageKey(key, values);
    if (memoKey === null) return plain(key, values);
    let text = multi.get(memoKey);
    if (text === undefined) {
      text = plain(key, values);
      multi.set(memoKey, text);
    }
    return text;
  };
  const dates = new Map<string, string>();
  const charges = new Map<string, string>();
  const punishments = new Map<string, string>();
  return {
    lang,
    t,
    date(date) {
      let text = dates.get(date);
      if (text === undefined) {
        text = datePhrase(date, lang, t);
        dates.set(date, text);
      }
      return text;
    },
    charges(list, articles) {
      let key = '';
      for (const c of list) key += `${c.article}/${c.part ?? ''};`;
      let text = charges.get(key);
      if (text === undefined) {
        text = chargesPhrase(list, lang, articles, t);
        charges.set(key, text);
      }
      return text;
    },
    punishment(p) {
      const term = p.term ? `${p.term.years}.${p.term.months}.${p.term.days}` : '';
      const key = `${p.kind}|${term}|${p.regime ?? ''}|${String(p.referral)}|${p.amount ?? ''}`;
      let text = punishments.get(key);
      if (text === undefined) {
        text = punishmentPhrase(p, lang, t);
        punishments.set(key, text);
      }
      return text;
    },
  };
}

/** The memo key of a message with several values, or null when a value is too long to be worth it. */
function messageKey(key: MessageKey, values: MessageValues): string | null {
  let out: string = key;
  for (const name in values) {
    const value = values[name]!;
    if (typeof value === 'string' && value.length > MAX_KEY_VALUE) return null;
    // Separators no message value contains; numbers and texts are told apart (5 is not "5").
    out += `\u0001${name}${typeof value === 'number' ? '\u0002' : '\u0003'}${value}`;
  }
  return out;
}
