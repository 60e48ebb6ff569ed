import { describe, expect, it } from 'vitest';
import { adjustedCounts, compareUtf8, withChanged } from './figures-changes.js';
import { countOn, type FigureSubject } from './figures.js';

const subject = (personId: string, start: number, end: number | null, isPublic = true): FigureSubject => ({
  personId,
  sex: null,
  region: null,
  articles: [],
  currentFacilityId: null,
  isPublic,
  custody: [
    {
      startMin: start - 10,
      startMax: start,
      endMin: end,
      endMax: end === null ? null : end + 10,
      counted: true,
      releaseReason: null,
    },
  ],
});

describe('compareUtf8', () => {
  it('orders texts as their UTF-8 bytes', () => {
    const texts = [
      'p-1',
      'p-10',
      'p-2',
      'p-',
      'p-a',
      'p-A',
      'p-_',
      'p-\uffff',
      'p-\ud83d\ude00',
      'p-é',
      'p-\ue000',
      '',
    ];
    const bytes = [...texts].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...texts].sort(compareUtf8)).toEqual(bytes);
  });
});

describe('withChanged and adjustedCounts', () => {
  const ids = Array.from({ length: 120 }, (_, i) => `p-${String(i * 2).padStart(4, '0')}`);
  const before = ids.map((id, i) => subject(id, 100 + i, i % 3 ? 300 + i : null, i % 5 !== 0));
  const days = [50, 100, 150, 250, 305, 330, 500];
  const counts = new Map(days.map((d) => [d, countOn(before, d)]));

  for (const n of [1, 5, 40]) {
    it(`replaces, removes and adds ${n} people as a fresh load would give them`, () => {
      const changed = ids.filter((_, i) => i % Math.floor(120 / n) === 0).slice(0, n);
      const fresh = changed.filter((_, i) => i % 2 === 0).map((id) => subject(id, 200, 240));
      const added = [subject('p-0001', 90, null), subject('p-9999', 400, null)];
      const all = [...changed, 'p-0001', 'p-9999'];
      const { subjects, removed } = withChanged(before, all, [...added, ...fresh]);
      const expected = [...before.filter((s) => !all.includes(s.personId)), ...fresh, ...added].sort((a, b) =>
        compareUtf8(a.personId, b.personId),
      );
      expect(subjects).toEqual(expected);
      expect(removed.map((s) => s.personId).sort()).toEqual(changed.sort());
      const adjusted = adjustedCounts(counts, removed, [...added, ...fresh]);
      for (const d of days) expect(adjusted.get(d)).toEqual(countOn(expected, d));
    });
  }
});
