/**
 * A small seeded generator of fictional Belarusian people (Belarusian and Russian Cyrillic
 * forms plus Latin transliterations), for search evaluation and benchmarks. Deterministic:
 * the same seed gives the same people.
 */
import type { IndexEntry, IndexForm } from './name-index.js';
import { transliterate } from './translit.js';

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Surname endings: Belarusian male, female; Russian male, female. */
const SUFFIXES: Record<string, readonly [string, string, string, string]> = {
  ou: ['оў', 'ова', 'ов', 'ова'],
  au: ['аў', 'ава', 'ов', 'ова'],
  iou: ['ёў', 'ёва', 'ёв', 'ёва'],
  eu: ['еў', 'ева', 'ев', 'ева'],
  in: ['ін', 'іна', 'ин', 'ина'],
  ski: ['скі', 'ская', 'ский', 'ская'],
  uski: ['ўскі', 'ўская', 'вский', 'вская'],
  enka: ['енка', 'енка', 'енко', 'енко'],
  ka: ['ка', 'ка', 'ко', 'ко'],
  ovich: ['овіч', 'овіч', 'ович', 'ович'],
  evich: ['евіч', 'евіч', 'евич', 'евич'],
  ich: ['іч', 'іч', 'ич', 'ич'],
  uk: ['ук', 'ук', 'ук', 'ук'],
  chuk: ['чук', 'чук', 'чук', 'чук'],
  ik: ['ік', 'ік', 'ик', 'ик'],
  ets: ['ец', 'ец', 'ец', 'ец'],
  onak: ['ёнак', 'ёнак', 'ёнок', 'ёнок'],
};

/** Surname stems: Belarusian, Russian, then the endings they take. */
const STEMS: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ['Кавал', 'Ковал', 'iou', 'enka'],
  ['Каваль', 'Коваль', 'chuk', 'ski'],
  ['Сідар', 'Сидор', 'au', 'enka', 'uk'],
  ['Мароз', 'Мороз', 'au', 'ik'],
  ['Макар', 'Макар', 'au', 'enka', 'evich'],
  ['Захар', 'Захар', 'au', 'enka', 'chuk'],
  ['Тарас', 'Тарас', 'au', 'evich', 'ik'],
  ['Пятр', 'Петр', 'ou', 'ovich', 'uk'],
  ['Іван', 'Иван', 'ou', 'ovich', 'ets'],
  ['Сямён', 'Семён', 'au', 'ovich'],
  ['Грыш', 'Гриш', 'in', 'enka', 'ka'],
  ['Лысен', 'Лысен', 'ka'],
  ['Шаўч', 'Шевч', 'enka', 'uk'],
  ['Бонд', 'Бонд', 'ar', 'arenka'],
  ['Яўмен', 'Евмен', 'au', 'enka'],
  ['Кузьм', 'Кузьм', 'in', 'ich', 'enka'],
  ['Навіц', 'Новиц', 'ki'],
  ['Жук', 'Жук', 'au', 'ouski'],
  ['Вараб', 'Вороб', 'ei'],
  ['Сакал', 'Сокол', 'au', 'ouski'],
  ['Гарбач', 'Горбач', 'iou', 'enka'],
  ['Бабр', 'Бобр', 'ou', 'ovich'],
  ['Лапац', 'Лопат', 'in'],
  ['Карп', 'Карп', 'au', 'ovich', 'enka', 'uk'],
  ['Шыман', 'Шиман', 'ski', 'ovich', 'uk'],
  ['Мельнік', 'Мельник', 'au'],
  ['Міхалк', 'Михалк', 'ovich', 'in'],
  ['Стральц', 'Стрельц', 'ou'],
  ['Лукашэв', 'Лукашев', 'ich'],
  ['Радзівон', 'Родион', 'au', 'enka'],
  ['Дзям\u2019ян', 'Демьян', 'au', 'enka', 'chuk'],
  ['Рабц', 'Рабц', 'evich'],
  ['Ярош', 'Ярош', 'evich', 'enka', 'uk'],
  ['Аляхновіч', 'Олехнович', ''],
  ['Давыд', 'Давыд', 'au', 'ovich', 'enka'],
  ['Юрк', 'Юрк', 'evich', 'ou'],
  ['Гаўрыл', 'Гаврил', 'au', 'enka', 'chuk', 'in'],
  ['Сцепан', 'Степан', 'au', 'enka', 'uk'],
  ['Мацвей', 'Матве', 'eu', 'enka'],
  ['Валасевіч', 'Волосевич', ''],
  ['Пашкевіч', 'Пашкевич', ''],
  ['Мікуліч', 'Микулич', ''],
  ['Кірыл', 'Кирилл', 'au', 'enka', 'in'],
  ['Цярэнц', 'Терент', 'eu'],
  ['Шведаў', 'Шведов', ''],
  ['Дзенісенка', 'Денисенко', ''],
  ['Бялоў', 'Белов', ''],
  ['Клімов', 'Климов', 'ich'],
  ['Палян', 'Полян', 'ski'],
  ['Гаранін', 'Горанин', ''],
  ['Чарнышэвіч', 'Чернышевич', ''],
  ['Крывац', 'Кривоц', 'ou'],
  ['Дуброў', 'Дубров', 'ski'],
  ['Лазар', 'Лазар', 'evich', 'enka', 'chuk'],
  ['Мартын', 'Мартын', 'au', 'ovich', 'enka', 'uk'],
  ['Ціхан', 'Тихон', 'au', 'ovich', 'enka'],
  ['Жыгал', 'Жигал', 'ka'],
  ['Кручк', 'Крючк', 'ou'],
  ['Хведар', 'Федор', 'ovich', 'enka', 'chuk'],
  ['Шарап', 'Шарап', 'au'],
  ['Ганчар', 'Гончар', 'enka', 'ik', 'uk'],
];

