import { describe, expect, it } from 'vitest';
import { custodyPeriods, orderEvents, periodTimeServed, statusOn, timeServed } from './custody.js';
import { isoToDay } from './partial-date.js';
import { Person, type Event, type EventKind } from './record.js';

let seq = 0;
function ev(kind: EventKind, date: string, extra: Partial<Event> = {}): Event {
  seq += 1;
  return { id: `e-${seq}`, kind, date, sourceIds: [], visibility: 'public', ...extra };
}
function person(events: Event[]): Person {
  return Person.parse({ id: 'p-1', names: [{ family: 'Luchynovich', given: 'Aliaksandr', system: 'latn' }], events });
}
const d = isoToDay;

describe('orderEvents', () => {
  it('orders by first day, then last day, then record order', () => {
    const events = [
      ev('release', '2024-01-13'),
      ev('verdict', '2022-07'),
      ev('detention', '2022-07-01'),
      ev('trial', '2022-07-01'),
    ];
    expect(orderEvents(events).map((o) => o.event.kind)).toEqual(['detention', 'trial', 'verdict', 'release']);
  });
});

describe('custodyPeriods', () => {
  it('treats re-detention after an administrative arrest as one period (Luchynovich)', () => {
    const p = person([
      ev('administrative_arrest', '2022-03-31', { facilityId: 'f-akr' }),
      ev('re_detention', '2022-04-10', { caseId: 'c-1' }),
      ev('pretrial_placement', '2022-04-12', { facilityId: 'f-sizo3' }),
      ev('recognition', '2022-05'),
      ev('verdict', '2022-07', { caseId: 'c-1' }),
      ev('transfer', '2022-09', { facilityId: 'f-ik15' }),
      ev('release', '2024-01-13', { releaseReason: 'term_served' }),
    ]);
    const periods = custodyPeriods(p);
    expect(periods).toHaveLength(1);
    const [only] = periods;
    expect(only).toMatchObject({
      startMin: d('2022-03-31'),
      startMax: d('2022-03-31'),
      endMin: d('2024-01-13'),
      endMax: d('2024-01-13'),
      counted: true,
      releaseReason: 'term_served',
      facilityId: 'f-ik15',
    });
    expect(only?.startEvent.kind).toBe('administrative_arrest');
    expect(timeServed(p)).toEqual({
      exact: { years: 1, months: 9, days: 13 },
      min: { years: 1, months: 9, days: 13 },
      max: { years: 1, months: 9, days: 13 },
      ongoing: false,
    });
  });

  it('finds several periods and ignores a release while not in custody', () => {
    const p = person([
      ev('release', '2019-01-01'),
      ev('detention', '2020-08-10'),
      ev('release', '2020-08-20', { releaseReason: 'released_pending_trial' }),
      ev('transfer', '2021-02-01', { facilityId: 'f-sizo1' }),
      ev('death', '2023-05-05'),
    ]);
    const periods = custodyPeriods(p);
    expect(periods.map((x) => [x.startEvent.kind, x.endEvent?.kind, x.counted])).toEqual([
      ['detention', 'release', false],
      ['transfer', 'death', false],
    ]);
    expect(periods[0]?.releaseReason).toBe('released_pending_trial');
    expect(periods[1]).toMatchObject({ facilityId: 'f-sizo1', releaseReason: null });
  });

  it('keeps an ongoing period open', () => {
    const periods = custodyPeriods(person([ev('detention', '2023-01-05'), ev('recognition', '2023-02-01')]));
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ endEvent: null, endMin: null, endMax: null, counted: true });
  });

  it('gives no periods without custody events', () => {
    expect(custodyPeriods(person([ev('search', '2022-01-01'), ev('recognition', '2022-02-01')]))).toEqual([]);
  });
});

