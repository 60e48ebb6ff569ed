import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addTerm,
  calendarDiff,
  calendarDiffDays,
  compareTerms,
  formatTermEn,
  subtractTerm,
  sumServed,
  termDays,
} from './duration.js';
import { dayToIso, isoToDay } from './partial-date.js';
import type { Term } from './record.js';

const t = (years: number, months: number, days: number): Term => ({ years, months, days });

/** Deterministic pseudo-random numbers (mulberry32) so failures can be reproduced. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function temporalUntil(from: string, to: string): Term {
  const d = Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'years' });
  return t(d.years, d.months, d.days);
}

describe('calendarDiff', () => {
  it('matches the digest examples', () => {
    expect(calendarDiff('2022-03-31', '2024-01-13')).toEqual(t(1, 9, 13));
    expect(calendarDiff('2022-03-25', '2024-01-29')).toEqual(t(1, 10, 4));
  });

  it('handles month ends and leap days as Temporal does', () => {
    expect(calendarDiff('2020-02-29', '2021-02-28')).toEqual(temporalUntil('2020-02-29', '2021-02-28'));
    expect(calendarDiff('2020-02-29', '2021-03-01')).toEqual(temporalUntil('2020-02-29', '2021-03-01'));
    expect(calendarDiff('2021-01-31', '2021-03-01')).toEqual(t(0, 1, 1));
    expect(calendarDiff('2022-05-10', '2022-05-10')).toEqual(t(0, 0, 0));
  });

  it('agrees with temporal-polyfill on 20,000 random date pairs', () => {
    const next = rng(20240202);
    const base = isoToDay('1995-01-01');
    for (let i = 0; i < 20_000; i++) {
      const from = base + Math.floor(next() * 12_000);
      // Mostly short gaps (months around month ends), some long ones.
      const gap = next() < 0.5 ? Math.floor(next() * 120) : Math.floor(next() * 6_000);
      const a = dayToIso(from);
      const b = dayToIso(from + gap);
      const mine = calendarDiff(a, b);
      const ref = temporalUntil(a, b);
      if (compareTerms(mine, ref) !== 0) expect({ a, b, mine }).toEqual({ a, b, mine: ref });
    }
  });

  it('refuses an end before the start', () => {
    expect(() => calendarDiff('2024-01-13', '2022-03-31')).toThrow(
      expect.objectContaining({ code: 'negative-duration' }),
    );
    expect(() => calendarDiff('2022-03', '2024-01-13')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });
});

describe('addTerm / subtractTerm', () => {
  it('works back from the digest', () => {
    expect(subtractTerm('2024-01-29', t(1, 10, 4))).toBe('2022-03-25');
    expect(subtractTerm('2024-01-13', t(1, 9, 13))).toBe('2022-03-31');
    expect(addTerm('2022-03-31', t(1, 9, 13))).toBe('2024-01-13');
  });

  it('constrains overflowing days', () => {
    expect(addTerm('2022-01-31', t(0, 1, 0))).toBe('2022-02-28');
    expect(addTerm('2020-02-29', t(1, 0, 0))).toBe('2021-02-28');
    expect(subtractTerm('2022-03-31', t(0, 1, 0))).toBe('2022-02-28');
    expect(addTerm('2022-11-15', t(0, 14, 20))).toBe('2024-02-04');
  });

  it('agrees with temporal-polyfill on 10,000 random dates and terms', () => {
    const next = rng(7);
    const base = isoToDay('1995-01-01');
    for (let i = 0; i < 10_000; i++) {
      const iso = dayToIso(base + Math.floor(next() * 12_000));
      const term = t(Math.floor(next() * 6), Math.floor(next() * 30), Math.floor(next() * 70));
      const d = Temporal.PlainDate.from(iso);
      const add = d.add(term, { overflow: 'constrain' }).toString();
      const sub = d.subtract(term, { overflow: 'constrain' }).toString();
      if (addTerm(iso, term) !== add) expect({ iso, term, add: addTerm(iso, term) }).toEqual({ iso, term, add });
      if (subtractTerm(iso, term) !== sub)
        expect({ iso, term, sub: subtractTerm(iso, term) }).toEqual({ iso, term, sub });
    }
  });

  it('rejects negative or fractional terms', () => {
    expect(() => addTerm('2022-01-01', t(-1, 0, 0))).toThrow(expect.objectContaining({ code: 'invalid-term' }));
    expect(() => subtractTerm('2022-01-01', t(0, 1.5, 0))).toThrow(expect.objectContaining({ code: 'invalid-term' }));
  });

  it('measures a term in days from a date', () => {
    expect(termDays('2022-01-01', t(1, 0, 0))).toBe(365);
    expect(termDays('2024-01-01', t(1, 0, 0))).toBe(366);
  });
});

describe('compareTerms', () => {
  it('orders by years, then months, then days', () => {
    expect(compareTerms(t(1, 0, 0), t(0, 13, 40))).toBeGreaterThan(0);
    expect(compareTerms(t(1, 2, 0), t(1, 2, 1))).toBeLessThan(0);
    expect(compareTerms(t(3, 3, 19), t(3, 3, 19))).toBe(0);
  });
});

describe('sumServed', () => {
  const p = (a: string, b: string) => ({ startDay: isoToDay(a), endDay: isoToDay(b) });

  it('gives calendarDiff for one period', () => {
    expect(sumServed([p('2022-03-31', '2024-01-13')])).toEqual(t(1, 9, 13));
  });

  it('places several periods end to end from the earliest start', () => {
    // 30 days (Jan) + 28 days (Feb 2023) = 58 days from 2021-01-01 -> 2021-02-28 (1 month 27 days).
    const periods = [p('2023-02-01', '2023-03-01'), p('2021-01-01', '2021-01-31')];
    expect(sumServed(periods)).toEqual(calendarDiffDays(isoToDay('2021-01-01'), isoToDay('2021-01-01') + 58));
    expect(sumServed(periods)).toEqual(t(0, 1, 27));
  });

  it('gives the same total for a period split in two contiguous parts', () => {
    const whole = sumServed([p('2020-08-09', '2023-11-28')]);
    expect(sumServed([p('2020-08-09', '2021-05-01'), p('2021-05-01', '2023-11-28')])).toEqual(whole);
  });

  it('is zero for nothing and refuses a period ending before it starts', () => {
    expect(sumServed([])).toEqual(t(0, 0, 0));
    expect(() => sumServed([p('2022-02-01', '2022-01-01')])).toThrow(
      expect.objectContaining({ code: 'negative-duration' }),
    );
  });
});

describe('formatTermEn', () => {
  it('writes terms as the digests do', () => {
    expect(formatTermEn(t(1, 9, 13))).toBe('1 year, 9 months, and 13 days');
    expect(formatTermEn(t(3, 3, 19))).toBe('3 years, 3 months, and 19 days');
    expect(formatTermEn(t(2, 0, 0))).toBe('2 years');
    expect(formatTermEn(t(0, 3, 4))).toBe('3 months and 4 days');
    expect(formatTermEn(t(1, 0, 1))).toBe('1 year and 1 day');
    expect(formatTermEn(t(0, 1, 0))).toBe('1 month');
    expect(formatTermEn(t(0, 0, 0))).toBe('0 days');
  });
});
