/**
 * Real places of detention named in the reference notes and the example digest,
 * with the names sources use for them (`aliases`). Shared by the digest demo and
 * the synthetic generator. Facts marked unverified in the notes are left out.
 */
import type { Facility, Localized } from '../domain/record.js';

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
  regime?: Facility['regime'],
): Facility {
  return {
    id,
    kind: 'colony',
    number,
    ...(regime ? { regime } : {}),
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
    visibility: 'public',
  },
  {
    id: 'f-sizo-7-brest',
    kind: 'pretrial',
    number: '7',
    city: BREST,
    name: { be: 'СІЗА № 7, Брэст', ru: 'СИЗО № 7, Брест', en: 'Pre-trial detention centre No. 7, Brest' },
    aliases: ['SIZO No. 7 Brest', 'SIZO-7', 'pre-trial detention center No. 7 in Brest'],
    visibility: 'public',
  },
  {
    id: 'f-sizo-zhodzina',
    kind: 'pretrial',
    city: city('Жодзіна', 'Жодино', 'Žodzina'),
    name: { be: 'СІЗА, Жодзіна', ru: 'СИЗО, Жодино', en: 'Žodzina pre-trial detention centre' },
    aliases: ['Žodzina SIZO', 'Zhodino SIZO'],
    visibility: 'public',
  },
  {
    id: 'f-kgb-sizo-minsk',
    kind: 'pretrial',
    city: MINSK,
    name: { be: 'СІЗА КДБ, Мінск', ru: 'СИЗО КГБ, Минск', en: 'KGB pre-trial detention centre, Minsk' },
    aliases: ['KGB SIZO Minsk', 'Amerikanka'],
    visibility: 'public',
  },
  {
    id: 'f-akrescina',
    kind: 'temporary',
    city: MINSK,
    name: { be: 'ЦІП на Акрэсціна, Мінск', ru: 'ЦИП на Окрестина, Минск', en: 'Akrescina detention centre, Minsk' },
    aliases: ['Akrescina', 'Okrestina', 'Akrestsina'],
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
    visibility: 'public',
  },
  colony(
    'f-ik-1-navapolack',
    '1',
    city('Наваполацк', 'Новополоцк', 'Navapolack'),
    ['IK-1', 'Navapolack colony No. 1'],
    'strengthened',
  ),
  colony('f-ik-2-babrujsk', '2', city('Бабруйск', 'Бобруйск', 'Babrujsk'), ['IK-2', 'Babrujsk colony No. 2']),
  colony(
    'f-ik-3-viciebsk',
    '3',
    VICIEBSK,
    ['Viciebsk colony No. 3', 'Vitba', 'IK-3', 'Vitebsk colony No. 3'],
    'general',
  ),
  colony('f-ik-4-homiel', '4', HOMIEL, ['Homieĺ colony No. 4', 'penal colony No. 4', 'IK-4', "Gomel women's colony"]),
  colony('f-ik-8-orsha', '8', city('Орша', 'Орша', 'Orša'), ['IK-8', 'Orša colony No. 8']),
  colony('f-ik-9-horki', '9', city('Горкі', 'Горки', 'Horki'), ['IK-9', 'Horki colony No. 9']),
  colony('f-ik-11-vaukavysk', '11', city('Ваўкавыск', 'Волковыск', 'Vaŭkavysk'), ['IK-11', 'Vaŭkavysk colony No. 11']),
  colony('f-ik-15-mahiliou', '15', MAHILIOU, ['Mahilioŭ colony No. 15', 'IK-15', 'Mogilev colony No. 15']),
  colony('f-ik-17-shklou', '17', city('Шклоў', 'Шклов', 'Škloŭ'), ['IK-17', 'Škloŭ colony No. 17']),
  colony('f-ik-20-mazyr', '20', city('Мазыр', 'Мозырь', 'Mazyr'), ['IK-20', 'Mazyr colony No. 20']),
  colony('f-ik-22-voucyja-nory', '22', city('Воўчыя Норы', 'Волчьи Норы', 'Voŭčyja Nory'), ['IK-22', 'Voŭčyja Nory']),
  colony('f-ik-24-zareccha', '24', city('Зарэчча', 'Заречье', 'Zarečča'), ['IK-24', 'Zarečča colony No. 24']),
];

/** Colonies for women (notes: No. 4 Homieĺ, No. 24 Zarečča). */
export const WOMEN_COLONY_IDS: readonly string[] = ['f-ik-4-homiel', 'f-ik-24-zareccha'];

/** Colonies for men among {@link FACILITIES}. */
export const MEN_COLONY_IDS: readonly string[] = FACILITIES.filter(
  (f) => f.kind === 'colony' && !WOMEN_COLONY_IDS.includes(f.id),
).map((f) => f.id);
