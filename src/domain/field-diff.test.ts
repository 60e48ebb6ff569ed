import { describe, expect, it } from 'vitest';
import { fieldDiff } from './field-diff.js';

describe('fieldDiff', () => {
  it('names changed, added and removed fields by path', () => {
    expect(fieldDiff({ a: 1, b: { c: 'x' }, d: 1 }, { a: 1, b: { c: 'y' }, e: 2 })).toEqual([
      { path: 'b.c', before: 'x', after: 'y' },
      { path: 'd', before: 1 },
      { path: 'e', after: 2 },
    ]);
  });

  it('matches sub-records by id and reports a new order once', () => {
    const e1 = { id: 'e-1', date: '2022' };
    const e2 = { id: 'e-2', date: '2023' };
    expect(fieldDiff({ events: [e1] }, { events: [{ id: 'e-0', date: '2021' }, e1] })).toEqual([
      { path: 'events[e-0]', after: { id: 'e-0', date: '2021' } },
    ]);
    expect(fieldDiff({ events: [e1, e2] }, { events: [e2, e1] })).toEqual([
      { path: 'events(order)', before: ['e-1', 'e-2'], after: ['e-2', 'e-1'] },
    ]);
    expect(fieldDiff({ events: [e1] }, { events: [{ ...e1, date: '2022-05' }] })).toEqual([
      { path: 'events[e-1].date', before: '2022', after: '2022-05' },
    ]);
  });

  it('gives nothing for equal records and the whole record for a deletion', () => {
    expect(fieldDiff({ a: [1, 2] }, { a: [1, 2] })).toEqual([]);
    expect(fieldDiff({ a: 1 }, null)).toEqual([{ path: '(record)', before: { a: 1 }, after: null }]);
  });
});
