import { describe, expect, it } from 'vitest';
import { checkPerson, checkRegistry, type CheckContext, type Finding } from './checks.js';
import { Person, type Case, type Event, type EventKind } from './record.js';

let seq = 0;
function ev(kind: EventKind, date: string, extra: Partial<Event> = {}): Event {
  return { id: `e-${++seq}`, kind, date, sourceIds: ['s-digest'], visibility: 'public', ...extra };
}
function person(
  id: string,
  events: Event[],
  cases: Array<Partial<Case> & { id: string }> = [],
  extra: Record<string, unknown> = {},
): Person {
  return Person.parse({ id, names: [{ family: id, system: 'latn' }], events, cases, ...extra });
}
const codes = (findings: Finding[]) => findings.map((f) => f.code);
const serious = (findings: Finding[]) => findings.filter((f) => f.severity !== 'info');

const ctx: CheckContext = {
  today: '2024-06-01',
  sourceIds: new Set(['s-digest', 's-court']),
  sourceDates: new Map([
    ['s-digest', '2024-02-02'],
    ['s-court', '2022-05'],
  ]),
  facilityIds: new Set(['f-sizo7', 'f-ik4', 'f-ik15']),
};

const twoYears = { kind: 'deprivation_of_liberty', regime: 'general', term: { years: 2, months: 0, days: 0 } } as const;

function mikhniuk(detention: string): Person {
  return person(
    'p-mikhniuk',
    [
      ev('detention', detention),
      ev('pretrial_placement', detention, { facilityId: 'f-sizo7' }),
      ev('recognition', detention),
      ev('verdict', '2022-05', { caseId: 'c-1', sourceIds: ['s-court'] }),
      ev('transfer', '2022-07', { facilityId: 'f-ik4' }),
      ev('release', '2024-01-29', {
        releaseReason: 'term_served',
        statedTimeServed: { years: 1, months: 10, days: 4 },
      }),
    ],
    [{ id: 'c-1', charges: [{ article: '368', part: 1 }], verdictDate: '2022-05', punishment: twoYears }],
  );
}

describe('checkPerson: Zinaida Mikhniuk in the January 2024 digest', () => {
  it('finds the stated time served that does not fit the detention date as written', () => {
    const findings = checkPerson(mikhniuk('2020-03-25'), ctx);
    const mismatch = findings.find((f) => f.code === 'stated-time-served-mismatch');
    expect(mismatch).toMatchObject({ severity: 'error', personId: 'p-mikhniuk' });
    expect(mismatch!.message).toContain(
      'Stated 1 year, 10 months, and 4 days, but detention 2020-03-25 to release 2024-01-29 is 3 years, 10 months, and 4 days.',
    );
    expect(mismatch!.message).toContain('A detention on 2022-03-25 would fit');
    expect(mismatch!.details).toMatchObject({ fittingDetentionDate: '2022-03-25', detentionDate: '2020-03-25' });
    expect(codes(findings)).toContain('served-longer-than-sentence');
  });

  it('finds nothing wrong once the detention date is corrected', () => {
    expect(serious(checkPerson(mikhniuk('2022-03-25'), ctx))).toEqual([]);
  });
});

function takarchuk(): Person {
  return person(
    'p-takarchuk',
    [
      ev('verdict', '2020-11', { caseId: 'c-1' }),
      ev('detention', '2021-01-14', {
        caseId: 'c-1',
        sourceIds: [],
        inferred: {
          rule: 'time-served',
          reasoning: 'released 2024-05-06 after 3 years, 3 months, and 22 days as stated',
        },
      }),
      ev('recognition', '2021-01-14', {
        sourceIds: [],
        inferred: { rule: 'time-served', reasoning: 'with the detention' },
      }),
      ev('release', '2024-05-06', {
        releaseReason: 'term_served',
        statedTimeServed: { years: 3, months: 3, days: 22 },
        facilityId: 'f-ik15',
      }),
    ],
    [
      {
        id: 'c-1',
        charges: [{ article: '363', part: 2 }],
        verdictDate: '2020-11',
        punishment: { kind: 'deprivation_of_liberty', term: { years: 3, months: 6, days: 0 } },
      },
    ],
  );
}

