import { mkdtempSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDbPath, openSqliteStore } from './sqlite.js';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { SQLITE_MIGRATIONS, sqliteMigrationProvider } from './migrations/index.js';
import { syntheticPerson } from './testing/synthetic.js';
import { savePeople } from './testing/temp-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-sqlite-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function rawQuery<T>(path: string, sqlText: string): T[] {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db.prepare(sqlText).all() as T[];
  } finally {
    db.close();
  }
}

describe('openSqliteStore', () => {
  it('creates the parent folder and the file, and describes itself', async () => {
    const path = join(dir, 'a', 'b', 'rollcall.sqlite');
    const store = await openSqliteStore({ path });
    expect(existsSync(path)).toBe(true);
    expect(store.description).toBe(`sqlite:${path}`);
    await store.close();
  });

  it('applies every migration once, and reopening applies none and keeps the data', async () => {
    const path = join(dir, 'db.sqlite');
    const first = await openSqliteStore({ path });
    await first.write((repos) => savePeople(repos, [syntheticPerson(1)]));
    await first.close();
    const second = await openSqliteStore({ path });
    expect(await second.read((repos) => repos.persons.count({ audience: 'staff' }))).toBe(1);
    await second.close();
    const applied = rawQuery<{ name: string }>(path, 'select name from kysely_migration order by name');
    expect(applied.map((m) => m.name)).toEqual(Object.keys(SQLITE_MIGRATIONS).sort());
  });

  it('applies only the missing migrations to an older database', async () => {
    const path = join(dir, 'old.sqlite');
    const raw = new BetterSqlite3(path);
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const result = await new Migrator({ db: old, provider: sqliteMigrationProvider }).migrateTo('001_initial');
    expect(result.error).toBeUndefined();
    await old.destroy();
    await expect(openSqliteStore({ path, readonly: true })).rejects.toMatchObject({
      code: 'store-outdated',
      details: { pending: Object.keys(SQLITE_MIGRATIONS).sort().slice(1) },
    });
    const store = await openSqliteStore({ path });
    await store.close();
    const indexes = rawQuery<{ name: string }>(path, "select name from sqlite_master where type = 'index'");
    expect(indexes.map((i) => i.name)).toContain('revisions_type_id');
    expect(rawQuery<{ n: number }>(path, 'select count(*) as n from kysely_migration')[0]?.n).toBe(
      Object.keys(SQLITE_MIGRATIONS).length,
    );
  });

  it('puts the file in WAL mode and enforces foreign keys (removing a person cascades)', async () => {
    const path = join(dir, 'db.sqlite');
    const store = await openSqliteStore({ path });
    expect(rawQuery<{ journal_mode: string }>(path, 'pragma journal_mode')[0]?.journal_mode).toBe('wal');
    const { person, projection } = syntheticPerson(2);
    await expect(
      store.write(async (repos) => {
        const revisionId = await repos.revisions.append({
          entityType: 'person',
          entityId: person.id,
          actor: 't',
          note: null,
          at: '2024-01-01T00:00:00Z',
          doc: person,
        });
        await repos.persons.save(person, projection, revisionId);
        await repos.persons.remove(person.id);
        expect(await repos.persons.count({ audience: 'staff', article: projection.articles[0] })).toBe(0);
      }),
    ).resolves.toBeUndefined();
    // Only ON DELETE CASCADE (foreign_keys = ON) removes the projection rows.
    for (const table of ['person_events', 'person_custody', 'person_articles']) {
      expect(rawQuery<{ n: number }>(path, `select count(*) as n from ${table}`)[0]?.n).toBe(0);
    }
    await store.close();
  });

  /** 2 MiB in a table of its own, then deleted: free pages in the file once checkpointed. */
  function fillAndDelete(path: string): void {
    const raw = new BetterSqlite3(path);
    raw.exec('create table scratch (b blob)');
    const insert = raw.prepare('insert into scratch (b) values (?)');
    for (let i = 0; i < 512; i++) insert.run(Buffer.alloc(4096, i));
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.exec('delete from scratch');
    raw.close();
  }

  it('gives the pages a delete freed back to the file system on checkpoint (a new file: auto_vacuum=incremental)', async () => {
    const path = join(dir, 'db.sqlite');
    const store = await openSqliteStore({ path });
    expect(rawQuery<{ auto_vacuum: number }>(path, 'pragma auto_vacuum')[0]?.auto_vacuum).toBe(2);
    fillAndDelete(path);
    const full = statSync(path).size;
    expect(await store.checkpoint?.()).toEqual({ complete: true, freePages: 0 });
    expect(statSync(path).size).toBeLessThan(full - 2 * 1024 * 1024);
    expect(statSync(`${path}-wal`).size).toBe(0);
    await store.close();
  });

  it('keeps the auto_vacuum mode of an existing file (changing it takes a VACUUM) and reports its free pages', async () => {
    const path = join(dir, 'old.sqlite');
    const raw = new BetterSqlite3(path);
    raw.pragma('journal_mode = WAL');
    raw.exec('create table early (a)');
    raw.close();
    const store = await openSqliteStore({ path });
    fillAndDelete(path);
    const done = await store.checkpoint?.();
    expect(done?.complete).toBe(true);
    expect(done?.freePages).toBeGreaterThanOrEqual(512);
    expect(rawQuery<{ auto_vacuum: number }>(path, 'pragma auto_vacuum')[0]?.auto_vacuum).toBe(0);
    await store.close();
  });

  it('refuses a projection of another person and keeps nothing', async () => {
    const { store, close } = await fileStore();
    const { person, projection } = syntheticPerson(3);
    await expect(
      store.write(async (repos) => {
        const revisionId = await repos.revisions.append({
          entityType: 'person',
          entityId: person.id,
          actor: 't',
          note: null,
          at: '2024-01-01T00:00:00Z',
          doc: person,
        });
        await repos.persons.save(person, projection, revisionId);
        await repos.persons.save(person, { ...projection, personId: 'p-nobody' }, revisionId);
      }),
    ).rejects.toMatchObject({ code: 'projection-mismatch' });
    expect(await store.read((repos) => repos.persons.count({ audience: 'staff' }))).toBe(0);
    await close();
  });

  it('rolls the whole write back when the callback throws', async () => {
    const { store, close } = await fileStore();
    await store.write((repos) => savePeople(repos, [syntheticPerson(1)]));
    const versionBefore = await store.dataVersion();
    await expect(
      store.write(async (repos) => {
        await savePeople(repos, [syntheticPerson(2), syntheticPerson(3)]);
        await repos.persons.remove('p-1');
        expect(await repos.persons.count({ audience: 'staff' })).toBe(2);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await store.read(async (repos) => {
      expect(await repos.persons.ids(null, 10)).toEqual(['p-1']);
      expect(await repos.revisions.listFor('person', 'p-2')).toEqual([]);
      expect(await store.dataVersion()).toBe(versionBefore);
    });
    await close();
  });

  it('bumps the data version once per successful write', async () => {
    const { store, close } = await fileStore();
    const v0 = await store.dataVersion();
    await store.write(async () => undefined);
    await store.write(async () => {
      await store.write(async () => undefined); // joins the open transaction
    });
    expect(await store.dataVersion()).toBe(v0 + 2);
    await close();
  });

  it('lets reads run beside an open write and see only committed data', async () => {
    const { store, close } = await fileStore();
    await store.write(async (repos) => {
      await savePeople(repos, [syntheticPerson(1)]);
      expect(await repos.persons.count({ audience: 'staff' })).toBe(1);
      // A nested read joins the write and sees its changes.
      expect(await store.read((r) => r.persons.count({ audience: 'staff' }))).toBe(1);
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const writing = store.write(async (repos) => {
      await savePeople(repos, [syntheticPerson(2)]);
      await gate;
    });
    // Another, independent read (not nested) sees the last commit only.
    const outside = await new Promise<number>((resolve, reject) => {
      setImmediate(() => store.read((r) => r.persons.count({ audience: 'staff' })).then(resolve, reject));
    });
    release();
    await writing;
    expect(outside).toBe(1);
    expect(await store.read((r) => r.persons.count({ audience: 'staff' }))).toBe(2);
    await close();
  });

  it('refuses a write inside a read', async () => {
    const { store, close } = await fileStore();
    await expect(store.read(() => store.write(async () => 1))).rejects.toMatchObject({ code: 'write-in-read' });
    await close();
  });

  it('fails clearly after close', async () => {
    const { store } = await fileStore();
    await store.close();
    await expect(store.read(async () => 1)).rejects.toMatchObject({ code: 'store-closed' });
    await store.close(); // closing twice is harmless
  });

  it('opens read-only: reads work, writes are refused', async () => {
    const path = join(dir, 'db.sqlite');
    const writable = await openSqliteStore({ path });
    await writable.write((repos) => savePeople(repos, [syntheticPerson(5)]));
    await writable.close();
    const store = await openSqliteStore({ path, readonly: true });
    expect(store.description).toContain('read-only');
    expect(await store.read((repos) => repos.persons.exists('p-5'))).toBe(true);
    await expect(store.write(async () => 1)).rejects.toMatchObject({ code: 'store-readonly' });
    await store.close();
  });

  it('refuses read-only opening of a missing or unmigrated file, and read-only memory', async () => {
    await expect(openSqliteStore({ path: join(dir, 'missing.sqlite'), readonly: true })).rejects.toMatchObject({
      code: 'store-not-found',
    });
    const empty = join(dir, 'empty.sqlite');
    new BetterSqlite3(empty).close();
    await expect(openSqliteStore({ path: empty, readonly: true })).rejects.toMatchObject({ code: 'store-outdated' });
    await expect(openSqliteStore({ path: ':memory:', readonly: true })).rejects.toMatchObject({
      code: 'store-invalid-options',
    });
  });

  it('refuses a file that is not a database', async () => {
    const path = join(dir, 'text.sqlite');
    writeFileSync(path, 'this is not a database, just some text that is long enough '.repeat(20));
    await expect(openSqliteStore({ path })).rejects.toThrow();
  });

  it('works in memory for quick checks', async () => {
    const store = await openSqliteStore({ path: ':memory:' });
    await store.write((repos) => savePeople(repos, [syntheticPerson(1)]));
    expect(await store.read((repos) => repos.persons.count({ audience: 'staff' }))).toBe(1);
    await store.close();
  });
});

describe('defaultDbPath', () => {
  it('reads ROLLCALL_DB, else ./data/rollcall.sqlite', () => {
    const saved = process.env.ROLLCALL_DB;
    try {
      delete process.env.ROLLCALL_DB;
      expect(defaultDbPath()).toBe('./data/rollcall.sqlite');
      process.env.ROLLCALL_DB = '/srv/x.sqlite';
      expect(defaultDbPath()).toBe('/srv/x.sqlite');
    } finally {
      if (saved === undefined) delete process.env.ROLLCALL_DB;
      else process.env.ROLLCALL_DB = saved;
    }
  });
});

async function fileStore() {
  const store = await openSqliteStore({ path: join(dir, 'db.sqlite') });
  return { store, close: () => store.close() };
}
