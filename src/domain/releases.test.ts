import { describe, expect, it } from 'vitest';
import { releasesInMonth } from './releases.js';
import { Person, type Event, type EventKind, type ReleaseReason, type Term } from './record.js';

let seq = 0;
function ev(kind: EventKind, date: string, extra: Partial<Event> = {}): Event {
  return { id: `e-${++seq}`, kind, date, sourceIds: [], visibility: 'public', ...extra };
}

/** A recognised political prisoner detained on `from` and released on `to`. */
function prisoner(id: string, from: string, to: string, reason: ReleaseReason = 'term_served', stated?: Term): Person {
  return Person.parse({
    id,
    names: [{ family: id, system: 'latn' }],
    events: [
      ev('detention', from),
      ev('recognition', from),
      ev('release', to, { releaseReason: reason, ...(stated ? { statedTimeServed: stated } : {}) }),
    ],
  });
}

const term = (years: number, months: number, days: number): Term => ({ years, months, days });

describe('releasesInMonth: the January 2024 digest', () => {
  const named = [
    prisoner('p-mikhniuk', '2022-03-25', '2024-01-29', 'term_served', term(1, 10, 4)),
    prisoner('p-babich', '2020-09-21', '2024-01-09', 'term_served', term(3, 3, 19)),
    prisoner('p-luchynovich', '2022-03-31', '2024-01-13', 'term_served', term(1, 9, 13)),
    prisoner('p-takarchuk', '2020-09-14', '2024-01-05', 'term_served', term(3, 3, 22)),
    prisoner('p-woman1', '2023-07-10', '2024-01-18', 'home_confinement'),
    prisoner('p-woman2', '2023-09-02', '2024-01-24', 'home_confinement'),
  ];
  const others = Array.from({ length: 31 }, (_, i) =>
    prisoner(
      `p-x${String(i).padStart(2, '0')}`,
      `2022-0${(i % 9) + 1}-1${i % 10}`,
      `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    ),
  );
  const result = releasesInMonth([...named, ...others], '2024-01');

  it('gives the digest opening figures', () => {
    expect(result.summary).toMatchObject({
      released: 37,
      termServed: 35,
      termServedOverThreeYears: 2,
      termServedOverThreeYearsUnknown: 0,
      homeConfinement: 2,
      openInstitution: 0,
      byReason: { term_served: 35, home_confinement: 2 },
    });
  });

  it('computes time served as the digest states it', () => {
    const byId = new Map(result.entries.map((e) => [e.personId, e]));
    for (const id of ['p-mikhniuk', 'p-babich', 'p-luchynovich', 'p-takarchuk']) {
      const entry = byId.get(id)!;
      expect(entry.timeServed.exact, id).toEqual(entry.statedTimeServed);
    }
    expect(byId.get('p-babich')).toMatchObject({
      overThreeYears: true,
      custodyStart: '2020-09-21',
      releaseDate: '2024-01-09',
    });
    expect(byId.get('p-mikhniuk')!.overThreeYears).toBe(false);
  });

  it('sorts entries by release day, then person id', () => {
    const keys = result.entries.map((e) => `${e.releaseDate} ${e.personId}`);
    expect(keys).toEqual([...keys].sort());
    expect(result.entries[0]!.releaseDate).toBe('2024-01-01');
  });

  it('keeps only the requested reasons', () => {
    const home = releasesInMonth([...named, ...others], '2024-01', { reasons: ['home_confinement'] });
    expect(home.entries.map((e) => e.personId)).toEqual(['p-woman1', 'p-woman2']);
    expect(home.summary).toMatchObject({ released: 2, termServed: 0, homeConfinement: 2 });
  });
});

describe('releasesInMonth: what counts', () => {
  it('counts a month-only release in that month and lists a year-only one as uncertain', () => {
    const persons = [prisoner('p-1', '2021-12', '2024-01'), prisoner('p-2', '2021-06-01', '2024')];
    const result = releasesInMonth(persons, '2024-01');
    expect(result.entries.map((e) => e.personId)).toEqual(['p-1']);
    expect(result.entries[0]!.timeServed).toEqual({ exact: null, min: term(2, 0, 1), max: term(2, 1, 30) });
    expect(result.entries[0]!.overThreeYears).toBe(false);
    expect(result.uncertain.map((e) => e.personId)).toEqual(['p-2']);
    expect(result.summary.released).toBe(1);
  });

  it('reports over three years as unknown when the dates allow both', () => {
    const result = releasesInMonth([prisoner('p-1', '2021-01', '2024-01')], '2024-01');
    expect(result.entries[0]!.overThreeYears).toBeNull();
    expect(result.summary).toMatchObject({
      termServed: 1,
      termServedOverThreeYears: 0,
      termServedOverThreeYearsUnknown: 1,
    });
  });

  it('does not count exactly three years as more than three years', () => {
    const result = releasesInMonth([prisoner('p-1', '2021-01-10', '2024-01-10')], '2024-01');
    expect(result.entries[0]!.timeServed.exact).toEqual(term(3, 0, 0));
    expect(result.entries[0]!.overThreeYears).toBe(false);
  });

  it('leaves out people never recognised, releases in other months and releases while not in custody', () => {
    const unrecognised = Person.parse({
      id: 'p-2',
      names: [{ family: 'X', system: 'latn' }],
      events: [ev('detention', '2023-01-01'), ev('release', '2024-01-10', { releaseReason: 'term_served' })],
    });
    const stray = Person.parse({
      id: 'p-3',
      names: [{ family: 'Y', system: 'latn' }],
      events: [ev('recognition', '2023-01-01'), ev('release', '2024-01-11')],
    });
    const result = releasesInMonth([unrecognised, stray, prisoner('p-4', '2023-01-01', '2024-02-01')], '2024-01');
    expect(result.entries).toEqual([]);
    expect(result.uncertain).toEqual([]);
    expect(result.summary.released).toBe(0);
  });

  it('times the whole custody period when recognition came part-way, and counts reasonless releases as unknown', () => {
    const person = Person.parse({
      id: 'p-5',
      names: [{ family: 'Z', system: 'latn' }],
      events: [
        ev('administrative_arrest', '2022-03-31'),
        ev('re_detention', '2022-04-10'),
        ev('recognition', '2022-05'),
        ev('recognition_end', '2022-06-01'),
        ev('recognition', '2022-08-01'),
        ev('release', '2024-01-13'),
      ],
    });
    const result = releasesInMonth([person], '2024-01');
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({
      custodyStart: '2022-03-31',
      reason: null,
      timeServed: { exact: term(1, 9, 13) },
    });
    expect(result.summary.byReason).toEqual({ unknown: 1 });
  });

  it('rejects a malformed month', () => {
    expect(() => releasesInMonth([], 'January')).toThrow(/YYYY-MM/);
  });
});