describe('recognition rules', () => {
  it('applies a recognition after release retroactively to the latest period', () => {
    const p = person([
      ev('detention', '2020-01-01'),
      ev('release', '2020-02-01'),
      ev('detention', '2021-01-01'),
      ev('release', '2021-06-01'),
      ev('recognition', '2021-09-01'),
    ]);
    expect(custodyPeriods(p).map((x) => x.counted)).toEqual([false, true]);
  });

  it('applies to a period whose start may be on or before the recognition (partial dates)', () => {
    const p = person([ev('detention', '2022-05'), ev('recognition', '2022-05-10')]);
    expect(custodyPeriods(p)[0]?.counted).toBe(true);
  });

  it('does not carry a recognition over to a later detention', () => {
    const p = person([
      ev('detention', '2020-01-01'),
      ev('recognition', '2020-02-01'),
      ev('release', '2020-03-01'),
      ev('detention', '2022-01-01'),
    ]);
    expect(custodyPeriods(p).map((x) => x.counted)).toEqual([true, false]);
  });

  it('ignores a recognition before any custody', () => {
    const p = person([ev('recognition', '2019-01-01'), ev('detention', '2020-01-01')]);
    expect(custodyPeriods(p).map((x) => x.counted)).toEqual([false]);
  });

  it('splits a counted period at recognition_end, and resumes at a later recognition', () => {
    const p = person([
      ev('detention', '2021-01-01', { facilityId: 'f-sizo1' }),
      ev('recognition', '2021-03-01'),
      ev('recognition_end', '2022-01-01'),
      ev('transfer', '2022-02-01', { facilityId: 'f-ik3' }),
      ev('recognition', '2022-06-01'),
      ev('release', '2023-01-01', { releaseReason: 'pardon' }),
    ]);
    const rows = custodyPeriods(p);
    expect(rows.map((r) => [r.startEvent.kind, r.endEvent?.kind, r.counted, r.facilityId, r.releaseReason])).toEqual([
      ['detention', 'recognition_end', true, 'f-sizo1', null],
      ['recognition_end', 'recognition', false, 'f-ik3', null],
      ['recognition', 'release', true, 'f-ik3', 'pardon'],
    ]);
    expect(rows[0]?.endMin).toBe(d('2022-01-01'));
    expect(rows[1]?.startMin).toBe(d('2022-01-01'));
    // Splitting does not change the time served.
    expect(timeServed(p).exact).toEqual({ years: 2, months: 0, days: 0 });
  });

  it('leaves a finished period counted when recognition ends after release', () => {
    const p = person([
      ev('detention', '2021-01-01'),
      ev('recognition', '2021-03-01'),
      ev('release', '2021-06-01'),
      ev('recognition_end', '2021-08-01'),
    ]);
    expect(custodyPeriods(p).map((r) => r.counted)).toEqual([true]);
  });
});