/** Extra endings used by a few stems. */
Object.assign(SUFFIXES, {
  ar: ['ар', 'ар', 'арь', 'арь'],
  arenka: ['арэнка', 'арэнка', 'аренко', 'аренко'],
  ki: ['кі', 'кая', 'кий', 'кая'],
  ouski: ['оўскі', 'оўская', 'овский', 'овская'],
  ei: ['ей', 'ей', 'ей', 'ей'],
  '': ['', 'а', '', 'а'],
});

/** Syllables for rarer invented surnames: Belarusian, Russian spelling. */
const ONSETS: ReadonlyArray<readonly [string, string]> = [
  ['Ка', 'Ко'],
  ['Ба', 'Бо'],
  ['Ма', 'Мо'],
  ['Ла', 'Ло'],
  ['Ра', 'Ро'],
  ['Са', 'Со'],
  ['Да', 'До'],
  ['Па', 'По'],
  ['Та', 'То'],
  ['На', 'Но'],
  ['Ва', 'Во'],
  ['Жа', 'Жо'],
  ['За', 'За'],
  ['Ха', 'Хо'],
  ['Ша', 'Ше'],
  ['Ця', 'Те'],
  ['Дзя', 'Де'],
  ['Ся', 'Се'],
  ['Ля', 'Ле'],
  ['Бя', 'Бе'],
  ['Мі', 'Ми'],
  ['Кі', 'Ки'],
  ['Лі', 'Ли'],
  ['Пі', 'Пи'],
  ['Ры', 'Ри'],
  ['Кру', 'Кру'],
  ['Гру', 'Гру'],
  ['Сту', 'Сту'],
  ['Бу', 'Бу'],
  ['Лу', 'Лу'],
  ['Ду', 'Ду'],
  ['Ку', 'Ку'],
  ['Шу', 'Шу'],
  ['Гу', 'Гу'],
  ['Гра', 'Гра'],
  ['Тра', 'Тра'],
  ['Пра', 'Про'],
  ['Сма', 'Смо'],
];
const MIDDLES: ReadonlyArray<readonly [string, string]> = [
  ['б', 'б'],
  ['в', 'в'],
  ['д', 'д'],
  ['л', 'л'],
  ['м', 'м'],
  ['н', 'н'],
  ['р', 'р'],
  ['с', 'с'],
  ['т', 'т'],
  ['ш', 'ш'],
  ['к', 'к'],
  ['ч', 'ч'],
  ['рк', 'рк'],
  ['ст', 'ст'],
  ['нд', 'нд'],
  ['лк', 'лк'],
  ['рн', 'рн'],
  ['шк', 'шк'],
  ['ск', 'ск'],
  ['рб', 'рб'],
  ['зл', 'зл'],
  ['хн', 'хн'],
  ['пк', 'пк'],
  ['рг', 'рг'],
];
const CODAS: ReadonlyArray<readonly [string, string]> = [
  ['', ''],
  ['ан', 'он'],
  ['ал', 'ол'],
  ['ар', 'ор'],
  ['ян', 'ен'],
  ['ін', 'ин'],
  ['ур', 'ур'],
  ['ыл', 'ил'],
  ['ач', 'оч'],
  ['ак', 'ок'],
  ['ец', 'ец'],
  ['ун', 'ун'],
  ['ір', 'ир'],
  ['ас', 'ос'],
];
const SYLLABLE_ENDS = [
  'au',
  'ou',
  'in',
  'ski',
  'enka',
  'ka',
  'ovich',
  'evich',
  'ich',
  'uk',
  'chuk',
  'ik',
  'ets',
  'onak',
];

