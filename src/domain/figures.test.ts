import { describe, expect, it } from 'vitest';
import type { CustodyPeriodRow } from './projection.js';
import { breakdown, countOn, dailySeries, monthlySeries, type FigureSubject } from './figures.js';
import { countColumns, countOnColumns } from './figures-columns.js';

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

function row(
  start: string | [string, string],
  end: string | [string, string] | null,
  counted = true,
): CustodyPeriodRow {
  const [s0, s1] = typeof start === 'string' ? [start, start] : start;
  const [e0, e1] = end === null ? [null, null] : typeof end === 'string' ? [end, end] : end;
  return {
    startMin: day(s0),
    startMax: day(s1),
    endMin: e0 === null ? null : day(e0),
    endMax: e1 === null ? null : day(e1),
    counted,
    releaseReason: end === null ? null : 'term_served',
  };
}

function subject(id: string, custody: CustodyPeriodRow[], extra: Partial<FigureSubject> = {}): FigureSubject {
  return {
    personId: id,
    sex: null,
    region: null,
    articles: [],
    currentFacilityId: null,
    isPublic: true,
    custody,
    ...extra,
  };
}

describe('countOn', () => {
  it('counts exact periods with an exclusive end', () => {
    const subjects = [subject('p-1', [row('2022-03-25', '2024-01-29')])];
    expect(countOn(subjects, day('2022-03-24'))).toEqual({ certain: 0, possible: 0 });
    expect(countOn(subjects, day('2022-03-25'))).toEqual({ certain: 1, possible: 1 });
    expect(countOn(subjects, day('2024-01-28'))).toEqual({ certain: 1, possible: 1 });
    expect(countOn(subjects, day('2024-01-29'))).toEqual({ certain: 0, possible: 0 });
  });

  it('separates certain from possible for partial dates', () => {
    // detained "2020-12", released "2024-01"
    const subjects = [subject('p-1', [row(['2020-12-01', '2020-12-31'], ['2024-01-01', '2024-01-31'])])];
    expect(countOn(subjects, day('2020-12-10'))).toEqual({ certain: 0, possible: 1 });
    expect(countOn(subjects, day('2021-06-01'))).toEqual({ certain: 1, possible: 1 });
    expect(countOn(subjects, day('2024-01-15'))).toEqual({ certain: 0, possible: 1 });
    expect(countOn(subjects, day('2024-01-31'))).toEqual({ certain: 0, possible: 0 });
  });

  it('ignores rows that are not counted and counts a person once', () => {
    const subjects = [
      subject('p-1', [row('2021-01-01', null), row('2021-06-01', null)]),
      subject('p-2', [row('2021-01-01', null, false)]),
    ];
    expect(countOn(subjects, day('2022-01-01'))).toEqual({ certain: 1, possible: 1 });
  });

  it('counts open periods forever', () => {
    expect(countOn([subject('p-1', [row('2021-01-01', null)])], day('2100-01-01')).certain).toBe(1);
  });
});

describe('dailySeries', () => {
  it('agrees with countOn on every day, including overlapping rows', () => {
    const subjects = [
      subject('p-1', [row('2022-01-10', '2022-01-20'), row('2022-01-15', '2022-01-25')]),
      subject('p-2', [row(['2022-01-01', '2022-01-31'], null)]),
      subject('p-3', [row('2022-01-05', '2022-01-08'), row('2022-01-08', '2022-01-12')]),
      subject('p-4', [row('2021-12-01', ['2022-01-03', '2022-01-06'])]),
      subject('p-5', [row('2022-01-05', '2022-01-09', false)]),
      subject('p-6', [row(['2022-01-01', '2022-01-31'], ['2022-01-10', '2022-01-20'])]),
    ];
    const from = day('2021-12-30');
    const to = day('2022-02-02');
    const series = dailySeries(subjects, from, to);
    expect(series.days).toBe(to - from + 1);
    for (let d = from; d <= to; d++) {
      const expected = countOn(subjects, d);
      expect([series.certain[d - from], series.possible[d - from]], `day ${d}`).toEqual([
        expected.certain,
        expected.possible,
      ]);
    }
  });

  it('returns empty series when the range is reversed', () => {
    const series = dailySeries([subject('p-1', [row('2022-01-01', null)])], day('2022-02-01'), day('2022-01-01'));
    expect(series.days).toBe(0);
    expect(series.certain.length).toBe(0);
  });

  it('agrees with countOn on random registries', () => {
    let seed = 42;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
    const base = day('2020-01-01');
    const subjects: FigureSubject[] = [];
    for (let i = 0; i < 200; i++) {
      const rows: CustodyPeriodRow[] = [];
      for (let r = rand(3); r >= 0; r--) {
        const startMin = base + rand(400);
        const startMax = startMin + rand(3) * rand(30);
        const open = rand(5) === 0;
        const endMin = open ? null : startMin + rand(300);
        rows.push({
          startMin,
          startMax,
          endMin,
          endMax: endMin === null ? null : endMin + rand(40),
          counted: rand(6) > 0,
          releaseReason: null,
        });
      }
      subjects.push(subject(`p-${i}`, rows));
    }
    const series = dailySeries(subjects, base - 5, base + 800);
    for (let d = base - 5; d <= base + 800; d += 7) {
      const expected = countOn(subjects, d);
      expect(series.certain[d - base + 5]).toBe(expected.certain);
      expect(series.possible[d - base + 5]).toBe(expected.possible);
    }
  });
});

