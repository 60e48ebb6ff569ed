import { describe, expect, it } from 'vitest';
import { checkPerson, type Finding } from './checks.js';
import { Person, type Case, type Event, type EventKind } from './record.js';

let seq = 0;
function ev(kind: EventKind, date: string, extra: Partial<Event> = {}): Event {
  return { id: `e-${++seq}`, kind, date, sourceIds: ['s-1'], visibility: 'public', ...extra };
}
function person(events: Event[], cases: Array<Partial<Case> & { id: string }> = []): Person {
  return Person.parse({ id: 'p-1', names: [{ family: 'X', system: 'latn' }], events, cases });
}
const order = (p: Person): Finding[] =>
  checkPerson(p, { today: '2024-06-01' }).filter((f) => f.code === 'events-out-of-order');
const rules = (p: Person) => order(p).map((f) => f.details?.rule);
const prison = { kind: 'deprivation_of_liberty' as const, term: { years: 3, months: 0, days: 0 } };

describe('events-out-of-order: verdict before detention', () => {
  it('flags a verdict event or verdict date surely before the case detention', () => {
    const p = person(
      [ev('verdict', '2020-11', { caseId: 'c-1' }), ev('detention', '2021-01-14', { caseId: 'c-1' })],
      [{ id: 'c-1', verdictDate: '2020-11', punishment: prison }],
    );
    expect(order(p)).toMatchObject([
      { severity: 'warning', caseId: 'c-1', eventId: p.events[0]!.id },
      { severity: 'warning', caseId: 'c-1' },
    ]);
    expect(order(p)[1]!.message).toContain('The verdict date of case c-1 (2020-11)');
  });

  it('accepts a verdict in the month of the detention, or on its day', () => {
    expect(rules(person([ev('verdict', '2021-01'), ev('detention', '2021-01-14')], [{ id: 'c-1' }]))).toEqual([]);
    expect(rules(person([ev('detention', '2021-01-14'), ev('verdict', '2021-01-14')], [{ id: 'c-1' }]))).toEqual([]);
  });

  it('does not judge cases with a sentence change, a non-custodial punishment, or no linked detention', () => {
    const early = () => [ev('verdict', '2020-11', { caseId: 'c-1' }), ev('detention', '2021-05-01', { caseId: 'c-1' })];
    expect(rules(person([...early(), ev('sentence_change', '2021-04', { caseId: 'c-1' })], [{ id: 'c-1' }]))).toEqual(
      [],
    );
    expect(
      rules(person(early(), [{ id: 'c-1', punishment: { kind: 'restriction_of_freedom', referral: false } }])),
    ).toEqual([]);
    const twoCases = person(
      [ev('verdict', '2020-11', { caseId: 'c-1' }), ev('detention', '2021-05-01')],
      [{ id: 'c-1' }, { id: 'c-2' }],
    );
    expect(rules(twoCases)).toEqual([]);
  });
});

describe('events-out-of-order: other orders', () => {
  it('flags a transfer surely after a release with no detention in between', () => {
    const p = person([ev('detention', '2020-01-01'), ev('release', '2022-01-10'), ev('transfer', '2022-03')]);
    expect(order(p)).toMatchObject([{ eventId: p.events[2]!.id, details: { rule: 'transfer-after-release' } }]);
    expect(
      rules(
        person([
          ev('detention', '2020-01-01'),
          ev('release', '2022-01-10'),
          ev('detention', '2022-02-01'),
          ev('transfer', '2022-03'),
        ]),
      ),
    ).toEqual([]);
    expect(rules(person([ev('transfer', '2020-01-01'), ev('release', '2022-01-10')]))).toEqual([]);
  });

  it('flags the end of recognition before any recognition', () => {
    expect(rules(person([ev('recognition_end', '2021-01-01'), ev('recognition', '2022-01-01')]))).toEqual([
      'recognition-end-before-recognition',
    ]);
    expect(rules(person([ev('recognition', '2021-01'), ev('recognition_end', '2021-01-01')]))).toEqual([]);
  });

  it('flags events after a death as errors, but not leaving the list', () => {
    const p = person([
      ev('detention', '2020-01-01'),
      ev('recognition', '2020-02-01'),
      ev('death', '2023-05-01'),
      ev('transfer', '2023-06-01'),
      ev('recognition_end', '2023-06-02'),
    ]);
    expect(order(p)).toMatchObject([
      { severity: 'error', eventId: p.events[3]!.id, details: { rule: 'event-after-death' } },
    ]);
  });
});