describe('timeServed', () => {
  const mikhniuk = person([
    ev('detention', '2022-03-25'),
    ev('recognition', '2022-04'),
    ev('verdict', '2022-05'),
    ev('release', '2024-01-29', { releaseReason: 'term_served' }),
  ]);

  it('matches the digest', () => {
    expect(timeServed(mikhniuk).exact).toEqual({ years: 1, months: 10, days: 4 });
  });

  it('counts an ongoing period up to a day, or leaves it out', () => {
    const p = person([ev('detention', '2022-03-31'), ev('recognition', '2022-05-01')]);
    expect(timeServed(p)).toEqual({
      exact: { years: 0, months: 0, days: 0 },
      min: { years: 0, months: 0, days: 0 },
      max: { years: 0, months: 0, days: 0 },
      ongoing: true,
    });
    const at = timeServed(p, '2024-01-13');
    expect(at.exact).toEqual({ years: 1, months: 9, days: 13 });
    expect(at.ongoing).toBe(true);
  });

  it('cuts finished periods at the given day and leaves out later ones', () => {
    expect(timeServed(mikhniuk, '2023-03-25')).toMatchObject({
      exact: { years: 1, months: 0, days: 0 },
      ongoing: true,
    });
    expect(timeServed(mikhniuk, '2022-03-25')).toMatchObject({
      exact: { years: 0, months: 0, days: 0 },
      ongoing: false,
    });
    expect(timeServed(mikhniuk, '2025-01-01')).toMatchObject({
      exact: { years: 1, months: 10, days: 4 },
      ongoing: false,
    });
  });

  it('adds several periods end to end', () => {
    const p = person([
      ev('administrative_arrest', '2020-08-09'),
      ev('release', '2020-08-24'), // 15 days
      ev('detention', '2021-01-10'),
      ev('release', '2021-02-10'), // 31 days
    ]);
    expect(timeServed(p).exact).toEqual({ years: 0, months: 1, days: 15 }); // 46 days from 2020-08-09
  });

  it('gives a range, not an exact term, for partial and approximate dates', () => {
    const p = person([ev('detention', '2022-05'), ev('release', '2022-07-10')]);
    const t = timeServed(p);
    expect(t.exact).toBeNull();
    expect(t.min).toEqual({ years: 0, months: 1, days: 10 }); // from May 31
    expect(t.max).toEqual({ years: 0, months: 2, days: 9 }); // from May 1
    const approx = person([ev('detention', '~2022-05-01'), ev('release', '2022-07-10')]);
    expect(timeServed(approx).exact).toBeNull();
    expect(timeServed(approx).min).toEqual({ years: 0, months: 2, days: 9 });
  });

  it('never gives a negative term when partial ranges overlap', () => {
    const p = person([ev('detention', '2022-05'), ev('release', '2022-05-10')]);
    expect(timeServed(p).min).toEqual({ years: 0, months: 0, days: 0 });
    expect(timeServed(p).max).toEqual({ years: 0, months: 0, days: 9 });
  });

  it('rejects a bad day', () => {
    expect(() => timeServed(mikhniuk, '2024-13-01')).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });
});

describe('periodTimeServed', () => {
  it('measures one period and refuses an open one without a day', () => {
    const [p] = custodyPeriods(person([ev('detention', '2022-03-31')]));
    if (!p) throw new Error('expected a period');
    expect(() => periodTimeServed(p)).toThrow(expect.objectContaining({ code: 'ongoing-period' }));
    expect(periodTimeServed(p, d('2024-01-13')).exact).toEqual({ years: 1, months: 9, days: 13 });
  });
});

describe('statusOn', () => {
  const p = person([
    ev('search', '2020-12-01'),
    ev('detention', '2021-01-01'),
    ev('recognition', '2021-02-01'),
    ev('release', '2023-01-01'),
  ]);

  it('follows the timeline', () => {
    expect(statusOn(p, d('2020-12-31'))).toBe('other');
    expect(statusOn(p, d('2021-01-01'))).toBe('imprisoned');
    expect(statusOn(p, d('2022-12-31'))).toBe('imprisoned');
    expect(statusOn(p, d('2023-01-01'))).toBe('released');
  });

  it('knows death, and never counts unrecognised custody', () => {
    const dead = person([ev('detention', '2021-01-01'), ev('recognition', '2021-02-01'), ev('death', '2022-03-03')]);
    expect(statusOn(dead, d('2022-03-02'))).toBe('imprisoned');
    expect(statusOn(dead, d('2022-03-03'))).toBe('deceased');
    expect(statusOn(person([ev('detention', '2021-01-01')]), d('2022-01-01'))).toBe('other');
  });

  it('does not call a person released when only the recognition ended', () => {
    const q = person([
      ev('detention', '2021-01-01'),
      ev('recognition', '2021-02-01'),
      ev('recognition_end', '2022-01-01'),
    ]);
    expect(statusOn(q, d('2021-06-01'))).toBe('imprisoned');
    expect(statusOn(q, d('2022-06-01'))).toBe('other');
  });
});
