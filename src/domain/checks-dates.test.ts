import { describe, expect, it } from 'vitest';
import { checkPerson, type CheckContext } from './checks.js';
import { Person, type Event, type EventKind } from './record.js';
import { calendarDiffDays } from './duration.js';
import { dayToIso, isoToDay } from './partial-date.js';

let seq = 0;
function ev(kind: EventKind, date: string, extra: Partial<Event> = {}): Event {
  return { id: `e-${++seq}`, kind, date, sourceIds: [], visibility: 'public', ...extra };
}
function person(events: Event[], extra: Record<string, unknown> = {}): Person {
  return Person.parse({ id: 'p-1', names: [{ family: 'X', system: 'latn' }], events, ...extra });
}
const ctx: CheckContext = { today: '2024-06-01' };
const only = (code: string, p: Person, c: CheckContext = ctx) => checkPerson(p, c).filter((f) => f.code === code);

describe('date-in-future', () => {
  it('flags dates surely after today, not ranges that include today', () => {
    const p = person([ev('detention', '2024-06-02'), ev('verdict', '2024'), ev('trial', '2024-06')], {
      cases: [{ id: 'c-1', verdictDate: '2025', appeals: [{ date: '2026-01', outcome: 'pending' }] }],
      birthDate: '2030',
    });
    const found = only('date-in-future', p);
    expect(found.map((f) => f.details?.field)).toEqual([
      'birthDate',
      'events.0.date',
      'cases.0.verdictDate',
      'cases.0.appeals.0.date',
    ]);
    expect(found[1]).toMatchObject({ severity: 'error', eventId: p.events[0]!.id });
    expect(found[1]!.message).toContain('after today (2024-06-01)');
  });

  it('accepts today itself', () => {
    expect(only('date-in-future', person([ev('detention', '2024-06-01')]))).toEqual([]);
  });
});

describe('event-after-source-date', () => {
  const sourceDates = new Map([
    ['s-jan', '2024-02-02'],
    ['s-may', '2024-05'],
    ['s-year', '2024'],
  ]);
  const c = { ...ctx, sourceDates };

  it('flags an event later than every cited source', () => {
    const found = only('event-after-source-date', person([ev('release', '2024-05-06', { sourceIds: ['s-jan'] })]), c);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
  });

  it('accepts an event when one cited source is late enough, even with a partial date', () => {
    expect(
      only('event-after-source-date', person([ev('release', '2024-05-06', { sourceIds: ['s-jan', 's-may'] })]), c),
    ).toEqual([]);
    expect(
      only('event-after-source-date', person([ev('release', '2024-05-06', { sourceIds: ['s-year'] })]), c),
    ).toEqual([]);
  });

  it('does not judge events citing an undated source or none', () => {
    expect(
      only('event-after-source-date', person([ev('release', '2024-05-06', { sourceIds: ['s-jan', 's-unknown'] })]), c),
    ).toEqual([]);
    expect(only('event-after-source-date', person([ev('release', '2024-05-06')]), c)).toEqual([]);
    expect(
      only('event-after-source-date', person([ev('release', '2024-05-06', { sourceIds: ['s-jan'] })]), ctx),
    ).toEqual([]);
  });

  it('reads a source date again when the same map now holds another date', () => {
    const dates = new Map([['s-x', '2024-02-02']]);
    const p = person([ev('release', '2024-05-06', { sourceIds: ['s-x'] })]);
    expect(only('event-after-source-date', p, { ...ctx, sourceDates: dates })).toHaveLength(1);
    dates.set('s-x', '2024-06');
    expect(only('event-after-source-date', p, { ...ctx, sourceDates: dates })).toEqual([]);
    dates.set('s-x', '2024-02-30');
    expect(only('event-after-source-date', p, { ...ctx, sourceDates: dates })).toEqual([]);
    dates.set('s-x', '2024-03');
    expect(only('event-after-source-date', p, { ...ctx, sourceDates: dates })).toHaveLength(1);
  });

  it('only warns for events a source may announce ahead', () => {
    const found = only('event-after-source-date', person([ev('trial', '2024-03-01', { sourceIds: ['s-jan'] })]), c);
    expect(found[0]!.severity).toBe('warning');
  });
});

describe('birth-after-detention and implausible-age', () => {
  it('flags a birth after the first detention', () => {
    const found = only('birth-after-detention', person([ev('detention', '2020-08-10')], { birthDate: '2021-01' }));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('Born 2021-01');
  });

  it('flags someone surely under 14 at detention, not someone possibly 14', () => {
    expect(only('implausible-age', person([ev('detention', '2020-08-10')], { birthDate: '2007-01-01' }))).toHaveLength(
      1,
    );
    expect(only('implausible-age', person([ev('detention', '2020-08-10')], { birthDate: '2006' }))).toEqual([]);
  });

  it('flags someone surely over 100 at a detention', () => {
    const found = only('implausible-age', person([ev('detention', '2021-01-01')], { birthDate: '1901' }));
    expect(found[0]!.details).toMatchObject({ minAge: 119 });
    expect(only('implausible-age', person([ev('detention', '2021-01-01')], { birthDate: '1925' }))).toEqual([]);
  });

  it('draws the lines at exactly 14 and 100 years, leap days included', () => {
    const age = (birthDate: string, detention: string) =>
      only('implausible-age', person([ev('detention', detention)], { birthDate }));
    expect(age('2008-03-01', '2022-02-28')[0]!.details).toMatchObject({ maxAge: 13 });
    expect(age('2008-03-01', '2022-03-01')).toEqual([]);
    expect(age('2008-02-29', '2022-02-27')[0]!.details).toMatchObject({ maxAge: 13 });
    expect(age('2008-02-29', '2022-03-01')).toEqual([]);
    expect(age('1920-06-15', '2021-06-15')[0]!.details).toMatchObject({ minAge: 101 });
    expect(age('1920-06-15', '2021-06-14')).toEqual([]);
    expect(age('1896-03-01', '1997-03-01')[0]!.details).toMatchObject({ minAge: 101 });
    expect(age('1896-03-01', '1997-02-28')).toEqual([]);
  });

  it('agrees with the calendar difference on every day around both lines', () => {
    const births = ['1896-02-28', '1900-03-01', '1904-02-29', '1999-12-31', '2008-02-29', '2010-07-31'];
    for (const birthDate of births) {
      const birthDay = isoToDay(birthDate);
      for (const base of [14 * 365, 101 * 365]) {
        for (let k = base - 3; k <= base + 30; k++) {
          const years = calendarDiffDays(birthDay, birthDay + k).years;
          const expected = years < 14 || years > 100 ? 1 : 0;
          const p = person([ev('detention', dayToIso(birthDay + k))], { birthDate });
          expect(only('implausible-age', p, { today: '2100-01-01' }), `${birthDate} + ${k} days`).toHaveLength(
            expected,
          );
        }
      }
    }
  });

  it('needs a birth date and a detention', () => {
    expect(only('implausible-age', person([ev('detention', '2021-01-01')]))).toEqual([]);
    expect(only('birth-after-detention', person([ev('verdict', '2021-01-01')], { birthDate: '2022' }))).toEqual([]);
  });
});