describe('monthlySeries', () => {
  const subjects = [subject('p-1', [row('2023-01-15', '2023-03-31')]), subject('p-2', [row('2023-02-28', null)])];

  it('counts on the last day of each month', () => {
    expect(monthlySeries(subjects, '2023-01', '2023-04')).toEqual([
      { month: '2023-01', day: day('2023-01-31'), certain: 1, possible: 1 },
      { month: '2023-02', day: day('2023-02-28'), certain: 2, possible: 2 },
      { month: '2023-03', day: day('2023-03-31'), certain: 1, possible: 1 },
      { month: '2023-04', day: day('2023-04-30'), certain: 1, possible: 1 },
    ]);
  });

  it('counts an unfinished month on capDay and stops there', () => {
    const rows = monthlySeries(subjects, '2023-02', '2023-06', { capDay: day('2023-03-30') });
    expect(rows.map((r) => [r.month, r.day, r.certain])).toEqual([
      ['2023-02', day('2023-02-28'), 2],
      ['2023-03', day('2023-03-30'), 2],
    ]);
  });

  it('rejects malformed months with an actionable error', () => {
    expect(() => monthlySeries(subjects, '2023-13', '2024-01')).toThrow(/YYYY-MM/);
    expect(() => monthlySeries(subjects, '2023/01', '2024-01')).toThrow(
      expect.objectContaining({ code: 'invalid-month' }),
    );
  });

  it('is empty when to is before from', () => {
    expect(monthlySeries(subjects, '2024-01', '2023-01')).toEqual([]);
  });
});

describe('breakdown', () => {
  const on = day('2024-01-10');
  const subjects = [
    subject('p-1', [row('2022-01-01', null)], {
      sex: 'male',
      region: 'brest',
      articles: ['368', '342', '368'],
      currentFacilityId: 'f-3',
    }),
    subject('p-2', [row('2022-01-01', null)], {
      sex: 'female',
      region: 'brest',
      articles: ['368'],
      currentFacilityId: 'f-4',
    }),
    subject('p-3', [row('2022-01-01', null)], { sex: 'male', region: null, articles: [], currentFacilityId: 'f-3' }),
    subject('p-4', [row('2022-01-01', '2023-01-01')], { sex: 'male', region: 'minsk', articles: ['342'] }),
    subject('p-5', [row(['2024-01-01', '2024-01-31'], null)], { sex: 'female', region: 'minsk', articles: ['130'] }),
  ];

  it('groups by sex among those certainly counted', () => {
    expect(breakdown(subjects, on, 'sex')).toEqual([
      { key: 'male', count: 2 },
      { key: 'female', count: 1 },
    ]);
  });

  it('puts unknown keys last among equal counts', () => {
    expect(breakdown(subjects, on, 'region')).toEqual([
      { key: 'brest', count: 2 },
      { key: null, count: 1 },
    ]);
  });

  it('counts a person once per distinct article', () => {
    expect(breakdown(subjects, on, 'article')).toEqual([
      { key: '368', count: 2 },
      { key: '342', count: 1 },
      { key: null, count: 1 },
    ]);
  });

  it('groups by current facility', () => {
    expect(breakdown(subjects, on, 'facility')).toEqual([
      { key: 'f-3', count: 2 },
      { key: 'f-4', count: 1 },
    ]);
  });
});

describe('monthlySeries across a leap February and a year end', () => {
  it('uses the real last day of each month', () => {
    const rows = monthlySeries([subject('p-1', [row('2023-12-31', '2024-02-29')])], '2023-12', '2024-02');
    expect(rows.map((r) => [r.month, r.day, r.certain])).toEqual([
      ['2023-12', day('2023-12-31'), 1],
      ['2024-01', day('2024-01-31'), 1],
      ['2024-02', day('2024-02-29'), 0],
    ]);
  });
});

describe('countOn and countOnColumns on a generated registry', () => {
  it('agrees with counting each row span day by day', async () => {
    const { generateRegistry } = await import('../demo/generator.js');
    const { projectPerson } = await import('./project-person.js');
    const subjects = generateRegistry({ size: 300, seed: 3 }).persons.map((p) => {
      const pr = projectPerson(p);
      return subject(p.id, pr.custody);
    });
    subjects.push(subject('p-open', [row('2019-05', null), row('2020-01-01', '2020-02-01', false)]));
    subjects.push(subject('p-none', []));
    const columns = countColumns(subjects);
    const inSpan = (start: number, end: number | null, d: number) => start <= d && (end === null || d < end);
    for (let d = day('2019-01-01'); d <= day('2026-01-01'); d += 17) {
      const certain = subjects.filter((s) => s.custody.some((r) => r.counted && inSpan(r.startMax, r.endMin, d)));
      const possible = subjects.filter((s) => s.custody.some((r) => r.counted && inSpan(r.startMin, r.endMax, d)));
      expect(countOn(subjects, d)).toEqual({ certain: certain.length, possible: possible.length });
      expect(countOnColumns(columns, d)).toEqual({ certain: certain.length, possible: possible.length });
    }
  });
});
