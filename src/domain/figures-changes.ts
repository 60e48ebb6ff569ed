/**
 * Bringing loaded figure subjects up to date with a few changed people, instead of
 * loading everyone again: the subjects with the changed people's replaced, and counts
 * on days already counted adjusted by what the changed people contributed before and
 * after. Subjects are in the store's id order (text compared as UTF-8 bytes).
 */
import { countOn, type DayCount, type FigureSubject } from './figures.js';

/** Above this many changed people, one pass over all subjects beats a search per person. */
const SEARCH_LIMIT = 32;

/**
 * `subjects` with the people `ids` replaced by `fresh` (their subjects now, any order; an
 * id without one is left out), and the subjects taken out. A new array: the old one may
 * still be in use.
 *
 * @example
 * withChanged(subjects, ['p-2'], [p2Now]); // { subjects: [..., p2Now, ...], removed: [p2Before] }
 */
export function withChanged(
  subjects: readonly FigureSubject[],
  ids: readonly string[],
  fresh: readonly FigureSubject[],
): { subjects: FigureSubject[]; removed: FigureSubject[] } {
  const changed = new Set(ids);
  let out: FigureSubject[];
  const removed: FigureSubject[] = [];
  if (changed.size > SEARCH_LIMIT) {
    out = [];
    for (const s of subjects) (changed.has(s.personId) ? removed : out).push(s);
  } else {
    out = subjects.slice();
    for (const id of changed) {
      const at = lowerBound(out, id);
      if (out[at]?.personId === id) removed.push(...out.splice(at, 1));
    }
  }
  for (const subject of fresh) out.splice(lowerBound(out, subject.personId), 0, subject);
  return { subjects: out, removed };
}

/**
 * Counts on days (by epoch day) once `removed` are taken out of the subjects counted
 * and `added` put in (each person counted at most once, as `countOn` does).
 */
export function adjustedCounts(
  counts: ReadonlyMap<number, DayCount>,
  removed: readonly FigureSubject[],
  added: readonly FigureSubject[],
): Map<number, DayCount> {
  const out = new Map<number, DayCount>();
  for (const [day, count] of counts) {
    const before = countOn(removed, day);
    const after = countOn(added, day);
    out.set(day, {
      certain: count.certain - before.certain + after.certain,
      possible: count.possible - before.possible + after.possible,
    });
  }
  return out;
}

/** The first position whose id is not before `id`. */
function lowerBound(subjects: readonly FigureSubject[], id: string): number {
  let lo = 0;
  let hi = subjects.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareUtf8(subjects[mid]!.personId, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Compares texts as their UTF-8 bytes (SQLite's order for text), i.e. by code point. */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** UTF-16 units reordered so that surrogates (code points above U+FFFF) sort after the rest of the BMP. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}
