/**
 * Transliteration engine (table-driven, see `translit-tables.ts`), script detection and
 * Latin form suggestions for name forms. Pure functions.
 */
import type { Lang, NameForm, NameSystem } from '../record.js';
import { RollcallError } from '../errors.js';
import {
  LATIN_SYSTEMS,
  TRANSLIT_TABLES,
  type LatinSystem,
  type LetterRule,
  type TranslitTable,
} from './translit-tables.js';

export { LATIN_SYSTEMS, type LatinSystem } from './translit-tables.js';

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;
const APOSTROPHES = "'’ʼ";

type Context = 'start' | 'vowel' | 'sign' | 'consonant';

function contextOf(prev: string | undefined, table: TranslitTable): Context {
  if (prev === undefined || (!CYRILLIC.test(prev) && !APOSTROPHES.includes(prev))) return 'start';
  if (table.signs.includes(prev)) return 'sign';
  if (table.vowels.includes(prev)) return 'vowel';
  return 'consonant';
}

function pick(rule: string | LetterRule, ctx: Context): string {
  if (typeof rule === 'string') return rule;
  if (ctx === 'consonant') return rule.other;
  return rule[ctx] ?? rule.other;
}

const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase();
const isLower = (c: string | undefined): boolean => c !== undefined && c !== c.toUpperCase();

/** Capitalises like the source letter; inside an all-capital word the whole output is capital. */
function matchCase(out: string, source: string, prev: string | undefined, next: string | undefined): string {
  if (out === '' || !isUpper(source)) return out;
  if (isUpper(next) || (isUpper(prev) && !isLower(next))) return out.toUpperCase();
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * Transliterates Cyrillic text into a Latin system; characters that are not Cyrillic pass
 * through unchanged. Case is kept (all-capital words stay all-capital).
 *
 * @example
 * transliterate('Гомель', 'be-latn-place') // 'Homieĺ'
 * transliterate('Аляксандр Лучыновіч', 'be-latn-passport') // 'Aliaksandr Luchynovich'
 */
export function transliterate(text: string, system: LatinSystem): string {
  const table = TRANSLIT_TABLES[system];
  if (table === undefined) {
    throw new RollcallError(
      'unknown-translit-system',
      `Unknown transliteration system "${String(system)}"; use one of ${LATIN_SYSTEMS.join(', ')}.`,
    );
  }
  const chars = Array.from(text.normalize('NFC'));
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const lower = ch.toLowerCase();
    const prev = chars[i - 1]?.toLowerCase();
    const next = chars[i + 1];
    if (
      APOSTROPHES.includes(ch) &&
      prev !== undefined &&
      CYRILLIC.test(prev) &&
      next !== undefined &&
      CYRILLIC.test(next)
    ) {
      out.push('');
      continue;
    }
    const rule = table.letters[lower];
    if (rule === undefined) {
      out.push(ch);
      continue;
    }
    const soft = lower === 'ь' ? table.softSign?.[out[out.length - 1]?.toLowerCase() ?? ''] : undefined;
    if (soft !== undefined && out.length > 0) {
      const last = out[out.length - 1] as string;
      out[out.length - 1] = last === last.toLowerCase() ? soft : soft.toUpperCase();
      out.push('');
      continue;
    }
    out.push(matchCase(pick(rule, contextOf(prev, table)), ch, chars[i - 1], next));
  }
  return out.join('');
}

/** Script of a text: Belarusian or Russian Cyrillic when letters tell, else generic. */
export type Script = 'be-cyrl' | 'ru-cyrl' | 'cyrl' | 'latn' | 'mixed';

/**
 * Detects the script of a name: `be-cyrl` if it has і or ў (and no и щ ъ), `ru-cyrl` for the
 * reverse, `cyrl` when the letters fit both, `latn`, or `mixed`.
 *
 * @example
 * detectScript('Лучыновіч') // 'be-cyrl'
 */
