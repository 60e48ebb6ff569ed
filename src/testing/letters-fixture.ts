/**
 * Test support for letters, birthdays and the term-ended status: a small registry in which
 * every internal fact would change a public answer if it leaked.
 *
 * - f-ik-99 (public, address for letters unchecked) and f-secret (internal, with an address).
 * - p-pavel: public, held in f-ik-99 since 2023-01-10, born 1985-02-20 (a birthday within 60
 *   days of 2024-02-02); an internal Russian name form (primary, "Тайнов"), an internal
 *   transfer to f-secret and an internal case (six months: were it public, his term would have ended).
 * - p-olga: public, held in f-secret (internal), her date of birth internal.
 * - p-ivan: an internal person held in f-ik-99 with a birthday in February.
 * - p-rel: public, released 2023-12-01, born in February.
 * - p-term: public, one year from 2020-05-01 and no release recorded (term ended), born 1975-03-01.
 * - p-late: public, held now, born 1988-04-20 (outside the 60 days).
 */
import { saveFacility, saveSource } from '../app/catalog.js';
import type { AppContext } from '../app/context.js';
import { createPerson } from '../app/persons.js';
import type { PersonInput } from '../domain/record.js';

export const FIXTURE_TODAY = '2024-02-02';
/** Strings that only internal records hold: none may appear on a public output. */
export const CANARIES = [
  'staff-only basis',
  'Тайнов',
  'СЕКРЕТНЫЙ',
  'f-secret',
  'p-ivan',
  'Иванов',
  'internal-judge',
  '1990',
];

const META = { actor: 'test', note: 'letters fixture' };
const ruName = (family: string, given: string, patronymic: string) =>
  ({ family, given, patronymic, system: 'ru-cyrl', primary: true }) as const;
const latin = (family: string, given: string) =>
  ({ family, given, system: 'be-latn-passport', primary: true }) as const;

function held(id: string, since: string, facilityId: string): NonNullable<PersonInput['events']> {
  return [
    { id: `e-${id}-det`, kind: 'detention', date: since, facilityId },
    { id: `e-${id}-rec`, kind: 'recognition', date: since },
  ];
}

export const FIXTURE_PERSONS: PersonInput[] = [
  {
    id: 'p-pavel',
    names: [
      latin('Paulau', 'Pavel'),
      { family: 'Паўлаў', given: 'Павел', patronymic: 'Паўлавіч', system: 'be-cyrl', primary: true },
      { ...ruName('Павлов', 'Павел', 'Павлович'), primary: false },
      { ...ruName('Тайнов', 'Павел', 'Павлович'), visibility: 'internal' },
    ],
    sex: 'male',
    birthDate: '1985-02-20',
    cases: [
      {
        id: 'c-pavel-int',
        charges: [{ article: '356' }],
        judge: 'internal-judge',
        // Were it public, his term would have ended in 2023 ("term ended").
        verdictDate: '2023-02-01',
        punishment: { kind: 'deprivation_of_liberty', term: { years: 0, months: 6, days: 0 } },
        visibility: 'internal',
      },
    ],
    events: [
      ...held('pavel', '2023-01-10', 'f-ik-99'),
      { id: 'e-pavel-tr', kind: 'transfer', date: '2023-06-01', facilityId: 'f-secret', visibility: 'internal' },
    ],
  },
  {
    id: 'p-olga',
    names: [latin('Volhina', 'Olga'), ruName('Ольгина', 'Ольга', 'Петровна')],
    sex: 'female',
    birthDate: '1990-02-25',
    birthDateVisibility: 'internal',
    events: held('olga', '2023-03-01', 'f-secret'),
  },
  {
    id: 'p-ivan',
    names: [latin('Ivanou', 'Ivan'), ruName('Иванов', 'Иван', 'Иванович')],
    birthDate: '1970-02-10',
    visibility: 'internal',
    events: held('ivan', '2023-01-01', 'f-ik-99'),
  },
  {
    id: 'p-rel',
    names: [latin('Vyzvalenka', 'Raman'), ruName('Вызволенко', 'Роман', 'Романович')],
    birthDate: '1980-02-15',
    events: [
      ...held('rel', '2022-01-10', 'f-ik-99'),
      { id: 'e-rel-out', kind: 'release', date: '2023-12-01', releaseReason: 'term_served' },
    ],
  },
  {
    id: 'p-term',
    names: [latin('Terminau', 'Tsimur'), ruName('Терминов', 'Тимур', 'Тимурович')],
    birthDate: '1975-03-01',
    cases: [
      {
        id: 'c-term',
        charges: [{ article: '342', part: 1 }],
        verdictDate: '2020-05-01',
        punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 1, months: 0, days: 0 } },
      },
    ],
    events: [
      ...held('term', '2020-01-10', 'f-ik-99'),
      { id: 'e-term-v', kind: 'verdict', date: '2020-05-01', caseId: 'c-term' },
    ],
  },
  {
    id: 'p-late',
    names: [latin('Pazniak', 'Leu'), ruName('Позняков', 'Лев', 'Львович')],
    birthDate: '1988-04-20',
    events: held('late', '2023-05-05', 'f-ik-99'),
  },
];

/** Loads the fixture into an empty registry. */
export async function loadLettersFixture(ctx: AppContext): Promise<void> {
  await saveSource(ctx, { id: 's-pub', kind: 'organisation', title: 'A public source' }, META);
  await saveFacility(
    ctx,
    {
      id: 'f-ik-99',
      kind: 'colony',
      number: '99',
      city: { be: 'Горад', ru: 'Город', en: 'Town' },
      name: { be: 'Калонія № 99', ru: 'Колония № 99', en: 'Colony No. 99' },
      letters: {
        institution: 'ИК-99',
        street: 'ул. Тестовая, 1',
        locality: 'г. Город',
        postalCode: '200099',
        basis: 'staff-only basis',
      },
    },
    META,
  );
  await saveFacility(
    ctx,
    {
      id: 'f-secret',
      kind: 'other',
      city: { en: 'Secret' },
      name: { en: 'Secret place' },
      letters: { institution: 'СЕКРЕТНЫЙ ОБЪЕКТ', locality: 'г. СЕКРЕТНЫЙ', postalCode: '299999', checked: true },
      visibility: 'internal',
    },
    META,
  );
  for (const person of FIXTURE_PERSONS) await createPerson(ctx, person, META);
}