describe('checkPerson: Artsiom Takarchuk in the January 2024 digest', () => {
  const findings = checkPerson(takarchuk(), ctx);

  it('finds a release reported by a source published before it', () => {
    const f = findings.find((x) => x.code === 'event-after-source-date');
    expect(f).toMatchObject({
      severity: 'error',
      details: { eventDate: '2024-05-06', latestSourceDate: '2024-02-02' },
    });
    expect(f!.message).toContain('s-digest (2024-02-02)');
  });

  it('finds the verdict before the (inferred) detention', () => {
    const order = findings.filter((x) => x.code === 'events-out-of-order');
    expect(order.length).toBeGreaterThan(0);
    expect(order[0]).toMatchObject({
      caseId: 'c-1',
      details: { rule: 'verdict-before-detention', detentionDate: '2021-01-14' },
    });
    expect(order[0]!.message).toContain('inferred');
  });

  it('lists the inferred dates for staff, and does not flag the stated time served', () => {
    expect(findings.filter((x) => x.code === 'inferred-date')).toHaveLength(2);
    expect(codes(findings)).not.toContain('stated-time-served-mismatch');
  });

  it('also finds the release in the future when checked on the digest day', () => {
    expect(codes(checkPerson(takarchuk(), { ...ctx, today: '2024-02-02' }))).toContain('date-in-future');
  });

  it('puts errors first', () => {
    const ranks = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort());
  });
});

describe('checkPerson: invalid input', () => {
  it('reports impossible dates and skips the date rules', () => {
    // The schema refuses impossible days now; records stored before it may still hold them.
    const p = person(
      'p-1',
      [ev('detention', '2023-02-28'), ev('release', '2022-01-01')],
      [{ id: 'c-1', verdictDate: '2023-02-28' }],
    );
    p.events[0]!.date = '2023-02-29';
    p.cases[0]!.verdictDate = '2023-02-30';
    const findings = checkPerson(p, ctx);
    expect(codes(findings)).toEqual(['invalid-date', 'invalid-date']);
    expect(findings[0]).toMatchObject({ details: { field: 'events.0.date', value: '2023-02-29' } });
    expect(findings[1]).toMatchObject({ caseId: 'c-1', details: { field: 'cases.0.verdictDate' } });
  });

  it('still runs the reference rules when dates are invalid', () => {
    const p = person('p-1', [ev('detention', '2023-02-28', { facilityId: 'f-nowhere' })]);
    p.events[0]!.date = '2023-02-29'; // as stored before the schema refused it
    expect(codes(checkPerson(p, ctx))).toEqual(['invalid-date', 'unknown-facility']);
  });

  it('rejects a malformed today', () => {
    expect(() => checkPerson(mikhniuk('2022-03-25'), { today: '02.02.2024' })).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });

  it('finds nothing in a record without events', () => {
    expect(checkPerson(person('p-1', []), ctx)).toEqual([]);
  });
});

describe('checkRegistry', () => {
  it('streams the findings of every person in order', () => {
    function* persons() {
      yield mikhniuk('2020-03-25');
      yield mikhniuk('2022-03-25');
      yield takarchuk();
    }
    const findings = [...checkRegistry(persons(), ctx)];
    expect(new Set(findings.map((f) => f.personId))).toEqual(new Set(['p-mikhniuk', 'p-takarchuk']));
    expect(findings.filter((f) => f.code === 'stated-time-served-mismatch')).toHaveLength(1);
    const ids = findings.map((f) => f.personId);
    expect(ids.indexOf('p-takarchuk')).toBeGreaterThan(ids.lastIndexOf('p-mikhniuk'));
  });

  it('is lazy', () => {
    const iterator = checkRegistry(
      (function* () {
        yield mikhniuk('2020-03-25');
        throw new Error('read too far');
      })(),
      ctx,
    );
    expect(iterator.next().value).toMatchObject({ personId: 'p-mikhniuk' });
  });
});
