import { describe, expect, it } from 'vitest';
import { Facility, Person, Source } from '../domain/record.js';
import { withoutInternal } from './without-internal.js';

const facilities = [
  Facility.parse({ id: 'f-open', kind: 'colony', city: { en: 'Brest' }, name: { en: 'Colony 1' }, aliases: ['IK-1'] }),
  Facility.parse({
    id: 'f-letters',
    kind: 'colony',
    city: { en: 'Horki' },
    name: { en: 'Colony 9' },
    letters: { institution: 'ИК-9', locality: 'г. Горки', postalCode: '213410', basis: 'a phone call' },
  }),
  Facility.parse({ id: 'f-hidden', kind: 'prison', city: { en: 'Hrodna' }, name: { en: 'X' }, visibility: 'internal' }),
];
const sources = [
  Source.parse({ id: 's-open', kind: 'publication', title: 'Viasna', note: 'asked by phone' }),
  Source.parse({ id: 's-hidden', kind: 'tip', title: 'A cousin', visibility: 'internal' }),
];
const anna = Person.parse({
  id: 'p-anna',
  names: [
    { family: 'Secret', given: 'Anna', system: 'be-latn-passport', primary: true, visibility: 'internal' },
    { family: 'Kavalenka', given: 'Anna', system: 'be-latn-passport' },
  ],
  birthDate: '1990-02-14',
  birthDateVisibility: 'internal',
  photo: { ref: 'photos/anna.jpg', visibility: 'internal' },
  tags: ['family-contact'],
  internalNote: 'call her mother first',
  cases: [
    {
      id: 'c-open',
      charges: [{ article: '342' }],
      judge: 'J',
      prosecutor: 'P',
      note: 'n',
      sourceIds: ['s-open', 's-hidden'],
    },
    { id: 'c-hidden', charges: [{ article: '356' }], visibility: 'internal' },
  ],
  events: [
    { id: 'e-det', kind: 'detention', date: '2021-06-01', facilityId: 'f-hidden', sourceIds: ['s-hidden', 's-open'] },
    { id: 'e-verdict', kind: 'verdict', date: '2022-01-10', caseId: 'c-hidden' },
    { id: 'e-verdict2', kind: 'verdict', date: '2021-09-01', caseId: 'c-open', facilityId: 'f-open' },
    { id: 'e-rel', kind: 'release', date: '2024-01-10', visibility: 'internal' },
  ],
});
const boris = Person.parse({
  id: 'p-boris',
  names: [{ family: 'Barysau', system: 'latn' }],
  birthDate: '1980',
  photo: { ref: 'photos/boris.jpg', credit: 'Viasna' },
  visibility: 'internal',
});
const clara = Person.parse({
  id: 'p-clara',
  names: [{ family: 'Klimava', system: 'latn' }],
  birthDate: '1975-03',
  photo: { ref: 'photos/clara.jpg' },
});
const registry = { articles: [], creditRatios: [], facilities, sources, persons: [anna, boris, clara] };

describe('withoutInternal', () => {
  const r = withoutInternal(registry);

  it('removes internal persons, facilities and sources, and keeps the rest in order', () => {
    expect(r.persons.map((p) => p.id)).toEqual(['p-anna', 'p-clara']);
    expect(r.facilities.map((f) => f.id)).toEqual(['f-open', 'f-letters']);
    expect(r.sources.map((s) => s.id)).toEqual(['s-open']);
    expect(r.facilities[0]).toEqual(facilities[0]);
    expect(r.articles).toBe(registry.articles);
  });

  it('removes internal sub-records and the fields no public output names', () => {
    const a = r.persons[0]!;
    expect(a.names.map((n) => n.family)).toEqual(['Kavalenka']);
    expect(a).not.toHaveProperty('birthDate');
    expect(a).not.toHaveProperty('photo');
    expect(a).not.toHaveProperty('internalNote');
    expect(a.tags).toEqual([]);
    expect(a.cases).toEqual([
      { id: 'c-open', charges: [{ article: '342' }], appeals: [], sourceIds: ['s-open'], visibility: 'public' },
    ]);
    expect(a.events.map((e) => e.id)).toEqual(['e-det', 'e-verdict', 'e-verdict2']);
    expect(r.sources[0]).not.toHaveProperty('note');
    expect(r.facilities[1]!.letters).toEqual({
      institution: 'ИК-9',
      locality: 'г. Горки',
      postalCode: '213410',
      checked: false,
    });
  });

  it('drops references to what was removed, keeps references to what stays', () => {
    const [det, verdict, verdict2] = r.persons[0]!.events;
    expect(det).not.toHaveProperty('facilityId');
    expect(det!.sourceIds).toEqual(['s-open']);
    expect(verdict).not.toHaveProperty('caseId');
    expect(verdict2).toMatchObject({ caseId: 'c-open', facilityId: 'f-open' });
  });

  it('leaves public persons with public facts only as they were, and the input unchanged', () => {
    const before = structuredClone(registry);
    const c = withoutInternal(registry).persons[1]!;
    expect(c).toEqual(clara);
    expect(registry).toEqual(before);
  });

  it('gives a registry that passes the schema and is its own fixed point', () => {
    for (const p of r.persons) expect(Person.parse(p)).toEqual(p);
    expect(withoutInternal(r)).toEqual(r);
  });
});
