/**
 * Transliteration systems as data. Each table maps lowercase Cyrillic letters to Latin,
 * with context variants; the engine in `translit.ts` applies them. Adding or correcting
 * a system means editing a table here, not code.
 *
 * Contexts of a letter (decided from the letter before it):
 * - `start`: first letter of a word;
 * - `vowel`: after a vowel letter (see `vowels`);
 * - `sign`: after one of `signs` (ь, ъ, apostrophe, and ў in Belarusian);
 * - `consonant`: anywhere else.
 */

/** Latin spelling systems that can be produced from Cyrillic. */
export const LATIN_SYSTEMS = ['be-latn-place', 'be-latn-passport', 'ru-latn-bgn', 'ru-latn-icao'] as const;
export type LatinSystem = (typeof LATIN_SYSTEMS)[number];

/** Output of one letter by context; a missing context falls back to `other`. */
export interface LetterRule {
  other: string;
  start?: string;
  vowel?: string;
  sign?: string;
}

export interface TranslitTable {
  id: LatinSystem;
  label: string;
  /** The Cyrillic orthography the system is defined for. */
  source: 'be' | 'ru';
  /** Letters counted as vowels for context. */
  vowels: string;
  /** Letters after which iotated vowels are written as at word start. */
  signs: string;
  letters: Record<string, string | LetterRule>;
  /** Soft sign: replaces the previous letter's output when it is a key here (2007: л+ь -> ĺ). */
  softSign?: Record<string, string>;
}

const BE_VOWELS = 'аеёіоуыэюяи';
const RU_VOWELS = 'аеёиоуыэюяі';
const APOSTROPHES = "'’ʼ";

/** Letters shared by all four systems (lowercase). */
const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  з: 'z',
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
  ф: 'f',
  ы: 'y',
  э: 'e',
  і: 'i',
  и: 'i',
};

const iotated = (afterConsonant: string, initial: string): LetterRule => ({
  other: afterConsonant,
  start: initial,
  vowel: initial,
  sign: initial,
});

/** Belarusian, 2007 place-name system (Instruction on transliteration of geographical names). */
const BE_PLACE: TranslitTable = {
  id: 'be-latn-place',
  label: 'Belarusian Latin, 2007 place-name system',
  source: 'be',
  vowels: BE_VOWELS,
  signs: 'ьъў' + APOSTROPHES,
  letters: {
    ...COMMON,
    г: 'h',
    ґ: 'g',
    ж: 'ž',
    й: 'j',
    х: 'ch',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    щ: 'šč',
    ў: 'ŭ',
    е: iotated('ie', 'je'),
    ё: iotated('io', 'jo'),
    ю: iotated('iu', 'ju'),
    я: iotated('ia', 'ja'),
    ь: '',
    ъ: '',
  },
  softSign: { z: 'ź', l: 'ĺ', n: 'ń', s: 'ś', c: 'ć' },
};

/** Belarusian personal names as Belarusian passports write them. */
const BE_PASSPORT: TranslitTable = {
  id: 'be-latn-passport',
  label: 'Belarusian Latin, passport style',
  source: 'be',
  vowels: BE_VOWELS,
  signs: 'ьъў' + APOSTROPHES,
  letters: {
    ...COMMON,
    г: 'h',
    ґ: 'g',
    ж: 'zh',
    й: 'i',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ў: 'u',
    е: iotated('e', 'ye'),
    ё: iotated('io', 'yo'),
    ю: iotated('iu', 'yu'),
    я: iotated('ia', 'ya'),
    ь: '',
    ъ: '',
  },
};

/** Russian, BGN/PCGN 1947. */
const RU_BGN: TranslitTable = {
  id: 'ru-latn-bgn',
  label: 'Russian Latin, BGN/PCGN',
  source: 'ru',
  vowels: RU_VOWELS,
  signs: 'ьъй' + APOSTROPHES,
  letters: {
    ...COMMON,
    г: 'g',
    ґ: 'g',
    ж: 'zh',
    й: 'y',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ў: 'w',
    е: iotated('e', 'ye'),
    ё: iotated('ë', 'yë'),
    ю: 'yu',
    я: 'ya',
    ь: 'ʹ',
    ъ: 'ʺ',
  },
};

/** Russian, internal passport since 2013 (ICAO Doc 9303). */
const RU_ICAO: TranslitTable = {
  id: 'ru-latn-icao',
  label: 'Russian Latin, passport (ICAO)',
  source: 'ru',
  vowels: RU_VOWELS,
  signs: 'ьъ' + APOSTROPHES,
  letters: {
    ...COMMON,
    г: 'g',
    ґ: 'g',
    ж: 'zh',
    й: 'i',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ў: 'u',
    е: 'e',
    ё: 'e',
    ю: 'iu',
    я: 'ia',
    ь: '',
    ъ: 'ie',
  },
};

export const TRANSLIT_TABLES: Record<LatinSystem, TranslitTable> = {
  'be-latn-place': BE_PLACE,
  'be-latn-passport': BE_PASSPORT,
  'ru-latn-bgn': RU_BGN,
  'ru-latn-icao': RU_ICAO,
};
