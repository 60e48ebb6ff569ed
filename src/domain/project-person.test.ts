import { describe, expect, it } from 'vitest';
import { isoToDay } from './partial-date.js';
import { compareArticles, projectPerson, sortName, withPublicFacts } from './project-person.js';
import { Person, type PersonInput } from './record.js';

const d = isoToDay;

function make(over: Partial<PersonInput> = {}): Person {
  return Person.parse({
    id: 'p-7',
    names: [
      { family: 'Лучыновіч', given: 'Аляксандр', system: 'be-cyrl', primary: true },
      { family: 'Luchynovich', given: 'Aliaksandr', system: 'be-latn-passport', primary: true },
    ],
    sex: 'male',
    region: 'homiel',
    birthDate: '1985-07',
    cases: [
      { id: 'c-1', charges: [{ article: '361-4', part: 1 }, { article: '130' }, { article: '361-4', part: 2 }] },
      { id: 'c-2', charges: [{ article: '411' }, { article: '99' }] },
    ],
    events: [
      { id: 'e-3', kind: 'release', date: '2024-01-13', releaseReason: 'term_served', facilityId: 'f-ik15' },
      { id: 'e-1', kind: 'administrative_arrest', date: '2022-03-31', facilityId: 'f-akr' },
      { id: 'e-2', kind: 're_detention', date: '2022-04-10', caseId: 'c-1' },
      { id: 'e-4', kind: 'recognition', date: '2022-05' },
    ],
    ...over,
  });
}

describe('projectPerson', () => {
  it('derives the index rows of a released political prisoner', () => {
    const p = projectPerson(make());
    expect(p).toMatchObject({
      personId: 'p-7',
      status: 'released',
      sex: 'male',
      region: 'homiel',
      birthMin: d('1985-07-01'),
      birthMax: d('1985-07-31'),
      firstDetentionMin: d('2022-03-31'),
      currentFacilityId: null,
      articles: ['99', '130', '361-4', '411'],
      sortName: 'luchynovich aliaksandr',
      isPublic: true,
      fictional: false,
    });
    expect(p.custody).toEqual([
      {
        startMin: d('2022-03-31'),
        startMax: d('2022-03-31'),
        endMin: d('2024-01-13'),
        endMax: d('2024-01-13'),
        counted: true,
        releaseReason: 'term_served',
      },
    ]);
    expect(p.events.map((e) => e.eventId)).toEqual(['e-1', 'e-2', 'e-4', 'e-3']);
    expect(p.events[2]).toEqual({
      eventId: 'e-4',
      kind: 'recognition',
      dayMin: d('2022-05-01'),
      dayMax: d('2022-05-31'),
      releaseReason: null,
      facilityId: null,
      caseId: null,
    });
    expect(p.events[1]?.caseId).toBe('c-1');
  });

  it('sees a person as imprisoned on a day inside custody, with the current facility', () => {
    const p = projectPerson(make(), d('2023-01-01'));
    expect(p.status).toBe('imprisoned');
    expect(p.currentFacilityId).toBe('f-akr');
    expect(projectPerson(make(), d('2022-01-01')).status).toBe('other');
  });

  it('reports an ongoing counted period as imprisoned and its last facility', () => {
    const person = make({
      events: [
        { id: 'e-1', kind: 'detention', date: '2023-05', facilityId: 'f-sizo1' },
        { id: 'e-2', kind: 'transfer', date: '2023-11-02', facilityId: 'f-ik4' },
        { id: 'e-3', kind: 'recognition', date: '2023-06-01' },
      ],
    });
    const p = projectPerson(person);
    expect(p.status).toBe('imprisoned');
    expect(p.currentFacilityId).toBe('f-ik4');
    expect(p.custody[0]).toMatchObject({ startMin: d('2023-05-01'), startMax: d('2023-05-31'), endMin: null });
  });

  it('reports deceased, and other for unrecognised or empty timelines', () => {
    const dead = make({
      events: [
        { id: 'e-1', kind: 'detention', date: '2021-01-01' },
        { id: 'e-2', kind: 'recognition', date: '2021-01-10' },
        { id: 'e-3', kind: 'death', date: '2022-02' },
      ],
    });
    expect(projectPerson(dead).status).toBe('deceased');
    expect(projectPerson(make({ events: [{ id: 'e-1', kind: 'detention', date: '2021' }] })).status).toBe('other');
    const empty = projectPerson(make({ events: [], cases: [], birthDate: undefined }));
    expect(empty).toMatchObject({ status: 'other', firstDetentionMin: null, birthMin: null, articles: [] });
  });

  it('takes articles from public cases only: an internal charge is a staff note', () => {
    const person = make({
      cases: [
        { id: 'c-1', charges: [{ article: '342' }] },
        { id: 'c-2', charges: [{ article: '356' }, { article: '342' }], visibility: 'internal' },
      ],
    });
    expect(projectPerson(person).articles).toEqual(['342']);
    expect(projectPerson(make({ cases: [{ ...person.cases[1]! }] })).articles).toEqual([]);
  });

  it('leaves the facility unknown after a transfer that names none (as after one to an internal facility)', () => {
    const person = make({
      events: [
        { id: 'e-1', kind: 'detention', date: '2023-05-01', facilityId: 'f-sizo1' },
        { id: 'e-2', kind: 'recognition', date: '2023-06-01' },
        { id: 'e-3', kind: 'transfer', date: '2023-11-02' },
      ],
    });
    expect(projectPerson(person).currentFacilityId).toBeNull();
    expect(projectPerson(person, d('2023-12-01')).currentFacilityId).toBeNull();
    expect(projectPerson(person, d('2023-10-01')).currentFacilityId).toBe('f-sizo1');
    const named = make({
      events: [...person.events, { id: 'e-4', kind: 'transfer', date: '2024-01-05', facilityId: 'f-ik4' }],
    });
    expect(projectPerson(named).currentFacilityId).toBe('f-ik4');
  });

  it('keeps visibility and the fictional flag', () => {
    const p = projectPerson(make({ visibility: 'internal', fictional: true }));
    expect(p.isPublic).toBe(false);
    expect(p.fictional).toBe(true);
  });

  it('throws on a malformed date that slipped past validation', () => {
    const bad = make();
    (bad.events[0] as { date: string }).date = '2023-02-29';
    expect(() => projectPerson(bad)).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });
});

