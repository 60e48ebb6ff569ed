import { describe, expect, it } from 'vitest';
import { demoCorrections, demoFacilities, demoRegistry } from '../demo/digest-2024-01.js';
import { projectPerson } from '../domain/project-person.js';
import type { Person } from '../domain/record.js';
import { formatPenalty, parseCharges, parseCsvDate, parsePenalty } from './csv-fields.js';
import { parsePersonsCsv } from './persons-csv-parse.js';
import { personsToCsv } from './persons-csv.js';

const HEADER =
  'id,name,name_be,name_ru,birthday,gender,region,status,arrested,articles,verdict_date,penalty,prison,release_date,release_reason,died';

function demo(): Person[] {
  const { persons } = demoRegistry({ synthetic: 300, seed: 2 });
  return persons.map((p) => demoCorrections.find((c) => c.personId === p.id)?.apply(p) ?? p);
}

function rows(csv: string): string[] {
  return csv.trimEnd().split('\n');
}

describe('personsToCsv', () => {
  it('writes the public-table columns, derived with the domain rules', () => {
    const persons = demo();
    const csv = personsToCsv(persons, demoFacilities, { audience: 'staff' });
    expect(rows(csv)[0]).toBe(HEADER);
    const luchynovich = rows(csv).find((r) => r.startsWith('p-luchynovich,'));
    expect(luchynovich).toBe(
      'p-luchynovich,Luchynovich Aliaksandr,Лучыновіч Аляксандр,Лучинович Александр,,male,homiel,released,2022-03-31,' +
        '361-4 part 1,2022-07,2 years of deprivation of liberty,"Correctional colony No. 15, Mahilioŭ",2024-01-13,term_served,',
    );
    const imprisoned = persons.filter((p) => projectPerson(p).status === 'imprisoned');
    expect(rows(csv).filter((r) => r.split(',')[7] === 'imprisoned')).toHaveLength(imprisoned.length);
  });

  it('round-trips byte for byte: export -> import -> export', () => {
    const csv = personsToCsv(demo(), demoFacilities, { audience: 'staff' });
    const { persons, problems } = parsePersonsCsv(csv, { facilities: demoFacilities });
    expect(problems).toEqual([]);
    expect(persons).toHaveLength(305);
    expect(personsToCsv(persons, demoFacilities, { audience: 'staff' })).toBe(csv);
  });

  it('leaves out internal people and internal birthdays for the public audience', () => {
    const [a, b] = demo().slice(5, 7) as [Person, Person];
    const hidden = { ...b, visibility: 'internal' as const };
    const secretBirthday = { ...a, birthDate: '1980-01-02', birthDateVisibility: 'internal' as const };
    const csv = personsToCsv([secretBirthday, hidden], demoFacilities, { audience: 'public' });
    expect(rows(csv)).toHaveLength(2);
    expect(csv).not.toContain('1980-01-02');
    expect(personsToCsv([secretBirthday], demoFacilities, { audience: 'staff' })).toContain('1980-01-02');
  });
});

