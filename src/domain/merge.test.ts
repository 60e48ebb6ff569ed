import { describe, expect, it } from 'vitest';
import { Person, type PersonInput } from './record.js';
import { mergeDifferences, mergePersons, planMerge } from './merge.js';

const survivor = (extra: Partial<PersonInput> = {}): Person =>
  Person.parse({
    id: 'p-into',
    names: [
      { family: 'Бяляцкі', given: 'Алесь', system: 'be-cyrl', primary: true },
      { family: 'Bialiatski', given: 'Ales', system: 'be-latn-passport', primary: true, visibility: 'internal' },
    ],
    sex: 'male',
    region: 'minsk-city',
    occupation: { en: 'human rights defender' },
    biography: { be: 'Біяграфія' },
    tags: ['viasna'],
    cases: [{ id: 'c-a', charges: [{ article: '228', part: 4 }], sourceIds: ['s-1'] }],
    events: [
      { id: 'e-a1', kind: 'detention', date: '2021-07-14', caseId: 'c-a', sourceIds: ['s-1'] },
      { id: 'e-a2', kind: 'verdict', date: '2023-03-03', caseId: 'c-a', visibility: 'internal' },
    ],
    ...extra,
  });

const duplicate = (extra: Partial<PersonInput> = {}): Person =>
  Person.parse({
    id: 'p-from',
    names: [
      { family: 'Бяляцкі', given: 'Алесь', system: 'be-cyrl', primary: true }, // exact duplicate
      { family: 'Беляцкий', given: 'Алесь', system: 'ru-cyrl', primary: true },
      { family: 'Бяляцкі', given: 'Алесь', patronymic: 'Віктаравіч', system: 'be-cyrl', primary: true },
    ],
    sex: 'male',
    birthDate: '1962-09-25',
    birthDateVisibility: 'internal',
    region: 'minsk',
    occupation: { en: 'activist', ru: 'правозащитник' },
    internalNote: 'from the tip line',
    tags: ['viasna', 'nobel'],
    cases: [
      { id: 'c-b', charges: [{ article: '228', part: 4 }], sourceIds: ['s-1'] }, // equal to c-a but for the id
      { id: 'c-a', charges: [{ article: '342' }], visibility: 'internal', note: 'internal case' }, // id clash
    ],
    events: [
      { id: 'e-b1', kind: 'detention', date: '2021-07-14', caseId: 'c-b', sourceIds: ['s-1'] }, // duplicate of e-a1 once c-b → c-a
      { id: 'e-b2', kind: 'search', date: '2020-08-01', sourceIds: ['s-2'], visibility: 'internal' },
      { id: 'e-b3', kind: 'trial', date: '2023-01-05', caseId: 'c-a' }, // the clashing case, renamed
    ],
    ...extra,
  });

describe('mergePersons', () => {
  it('keeps the survivor id and every sub-record of both, dropping only exact duplicates', () => {
    const merged = mergePersons(survivor(), duplicate());
    expect(merged.id).toBe('p-into');
    expect(merged.names.map((n) => [n.family, n.patronymic ?? '', n.system, n.primary, n.visibility])).toEqual([
      ['Бяляцкі', '', 'be-cyrl', true, 'public'],
      ['Bialiatski', '', 'be-latn-passport', true, 'internal'],
      ['Беляцкий', '', 'ru-cyrl', true, 'public'],
      ['Бяляцкі', 'Віктаравіч', 'be-cyrl', false, 'public'], // one primary per system
    ]);
    expect(merged.cases.map((c) => [c.id, c.visibility, c.charges.map((x) => x.article)])).toEqual([
      ['c-a', 'public', ['228']],
      ['c-a-m2', 'internal', ['342']],
    ]);
    expect(merged.events.map((e) => [e.id, e.caseId ?? null, e.visibility])).toEqual([
      ['e-b2', null, 'internal'],
      ['e-a1', 'c-a', 'public'],
      ['e-b3', 'c-a-m2', 'public'],
      ['e-a2', 'c-a', 'internal'],
    ]);
    expect(merged.tags).toEqual(['viasna', 'nobel']);
    expect(Person.safeParse(merged).success).toBe(true);
  });

  it('takes the survivor value by default, the other side where the survivor has none', () => {
    const merged = mergePersons(survivor(), duplicate());
    expect(merged.region).toBe('minsk-city');
    expect(merged.birthDate).toBe('1962-09-25');
    expect(merged.birthDateVisibility).toBe('internal'); // the date travels with its visibility
    expect(merged.occupation).toEqual({ en: 'human rights defender', ru: 'правозащитник' });
    expect(merged.internalNote).toBe('from the tip line');
  });

  it('follows a choice per field, per language for texts', () => {
    const merged = mergePersons(survivor(), duplicate(), {
      region: 'from',
      'occupation.en': 'from',
      'biography.be': 'from',
      internalNote: 'into',
    });
    expect(merged.region).toBe('minsk');
    expect(merged.occupation).toEqual({ en: 'activist', ru: 'правозащитник' });
    expect(merged.biography).toEqual({});
    expect(merged.internalNote).toBeUndefined();
  });

  it('keeps the survivor visibility unless the other is chosen', () => {
    const hidden = duplicate({ visibility: 'internal' });
    expect(mergePersons(survivor(), hidden).visibility).toBe('public');
    expect(mergePersons(survivor(), hidden, { visibility: 'from' }).visibility).toBe('internal');
  });
});

describe('planMerge', () => {
  it('lists differing fields and what is added and dropped', () => {
    const plan = planMerge(survivor(), duplicate());
    expect(plan.differences.map((d) => [d.field, d.default])).toEqual([
      ['birthDate', 'from'],
      ['region', 'into'],
      ['occupation.ru', 'from'],
      ['occupation.en', 'into'],
      ['internalNote', 'from'],
    ]);
    expect(plan.added).toEqual({ names: 2, cases: 1, events: 2, tags: 1 });
    expect(plan.dropped).toEqual({ names: 1, cases: 1, events: 1 });
  });

  it('finds no differences between a record and itself', () => {
    expect(mergeDifferences(survivor(), survivor())).toEqual([]);
  });
});
