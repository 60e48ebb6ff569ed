import { describe, expect, it } from 'vitest';
import { Person, type Facility, type PersonInput, type Source } from '../record.js';
import { digestExposures, entryExposure, publicDigestView } from './exposure.js';
import type { Digest, DigestEntry } from './schema.js';

const person = (extra: Partial<PersonInput> = {}): Person =>
  Person.parse({
    id: 'p-ina',
    names: [
      { family: 'Sidarava', given: 'Ina', system: 'latn' },
      { family: 'Сідарава', given: 'Іна', system: 'be-cyrl' },
    ],
    cases: [{ id: 'c-1', charges: [{ article: '342' }] }],
    events: [
      { id: 'e-1', kind: 'detention', date: '2022-01-01' },
      { id: 'e-2', kind: 'verdict', date: '2022-05-01', caseId: 'c-1' },
    ],
    ...extra,
  });

const entry = (heading: string, eventId = 'e-2'): DigestEntry => ({
  personId: 'p-ina',
  heading,
  paragraphs: ['Sentenced in May.'],
  base: null,
  origin: 'generated',
  facts: { eventId, sourceIds: [] },
});

describe('entryExposure', () => {
  it('nothing for an entry about public facts', () => {
    expect(entryExposure(entry('Ina Sidarava'), person(), 'en')).toEqual([]);
  });

  it('the person deleted or made internal', () => {
    expect(entryExposure(entry('Ina Sidarava'), undefined, 'en')).toEqual(['person-deleted']);
    expect(entryExposure(entry('Ina Sidarava'), person({ visibility: 'internal' }), 'en')).toEqual(['person-internal']);
  });

  it('the event the entry is about, or its case, made internal', () => {
    const p = person();
    const internalEvent = { ...p, events: p.events.map((e) => ({ ...e, visibility: 'internal' as const })) };
    expect(entryExposure(entry('Ina Sidarava'), internalEvent, 'en')).toEqual(['event-internal']);
    const internalCase = { ...p, cases: p.cases.map((c) => ({ ...c, visibility: 'internal' as const })) };
    expect(entryExposure(entry('Ina Sidarava'), internalCase, 'en')).toEqual(['case-internal']);
  });

  it('a name form the entry spells made internal (also as transliterated), not one a public form shares', () => {
    const p = person();
    const hidden = {
      ...p,
      names: [
        { ...p.names[0]!, family: 'Ivanova' },
        { ...p.names[1]!, visibility: 'internal' as const },
      ],
    };
    expect(entryExposure(entry('Іна Сідарава'), hidden, 'be')).toEqual(['name-internal']);
    // "Ina" is in the public form too: only the family name counts, and it is not written.
    expect(entryExposure(entry('Ina Ivanova'), hidden, 'en')).toEqual([]);
    const latinHidden = { ...p, names: [p.names[1]!, { ...p.names[0]!, visibility: 'internal' as const }] };
    // The English digest spells the Belarusian form as "Ina Sidarava": a public spelling.
    expect(entryExposure(entry('Ina Sidarava'), latinHidden, 'en')).toEqual([]);
    const onlyLatinPublic = {
      ...p,
      names: [
        { ...p.names[0]!, family: 'Sidorova' },
        { ...p.names[1]!, visibility: 'internal' as const },
      ],
    };
    expect(entryExposure(entry('Ina Sidarava'), onlyLatinPublic, 'en')).toEqual(['name-internal']);
  });
});

describe('entryExposure with internal facilities and sources', () => {
  it('an entry that names a facility or cites a source now internal', () => {
    const p = person({
      events: [
        { id: 'e-1', kind: 'detention', date: '2022-01-01', facilityId: 'f-1' },
        { id: 'e-2', kind: 'verdict', date: '2022-05-01', caseId: 'c-1', sourceIds: ['s-1'] },
      ],
    });
    const facility = { id: 'f-1', name: { en: 'Colony No. 9' }, visibility: 'internal' } as unknown as Facility;
    const source = { id: 's-1', title: 'Letter from the family', visibility: 'internal' } as unknown as Source;
    const text = { ...entry('Ina Sidarava'), paragraphs: ['Held in Colony No. 9. Source: Letter from the family.'] };
    expect(entryExposure(text, p, 'en', { facilities: [facility], sources: [source] })).toEqual([
      'facility-internal',
      'source-internal',
    ]);
    // Not named in the text, or not hers: nothing.
    expect(entryExposure(entry('Ina Sidarava'), p, 'en', { facilities: [facility], sources: [source] })).toEqual([]);
    const other = { ...facility, id: 'f-2' } as Facility;
    expect(entryExposure(text, p, 'en', { facilities: [other] })).toEqual([]);
  });
});

describe('publicDigestView', () => {
  it('withholds exposed entries, keeps the rest and the figures', () => {
    const digest = {
      lang: 'en',
      entries: [entry('Ina Sidarava'), { ...entry('Other'), personId: 'p-other' }],
      figures: { count: 2 },
    } as unknown as Digest;
    const persons = new Map([['p-other', { ...person(), id: 'p-other' }]]);
    const exposures = digestExposures(digest, persons);
    expect(exposures).toEqual([{ personId: 'p-ina', heading: 'Ina Sidarava', reasons: ['person-deleted'] }]);
    const view = publicDigestView(digest, exposures);
    expect(view.withheld).toBe(true);
    expect(view.entries.map((e) => e.personId)).toEqual(['p-other']);
    expect(view.figures).toEqual({ count: 2 });
    expect(publicDigestView(digest, []).withheld).toBe(false);
  });
});
