import { describe, expect, it } from 'vitest';
import { generateRegistry } from '../demo/generator.js';
import { custodyPeriods, periodTimeServed, type CustodyPeriod } from './custody.js';
import { monthRange } from './figures-months.js';
import { withPublicEvents } from './project-person.js';
import type { Person } from './record.js';
import { moreThan, releasesInMonth, wholePeriodStart, type ReleaseEntry } from './releases.js';

/** The straightforward computation: custody periods of every person over all their events. */
function reference(persons: readonly Person[], month: string) {
  const [from, to] = monthRange(month);
  const entries: Array<[ReleaseEntry, number]> = [];
  const uncertain: Array<[ReleaseEntry, number]> = [];
  for (const person of persons) {
    const periods = custodyPeriods(person);
    periods.forEach((period, index) => {
      const end = period.endEvent;
      if (!period.counted || end?.kind !== 'release' || period.endMin === null || period.endMax === null) return;
      if (period.endMax < from || period.endMin > to) return;
      const first = periods[wholePeriodStart(periods, index)]!;
      const whole: CustodyPeriod = {
        ...period,
        startMin: first.startMin,
        startMax: first.startMax,
        startEvent: first.startEvent,
      };
      const timeServed = periodTimeServed(whole);
      const entry: ReleaseEntry = {
        personId: person.id,
        releaseEventId: end.id,
        releaseDate: end.date,
        reason: period.releaseReason,
        custodyStart: first.startEvent.date,
        timeServed,
        overThreeYears: moreThan(timeServed, { years: 3, months: 0, days: 0 }),
      };
      if (end.statedTimeServed) entry.statedTimeServed = end.statedTimeServed;
      (period.endMin >= from && period.endMax <= to ? entries : uncertain).push([entry, period.endMin]);
    });
  }
  const order = (list: Array<[ReleaseEntry, number]>) =>
    list
      .sort((a, b) => a[1] - b[1] || (a[0].personId < b[0].personId ? -1 : a[0].personId > b[0].personId ? 1 : 0))
      .map(([e]) => e);
  return { entries: order(entries), uncertain: order(uncertain) };
}

/** Vaguer and approximate dates than the generator writes, so every branch is exercised. */
function blur(person: Person, i: number): Person {
  if (i % 5 !== 0) return person;
  return {
    ...person,
    events: person.events.map((e, j) => {
      if ((i + j) % 3 === 0 && e.date.length === 10) return { ...e, date: `~${e.date}` };
      if ((i + j) % 4 === 0 && e.date.length === 10) return { ...e, date: e.date.slice(0, 7) };
      if ((i + j) % 11 === 0 && e.date.length >= 4) return { ...e, date: e.date.replace(/^~/, '').slice(0, 4) };
      return e;
    }),
  };
}

describe('releasesInMonth on a generated registry', () => {
  const persons = generateRegistry({ size: 1500, seed: 11 }).persons.map(blur).map(withPublicEvents);

  it('agrees with computing custody over all events, month by month', () => {
    let listed = 0;
    let vague = 0;
    for (let year = 2020; year <= 2025; year++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        const fast = releasesInMonth(persons, month);
        const slow = reference(persons, month);
        expect(fast.entries).toEqual(slow.entries);
        expect(fast.uncertain).toEqual(slow.uncertain);
        listed += fast.entries.length;
        vague += fast.uncertain.length;
      }
    }
    expect(listed).toBeGreaterThan(500);
    expect(vague).toBeGreaterThan(0);
  });
});
