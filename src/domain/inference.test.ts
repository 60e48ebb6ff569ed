import { describe, expect, it } from 'vitest';
import { custodyPeriods, timeServed } from './custody.js';
import { calendarDiff } from './duration.js';
import {
  applyTimeServedInference,
  inferEndFromTimeServed,
  inferredDetentionEvent,
  inferStartFromTimeServed,
} from './inference.js';
import { dayRange, dayToIso, isoToDay } from './partial-date.js';
import { Event, Person, type Term } from './record.js';

const t = (years: number, months: number, days: number): Term => ({ years, months, days });

describe('inferStartFromTimeServed', () => {
  it('finds the digest detention date (Mikhniuk: 2022-03-25, not the "2020" in the text)', () => {
    const r = inferStartFromTimeServed('2024-01-29', t(1, 10, 4));
    expect(r.date).toBe('2022-03-25');
    expect(r.reasoning).toBe(
      'released 2024-01-29 after 1 year, 10 months, and 4 days as stated by the source -> detained 2022-03-25',
    );
  });

  it('writes a month when every fitting day is in it', () => {
    const r = inferStartFromTimeServed('2021-03-01', t(0, 1, 1));
    expect(r).toMatchObject({ date: '2021-01', min: '2021-01-28', max: '2021-01-31' });
  });

  it('writes ~month for a month-long range across two months, with the range in the reasoning', () => {
    const r = inferStartFromTimeServed('2024-01', t(1, 10, 4));
    expect(r).toMatchObject({ date: '~2022-03', min: '2022-02-28', max: '2022-03-27' });
    expect(r.reasoning).toContain('from 2022-02-28 to 2022-03-27');
  });

  it('writes ~year when the range spans years, and keeps ~ from the input', () => {
    expect(inferStartFromTimeServed('2024', t(1, 10, 4)).date).toBe('~2022');
    expect(inferStartFromTimeServed('~2024-01-29', t(1, 10, 4)).date).toBe('~2022-03-25');
  });

  it('falls back to calendar arithmetic for a term no day fits, and says so', () => {
    const r = inferStartFromTimeServed('2024-01-29', t(0, 1, 40));
    expect(r.date).toBe('2023-11-19');
    expect(r.reasoning).toContain('no day fits the stated term exactly');
  });

  it('always includes the true detention day (2,000 random cases)', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 2000; i++) {
      const start = isoToDay('2018-01-01') + Math.floor(next() * 2000);
      const end = start + Math.floor(next() * 1500);
      const endIso = dayToIso(end);
      const stated = calendarDiff(dayToIso(start), endIso);
      const known = i % 2 ? endIso : endIso.slice(0, 7);
      const r = inferStartFromTimeServed(known, stated);
      const ok = isoToDay(r.min) <= start && start <= isoToDay(r.max);
      if (!ok) expect({ known, stated, r }).toBe('a range containing ' + dayToIso(start));
      if (!r.date.startsWith('~')) {
        const [lo, hi] = dayRange(r.date);
        if (!(lo <= start && start <= hi)) expect({ known, r }).toBe('a date containing ' + dayToIso(start));
      }
    }
  });

  it('rejects bad input', () => {
    expect(() => inferStartFromTimeServed('29.01.2024', t(1, 0, 0))).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
    expect(() => inferStartFromTimeServed('2024-01-29', t(-1, 0, 0))).toThrow(
      expect.objectContaining({ code: 'invalid-term' }),
    );
  });
});

describe('inferEndFromTimeServed', () => {
  it('finds the release date from the detention date', () => {
    expect(inferEndFromTimeServed('2022-03-31', t(1, 9, 13)).date).toBe('2024-01-13');
    const r = inferEndFromTimeServed('2022-03', t(2, 0, 0));
    expect(r).toMatchObject({ date: '2024-03', min: '2024-03-01', max: '2024-03-31' });
    expect(r.reasoning).toMatch(/^detained 2022-03, 2 years served as stated by the source -> released 2024-03/);
  });
});

describe('inferredDetentionEvent / applyTimeServedInference', () => {
  const release = Event.parse({
    id: 'e-9',
    kind: 'release',
    date: '2024-01-29',
    releaseReason: 'term_served',
    statedTimeServed: t(1, 10, 4),
    caseId: 'c-1',
    sourceIds: ['s-1'],
  });

  it('builds a detention event marked as inferred', () => {
    const e = inferredDetentionEvent(release, 'e-9-d');
    expect(Event.parse(e)).toEqual(e);
    expect(e).toMatchObject({
      id: 'e-9-d',
      kind: 'detention',
      date: '2022-03-25',
      caseId: 'c-1',
      sourceIds: ['s-1'],
      inferred: { rule: 'time-served' },
    });
  });

  it('refuses events without a stated time served', () => {
    const plain = { ...release, statedTimeServed: undefined };
    expect(() => inferredDetentionEvent(plain, 'e-x')).toThrow(
      expect.objectContaining({ code: 'no-stated-time-served' }),
    );
    expect(() => inferredDetentionEvent({ ...release, kind: 'verdict' }, 'e-x')).toThrow(
      expect.objectContaining({ code: 'no-stated-time-served' }),
    );
  });

  it('adds detentions only for releases that end no recorded custody', () => {
    const person = Person.parse({
      id: 'p-1',
      names: [{ family: 'Mikhniuk', given: 'Zinaida', system: 'be-latn-passport' }],
      events: [
        { id: 'e-1', kind: 'detention', date: '2019-01-01' },
        { id: 'e-2', kind: 'release', date: '2019-02-01', statedTimeServed: t(0, 1, 0) },
        { id: 'e-9-d', kind: 'recognition', date: '2023-01-01' },
        release,
      ],
    });
    const { person: out, inferred } = applyTimeServedInference(person);
    expect(inferred).toEqual([
      { eventId: 'e-9-d2', date: '2022-03-25', reasoning: expect.stringContaining('2022-03-25') },
    ]);
    expect(person.events).toHaveLength(4);
    expect(Person.parse(out).events).toHaveLength(5);
    expect(custodyPeriods(out)).toHaveLength(2);
    expect(timeServed({ events: out.events.slice(2) }).exact).toEqual(t(1, 10, 4));
    expect(applyTimeServedInference(out).inferred).toEqual([]);
  });
});
