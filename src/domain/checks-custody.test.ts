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
const today = '2024-06-01';
const only = (code: string, p: Person): Finding[] => checkPerson(p, { today }).filter((f) => f.code === code);
const term = (years: number, months: number, days: number) => ({ years, months, days });
const prison = (years: number, months = 0) => ({
  kind: 'deprivation_of_liberty' as const,
  term: term(years, months, 0),
});

describe('stated-time-served-mismatch', () => {
  it('accepts a stated time that partial dates allow, and flags one they do not', () => {
    const released = (stated: ReturnType<typeof term>) =>
      person([ev('detention', '2022-03'), ev('release', '2024-01-29', { statedTimeServed: stated })]);
    expect(only('stated-time-served-mismatch', released(term(1, 10, 4)))).toEqual([]);
    const [found] = only('stated-time-served-mismatch', released(term(2, 10, 4)));
    expect(found!.message).toContain(
      'but detention 2022-03 to release 2024-01-29 is between 1 year, 9 months, and 29 days and 1 year, 10 months, and 28 days.',
    );
    expect(found!.details).toMatchObject({ fittingDetentionDate: '2021-03-25' });
  });

  it('times the whole period when counting changed part-way', () => {
    const p = person([
      ev('administrative_arrest', '2022-03-31'),
      ev('recognition', '2022-04-01'),
      ev('recognition_end', '2023-01-01'),
      ev('recognition', '2023-02-01'),
      ev('release', '2024-01-13', { statedTimeServed: term(1, 9, 13) }),
    ]);
    expect(only('stated-time-served-mismatch', p)).toEqual([]);
  });

  it('suggests no detention date when the release date is partial', () => {
    const p = person([ev('detention', '2022-03-25'), ev('release', '2024-01', { statedTimeServed: term(3, 0, 0) })]);
    const [found] = only('stated-time-served-mismatch', p);
    expect(found!.details).not.toHaveProperty('fittingDetentionDate');
    expect(found!.message).toContain('Check the detention date');
  });

  it('ignores releases without a stated time', () => {
    expect(
      only('stated-time-served-mismatch', person([ev('detention', '2020-01-01'), ev('release', '2024-01-29')])),
    ).toEqual([]);
  });
});

describe('release-before-detention and release-without-custody', () => {
  it('flags a release surely before every detention', () => {
    const p = person([ev('release', '2019-05-01'), ev('detention', '2020-03-25')]);
    expect(only('release-before-detention', p)).toMatchObject([{ severity: 'error', eventId: p.events[0]!.id }]);
    expect(only('release-without-custody', p)).toEqual([]);
  });

  it('flags a release with no detention at all', () => {
    const p = person([ev('recognition', '2020-01-01'), ev('release', '2021-01-01')]);
    expect(only('release-without-custody', p)[0]!.message).toContain('no detention before it');
  });

  it('flags a second release and warns when overlapping dates make the order unclear', () => {
    const twice = person([ev('detention', '2020-01-01'), ev('release', '2021-01-01'), ev('release', '2021-02-01')]);
    expect(only('release-without-custody', twice)).toMatchObject([{ severity: 'error', eventId: twice.events[2]!.id }]);
    const unclear = person([ev('release', '2022-01'), ev('detention', '2022-01-10')]);
    expect(only('release-without-custody', unclear)).toMatchObject([{ severity: 'warning' }]);
    expect(only('release-before-detention', unclear)).toEqual([]);
  });

  it('accepts releases that end custody', () => {
    const p = person([
      ev('detention', '2020-01-01'),
      ev('release', '2021-01-01'),
      ev('re_detention', '2021-06-01'),
      ev('release', '2022-01-01'),
    ]);
    expect(checkPerson(p, { today }).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('served-longer-than-sentence', () => {
  it('flags custody longer than the term, and accepts the exact term', () => {
    const p = (release: string) =>
      person(
        [ev('detention', '2020-01-10'), ev('release', release, { caseId: 'c-1' })],
        [{ id: 'c-1', punishment: prison(2) }],
      );
    expect(only('served-longer-than-sentence', p('2022-01-10'))).toEqual([]);
    const [found] = only('served-longer-than-sentence', p('2022-01-11'));
    expect(found).toMatchObject({ severity: 'warning', caseId: 'c-1', details: { latestEnd: '2022-01-10' } });
    expect(found!.message).toContain('longer than the 2 years of case c-1');
  });

  it('uses the latest possible start of a partial detention date', () => {
    const p = person([ev('detention', '2020-01'), ev('release', '2022-01-20')], [{ id: 'c-1', punishment: prison(2) }]);
    expect(only('served-longer-than-sentence', p)).toEqual([]);
  });

  it('flags someone still in custody after the term', () => {
    const p = person(
      [ev('detention', '2020-01-10'), ev('verdict', '2020-06', { caseId: 'c-1' })],
      [{ id: 'c-1', punishment: prison(3) }],
    );
    const [found] = only('served-longer-than-sentence', p);
    expect(found!.message).toContain('In custody since 2020-01-10');
    expect(found!.message).toContain('ended by 2023-01-10');
  });

  it('adds the terms of every case served in the period', () => {
    const p = person(
      [
        ev('detention', '2020-01-10', { caseId: 'c-1' }),
        ev('new_charges', '2021-05', { caseId: 'c-2' }),
        ev('release', '2022-07-01'),
      ],
      [
        { id: 'c-1', punishment: prison(2) },
        { id: 'c-2', punishment: prison(1) },
      ],
    );
    expect(only('served-longer-than-sentence', p)).toEqual([]);
  });

  it('does not judge periods whose cases are unknown, unsentenced, for life or non-custodial', () => {
    const events = () => [ev('detention', '2010-01-10'), ev('release', '2022-01-01')];
    expect(only('served-longer-than-sentence', person(events(), [{ id: 'c-1' }]))).toEqual([]);
    expect(
      only('served-longer-than-sentence', person(events(), [{ id: 'c-1', punishment: { kind: 'life_imprisonment' } }])),
    ).toEqual([]);
    expect(
      only('served-longer-than-sentence', person(events(), [{ id: 'c-1', punishment: { kind: 'fine', amount: 10 } }])),
    ).toEqual([]);
    expect(
      only(
        'served-longer-than-sentence',
        person(events(), [{ id: 'c-1', punishment: { kind: 'deprivation_of_liberty' } }]),
      ),
    ).toEqual([]);
    expect(
      only(
        'served-longer-than-sentence',
        person(events(), [
          { id: 'c-1', punishment: prison(1) },
          { id: 'c-2', punishment: prison(1) },
        ]),
      ),
    ).toEqual([]);
  });
});
