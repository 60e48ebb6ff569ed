/**
 * Normalised name keys. Any spelling of a name word (Belarusian or Russian Cyrillic, any
 * Latin system, with or without diacritics) is first rewritten into one canonical phoneme
 * alphabet (`fineKey`), then folded along the regular Belarusian–Russian correspondences
 * (`phoneticKey`): unstressed a/o/e, ы/і/и, ў/в/л after a vowel, дз/ц for д/т, г h/g/х,
 * iotation, doubled letters. Canonical symbols: C = ч, S = ш, Z = ж, g = г/х.
 */

/** Cyrillic letters to the canonical alphabet (iotated vowels as i + vowel). */
const CYRILLIC_KEY: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'ie',
  ё: 'io',
  ж: 'Z',
  з: 'z',
  и: 'i',
  і: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'g',
  ц: 't',
  ч: 'C',
  ш: 'S',
  щ: 'SC',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Latin letter groups, longest first. `ch` depends on the system, see {@link fineKey}. */
const LATIN_KEY: Array<[string, string]> = [
  ['shch', 'SC'],
  ['šč', 'SC'],

  ['zh', 'Z'],
  ['kh', 'g'],
  ['sh', 'S'],
  ['ts', 't'],
  ['tz', 't'],
  ['cz', 'C'],
  ['sz', 'S'],
  ['ph', 'f'],
  ['ž', 'Z'],
  ['č', 'C'],
  ['š', 'S'],
  ['ć', 't'],
  ['c', 't'],
  ['ĺ', 'l'],
  ['ŭ', 'u'],
  ['ś', 's'],
  ['ź', 'z'],
  ['ń', 'n'],
  ['w', 'v'],
  ['x', 'ks'],
  ['q', 'k'],
  ['h', 'g'],
  ['j', 'i'],
  ['y', 'i'],
  ['ë', 'o'],
];
const LATIN_RE = new RegExp(['ch', ...LATIN_KEY.map(([k]) => k)].join('|'), 'g');
const LATIN_MAP = new Map(LATIN_KEY);
/** Letters that mark the 2007 place-name system, where `ch` is х (kh), not ч. */
const PLACE_SYSTEM_MARKS = /[ĺŭčšžćśźń]/;
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * Canonical spelling of one word: lowercase, script- and system-independent, with
 * diacritics resolved. `Аляксандр`, `Aliaksandr` and `Aliaksandr` give the same fine key;
 * `Александр` does not (see {@link phoneticKey}).
 */
export function fineKey(word: string, chAsKh = false): string {
  const lower = unmixScripts(word.normalize('NFC').toLowerCase());
  const chPlace = chAsKh || PLACE_SYSTEM_MARKS.test(lower);
  let out = '';
  let latin = '';
  const flushLatin = (): void => {
    if (latin === '') return;
    const mapped = latin.replace(LATIN_RE, (m) => (m === 'ch' ? (chPlace ? 'g' : 'C') : (LATIN_MAP.get(m) ?? m)));
    out += mapped.normalize('NFD').replace(/[^a-zA-Z0-9]/g, '');
    latin = '';
  };
  for (const ch of lower) {
    if (CYRILLIC.test(ch)) {
      flushLatin();
      out += CYRILLIC_KEY[ch] ?? '';
    } else {
      latin += ch;
    }
  }
  flushLatin();
  return out.replace(/(.)\1+/g, '$1');
}

/** Cyrillic letters that look like Latin ones, for words typed with a mixed keyboard layout. */
const HOMOGLYPHS: Array<[cyr: string, lat: string]> = [
  ['а', 'a'],
  ['в', 'b'],
  ['е', 'e'],
  ['к', 'k'],
  ['м', 'm'],
  ['н', 'h'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['т', 't'],
  ['у', 'y'],
  ['х', 'x'],
  ['і', 'i'],
];
const TO_LATIN = new Map(HOMOGLYPHS);
const TO_CYRILLIC = new Map(HOMOGLYPHS.map(([c, l]) => [l, c]));

/** A word mixing scripts ("Kupreviсh" with a Cyrillic с) is rewritten in its majority script. */
function unmixScripts(lower: string): string {
  let cyr = 0;
  let lat = 0;
  for (const ch of lower) {
    if (CYRILLIC.test(ch)) cyr++;
    else if (/[a-z\u00c0-\u024f]/.test(ch)) lat++;
  }
  if (cyr === 0 || lat === 0) return lower;
  const map = cyr >= lat ? TO_CYRILLIC : TO_LATIN;
  return Array.from(lower, (ch) => map.get(ch) ?? ch).join('');
}

/** Whether a Latin word may be 2007 place-name spelling typed without diacritics (ch = х). */
export function mayBePlaceSystem(word: string): boolean {
  return /ch/i.test(word) && !CYRILLIC.test(word) && !PLACE_SYSTEM_MARKS.test(word.toLowerCase());
}

/**
 * A coarser key that also merges ч/ц/т, ш/с and ж/з: what remains of a 2007 spelling typed
 * without diacritics (Lucynovic for Lučynovič).
 */
export function coarseKey(key: string): string {
  return key
    .replace(/C/g, 't')
    .replace(/S/g, 's')
    .replace(/Z/g, 'z')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Folded key of one word: equal for the Belarusian and Russian forms of most family names
 * and for every transliteration of either (`Бяляўскі`, `Белявский`, `Bialiauski`,
 * `Belyavsky` -> `balavski`).
 */
export function phoneticKey(word: string): string {
  return foldKey(fineKey(word));
}

/** Applies the correspondence folds to a fine key. */
export function foldKey(fine: string): string {
  return fine
    .replace(/[szZ]C/g, 'SC') // сч, зч, жч ~ шч, щ
    .replace(/st(?=n)/g, 's') // счастный ~ шчасны
    .replace(/zd(?=n)/g, 'z') // поздно ~ позна
    .replace(/ts/g, 't') // тс = ц
    .replace(/dz/g, 'd') // дз ~ д
    .replace(/[eo]/g, 'a') // unstressed a/o, э/е
    .replace(/i(?=[aiu])/g, '') // iotation: я ~ ia ~ ya ~ ja
    .replace(/(?<=[aiu])u/g, 'v') // ў ~ в ~ u after a vowel
    .replace(/^u(?=[^aiu])/, 'v') // Уладзімір ~ Владимир
    .replace(/(.)\1+/g, '$1');
}

/**
 * Alternative key without the prothetic В/Г of Belarusian (Вольга ~ Ольга, Ганна ~ Анна),
 * or undefined when the word does not start with v/g + vowel.
 */
export function prostheticAlternative(key: string): string | undefined {
  return /^[vg][aiu]/.test(key) && key.length > 3 ? key.slice(1) : undefined;
}

/** Splits a name text into words (letters and digits), dropping punctuation and hyphens. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}'’ʼʹʺ]+/u)
    .map((w) => w.replace(/^['’ʼʹʺ]+|['’ʼʹʺ]+$/g, ''))
    .filter((w) => w !== '');
}

/**
 * Normalised phonetic keys of a name text: for each word, its folded key and, where the
 * word may carry a prothetic В/Г, the key without it.
 *
 * @example
 * nameKeys('Вольга Кавалёва') // ['valga', 'alga', 'kavalava']
 */
export function nameKeys(text: string): string[] {
  const keys: string[] = [];
  for (const word of nameWords(text)) {
    const key = phoneticKey(word);
    if (key === '') continue;
    keys.push(key);
    const alt = prostheticAlternative(key);
    if (alt !== undefined) keys.push(alt);
  }
  return [...new Set(keys)];
}
