/**
 * Name material for fictional people: Belarusian and Russian Cyrillic forms of
 * common given names, family names and patronymics, and two compact
 * transliterations (Belarusian passport style and Russian ICAO) for the Latin
 * forms. Self-contained on purpose: the demo must not depend on the full name
 * module.
 */
import { transliterate } from '../domain/names/translit.js';
import type { NameForm, Sex } from '../domain/record.js';
import type { Rng } from './prng.js';

/** [Belarusian, Russian] pairs; Russian and Belarusian forms are often different words. */
const MALE_GIVEN: ReadonlyArray<readonly [string, string]> = [
  ['Аляксандр', 'Александр'],
  ['Сяргей', 'Сергей'],
  ['Яўген', 'Евгений'],
  ['Дзмітры', 'Дмитрий'],
  ['Мікалай', 'Николай'],
  ['Уладзімір', 'Владимир'],
  ['Андрэй', 'Андрей'],
  ['Павел', 'Павел'],
  ['Віктар', 'Виктор'],
  ['Ігар', 'Игорь'],
  ['Алег', 'Олег'],
  ['Максім', 'Максим'],
  ['Арцём', 'Артём'],
  ['Ілья', 'Илья'],
  ['Раман', 'Роман'],
  ['Вадзім', 'Вадим'],
  ['Юрый', 'Юрий'],
  ['Аляксей', 'Алексей'],
  ['Міхаіл', 'Михаил'],
  ['Васіль', 'Василий'],
  ['Антон', 'Антон'],
  ['Дзяніс', 'Денис'],
  ['Кірыл', 'Кирилл'],
  ['Уладзіслаў', 'Владислав'],
  ['Іван', 'Иван'],
  ['Пётр', 'Пётр'],
  ['Мікіта', 'Никита'],
  ['Генадзь', 'Геннадий'],
];
const FEMALE_GIVEN: ReadonlyArray<readonly [string, string]> = [
  ['Вольга', 'Ольга'],
  ['Ганна', 'Анна'],
  ['Алена', 'Елена'],
  ['Тацяна', 'Татьяна'],
  ['Наталля', 'Наталья'],
  ['Марыя', 'Мария'],
  ['Кацярына', 'Екатерина'],
  ['Ірына', 'Ирина'],
  ['Святлана', 'Светлана'],
  ['Юлія', 'Юлия'],
  ['Зінаіда', 'Зинаида'],
  ['Людміла', 'Людмила'],
  ['Вікторыя', 'Виктория'],
  ['Ксенія', 'Ксения'],
];
/** Masculine family names [Belarusian, Russian]; feminine forms are derived by {@link feminineFamily}. */
const FAMILY: ReadonlyArray<readonly [string, string]> = [
  ['Кавалёў', 'Ковалёв'],
  ['Бяляўскі', 'Белявский'],
  ['Лучыновіч', 'Лучинович'],
  ['Новік', 'Новик'],
  ['Шаўчэнка', 'Шевченко'],
  ['Казлоў', 'Козлов'],
  ['Малашэвіч', 'Малашевич'],
  ['Жук', 'Жук'],
  ['Лукашык', 'Лукашик'],
  ['Сямёнаў', 'Семёнов'],
  ['Макарэвіч', 'Макаревич'],
  ['Петрашэвіч', 'Петрашевич'],
  ['Грыцук', 'Грицук'],
  ['Палякоў', 'Поляков'],
  ['Варанецкі', 'Воронецкий'],
  ['Кузьмін', 'Кузьмин'],
  ['Бабіч', 'Бабич'],
  ['Міхнюк', 'Михнюк'],
  ['Карпенка', 'Карпенко'],
  ['Ткачук', 'Ткачук'],
  ['Лявонцьеў', 'Леонтьев'],
  ['Мароз', 'Мороз'],
  ['Шыманскі', 'Шиманский'],
  ['Дубовік', 'Дубовик'],
  ['Савіцкі', 'Савицкий'],
  ['Гайдук', 'Гайдук'],
  ['Кароль', 'Король'],
  ['Сідарэвіч', 'Сидоревич'],
  ['Пракаповіч', 'Прокопович'],
  ['Волкаў', 'Волков'],
  ['Зайцаў', 'Зайцев'],
  ['Бондар', 'Бондарь'],
  ['Кляшчук', 'Клещук'],
  ['Радзевіч', 'Радевич'],
];
/** Patronymics [be masculine, be feminine, ru masculine, ru feminine]. */
const PATRONYMICS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Аляксандравіч', 'Аляксандраўна', 'Александрович', 'Александровна'],
  ['Сяргеевіч', 'Сяргееўна', 'Сергеевич', 'Сергеевна'],
  ['Уладзіміравіч', 'Уладзіміраўна', 'Владимирович', 'Владимировна'],
  ['Мікалаевіч', 'Мікалаеўна', 'Николаевич', 'Николаевна'],
  ['Віктаравіч', 'Віктараўна', 'Викторович', 'Викторовна'],
  ['Іванавіч', 'Іванаўна', 'Иванович', 'Ивановна'],
  ['Пятровіч', 'Пятроўна', 'Петрович', 'Петровна'],
  ['Анатольевіч', 'Анатольеўна', 'Анатольевич', 'Анатольевна'],
];

