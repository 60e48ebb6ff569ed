import { describe, expect, it } from 'vitest';
import { compareDates, duplicateScore, findDuplicatePairs } from './duplicates.js';
import type { IndexEntry } from './name-index.js';
import { syntheticPeople } from './synthetic.js';

const entry = (id: string, family: string, given: string, extra: Partial<IndexEntry> = {}): IndexEntry => ({
  id,
  kind: 'person',
  forms: [{ family, given }],
  ...extra,
});

describe('duplicateScore', () => {
  it('sees one person across scripts and Belarusian/Russian forms', () => {
    const a = entry('p-1', 'Бяляўскі', 'Андрэй', { birthDate: '1985-03-02' });
    const b = entry('p-2', 'Belyavsky', 'Andrey', { birthDate: '1985' });
    const s = duplicateScore(a, b);
    expect(s.score).toBeGreaterThan(0.9);
    expect(s.reasons).toContain('family names match');
    expect(s.reasons.some((r) => r.includes('compatible dates of birth'))).toBe(true);
  });

  it('tolerates a typo and equivalent given names', () => {
    const s = duplicateScore(entry('p-1', 'Кавалёва', 'Вольга'), entry('p-2', 'Kovaleva', 'Olga'));
    expect(s.score).toBeGreaterThan(0.75);
    expect(s.reasons).toContain('given names are equivalent forms');
    expect(
      duplicateScore(entry('p-1', 'Luchynovich', 'Aliaksandr'), entry('p-2', 'Luchynvoich', 'Aliaksandr')).score,
    ).toBeGreaterThan(0.75);
  });

  it('lowers the score for different birth dates or patronymics, and refuses other names', () => {
    const same = duplicateScore(entry('p-1', 'Кавалёў', 'Сяргей'), entry('p-2', 'Кавалёў', 'Сяргей'));
    const born = duplicateScore(
      entry('p-1', 'Кавалёў', 'Сяргей', { birthDate: '1970-01-01' }),
      entry('p-2', 'Кавалёў', 'Сяргей', { birthDate: '1991-05-05' }),
    );
    expect(born.score).toBeLessThan(same.score / 1.5);
    const fathers = duplicateScore(
      { id: 'p-1', kind: 'person', forms: [{ family: 'Кавалёў', given: 'Сяргей', patronymic: 'Іванавіч' }] },
      { id: 'p-2', kind: 'person', forms: [{ family: 'Кавалёў', given: 'Сяргей', patronymic: 'Пятровіч' }] },
    );
    expect(fathers.reasons).toContain('patronymics differ');
    expect(fathers.score).toBeLessThan(0.75);
    expect(duplicateScore(entry('p-1', 'Кавалёў', 'Сяргей'), entry('p-2', 'Лучыновіч', 'Сяргей'))).toEqual({
      score: 0,
      reasons: ['names do not match'],
    });
  });
});

describe('compareDates', () => {
  it.each([
    ['1985-03-02', '1985-03-02', 'same'],
    ['1985-03-02', '1985-03', 'compatible'],
    ['~1985', '1986-01-01', 'compatible'],
    ['1985', '1986', 'conflict'],
    [undefined, '1986', 'unknown'],
  ] as const)('%s vs %s: %s', (a, b, rel) => expect(compareDates(a, b)).toBe(rel));
});

describe('findDuplicatePairs', () => {
  it('finds planted duplicates in a synthetic registry without flooding', () => {
    const people = syntheticPeople(3000, 11);
    const planted = people.slice(0, 20).map((p, i) => ({
      ...p,
      id: `p-dup${i}`,
      forms: [{ family: (p.forms[2]?.family ?? '').replace(/a/, 'o'), given: p.forms[1]?.given ?? '' }],
    }));
    const pairs = findDuplicatePairs([...people, ...planted]);
    const found = pairs.filter((p) => p.b.startsWith('p-dup') && p.a === `p-s${Number(p.b.slice(5)) + 1}`);
    expect(found).toHaveLength(20);
    expect(pairs.length).toBeLessThan(40);
    expect(pairs.every((p) => p.score >= 0.75 && p.reasons.length > 0)).toBe(true);
  });

  it('pairs an entry without a given name with its namesakes, and never across kinds', () => {
    const pairs = findDuplicatePairs([
      entry('p-1', 'Лучыновіч', 'Аляксандр', { birthDate: '1980-01-01' }),
      { id: 'p-2', kind: 'person', forms: [{ family: 'Luchinovich' }], birthDate: '1980-01-01' },
      { id: 'f-1', kind: 'facility', forms: [{ family: 'Лучыновіч' }] },
    ]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['p-1', 'p-2']]);
    expect(findDuplicatePairs([])).toEqual([]);
  });
});