describe('sortName', () => {
  it('prefers be-latn-passport, then any Latin form, then the first form', () => {
    expect(
      sortName([
        { family: 'Bialiauski', given: 'Andrei', system: 'latn', primary: true, visibility: 'public' },
        { family: 'Bialiauski', given: 'Andrey', system: 'be-latn-passport', primary: false, visibility: 'public' },
      ]),
    ).toBe('bialiauski andrey');
    expect(
      sortName([
        { family: 'Белявский', given: 'Андрей', system: 'ru-cyrl', primary: true, visibility: 'public' },
        { family: 'Belyavsky', given: 'Andrey', system: 'ru-latn-bgn', primary: false, visibility: 'public' },
      ]),
    ).toBe('belyavsky andrey');
    expect(
      sortName([{ family: 'Міхнюк', given: 'Зінаіда', system: 'be-cyrl', primary: false, visibility: 'public' }]),
    ).toBe('міхнюк зінаіда');
    expect(sortName([{ family: 'Mikhniuk', given: '', system: 'latn', primary: true, visibility: 'public' }])).toBe(
      'mikhniuk',
    );
    expect(sortName([])).toBe('');
  });
});

describe('compareArticles', () => {
  it('orders article codes numerically', () => {
    expect(['411', '361-4', '130', '361', '361-1', '99', '203-1'].sort(compareArticles)).toEqual([
      '99',
      '130',
      '203-1',
      '361',
      '361-1',
      '361-4',
      '411',
    ]);
  });
});

describe('withPublicFacts', () => {
  it('keeps public events and cases only, and no link to an internal case', () => {
    const person = make({
      cases: [
        { id: 'c-1', charges: [{ article: '342' }] },
        { id: 'c-2', charges: [{ article: '356' }], visibility: 'internal' },
      ],
      events: [
        { id: 'e-1', kind: 'detention', date: '2023-05-01' },
        { id: 'e-2', kind: 'verdict', date: '2023-09-01', caseId: 'c-2' },
        { id: 'e-3', kind: 'transfer', date: '2023-10-01', visibility: 'internal' },
      ],
    });
    const facts = withPublicFacts(person);
    expect(facts.cases.map((c) => c.id)).toEqual(['c-1']);
    expect(facts.events.map((e) => [e.id, e.caseId])).toEqual([
      ['e-1', undefined],
      ['e-2', undefined],
    ]);
  });

  it('returns the person itself when everything is public', () => {
    const person = make();
    expect(withPublicFacts(person)).toBe(person);
  });
});