/** Feminine form of a masculine family name in Belarusian (`be`) or Russian (`ru`). */
export function feminineFamily(name: string, lang: 'be' | 'ru'): string {
  if (lang === 'be') {
    if (name.endsWith('скі') || name.endsWith('цкі')) return name.slice(0, -1) + 'ая';
    if (name.endsWith('ў')) return name.slice(0, -1) + 'ва';
    if (name.endsWith('ін') || name.endsWith('ын')) return name + 'а';
    return name;
  }
  if (name.endsWith('ский') || name.endsWith('цкий')) return name.slice(0, -2) + 'ая';
  if (/(ов|ёв|ев|ин|ын)$/.test(name)) return name + 'а';
  return name;
}

/**
 * Belarusian Cyrillic to the passport-style Latin forms used by Viasna (the
 * domain's table-driven transliteration).
 *
 * @example
 * beToPassportLatin('Аляксандр Лучыновіч'); // 'Aliaksandr Luchynovich'
 */
export function beToPassportLatin(text: string): string {
  return transliterate(text, 'be-latn-passport');
}

/**
 * Russian Cyrillic to Latin as in Russian passports (ICAO 9303).
 *
 * @example
 * ruToIcaoLatin('Татьяна Ковалёва'); // 'Tatiana Kovaleva'
 */
export function ruToIcaoLatin(text: string): string {
  return transliterate(text, 'ru-latn-icao');
}

interface NameEntry {
  be: string;
  ru: string;
  latin: string;
}

function entries(pairs: ReadonlyArray<readonly [string, string]>): NameEntry[] {
  return pairs.map(([be, ru]) => ({ be, ru, latin: beToPassportLatin(be) }));
}

/**
 * The real people of the demo (the January 2024 digest), family and given name in Belarusian
 * Cyrillic: the generator never gives a fictional person one of these full names (the demo
 * test checks the list against the digest's people).
 */
export const REAL_FULL_NAMES: ReadonlySet<string> = new Set([
  'Міхнюк Зінаіда',
  'Бяляўскі Андрэй',
  'Бабіч Аляксандр',
  'Лучыновіч Аляксандр',
  'Такарчук Арцём',
]);

/** Precomputed (the generator makes millions of names): given names by sex, family names by sex. */
const GIVEN = { male: entries(MALE_GIVEN), female: entries(FEMALE_GIVEN) };
const FAMILIES = {
  male: entries(FAMILY),
  female: entries(FAMILY.map(([be, ru]) => [feminineFamily(be, 'be'), feminineFamily(ru, 'ru')] as const)),
};

/**
 * A fictional person's name forms: Belarusian and Russian Cyrillic (with
 * patronymics) and the Belarusian passport Latin form as the primary Latin one.
 */
export function randomNameForms(rng: Rng, sex: Sex): NameForm[] {
  let given = rng.pick(GIVEN[sex]);
  let family = rng.pick(FAMILIES[sex]);
  // No fictional person bears the full name of a real person of the demo.
  while (REAL_FULL_NAMES.has(`${family.be} ${given.be}`)) {
    given = rng.pick(GIVEN[sex]);
    family = rng.pick(FAMILIES[sex]);
  }
  const pat = rng.pick(PATRONYMICS);
  const female = sex === 'female';
  return [
    {
      family: family.be,
      given: given.be,
      patronymic: female ? pat[1] : pat[0],
      system: 'be-cyrl',
      primary: true,
      visibility: 'public',
    },
    {
      family: family.ru,
      given: given.ru,
      patronymic: female ? pat[3] : pat[2],
      system: 'ru-cyrl',
      primary: false,
      visibility: 'public',
    },
    { family: family.latin, given: given.latin, system: 'be-latn-passport', primary: true, visibility: 'public' },
  ];
}
