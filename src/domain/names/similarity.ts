/**
 * Edit distances and typo neighbourhoods on name keys.
 */

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), or
 * `max + 1` as soon as it is known to exceed `max`.
 *
 * @example
 * editDistance('luCinaviC', 'luCniaviC', 2) // 1 (a swap)
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(2 * (n + 1));
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Reused rows of the distance table (the module is single-threaded). */
const rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The strings obtained by deleting one character (distinct). */
export function deletions(key: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}

/** Edits tolerated for a key of this length: none below 4, one below 7, else two. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/**
 * Similarity of two keys in [0, 1]: 1 when equal, then decreasing with the edit distance
 * relative to length; 0 beyond the typo budget of the shorter key.
 */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const budget = typoBudget(Math.min(a.length, b.length));
  if (budget === 0) return 0;
  const d = editDistance(a, b, budget);
  if (d > budget) return 0;
  return Math.max(0, 0.86 - 0.18 * (d - 1) - 0.6 / Math.max(a.length, b.length));
}
