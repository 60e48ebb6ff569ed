/**
 * Durable commits: a write resolves only after a log flush that began after it
 * committed; flushes are shared by the commits that overlap them; the next writer
 * does not wait for this one's flush; a failed flush is reported, not swallowed.
 */
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { groupSync, walSync } from './durable-commit.js';
import { createKyselyStore } from './store.js';
import { sqliteDialect } from './dialect.js';
import { RollcallSqliteDialect } from './sqlite-driver.js';
import type { Database } from './schema.js';
import type { Store } from '../app/ports.js';
import { openTempStore, type TempStore } from './testing/temp-store.js';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}
function deferred(): Deferred {
  const d = {} as Deferred;
  d.promise = new Promise<void>((resolve, reject) => Object.assign(d, { resolve, reject }));
  return d;
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('groupSync', () => {
  it('runs one flush for the calls that arrive while another runs, and that flush starts after them', async () => {
    const flushes: Deferred[] = [];
    const sync = groupSync(() => {
      const d = deferred();
      flushes.push(d);
      return d.promise;
    });
    const settled: string[] = [];
    const first = sync().then(() => settled.push('first'));
    const later = [1, 2, 3].map((i) => sync().then(() => settled.push(`later ${i}`)));
    expect(flushes).toHaveLength(1);
    flushes[0]!.resolve();
    await first;
    await tick();
    expect(settled).toEqual(['first']); // the later calls committed after flush 1 began: not covered by it
    expect(flushes).toHaveLength(2);
    flushes[1]!.resolve();
    await Promise.all(later);
    expect(settled).toEqual(['first', 'later 1', 'later 2', 'later 3']);
    expect(flushes).toHaveLength(2);
    const alone = sync();
    expect(flushes).toHaveLength(3);
    flushes[2]!.resolve();
    await alone;
  });

  it('rejects the callers of a failed flush and flushes again for the next', async () => {
    let fail = true;
    let runs = 0;
    const sync = groupSync(async () => {
      runs++;
      if (fail) throw new Error('EIO');
    });
    await expect(sync()).rejects.toThrow('EIO');
    fail = false;
    await expect(sync()).resolves.toBeUndefined();
    expect(runs).toBe(2);
  });
});

describe('walSync', () => {
  let temp: TempStore | undefined;
  afterEach(async () => {
    await temp?.dispose();
    temp = undefined;
  });

  it('flushes the log of an open database, and treats a missing log as flushed', async () => {
    temp = await openTempStore();
    expect(existsSync(`${temp.path}-wal`)).toBe(true);
    await expect(walSync(temp.path)).resolves.toBeUndefined();
    await expect(walSync(`${temp.path}.absent`)).resolves.toBeUndefined();
  });

  it('reports any other failure', async () => {
    temp = await openTempStore();
    // A folder where the log should be: opening works, fsync of a directory too, so use a name in a file.
    await expect(walSync(`${temp.path}/inside-a-file`)).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

describe('a store with a flush after each commit', () => {
  let temp: TempStore | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    await temp?.dispose();
    store = temp = undefined;
  });

  /** A second store over a migrated file whose flush the test controls. */
  async function storeWithFlush(flush: () => Promise<void>): Promise<Store> {
    temp = await openTempStore();
    const raw = new BetterSqlite3(temp.path);
    const writer = new Kysely<Database>({ dialect: new RollcallSqliteDialect({ database: raw, immediate: true }) });
    return createKyselyStore({
      writer,
      reader: writer,
      dialect: sqliteDialect,
      description: 'sqlite:test',
      afterCommit: flush,
      close: () => writer.destroy(),
    });
  }

  it('resolves a write only after its flush, and lets the next writer commit meanwhile', async () => {
    const flushes: Deferred[] = [];
    store = await storeWithFlush(() => {
      const d = deferred();
      flushes.push(d);
      return d.promise;
    });
    let firstDone = false;
    const first = store.write(async () => 'first').then((v) => ((firstDone = true), v));
    await expect.poll(() => flushes.length).toBe(1);
    // The first is committed (the gate is free) but not flushed: a second write commits now.
    let secondCommitted = false;
    const second = store.write(async () => {
      secondCommitted = true;
      return 'second';
    });
    await expect.poll(() => secondCommitted).toBe(true);
    expect(firstDone).toBe(false);
    expect(await store.dataVersion()).toBe(2); // both committed
    flushes[0]!.resolve();
    await expect(first).resolves.toBe('first');
    await expect.poll(() => flushes.length).toBe(2);
    flushes[1]!.resolve();
    await expect(second).resolves.toBe('second');
  });

  it('says a failed flush left the change saved but perhaps not on disk', async () => {
    store = await storeWithFlush(async () => {
      throw new Error('EIO: i/o error, fsync');
    });
    await expect(store.write(async () => 1)).rejects.toMatchObject({
      code: 'store-io',
      message: expect.stringMatching(/saved .* flushing it to the disk failed/),
    });
    expect(await store.dataVersion()).toBe(1);
  });
});
