import { describe, expect, it } from 'vitest';
import { RollcallError } from './errors.js';
import {
  comparePartialDates,
  dayRange,
  dayToCivil,
  dayToIso,
  formatPartialDate,
  isExactDate,
  isoToDay,
  monthDays,
  parsePartialDate,
} from './partial-date.js';

/** Reference conversion through Date (slow, but independent of the integer algorithm). */
function viaDate(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

describe('parsePartialDate / formatPartialDate', () => {
  it('reads years, months, days and the approximate flag', () => {
    expect(parsePartialDate('2022')).toEqual({ year: 2022, approx: false });
    expect(parsePartialDate('2022-05')).toEqual({ year: 2022, month: 5, approx: false });
    expect(parsePartialDate('~2022-05-10')).toEqual({ year: 2022, month: 5, day: 10, approx: true });
  });

  it('round-trips', () => {
    for (const s of ['2022', '~2022', '2022-05', '~2022-12', '2024-02-29', '~1999-01-01', '0999-03-04']) {
      expect(formatPartialDate(parsePartialDate(s))).toBe(s);
    }
  });

  it.each([
    '2023-02-29',
    '2022-04-31',
    '2022-13',
    '2022-00',
    '2022-05-00',
    '22-05-01',
    '2022/05/01',
    '31.03.2022',
    '',
    '~',
    '2022-5-1',
    '2022-05-1',
    ' 2022',
    '2022-05-01T00:00',
    '~~2022',
    '20a2',
  ])('rejects %j with invalid-date', (s) => {
    expect(() => parsePartialDate(s)).toThrowError(RollcallError);
    try {
      parsePartialDate(s);
    } catch (e) {
      expect((e as RollcallError).code).toBe('invalid-date');
      expect((e as RollcallError).message).toContain('YYYY-MM-DD');
    }
  });

  it('accepts leap days only in leap years', () => {
    expect(parsePartialDate('2024-02-29').day).toBe(29);
    expect(parsePartialDate('2000-02-29').day).toBe(29);
    expect(() => parsePartialDate('1900-02-29')).toThrow(/No such day/);
  });
});

describe('isoToDay / dayToIso', () => {
  it('counts from 1970-01-01', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(isoToDay('1970-01-02')).toBe(1);
    expect(isoToDay('1969-12-31')).toBe(-1);
    expect(isoToDay('2000-03-01')).toBe(11017);
  });

  it('agrees with Date.UTC on every day from 1900 to 2100 and round-trips', () => {
    const start = viaDate('1900-01-01');
    const end = viaDate('2100-12-31');
    for (let day = start; day <= end; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayToIso(day) !== iso) expect(dayToIso(day)).toBe(iso);
      if (isoToDay(iso) !== day) expect(isoToDay(iso)).toBe(day);
    }
  });

  it('rejects partial, approximate and impossible dates', () => {
    for (const s of ['2022-05', '~2022-05-01', '2023-02-29', '2022-05-32', 'abcd-ef-gh', '2022-05-01 ']) {
      expect(() => isoToDay(s)).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    }
    expect(() => dayToIso(1.5)).toThrow(expect.objectContaining({ code: 'invalid-day' }));
  });
});

describe('dayRange', () => {
  it('gives the days a partial date may stand for', () => {
    expect(dayRange('2022-05')).toEqual([isoToDay('2022-05-01'), isoToDay('2022-05-31')]);
    expect(dayRange('2024-02')).toEqual([isoToDay('2024-02-01'), isoToDay('2024-02-29')]);
    expect(dayRange('2022')).toEqual([isoToDay('2022-01-01'), isoToDay('2022-12-31')]);
    expect(dayRange('2022-03-31')).toEqual([isoToDay('2022-03-31'), isoToDay('2022-03-31')]);
  });

  it('does not widen approximate dates and accepts parsed dates', () => {
    expect(dayRange('~2022-05')).toEqual(dayRange('2022-05'));
    expect(dayRange({ year: 2021, month: 2, approx: true })).toEqual([isoToDay('2021-02-01'), isoToDay('2021-02-28')]);
  });

  it('remembers ranges of strings, shared and frozen, and still rejects an invalid date every time', () => {
    const first = dayRange('2019-07-14');
    expect(dayRange('2019-07-14')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      'use strict';
      (first as number[])[0] = 0;
    }).toThrow(TypeError);
    for (let i = 0; i < 3; i++)
      expect(() => dayRange('2023-02-29')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    // Agrees with the full-date reading for every day of a leap year and its months and year.
    for (let day = isoToDay('2024-01-01'); day <= isoToDay('2024-12-31'); day++) {
      const [y, m, d] = dayToCivil(day);
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(dayRange(iso)).toEqual([day, day]);
      expect(dayRange(`~${iso}`)).toEqual([day, day]);
      expect(dayRange(iso.slice(0, 7))[0]).toBeLessThanOrEqual(day);
      expect(dayRange(iso.slice(0, 7))[1]).toBeGreaterThanOrEqual(day);
    }
  });

  it('rejects bad input', () => {
    expect(() => dayRange('May 2022')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    for (const bad of [
      { year: 2022, month: 13, approx: false },
      { year: 2023, month: 2, day: 29, approx: false },
      { year: 2022, day: 3, approx: false },
      { year: 2022.5, approx: false },
    ]) {
      expect(() => dayRange(bad)).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    }
  });
});

describe('isExactDate / monthDays', () => {
  it('is true only for full, non-approximate, valid days', () => {
    expect(isExactDate('2022-03-31')).toBe(true);
    expect(isExactDate('~2022-03-31')).toBe(false);
    expect(isExactDate('2022-03')).toBe(false);
    expect(isExactDate('2022')).toBe(false);
    expect(isExactDate('2023-02-29')).toBe(false);
    expect(isExactDate('2022/03/31')).toBe(false);
  });

  it('gives the days of a month and rejects other shapes', () => {
    expect(monthDays('2023-02')).toEqual([isoToDay('2023-02-01'), isoToDay('2023-02-28')]);
    for (const bad of ['2023', '2023-02-01', '~2023-02', '2023-13']) {
      expect(() => monthDays(bad)).toThrow(expect.objectContaining({ code: 'invalid-date' }));
    }
  });
});

describe('comparePartialDates', () => {
  it('orders disjoint ranges', () => {
    expect(comparePartialDates('2022-03-31', '2024-01-13')).toBe(-1);
    expect(comparePartialDates('2022-06', '2022-05-31')).toBe(1);
    expect(comparePartialDates('2021', '2022-01-01')).toBe(-1);
  });

  it('says 0 for the same day and null when ranges overlap', () => {
    expect(comparePartialDates('2022-05-10', '~2022-05-10')).toBe(0);
    expect(comparePartialDates('2022-05', '2022-05-10')).toBeNull();
    expect(comparePartialDates('2022', '2022')).toBeNull();
    expect(comparePartialDates('2022-05', '2022')).toBeNull();
  });
});
