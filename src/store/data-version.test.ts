/**
 * `Store.dataVersion()`: cheap when nothing changed, right after a write here or
 * in another process's connection to the same file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTempStore, type TempStore } from './testing/temp-store.js';
import { openSqliteStore } from './sqlite.js';

let temp: TempStore;
beforeEach(async () => {
  temp = await openTempStore();
});
afterEach(() => temp.dispose());

// Every write bumps the version once.
const bump = (store = temp.store) => store.write(async () => undefined);

describe('Store.dataVersion', () => {
  it('answers without a read transaction while nothing changes', async () => {
    const first = await temp.store.dataVersion();
    const read = vi.spyOn(temp.store, 'read');
    expect(await temp.store.dataVersion()).toBe(first);
    expect(await temp.store.dataVersion()).toBe(first);
    expect(read).not.toHaveBeenCalled();
  });

  it('sees a write made through this store', async () => {
    const before = await temp.store.dataVersion();
    await bump();
    expect(await temp.store.dataVersion()).toBeGreaterThan(before);
    expect(await temp.store.dataVersion()).toBe(await temp.store.read(() => temp.store.dataVersion()));
  });

  it('sees a commit by another connection (another process, e.g. a CLI import)', async () => {
    const other = await openSqliteStore({ path: temp.path });
    const readonly = await openSqliteStore({ path: temp.path, readonly: true });
    try {
      const before = await temp.store.dataVersion();
      const seenReadonly = await readonly.dataVersion();
      await bump(other);
      await bump(other);
      expect(await temp.store.dataVersion()).toBe(before + 2);
      expect(await readonly.dataVersion()).toBe(seenReadonly + 2);
    } finally {
      await other.close();
      await readonly.close();
    }
  });

  it('always reads on an in-memory store', async () => {
    const memory = await openSqliteStore({ path: ':memory:' });
    try {
      const before = await memory.dataVersion();
      await memory.write(async () => undefined);
      expect(await memory.dataVersion()).toBeGreaterThan(before);
    } finally {
      await memory.close();
    }
  });

  it('refuses once the store is closed', async () => {
    const store = await openSqliteStore({ path: ':memory:' });
    await store.close();
    await expect(store.dataVersion()).rejects.toMatchObject({ code: 'store-closed' });
  });
});
