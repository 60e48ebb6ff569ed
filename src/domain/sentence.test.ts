import { describe, expect, it } from 'vitest';
import { CREDIT_RATIOS } from './reference-data.js';
import { Person, type Punishment, type Regime } from './record.js';
import { creditRatioFor, expectedReleases, projectedRelease } from './sentence.js';

type CaseIn = Record<string, unknown>;
type EventIn = Record<string, unknown>;

function person(id: string, events: EventIn[], cases: CaseIn[]): Person {
  return Person.parse({ id, names: [{ family: 'Test', system: 'latn' }], events, cases });
}
const dol = (years: number, regime: Regime = 'general'): Punishment => ({
  kind: 'deprivation_of_liberty',
  regime,
  term: { years, months: 0, days: 0 },
});

describe('creditRatioFor', () => {
  it('picks the ratio in force on the verdict date for the punishment and regime', () => {
    expect(creditRatioFor(CREDIT_RATIOS, dol(2), '2021-06-19')?.ratio).toBe(1.5);
    expect(creditRatioFor(CREDIT_RATIOS, dol(2, 'strengthened'), '2021-06-18')?.ratio).toBe(1);
    expect(creditRatioFor(CREDIT_RATIOS, dol(2, 'strict'), '2023-01-01')).toMatchObject({ ratio: 1, verified: false });
    expect(creditRatioFor(CREDIT_RATIOS, { kind: 'deprivation_of_liberty' }, '2023-01-01')).toBeNull();
    expect(creditRatioFor(CREDIT_RATIOS, { kind: 'arrest' }, '2023-01-01')).toBeNull();
  });
});