export function detectScript(text: string): Script {
  const hasCyr = CYRILLIC.test(text);
  const hasLat = LATIN.test(text);
  if (hasCyr && hasLat) return 'mixed';
  if (!hasCyr) return 'latn';
  const lower = text.toLowerCase();
  const be = /[іў]/.test(lower);
  const ru = /[ищъ]/.test(lower);
  if (be && !ru) return 'be-cyrl';
  if (ru && !be) return 'ru-cyrl';
  return 'cyrl';
}

/**
 * Guesses the {@link NameSystem} a name is written in: the Cyrillic script, or for Latin the
 * system its letters point to (ĺ ŭ č -> 2007 place names); `latn` when unknown.
 */
export function guessNameSystem(text: string): NameSystem {
  const script = detectScript(text);
  if (script === 'be-cyrl' || script === 'ru-cyrl') return script;
  if (script === 'cyrl' || script === 'mixed') return CYRILLIC.test(text) ? 'ru-cyrl' : 'latn';
  if (/[ĺŭčšžćśźń]/i.test(text)) return 'be-latn-place';
  if (/[ʹë]/i.test(text)) return 'ru-latn-bgn';
  return 'latn';
}

/** Latin systems proposed for a Cyrillic form of each orthography. */
const SUGGESTED: Record<'be-cyrl' | 'ru-cyrl', LatinSystem[]> = {
  'be-cyrl': ['be-latn-passport', 'be-latn-place'],
  'ru-cyrl': ['ru-latn-icao', 'ru-latn-bgn'],
};

/**
 * From a Cyrillic name form, the Latin forms per system (not primary, same visibility).
 * Latin forms give an empty list.
 *
 * @example
 * suggestLatinForms({ family: 'Міхнюк', given: 'Зінаіда', system: 'be-cyrl', primary: true, visibility: 'public' })
 * // [{ family: 'Mikhniuk', given: 'Zinaida', system: 'be-latn-passport', ... }, { ..., system: 'be-latn-place' }]
 */
export function suggestLatinForms(form: NameForm): NameForm[] {
  if (form.system !== 'be-cyrl' && form.system !== 'ru-cyrl') return [];
  return SUGGESTED[form.system].map((system) => {
    const latin: NameForm = {
      family: transliterate(form.family, system),
      given: transliterate(form.given, system),
      system,
      primary: false,
      visibility: form.visibility,
    };
    if (form.patronymic !== undefined) latin.patronymic = transliterate(form.patronymic, system);
    return latin;
  });
}

/** Systems to show on a page in each UI language, best first. */
const DISPLAY_ORDER: Record<Lang, NameSystem[]> = {
  be: ['be-cyrl', 'ru-cyrl', 'be-latn-passport', 'latn', 'be-latn-place', 'ru-latn-icao', 'ru-latn-bgn'],
  ru: ['ru-cyrl', 'be-cyrl', 'ru-latn-icao', 'latn', 'be-latn-passport', 'ru-latn-bgn', 'be-latn-place'],
  en: ['be-latn-passport', 'latn', 'be-latn-place', 'ru-latn-icao', 'ru-latn-bgn', 'be-cyrl', 'ru-cyrl'],
};

/**
 * The form to display on a page in `lang`: a stored form in the page's script (primary
 * first), else for English a transliteration of a Cyrillic form. Returns undefined for no forms.
 */
export function displayForm(forms: readonly NameForm[], lang: Lang): NameForm | undefined {
  const order = DISPLAY_ORDER[lang];
  const rank = (f: NameForm): number => order.indexOf(f.system) * 2 + (f.primary ? 0 : 1);
  const best = [...forms].sort((a, b) => rank(a) - rank(b))[0];
  if (best === undefined || lang !== 'en' || !best.system.endsWith('cyrl')) return best;
  return suggestLatinForms(best)[0] ?? best;
}

/** "Given Patronymic Family" with empty parts left out. */
export function formatName(form: Pick<NameForm, 'family' | 'given' | 'patronymic'>): string {
  return [form.given, form.patronymic, form.family].filter((p) => p !== undefined && p !== '').join(' ');
}

/** Type guard for {@link LatinSystem}. */
export function isLatinSystem(value: string): value is LatinSystem {
  return (LATIN_SYSTEMS as readonly string[]).includes(value);
}