describe('parsePersonsCsv', () => {
  it('builds records from a simple hand-made table', () => {
    const csv = [
      'name,name_be,gender,arrested,articles,verdict_date,penalty,prison,status',
      'Kavaliou Ihar,Кавалёў Ігар,M,31.03.2022,Part 1 of Article 368; ч. 2 ст. 363,07.2022,"2 years, general regime colony deprivation of liberty",IK-15,imprisoned',
    ].join('\n');
    const { persons, problems } = parsePersonsCsv(csv, {
      facilities: demoFacilities,
      sourceId: 's-table',
      idPrefix: 'p-t',
    });
    expect(problems).toEqual([]);
    const [p] = persons as [Person];
    expect(p.id).toBe('p-t2');
    expect(p.names.map((n) => [n.family, n.given, n.system])).toEqual([
      ['Kavaliou', 'Ihar', 'latn'],
      ['Кавалёў', 'Ігар', 'be-cyrl'],
    ]);
    expect(p.cases[0]).toMatchObject({
      charges: [
        { article: '368', part: 1 },
        { article: '363', part: 2 },
      ],
      verdictDate: '2022-07',
      punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 2, months: 0, days: 0 } },
      sourceIds: ['s-table'],
    });
    expect(p.events.map((e) => [e.kind, e.date, e.facilityId])).toEqual([
      ['detention', '2022-03-31', undefined],
      ['recognition', '2022-03-31', undefined],
      ['verdict', '2022-07', undefined],
      ['transfer', '2022-07', 'f-ik-15-mahiliou'],
    ]);
    expect(p.events[3]?.inferred?.rule).toBe('listed');
    expect(projectPerson(p)).toMatchObject({ status: 'imprisoned', currentFacilityId: 'f-ik-15-mahiliou' });
  });

  it('reports malformed CSV with its line and gives no persons', () => {
    for (const bad of [`${HEADER}\np-1,"Unclosed`, 'name,gender\nA B,male,extra\n']) {
      const { persons, problems } = parsePersonsCsv(bad);
      expect(persons).toEqual([]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: 'invalid-csv', row: 2 });
    }
  });

  it('reports unknown and missing columns', () => {
    expect(parsePersonsCsv('name,nickname\nA B,x\n').problems).toEqual([
      expect.objectContaining({ code: 'unknown-column', field: 'nickname', row: 1 }),
    ]);
    expect(parsePersonsCsv('gender,region\nmale,brest\n').problems).toEqual([
      expect.objectContaining({ code: 'missing-column', row: 1 }),
    ]);
  });

  it('reports each bad cell with its line and column, and keeps none of the rows', () => {
    const csv = [
      'id,name,gender,region,arrested,articles,penalty,prison,release_date,release_reason,status',
      'p-1,Good Person,male,brest,2021-01-01,342 part 1,,,,,imprisoned',
      'p-2,,male,brest,2021-01-01,,,,,,',
      'p-3,A B,alien,nowhere,2021-02-30,368 paragraph 2,two years of nothing,IK-99,,,',
      'p-4,C D,female,,2021-01-01,,,,,pardon,',
      'p-1,E F,male,,2021-01-01,,,,,,',
      'p-6,G H,male,,2021-01-01,,,,2022-01-01,term_served,imprisoned',
      'bad id,I J,male,,,,,,,,',
      'p-8,K L,male,,,,,,2020-01-01,,',
    ].join('\n');
    const { persons, problems } = parsePersonsCsv(csv, { facilities: demoFacilities });
    expect(persons).toEqual([]);
    expect(problems.map((p) => [p.row, p.field, p.code])).toEqual([
      [3, 'name', 'missing-name'],
      [4, 'gender', 'invalid-field'],
      [4, 'region', 'invalid-field'],
      [4, 'prison', 'unknown-facility'],
      [4, 'arrested', 'invalid-date'],
      [4, 'articles', 'invalid-article'],
      [4, 'penalty', 'invalid-penalty'],
      [5, 'release_date', 'missing-release-date'],
      [6, 'id', 'duplicate-id'],
      [7, 'status', 'status-mismatch'],
      [8, 'id', 'invalid-id'],
      [9, 'arrested', 'missing-arrested'],
    ]);
    for (const p of problems) expect(p.message).toMatch(new RegExp(`^Line ${p.row}, ${p.field}: |^Line ${p.row}: `));
  });
});

describe('CSV cell forms', () => {
  it('formats and reads penalties', () => {
    const samples = [
      { kind: 'deprivation_of_liberty', regime: 'strict', term: { years: 3, months: 6, days: 0 } },
      { kind: 'restriction_of_freedom', referral: false, term: { years: 2, months: 0, days: 0 } },
      { kind: 'restriction_of_freedom', referral: true, term: { years: 1, months: 0, days: 0 } },
      { kind: 'fine', amount: 150 },
      { kind: 'arrest', term: { years: 0, months: 3, days: 0 } },
      { kind: 'life_imprisonment' },
    ] as const;
    for (const p of samples) expect(parsePenalty(formatPenalty(p))).toEqual(p);
    expect(formatPenalty(samples[1])).toBe('2 years of restriction of freedom without referral');
    expect(() => parsePenalty('home confinement')).toThrow(/names no known punishment/);
  });

  it('reads charges and dates in several spellings', () => {
    expect(parseCharges('368 part 1; 361-4;  Article 342 ; ч.2 ст.293')).toEqual([
      { article: '368', part: 1 },
      { article: '361-4' },
      { article: '342' },
      { article: '293', part: 2 },
    ]);
    expect(parseCsvDate('05.01.2024')).toBe('2024-01-05');
    expect(parseCsvDate('5.2022')).toBe('2022-05');
    expect(parseCsvDate('~2022-05')).toBe('~2022-05');
    expect(() => parseCsvDate('2023-02-29')).toThrow(/No such day/);
    expect(() => parseCsvDate('May 2022')).toThrow(/not a date/);
  });
});

describe('streamed CSV pages', () => {
  it('joins pages written without a header into the same table', () => {
    const persons = demo().slice(0, 40);
    const whole = personsToCsv(persons, demoFacilities, { audience: 'staff' });
    const paged =
      personsToCsv(persons.slice(0, 15), demoFacilities, { audience: 'staff' }) +
      personsToCsv(persons.slice(15), demoFacilities, { audience: 'staff', header: false });
    expect(paged).toBe(whole);
  });
});
