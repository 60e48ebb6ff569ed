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
import { CATALOGS, createTranslator, type MessageKey, type MessageValues, type Translate } from '../../i18n/index.js';
import type { Article, Charge, Lang, Punishment } from '../record.js';
import { chargesPhrase, datePhrase, punishmentPhrase } from './phrases.js';

export interface Phrasebook {
  lang: Lang;
  /** The translator: each message is formatted once per choice of its selectors and numbers, texts filled in. */
  t: Translate;
  /** `datePhrase(date, lang)`. */
  date(date: string): string;
  /** `chargesPhrase(charges, lang, articles)`. */
  charges(charges: readonly Charge[], articles?: readonly Article[]): string;
  /** `punishmentPhrase(p, lang)`. */
  punishment(p: Punishment): string;
}

/**
 * A new phrasebook for drafting in `lang`.
 *
 * @example
 * const book = phrasebook('en');
 * book.date('2024-01-13'); // 'on January 13, 2024' (formatted once per draft)
 */
export function phrasebook(lang: Lang): Phrasebook {
  const plain = createTranslator(lang);
  const shapes = new Map<string, ReadonlySet<string>>();
  const roots = new Map<string, Node>();
  const t: Translate = (key, values) => {
    let formatted = shapes.get(key);
    if (formatted === undefined) shapes.set(key, (formatted = formattedArguments(CATALOGS[lang][key])));
    // Texts inserted as they are ({name}) are filled into a template formatted once for
    // the other values (selectors, plurals, numbers), which lead to it: a path of
    // argument names and values (FILL for a text to insert) from the message's root.
    let node = roots.get(key);
    if (node === undefined) roots.set(key, (node = {}));
    let fills: string[] | undefined;
    for (const name in values) {
      const value = values[name]!;
      let step: string | number | typeof FILL = value;
      if (typeof value === 'string' && !formatted.has(name)) {
        (fills ??= []).push(value);
        step = FILL;
      }
      node = child(child(node, name), step);
    }
    const { texts, slots } = (node.template ??= makeTemplate(plain, key, values, formatted));
    let out = texts[0]!;
    for (let i = 0; i < slots.length; i++) out += fills![slots[i]!]! + texts[i + 1]!;
    return out;
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

/** A step that stands for any text inserted as it is (unlike every value, it is no string or number). */
const FILL: unique symbol = Symbol('fill');

/** A point on the path to a template: argument names and values alternate. */
interface Node {
  template?: Template;
  next?: Map<string | number | typeof FILL, Node>;
}

function child(node: Node, step: string | number | typeof FILL): Node {
  const next = (node.next ??= new Map());
  let found = next.get(step);
  if (found === undefined) next.set(step, (found = {}));
  return found;
}

/** A formatted message with holes: `texts[0] fill texts[1] fill …`; `slots` say which filled text goes in each hole. */
interface Template {
  texts: string[];
  slots: number[];
}

/** Marks a hole in a template (no message or value contains U+0000). */
const MARK = '\u0000';

function makeTemplate(
  plain: Translate,
  key: MessageKey,
  values: MessageValues | undefined,
  formatted: ReadonlySet<string>,
): Template {
  if (values === undefined) return { texts: [plain(key)], slots: [] };
  const marked: MessageValues = {};
  let holes = 0;
  for (const name in values) {
    const value = values[name]!;
    marked[name] = typeof value === 'string' && !formatted.has(name) ? `${MARK}${holes++}${MARK}` : value;
  }
  const parts = plain(key, marked).split(MARK);
  const texts: string[] = [];
  const slots: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) texts.push(parts[i]!);
    else slots.push(Number(parts[i]));
  }
  return { texts, slots };
}

/**
 * Arguments a message formats or chooses by (`{count, plural, …}`, `{sex, select, …}`,
 * `{n, number}`): their values key the template. The others (`{name}`) are inserted as
 * they are, so filling the template's holes gives the same text as formatting.
 */
function formattedArguments(source: string | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  if (source === undefined) return out;
  for (const match of source.matchAll(/\{\s*([\w-]+)\s*,/g)) out.add(match[1]!);
  return out;
}
