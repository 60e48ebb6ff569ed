import { describe, expect, it } from 'vitest';
import { fieldDiff } from './field-diff.js';
import { pathSegments, takeMine, valueAt } from './field-merge.js';

const base = {
  sex: 'male',
  names: [{ family: 'A' }],
  events: [
    { id: 'e-1', date: '2022' },
    { id: 'e-2', date: '2023' },
  ],
};
const theirs = {
  ...base,
  sex: 'female',
  events: [
    { id: 'e-1', date: '2022-05' },
    { id: 'e-2', date: '2023' },
  ],
};
const mine = {
  ...base,
  names: [{ family: 'B' }],
  events: [
    { id: 'e-2', date: '2023' },
    { id: 'e-1', date: '2022-06' },
    { id: 'e-3', date: '2024' },
  ],
};

describe('takeMine', () => {
  it('reads the paths fieldDiff writes', () => {
    expect(pathSegments('events[e-1].date')).toEqual([{ key: 'events' }, { id: 'e-1' }, { key: 'date' }]);
    expect(valueAt(mine, 'names.0.family')).toBe('B');
    expect(valueAt(mine, 'events[e-3]')).toEqual({ id: 'e-3', date: '2024' });
    expect(valueAt(mine, 'events(order)')).toEqual(['e-2', 'e-1', 'e-3']);
  });

  it('keeps theirs except where mine is taken, for every path either side changed', () => {
    const paths = fieldDiff(base, mine).map((c) => c.path);
    expect(paths).toEqual(expect.arrayContaining(['names.0.family', 'events[e-1].date', 'events[e-3]']));
    const merged = takeMine(theirs, mine, paths);
    expect(merged.sex).toBe('female');
    expect(merged.names[0]?.family).toBe('B');
    expect(merged.events).toEqual([
      { id: 'e-2', date: '2023' },
      { id: 'e-1', date: '2022-06' },
      { id: 'e-3', date: '2024' },
    ]);
    expect(theirs.events[0]?.date).toBe('2022-05'); // not modified in place
  });

  it('removes what mine removed when taken', () => {
    const removed = { ...base, events: [{ id: 'e-2', date: '2023' }] };
    expect(takeMine(theirs, removed, ['events[e-1]']).events.map((e) => e.id)).toEqual(['e-2']);
    expect(takeMine({ a: 1, b: 2 }, { a: 1 }, ['b'])).toEqual({ a: 1 });
  });
});