/** A stem: a listed common one (40%) or an invented rarer one. */
function pickStem(rand: () => number): readonly [string, string, ...string[]] {
  if (rand() < 0.4) return pickFrom(rand, STEMS);
  const [o1, o2] = pickFrom(rand, ONSETS);
  const [m1, m2] = pickFrom(rand, MIDDLES);
  const [c1, c2] = pickFrom(rand, CODAS);
  return [o1 + m1 + c1, o2 + m2 + c2, pickFrom(rand, SYLLABLE_ENDS)];
}

/** Male given names: Belarusian, Russian, patronymic stems (Belarusian, Russian). */
const MALE: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Аляксандр', 'Александр', 'Аляксандра', 'Александро'],
  ['Сяргей', 'Сергей', 'Сяргее', 'Сергее'],
  ['Дзмітры', 'Дмитрий', 'Дзмітрые', 'Дмитрие'],
  ['Андрэй', 'Андрей', 'Андрэе', 'Андрее'],
  ['Уладзімір', 'Владимир', 'Уладзіміра', 'Владимиро'],
  ['Мікалай', 'Николай', 'Мікалае', 'Николае'],
  ['Яўген', 'Евгений', 'Яўгена', 'Евгенье'],
  ['Аляксей', 'Алексей', 'Аляксее', 'Алексее'],
  ['Іван', 'Иван', 'Івана', 'Ивано'],
  ['Віктар', 'Виктор', 'Віктара', 'Викторо'],
  ['Павел', 'Павел', 'Паўла', 'Павло'],
  ['Ігар', 'Игорь', 'Ігара', 'Игоре'],
  ['Юрый', 'Юрий', 'Юр\u2019е', 'Юрье'],
  ['Максім', 'Максим', 'Максіма', 'Максимо'],
  ['Дзяніс', 'Денис', 'Дзяніса', 'Денисо'],
  ['Алег', 'Олег', 'Алега', 'Олего'],
  ['Вадзім', 'Вадим', 'Вадзіма', 'Вадимо'],
  ['Васіль', 'Василий', 'Васіле', 'Василье'],
  ['Раман', 'Роман', 'Рамана', 'Романо'],
  ['Арцём', 'Артём', 'Арцёма', 'Артёмо'],
  ['Кірыл', 'Кирилл', 'Кірыла', 'Кирилло'],
  ['Пётр', 'Пётр', 'Пятро', 'Петро'],
  ['Анатоль', 'Анатолий', 'Анатоле', 'Анатолье'],
  ['Леанід', 'Леонид', 'Леаніда', 'Леонидо'],
  ['Генадзь', 'Геннадий', 'Генадзе', 'Геннадье'],
];
const FEMALE: ReadonlyArray<readonly [string, string]> = [
  ['Вольга', 'Ольга'],
  ['Ганна', 'Анна'],
  ['Алена', 'Елена'],
  ['Тацяна', 'Татьяна'],
  ['Наталля', 'Наталья'],
  ['Святлана', 'Светлана'],
  ['Марыя', 'Мария'],
  ['Ірына', 'Ирина'],
  ['Юлія', 'Юлия'],
  ['Кацярына', 'Екатерина'],
  ['Валянціна', 'Валентина'],
  ['Людміла', 'Людмила'],
  ['Галіна', 'Галина'],
  ['Вікторыя', 'Виктория'],
  ['Дар\u2019я', 'Дарья'],
  ['Настасся', 'Анастасия'],
  ['Аксана', 'Оксана'],
  ['Вераніка', 'Вероника'],
  ['Надзея', 'Надежда'],
  ['Любоў', 'Любовь'],
  ['Ніна', 'Нина'],
  ['Жанна', 'Жанна'],
  ['Яна', 'Яна'],
];

