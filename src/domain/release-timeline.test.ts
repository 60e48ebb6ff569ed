import { describe, expect, it } from 'vitest';
import { generateRegistry } from '../demo/generator.js';
import { projectPerson, withPublicEvents } from './project-person.js';
import { CUSTODY_KINDS, nameOf, parseReleaseTimeline, releaseTimeline } from './release-timeline.js';
import type { Event, Person } from './record.js';
import { releasesInMonth } from './releases.js';

const person: Person = {
  id: 'p-1',
  names: [
    { family: 'Лучыновіч', given: 'Аляксандр', system: 'be-cyrl', primary: true, visibility: 'public' },
    { family: 'Luchynovich', given: 'Aliaksandr', system: 'be-latn-passport', primary: true, visibility: 'internal' },
  ],
  events: [
    { id: 'e-1', kind: 'detention', date: '~2022-03-31', facilityId: 'f-1', sourceIds: ['s-1'], visibility: 'public' },
    { id: 'e-2', kind: 'search', date: '2022-03-31', sourceIds: [], visibility: 'public' },
    { id: 'e-3', kind: 'recognition', date: '2022-05', sourceIds: [], visibility: 'public' },
    { id: 'e-4', kind: 'transfer', date: '2022-06', sourceIds: [], visibility: 'internal' },
    {
      id: 'e-5',
      kind: 'release',
      date: '2024-01-13',
      releaseReason: 'term_served',
      statedTimeServed: { years: 1, months: 9, days: 13 },
      sourceIds: [],
      visibility: 'public',
    },
    { id: 'e-6', kind: 'release', date: '2024', releaseReason: 'pardon', sourceIds: [], visibility: 'public' },
  ],
  cases: [],
  tags: [],
  visibility: 'public',
  fictional: true,
} as unknown as Person;

/** The fields of an event releases read, as `parseReleaseTimeline` gives them back. */
function slim(e: Event): Event {
  const out: Event = { id: e.id, kind: e.kind, date: e.date, sourceIds: [], visibility: 'public' };
  if (e.releaseReason) out.releaseReason = e.releaseReason;
  if (e.statedTimeServed) out.statedTimeServed = e.statedTimeServed;
  return out;
}

describe('release timeline', () => {
  it('keeps the public custody-relevant events in record order, with the fields releases read', () => {
    const timeline = parseReleaseTimeline(releaseTimeline(person));
    expect(timeline.events.map((e) => e.id)).toEqual(['e-1', 'e-3', 'e-5', 'e-6']);
    expect(timeline.events[0]).toEqual({
      id: 'e-1',
      kind: 'detention',
      date: '~2022-03-31',
      sourceIds: [],
      visibility: 'public',
    });
    expect(timeline.events[2]?.statedTimeServed).toEqual({ years: 1, months: 9, days: 13 });
    expect(timeline.events[3]?.releaseReason).toBe('pardon');
  });

  it('holds the staff name from all forms and the public name from public forms only', () => {
    const timeline = parseReleaseTimeline(releaseTimeline(person));
    expect(timeline.staffName).toBe('Aliaksandr Luchynovich');
    expect(timeline.publicName).toBe('Аляксандр Лучыновіч');
    const hidden = { ...person, names: person.names.map((n) => ({ ...n, visibility: 'internal' as const })) };
    expect(parseReleaseTimeline(releaseTimeline(hidden)).publicName).toBeNull();
  });

  it('is part of the projection', () => {
    expect(projectPerson(person).timeline).toBe(releaseTimeline(person));
  });

  it('round-trips every generated person and gives the same releases as the whole record', () => {
    const persons = generateRegistry({ size: 400, seed: 5 }).persons;
    for (const p of persons) {
      const timeline = parseReleaseTimeline(releaseTimeline(p));
      const expected = withPublicEvents(p)
        .events.filter((e) => CUSTODY_KINDS.has(e.kind))
        .map(slim);
      expect(timeline.events).toEqual(expected);
      expect(timeline.staffName).toBe(nameOf(p.names));
    }
    const slimPeople = persons.map((p) => ({ id: p.id, events: parseReleaseTimeline(releaseTimeline(p)).events }));
    for (const month of ['2022-06', '2023-11', '2024-01', '2025-03']) {
      expect(releasesInMonth(slimPeople, month)).toEqual(releasesInMonth(persons.map(withPublicEvents), month));
    }
  });
});
