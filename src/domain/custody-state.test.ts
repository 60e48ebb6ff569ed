import { describe, expect, it } from 'vitest';
import { capAtTermEnd, isTermEnded, shownStatus, termEndDay } from './custody-state.js';
import { isoToDay } from './partial-date.js';
import { projectPerson } from './project-person.js';
import { Person } from './record.js';
import { statedServedDiffering } from './stated-served.js';

const sentenced = (extra: Partial<Record<'events' | 'cases', unknown[]>> = {}) =>
  Person.parse({
    id: 'p-t',
    names: [{ family: 'T', system: 'latn' }],
    cases: [
      {
        id: 'c-t',
        verdictDate: '2020-05-01',
        punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 1, months: 0, days: 0 } },
      },
      ...(extra.cases ?? []),
    ],
    events: [
      { id: 'e-t-1', kind: 'detention', date: '2020-01-10' },
      { id: 'e-t-2', kind: 'recognition', date: '2020-02-01' },
      ...(extra.events ?? []),
    ],
  });

describe('term ended, release not confirmed', () => {
  it('is the day after the latest projected release, for someone still in custody', () => {
    const end = isoToDay('2021-01-10');
    expect(termEndDay(sentenced())).toBe(end);
    expect(projectPerson(sentenced()).termEndMax).toBe(end);
    expect(isTermEnded('imprisoned', end, end)).toBe(false);
    expect(isTermEnded('imprisoned', end, end + 1)).toBe(true);
    expect(shownStatus('imprisoned', end, end + 1)).toBe('term_ended');
    expect(shownStatus('released', end, end + 1)).toBe('released');
    expect(shownStatus('imprisoned', null, end + 1)).toBe('imprisoned');
  });

  it('has no term end after a release, and none from an internal case', () => {
    const released = sentenced({ events: [{ id: 'e-t-3', kind: 'release', date: '2021-01-10' }] });
    expect(projectPerson(released).termEndMax).toBeNull();
    const internal = Person.parse({
      ...sentenced(),
      cases: [
        {
          id: 'c-t',
          verdictDate: '2020-05-01',
          punishment: { kind: 'deprivation_of_liberty', term: { years: 1, months: 0, days: 0 } },
          visibility: 'internal',
        },
      ],
    });
    expect(projectPerson(internal).termEndMax).toBeNull();
  });

  it('cuts an ongoing period at the term end for the figures, and leaves finished ones', () => {
    const open = { startMin: 10, startMax: 12, endMin: null, endMax: null, counted: true, releaseReason: null };
    expect(capAtTermEnd([open], 20)).toEqual([{ ...open, endMin: 21, endMax: 21 }]);
    const closed = [{ ...open, endMin: 15, endMax: 15 }];
    expect(capAtTermEnd(closed, 20)).toBe(closed);
    expect(capAtTermEnd([open], null)).toEqual([open]);
  });
});

describe("a source's stated time served", () => {
  it('is listed when the dates do not give exactly it', () => {
    const vague = Person.parse({
      id: 'p-s',
      names: [{ family: 'S', system: 'latn' }],
      events: [
        { id: 'e-s-1', kind: 'detention', date: '2020-10' },
        {
          id: 'e-s-2',
          kind: 'release',
          date: '2024-01-31',
          statedTimeServed: { years: 3, months: 3, days: 22 },
          sourceIds: ['s-v'],
        },
      ],
    });
    const [item] = statedServedDiffering(vague);
    expect(item?.eventId).toBe('e-s-2');
    expect(item?.sourceIds).toEqual(['s-v']);
    expect(item?.served.exact).toBeNull();
    const exact = Person.parse({
      ...vague,
      events: [
        { id: 'e-s-1', kind: 'detention', date: '2020-10-09' },
        { id: 'e-s-2', kind: 'release', date: '2024-01-31', statedTimeServed: { years: 3, months: 3, days: 22 } },
      ],
    });
    expect(statedServedDiffering(exact)).toEqual([]);
  });
});
