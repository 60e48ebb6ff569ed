import { describe, expect, it } from 'vitest';
import { readableDiff } from './readable-diff.js';

const base = {
  id: 'p-1',
  names: [{ family: 'Каваленка', given: 'Алег', system: 'be-cyrl' }],
  tags: ['a'],
  events: [{ id: 'e-1', kind: 'detention', date: '2022' }],
  cases: [{ id: 'c-1', charges: [{ article: '342' }] }],
};

describe('readableDiff', () => {
  it('names sub-records added, removed and changed instead of JSON paths', () => {
    const after = {
      ...base,
      names: [...base.names, { family: 'Коваленко', given: 'Олег', system: 'ru-cyrl' }],
      tags: ['a', 'b'],
      events: [
        { id: 'e-1', kind: 'detention', date: '2022-05-13' },
        { id: 'e-2', kind: 'verdict', date: '2022-11' },
      ],
      cases: [],
    };
    expect(readableDiff(base, after)).toEqual([
      { action: 'added', part: 'name', value: after.names[1] },
      { action: 'removed', part: 'case', id: 'c-1', value: base.cases[0] },
      {
        action: 'changed',
        part: 'event',
        id: 'e-1',
        field: 'date',
        before: '2022',
        after: '2022-05-13',
        context: after.events[0],
      },
      { action: 'added', part: 'event', id: 'e-2', value: after.events[1] },
      { action: 'changed', part: 'field', field: 'tags', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('says created and deleted for whole records', () => {
    expect(readableDiff(null, base)).toEqual([{ action: 'created', part: 'record', value: base }]);
    expect(readableDiff(base, null)).toEqual([{ action: 'deleted', part: 'record', value: base }]);
    expect(readableDiff(base, base)).toEqual([]);
  });
});