describe('projectedRelease', () => {
  it('credits pre-trial days at 1.5 since 2021-06-19', () => {
    const p = person(
      'p-1',
      [{ id: 'e-1', kind: 'detention', date: '2022-01-01' }],
      [{ id: 'c-1', verdictDate: '2022-07-01', punishment: dol(2) }],
    );
    const r = projectedRelease(p, CREDIT_RATIOS);
    // 181 pre-trial days × 0.5 = 90.5 -> 90 extra days; 2024-01-01 − 90 days.
    expect(r).toMatchObject({ caseId: 'c-1', date: '2023-10-03', min: '2023-10-03', max: '2023-10-03' });
    expect(r?.basis.join('\n')).toContain('181 days × (1.5 − 1) = 90 extra days');
    expect(r?.basis.join('\n')).toContain('custody start + term = 2024-01-01');
  });

  it('gives no extra credit before 2021-06-19 or without ratios', () => {
    const p = person(
      'p-2',
      [
        { id: 'e-1', kind: 'administrative_arrest', date: '2020-08-09' },
        { id: 'e-2', kind: 're_detention', date: '2020-08-20' },
      ],
      [{ id: 'c-1', verdictDate: '2020-12-15', punishment: { ...dol(3), term: { years: 3, months: 6, days: 0 } } }],
    );
    expect(projectedRelease(p, CREDIT_RATIOS)?.date).toBe('2024-02-09');
    const later = person(
      'p-3',
      [{ id: 'e-1', kind: 'detention', date: '2022-01-01' }],
      [{ id: 'c-1', verdictDate: '2022-07-01', punishment: dol(2) }],
    );
    expect(projectedRelease(later, [])?.date).toBe('2024-01-01');
    expect(projectedRelease(later, [])?.basis.join('\n')).toContain('count 1:1');
  });

  it('uses the latest custodial case and arrest terms', () => {
    const p = person(
      'p-4',
      [{ id: 'e-1', kind: 'detention', date: '2023-01-10' }],
      [
        {
          id: 'c-1',
          verdictDate: '2023-02-01',
          punishment: { kind: 'arrest', term: { years: 0, months: 3, days: 0 } },
        },
        { id: 'c-0', verdictDate: '2022-01-01', punishment: { kind: 'fine', amount: 100 } },
      ],
    );
    expect(projectedRelease(p, CREDIT_RATIOS)).toMatchObject({ caseId: 'c-1', date: '2023-04-10' });
  });

  it('adds the term of a later verdict in the same custody period (Art. 411 in prison)', () => {
    const p = person(
      'p-411',
      [{ id: 'e-1', kind: 'detention', date: '2020-01-10' }],
      [
        { id: 'c-1', verdictDate: '2020-05-01', punishment: dol(2) },
        { id: 'c-2', verdictDate: '2021-11-15', punishment: dol(1) },
      ],
    );
    const r = projectedRelease(p, CREDIT_RATIOS);
    // 2020-01-10 + 2 years (1:1 before 2021-06-19) = 2022-01-10, plus one year for c-2.
    expect(r).toMatchObject({ caseId: 'c-2', date: '2023-01-10' });
    expect(r?.basis.join('\n')).toContain('added to the rest of the term');
  });

  it('gives a range for partial dates', () => {
    const p = person(
      'p-5',
      [{ id: 'e-1', kind: 'detention', date: '2022-03' }],
      [{ id: 'c-1', verdictDate: '2022-07', punishment: dol(2, 'prison') }],
    );
    const r = projectedRelease(p, CREDIT_RATIOS);
    expect(r).toMatchObject({ date: null, min: '2024-03-01', max: '2024-03-31' });
    expect(r?.basis.at(-1)).toBe('projected release between 2024-03-01 and 2024-03-31');
  });

  it('moves a release absorbed by credit to the verdict day', () => {
    const p = person(
      'p-6',
      [{ id: 'e-1', kind: 'detention', date: '2022-01-01' }],
      [{ id: 'c-1', verdictDate: '2022-12-01', punishment: { ...dol(1), term: { years: 0, months: 6, days: 0 } } }],
    );
    // The term ended (2022-07-01) before the verdict: release on the verdict day, not earlier.
    expect(projectedRelease(p, CREDIT_RATIOS)?.date).toBe('2022-12-01');
  });

  it('gives nothing for life imprisonment, released people, no verdict or no custody', () => {
    const detained = [{ id: 'e-1', kind: 'detention', date: '2022-01-01' }];
    expect(
      projectedRelease(
        person('p-7', detained, [{ id: 'c-1', verdictDate: '2022-07-01', punishment: { kind: 'life_imprisonment' } }]),
        CREDIT_RATIOS,
      ),
    ).toBeNull();
    const released = [...detained, { id: 'e-2', kind: 'release', date: '2023-01-01' }];
    expect(
      projectedRelease(
        person('p-8', released, [{ id: 'c-1', verdictDate: '2022-07-01', punishment: dol(2) }]),
        CREDIT_RATIOS,
      ),
    ).toBeNull();
    expect(projectedRelease(person('p-9', detained, [{ id: 'c-1', punishment: dol(2) }]), CREDIT_RATIOS)).toBeNull();
    expect(
      projectedRelease(
        person('p-10', [], [{ id: 'c-1', verdictDate: '2022-07-01', punishment: dol(2) }]),
        CREDIT_RATIOS,
      ),
    ).toBeNull();
    expect(
      projectedRelease(
        person('p-11', detained, [
          { id: 'c-1', verdictDate: '2022-07-01', punishment: { kind: 'deprivation_of_liberty' } },
        ]),
        CREDIT_RATIOS,
      ),
    ).toBeNull();
  });

  it('ignores a verdict from an earlier, finished custody period', () => {
    const p = person(
      'p-12',
      [
        { id: 'e-1', kind: 'detention', date: '2019-01-01' },
        { id: 'e-2', kind: 'release', date: '2020-01-01' },
        { id: 'e-3', kind: 'detention', date: '2023-01-01' },
      ],
      [{ id: 'c-1', verdictDate: '2019-06-01', punishment: dol(1) }],
    );
    expect(projectedRelease(p, CREDIT_RATIOS)).toBeNull();
  });
});

describe('expectedReleases', () => {
  const mk = (id: string, detained: string, verdict: string) =>
    person(
      id,
      [{ id: 'e-1', kind: 'detention', date: detained }],
      [{ id: 'c-1', verdictDate: verdict, punishment: dol(2, 'strict') }],
    );

  it('lists projected releases in the range, sorted by date', () => {
    const people = [
      mk('p-b', '2022-05-10', '2022-09-01'), // 2024-05-10
      mk('p-a', '2022-04-02', '2022-09-01'), // 2024-04-02
      mk('p-c', '2023-01-01', '2023-05-01'), // 2025-01-01
      mk('p-d', '2022-06', '2022-09-01'), // 2024-06-01 .. 2024-06-30
    ];
    expect(expectedReleases(people, '2024-04-01', '2024-06-15', CREDIT_RATIOS)).toEqual([
      { personId: 'p-a', date: '2024-04-02', min: '2024-04-02', max: '2024-04-02' },
      { personId: 'p-b', date: '2024-05-10', min: '2024-05-10', max: '2024-05-10' },
      { personId: 'p-d', date: null, min: '2024-06-01', max: '2024-06-30' },
    ]);
    expect(expectedReleases(people, '2026-01-01', '2026-12-31', CREDIT_RATIOS)).toEqual([]);
  });

  it('rejects a bad range', () => {
    expect(() => expectedReleases([], '2024-04', '2024-05-01', CREDIT_RATIOS)).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });
});
