/**
 * Wholly internal persons for the privacy fixture (`fixture.ts`): every string a
 * marker, and facts that would show on public outputs if they leaked: one held
 * now (at an internal facility, birthday in February, a name that sorts first),
 * one released in January 2024 (the releases digest, flows), one recognised in
 * January 2024 (the recognitions digest) and convicted then (convictions).
 *
 * `publicPersons` adds public people the demo lacks, so that the pages those facts
 * drive are not empty: a release projected inside the "upcoming" window of `today`,
 * and a person convicted and recognised in January 2024 (the month's digests).
 * `fixture.ts` plants internal content in them like in every public person.
 *
 * @example
 * const hidden = internalPersons(new Markers(), ids);
 */
import type { Event, Person } from '../domain/record.js';
import type { Markers } from './markers.js';
import type { PlantIds } from './fixture.js';

export function internalPersons(m: Markers, ids: PlantIds): Person[] {
  return [
    person(m, ids, 'held', [
      ['detention', '2021-06-01', { facilityId: 'f-akrescina' }],
      ['recognition', '2021-07-01', {}],
      ['verdict', '2022-03-01', { caseId: 'c-zqleak-held' }],
      ['transfer', '2022-04-01', { facilityId: ids.facility }],
    ]),
    person(m, ids, 'released', [
      ['detention', '2021-02-01', { facilityId: 'f-sizo-1-minsk' }],
      ['recognition', '2021-03-01', {}],
      ['verdict', '2021-08-01', { caseId: 'c-zqleak-released' }],
      ['release', '2024-01-20', { releaseReason: 'term_served', statedTimeServed: { years: 2, months: 11, days: 19 } }],
    ]),
    person(m, ids, 'recognised', [
      ['detention', '2023-10-10', { facilityId: 'f-sizo-7-brest' }],
      ['verdict', '2024-01-12', { caseId: 'c-zqleak-recognised' }],
      ['recognition', '2024-01-25', {}],
    ]),
  ];
}

export function publicPersons(): Person[] {
  const base = (id: string, family: string, given: string, events: Person['events'], cases: Person['cases']) => ({
    id,
    names: [{ family, given, system: 'be-latn-passport' as const, primary: true, visibility: 'public' as const }],
    sex: 'female' as const,
    birthDateVisibility: 'public' as const,
    region: 'brest' as const,
    occupation: { en: 'Teacher' },
    biography: {},
    tags: [],
    cases,
    events,
    visibility: 'public' as const,
    fictional: false,
  });
  const ev = (id: string, kind: Event['kind'], date: string, rest: Partial<Event> = {}): Event => ({
    id,
    kind,
    date,
    sourceIds: ['s-viasna-digest-2024-01'],
    visibility: 'public',
    ...rest,
  });
  const term = (years: number) => ({
    kind: 'deprivation_of_liberty' as const,
    regime: 'general' as const,
    term: { years, months: 0, days: 0 },
  });
  const charges = [{ article: '342', part: 1 }];
  return [
    base(
      'p-pub-upcoming',
      'Kavalenka',
      'Anna',
      [
        ev('e-up-det', 'detention', '2021-06-01', { facilityId: 'f-sizo-7-brest' }),
        ev('e-up-rec', 'recognition', '2021-07-01'),
        ev('e-up-verdict', 'verdict', '2021-09-01', { caseId: 'c-up' }),
      ],
      [
        {
          id: 'c-up',
          charges,
          verdictDate: '2021-09-01',
          punishment: term(3),
          appeals: [],
          sourceIds: [],
          visibility: 'public',
        },
      ],
    ),
    base(
      'p-pub-january',
      'Barysava',
      'Volha',
      [
        ev('e-jan-det', 'detention', '2023-09-05', { facilityId: 'f-sizo-1-minsk' }),
        ev('e-jan-verdict', 'verdict', '2024-01-18', { caseId: 'c-jan' }),
        ev('e-jan-rec', 'recognition', '2024-01-22'),
      ],
      [
        {
          id: 'c-jan',
          charges,
          verdictDate: '2024-01-18',
          punishment: term(4),
          appeals: [],
          sourceIds: [],
          visibility: 'public',
        },
      ],
    ),
  ];
}

type EventSpec = [Event['kind'], string, Partial<Event>];

function person(m: Markers, ids: PlantIds, key: string, timeline: EventSpec[]): Person {
  const tag = `internal person ${key}`;
  const caseId = `c-zqleak-${key}`;
  return {
    id: `p-zqleak-${key}`,
    names: (
      [
        { family: `a${m.mark(`${tag} family`)}`, given: m.mark(`${tag} given`), system: 'be-latn-passport' },
        { family: m.mark(`${tag} be family`), given: m.mark(`${tag} be given`), system: 'be-cyrl' },
        { family: m.mark(`${tag} ru family`), given: m.mark(`${tag} ru given`), system: 'ru-cyrl' },
      ] as const
    ).map((n) => ({ ...n, patronymic: m.mark(`${tag} patronymic`), primary: true, visibility: 'public' as const })),
    sex: 'female',
    birthDate: m.also('1908-02-17', `${tag} birth date`),
    birthDateVisibility: 'public',
    region: 'viciebsk',
    occupation: m.text(`${tag} occupation`),
    biography: m.text(`${tag} biography`),
    photo: {
      ref: `photos/${m.mark(`${tag} photo`)}.jpg`,
      caption: m.text(`${tag} caption`),
      credit: m.mark(`${tag} credit`),
      visibility: 'public',
    },
    tags: [m.mark(`${tag} tag`)],
    cases: [
      {
        id: caseId,
        charges: [
          { article: '342', part: 1 },
          { article: '356', part: 1 },
        ],
        court: m.mark(`${tag} court`),
        judge: m.mark(`${tag} judge`),
        prosecutor: m.mark(`${tag} prosecutor`),
        verdictDate: timeline.find(([kind]) => kind === 'verdict')?.[1],
        punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 3, months: 0, days: 0 } },
        appeals: [{ court: m.mark(`${tag} appeal court`), outcome: 'pending' }],
        sourceIds: [ids.source, 's-viasna-digest-2024-01'],
        visibility: 'public',
        note: m.mark(`${tag} case note`),
      },
    ],
    events: timeline.map(([kind, date, rest], i) => ({
      id: `e-zqleak-${key}-${i}`,
      kind,
      date,
      sourceIds: [ids.source, 's-viasna-digest-2024-01'],
      note: m.text(`${tag} event ${i} note`),
      visibility: 'public' as const,
      ...rest,
    })),
    visibility: 'internal',
    internalNote: m.mark(`${tag} internalNote`),
    fictional: false,
  };
}
