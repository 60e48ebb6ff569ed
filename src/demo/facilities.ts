/**
 * Real places of detention named in the reference notes and the example digest,
 * with the names sources use for them (`aliases`). Shared by the digest demo and
 * the synthetic generator. Facts marked unverified in the notes are left out.
 *
 * Addresses for letters (`letters`, in Russian as the Belarusian post requires) are
 * the institutions' public postal addresses as published lists of prison addresses
 * give them. Only SIZO No. 1 is confirmed by the reference notes (`checked: true`);
 * the others were written from general knowledge of those lists and are marked
 * `checked: false`, so every page showing them tells readers to check them first.
 */
import type { Facility, LettersAddress, Localized } from '../domain/record.js';

const FROM_MEMORY =
  'Written from general knowledge of published lists of prison addresses; not checked against a current source.';

/** An unchecked address for letters (see the module notes). */
function letters(
  institution: string,
  postalCode: string,
  locality: string,
  street?: string,
  region?: string,
): LettersAddress {
  return {
    institution,
    ...(street ? { street } : {}),
    locality,
    ...(region ? { region } : {}),
    postalCode,
    checked: false,
    basis: FROM_MEMORY,
  };
}

function city(be: string, ru: string, en: string): Localized {
  return { be, ru, en };
}

const MINSK = city('Мінск', 'Минск', 'Minsk');
const HOMIEL = city('Гомель', 'Гомель', 'Homieĺ');
const BREST = city('Брэст', 'Брест', 'Brest');
const MAHILIOU = city('Магілёў', 'Могилёв', 'Mahilioŭ');
const VICIEBSK = city('Віцебск', 'Витебск', 'Viciebsk');

function colony(
  id: string,
  number: string,
  where: Localized,
  aliases: string[],
  address: LettersAddress,
  regime?: Facility['regime'],
): Facility {
  return {
    id,
    kind: 'colony',
    number,
    ...(regime ? { regime } : {}),
    letters: address,
    city: where,
    name: {
      be: `Папраўчая калонія № ${number}, ${where.be}`,
      ru: `Исправительная колония № ${number}, ${where.ru}`,
      en: `Correctional colony No. ${number}, ${where.en}`,
    },
    aliases,
    visibility: 'public',
  };
}

