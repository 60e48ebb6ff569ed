import { describe, expect, it } from 'vitest';
import { checkPerson } from './checks.js';
import { Person, type Event, type EventKind } from './record.js';

let seq = 0;
function ev(kind: EventKind, date: string, extra: Partial<Event> = {}): Event {
  return { id: `e-${++seq}`, kind, date, sourceIds: ['s-1'], visibility: 'public', ...extra };
}
function person(events: Event[], extra: Record<string, unknown> = {}): Person {
  return Person.parse({ id: 'p-1', names: [{ family: 'X', system: 'latn' }], events, ...extra });
}
const today = '2024-06-01';
const codesOf = (p: Person, ctx: Parameters<typeof checkPerson>[1]) => checkPerson(p, ctx).map((f) => f.code);

describe('unknown-facility and unknown-source', () => {
  const p = person([ev('transfer', '2023-01-01', { facilityId: 'f-9', sourceIds: ['s-1', 's-2'] })], {
    cases: [{ id: 'c-1', sourceIds: ['s-3'] }],
  });

  it('flags ids missing from the registry', () => {
    const findings = checkPerson(p, { today, facilityIds: new Set(['f-1']), sourceIds: new Set(['s-1']) });
    expect(findings.filter((f) => f.code === 'unknown-facility')).toMatchObject([{ details: { facilityId: 'f-9' } }]);
    expect(findings.filter((f) => f.code === 'unknown-source')).toMatchObject([
      { eventId: p.events[0]!.id, details: { sourceId: 's-2' } },
      { caseId: 'c-1', details: { sourceId: 's-3' } },
    ]);
  });

  it('does not check references when the context has no id sets', () => {
    expect(codesOf(p, { today })).toEqual([]);
  });
});

describe('missing-source', () => {
  it('notes public, stated events without a source', () => {
    const p = person([
      ev('detention', '2022-01-01', { sourceIds: [] }),
      ev('transfer', '2022-02-01', { sourceIds: [], visibility: 'internal' }),
      ev('verdict', '2022-03-01', { sourceIds: [], inferred: { rule: 'r', reasoning: 'because' } }),
    ]);
    const found = checkPerson(p, { today }).filter((f) => f.code === 'missing-source');
    expect(found).toMatchObject([{ severity: 'info', eventId: p.events[0]!.id }]);
  });
});

describe('inferred-date', () => {
  it('lists inferred dates with their reasoning', () => {
    const p = person([
      ev('detention', '2022-03-25', {
        inferred: { rule: 'time-served', reasoning: 'released 2024-01-29 after 1y 10m 4d as stated' },
      }),
    ]);
    const [found] = checkPerson(p, { today }).filter((f) => f.code === 'inferred-date');
    expect(found).toMatchObject({ severity: 'info', details: { rule: 'time-served', date: '2022-03-25' } });
    expect(found!.message).toContain('released 2024-01-29 after 1y 10m 4d as stated');
  });
});

describe('external-photo', () => {
  it('flags a stored photo ref that is not a file on this site, and only that', () => {
    const site = person([], { photo: { ref: 'photos/p-1.jpg' } });
    expect(codesOf(site, { today })).toEqual([]);
    for (const ref of ['https://example.org/p.jpg', '//example.org/p.jpg', 'data:image/png;base64,AA', '../p.jpg']) {
      const old = { ...site, photo: { ...site.photo!, ref } };
      const [found] = checkPerson(old, { today }).filter((f) => f.code === 'external-photo');
      expect(found, ref).toMatchObject({ severity: 'error', personId: 'p-1', details: { ref } });
      expect(found!.message).toContain('photos/p-1.jpg');
    }
  });
});
