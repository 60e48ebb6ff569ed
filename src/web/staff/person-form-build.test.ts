import { describe, expect, it } from 'vitest';
import { Person } from '../../domain/record.js';
import { rawFromPerson } from '../../app/person-form-raw.js';
import { buildPerson, formField } from './person-form-build.js';
import { addRow, rawFromBody, unknownField, type Raw } from './person-form-model.js';

const person = Person.parse({
  id: 'p-1',
  names: [{ family: 'Лось', given: 'Алесь', system: 'be-cyrl', primary: true }],
  birthDate: '~1980-05',
  photo: { ref: 'photos/p-1.jpg', caption: { en: 'At home' } },
  tags: ['journalist', 'Minsk'],
  cases: [
    {
      id: 'c-1',
      charges: [{ article: '342', part: 1 }],
      punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 2, months: 6, days: 0 } },
      appeals: [{ outcome: 'upheld', date: '2022-03' }],
      visibility: 'internal',
    },
  ],
  events: [
    { id: 'e-1', kind: 'detention', date: '2021', note: { ru: 'задержан' } },
    { id: 'e-2', kind: 'release', date: '2023-09', statedTimeServed: { years: 2, months: 8, days: 0 }, caseId: 'c-1' },
  ],
});
const noId = () => 'x-never';

describe('buildPerson', () => {
  it('gives back the stored record from its own form, keeping what the form does not edit', () => {
    const built = buildPerson(rawFromPerson(person), 'p-1', person, noId);
    expect(built.errors.size).toBe(0);
    expect(built.person).toEqual(person);
  });

  it('leaves out empty and removed rows and names errors by form row', () => {
    let raw = addRow(rawFromPerson(person), 'events'); // events.2: empty
    raw = addRow(raw, 'events', { kind: 'transfer', date: '2022-14', visibility: 'public' }); // events.3
    raw = { ...raw, events: (raw.events as Raw[]).map((e, i) => (i === 0 ? { ...e, remove: 'on' } : e)) };
    const built = buildPerson(raw, 'p-1', person, (p) => `${p}-new`);
    expect(built.person).toBeNull();
    expect([...built.errors.keys()]).toEqual(['events.3.date']);
  });

  it('maps a list issue to its first row and refuses unknown posted fields', () => {
    expect(formField(['names'], new Map())).toBe('names.0.family');
    expect(
      formField(
        ['cases', '0', 'charges', '1', 'article'],
        new Map([
          ['cases', [2]],
          ['cases.2.charges', [0, 3]],
        ]),
      ),
    ).toBe('cases.2.charges.3.article');
    expect(unknownField(JSON.parse('{"names.0.family": "x", "__proto__": "x"}'))).toBe('__proto__');
    expect(unknownField({ 'names.0.family': 'x', 'constructor.prototype': 'x' })).toBe('constructor.prototype');
    expect(rawFromBody({ 'events.1.sourceIds': ['s-1', 's-2'] })).toEqual({
      events: [undefined, { sourceIds: ['s-1', 's-2'] }],
    });
  });
});
