/**
 * Concurrent reads each get a connection of their own: a read that waits on
 * work another read started completes instead of deadlocking, and many
 * overlapping reads all finish.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from './testing/temp-store.js';

let temp: TempStore;
beforeEach(async () => {
  temp = await openTempStore();
});
afterEach(() => temp.dispose());

describe('concurrent reads', () => {
  it('lets a read wait on another read started after it', async () => {
    let finishB!: (n: number) => void;
    const bDone = new Promise<number>((resolve) => (finishB = resolve));
    const a = temp.store.read(async (r) => {
      await r.persons.count({ audience: 'staff' });
      return bDone; // A keeps its transaction open until B has run
    });
    const b = temp.store.read(async (r) => {
      const n = await r.persons.count({ audience: 'staff' });
      finishB(n);
      return n;
    });
    await expect(Promise.all([a, b])).resolves.toEqual([0, 0]);
  });

  it('answers fifty overlapping reads', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        temp.store.read(async (r) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          return r.persons.count({ audience: 'staff' });
        }),
      ),
    );
    expect(results).toEqual(Array(50).fill(0));
  });
});