export const FACILITIES: readonly Facility[] = [
  {
    id: 'f-sizo-1-minsk',
    kind: 'pretrial',
    number: '1',
    city: MINSK,
    name: { be: 'СІЗА № 1, Мінск', ru: 'СИЗО № 1, Минск', en: 'Pre-trial detention centre No. 1, Minsk' },
    aliases: ['SIZO No. 1 Minsk', 'SIZO-1', 'Valadarka'],
    letters: {
      institution: 'СИЗО-1',
      street: 'ул. Володарского, 2',
      locality: 'г. Минск',
      postalCode: '220030',
      checked: true,
      basis: 'Reference notes (domain-notes.md): vul. Valadarskaha 2, 220030 Minsk.',
    },
    address: {
      be: 'вул. Валадарскага, 2, 220030 Мінск',
      ru: 'ул. Володарского, 2, 220030 Минск',
      en: 'vul. Valadarskaha 2, 220030 Minsk',
    },
    visibility: 'public',
  },
  {
    id: 'f-sizo-3-homiel',
    kind: 'pretrial',
    number: '3',
    city: HOMIEL,
    name: { be: 'СІЗА № 3, Гомель', ru: 'СИЗО № 3, Гомель', en: 'Pre-trial detention centre No. 3, Homieĺ' },
    aliases: ['SIZO No. 3 Homieĺ', 'SIZO-3', 'Gomel SIZO'],
    letters: letters('СИЗО-3', '246003', 'г. Гомель', 'ул. Книжная, 1а'),
    visibility: 'public',
  },
  {
    id: 'f-sizo-7-brest',
    kind: 'pretrial',
    number: '7',
    city: BREST,
    name: { be: 'СІЗА № 7, Брэст', ru: 'СИЗО № 7, Брест', en: 'Pre-trial detention centre No. 7, Brest' },
    aliases: ['SIZO No. 7 Brest', 'SIZO-7', 'pre-trial detention center No. 7 in Brest'],
    letters: letters('СИЗО-7', '224030', 'г. Брест', 'ул. Советская, 37'),
    visibility: 'public',
  },
  {
    id: 'f-sizo-zhodzina',
    kind: 'pretrial',
    city: city('Жодзіна', 'Жодино', 'Žodzina'),
    name: { be: 'СІЗА, Жодзіна', ru: 'СИЗО, Жодино', en: 'Žodzina pre-trial detention centre' },
    aliases: ['Žodzina SIZO', 'Zhodino SIZO'],
    letters: letters('СИЗО-8', '222163', 'г. Жодино', 'ул. Советская, 22а', 'Минская обл.'),
    visibility: 'public',
  },
  {
    id: 'f-kgb-sizo-minsk',
    kind: 'pretrial',
    city: MINSK,
    name: { be: 'СІЗА КДБ, Мінск', ru: 'СИЗО КГБ, Минск', en: 'KGB pre-trial detention centre, Minsk' },
    aliases: ['KGB SIZO Minsk', 'Amerikanka'],
    letters: letters('СИЗО КГБ', '220030', 'г. Минск', 'ул. Комсомольская, 1'),
    visibility: 'public',
  },
  {
    id: 'f-akrescina',
    kind: 'temporary',
    city: MINSK,
    name: { be: 'ЦІП на Акрэсціна, Мінск', ru: 'ЦИП на Окрестина, Минск', en: 'Akrescina detention centre, Minsk' },
    aliases: ['Akrescina', 'Okrestina', 'Akrestsina'],
    letters: letters('ЦИП ГУВД Мингорисполкома', '220089', 'г. Минск', 'пер. Окрестина, 36'),
    visibility: 'public',
  },
  {
    id: 'f-prison-4-mahiliou',
    kind: 'prison',
    number: '4',
    regime: 'prison',
    city: MAHILIOU,
    name: { be: 'Турма № 4, Магілёў', ru: 'Тюрьма № 4, Могилёв', en: 'Prison No. 4, Mahilioŭ' },
    aliases: ['Prison No. 4 Mahilioŭ', 'Mogilev prison No. 4'],
    letters: letters('Тюрьма № 4', '212011', 'г. Могилёв', 'ул. Крупской, 99а'),
    visibility: 'public',
  },
  colony(
    'f-ik-1-navapolack',
    '1',
    city('Наваполацк', 'Новополоцк', 'Navapolack'),
    ['IK-1', 'Navapolack colony No. 1'],
    letters('ИК-1', '211440', 'г. Новополоцк', 'ул. Техническая, 8', 'Витебская обл.'),
    'strengthened',
  ),
  colony(
    'f-ik-2-babrujsk',
    '2',
    city('Бабруйск', 'Бобруйск', 'Babrujsk'),
    ['IK-2', 'Babrujsk colony No. 2'],
    letters('ИК-2', '213800', 'г. Бобруйск', 'ул. Шинная, 3', 'Могилёвская обл.'),
  ),
  colony(
    'f-ik-3-viciebsk',
    '3',
    VICIEBSK,
    ['Viciebsk colony No. 3', 'Vitba', 'IK-3', 'Vitebsk colony No. 3'],
    letters('ИК-3', '211322', 'п. Витьба', undefined, 'Витебская обл., Витебский р-н'),
    'general',
  ),
  colony(
    'f-ik-4-homiel',
    '4',
    HOMIEL,
    ['Homieĺ colony No. 4', 'penal colony No. 4', 'IK-4', "Gomel women's colony"],
    letters('ИК-4', '246035', 'г. Гомель', 'ул. Антошкина, 3'),
  ),
  colony(
    'f-ik-8-orsha',
    '8',
    city('Орша', 'Орша', 'Orša'),
    ['IK-8', 'Orša colony No. 8'],
    letters('ИК-8', '211030', 'г. Орша', 'ул. Молокова, 106', 'Витебская обл.'),
  ),
  colony(
    'f-ik-9-horki',
    '9',
    city('Горкі', 'Горки', 'Horki'),
    ['IK-9', 'Horki colony No. 9'],
    letters('ИК-9', '213410', 'г. Горки', 'ул. Якубовского, 4', 'Могилёвская обл.'),
  ),
  colony(
    'f-ik-11-vaukavysk',
    '11',
    city('Ваўкавыск', 'Волковыск', 'Vaŭkavysk'),
    ['IK-11', 'Vaŭkavysk colony No. 11'],
    letters('ИК-11', '231900', 'г. Волковыск', 'ул. Урицкого, 65', 'Гродненская обл.'),
  ),
  colony(
    'f-ik-15-mahiliou',
    '15',
    MAHILIOU,
    ['Mahilioŭ colony No. 15', 'IK-15', 'Mogilev colony No. 15'],
    letters('ИК-15', '212013', 'г. Могилёв', 'Славгородское шоссе, 183'),
  ),
  colony(
    'f-ik-17-shklou',
    '17',
    city('Шклоў', 'Шклов', 'Škloŭ'),
    ['IK-17', 'Škloŭ colony No. 17'],
    letters('ИК-17', '213010', 'г. Шклов', 'ул. 1-я Заводская, 2', 'Могилёвская обл.'),
  ),
  colony(
    'f-ik-20-mazyr',
    '20',
    city('Мазыр', 'Мозырь', 'Mazyr'),
    ['IK-20', 'Mazyr colony No. 20'],
    letters('ИК-20', '247760', 'г. Мозырь', 'ул. Пролетарская, 101', 'Гомельская обл.'),
  ),
  colony(
    'f-ik-22-voucyja-nory',
    '22',
    city('Воўчыя Норы', 'Волчьи Норы', 'Voŭčyja Nory'),
    ['IK-22', 'Voŭčyja Nory'],
    letters('ИК-22', '225295', 'п/о Доманово', undefined, 'Брестская обл., Ивацевичский р-н'),
  ),
  colony(
    'f-ik-24-zareccha',
    '24',
    city('Зарэчча', 'Заречье', 'Zarečča'),
    ['IK-24', 'Zarečča colony No. 24'],
    letters('ИК-24', '247673', 'п. Заречье', undefined, 'Гомельская обл., Речицкий р-н'),
  ),
];

/** Colonies for women (notes: No. 4 Homieĺ, No. 24 Zarečča). */
export const WOMEN_COLONY_IDS: readonly string[] = ['f-ik-4-homiel', 'f-ik-24-zareccha'];

/** Colonies for men among {@link FACILITIES}. */
export const MEN_COLONY_IDS: readonly string[] = FACILITIES.filter(
  (f) => f.kind === 'colony' && !WOMEN_COLONY_IDS.includes(f.id),
).map((f) => f.id);