export interface SyntheticPerson extends IndexEntry {
  sex: 'male' | 'female';
}

function pickFrom<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function isoDate(rand: () => number, fromYear: number, toYear: number): string {
  const y = fromYear + Math.floor(rand() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * `count` fictional people with ids `p-s1`… (prefix configurable), each with be-cyrl,
 * ru-cyrl and be-latn-passport forms and sometimes a ru-latn-icao form.
 *
 * @example
 * syntheticPeople(3, 42)[0]?.forms[0] // { family: 'Кавалёў', given: 'Сяргей', patronymic: '…', system: 'be-cyrl' }
 */
export function syntheticPeople(count: number, seed = 1, idPrefix = 'p-s'): SyntheticPerson[] {
  const rand = seededRandom(seed);
  const people: SyntheticPerson[] = [];
  for (let n = 1; n <= count; n++) {
    const sex = rand() < 0.8 ? 'male' : 'female';
    const [stemBe, stemRu, ...ends] = pickStem(rand);
    const end = SUFFIXES[pickFrom(rand, ends)] ?? SUFFIXES['']!;
    const female = sex === 'female';
    const father = pickFrom(rand, MALE);
    const given = female ? pickFrom(rand, FEMALE) : pickFrom(rand, MALE);
    const be: IndexForm = {
      family: stemBe + (female ? end[1] : end[0]),
      given: given[0],
      patronymic: father[2] + (female ? 'ўна' : 'віч'),
      system: 'be-cyrl',
    };
    const ru: IndexForm = {
      family: stemRu + (female ? end[3] : end[2]),
      given: given[1],
      patronymic: father[3] + (female ? 'вна' : 'вич'),
      system: 'ru-cyrl',
    };
    const forms = [be, ru, latin(be, 'be-latn-passport')];
    if (rand() < 0.3) forms.push(latin(ru, 'ru-latn-icao'));
    people.push({
      id: `${idPrefix}${n}`,
      kind: 'person',
      sex,
      forms,
      birthDate: isoDate(rand, 1950, 2004),
      detentionDate: isoDate(rand, 2020, 2024),
    });
  }
  return people;
}

function latin(form: IndexForm, system: 'be-latn-passport' | 'ru-latn-icao'): IndexForm {
  const out: IndexForm = {
    family: transliterate(form.family, system),
    given: transliterate(form.given ?? '', system),
    system,
  };
  if (form.patronymic !== undefined) out.patronymic = transliterate(form.patronymic, system);
  return out;
}
