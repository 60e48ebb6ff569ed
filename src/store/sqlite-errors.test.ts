/** Errors SQLite really throws (constraint, read-only, not a database) come out of the store as their codes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { RollcallError } from '../domain/errors.js';
import { sqliteError } from './sqlite-errors.js';
import { openSqliteStore } from './sqlite.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-sqlite-errors-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('sqliteError', () => {
  it('names a constraint, a read-only file and a file that is not a database', () => {
    const file = join(dir, 'raw.sqlite');
    const db = new BetterSqlite3(file);
    db.exec('create table t (id text primary key)');
    db.exec("insert into t values ('a')");
    const constraint = sqliteError(
      thrown(() => db.exec("insert into t values ('a')")),
      'sqlite:x',
    );
    expect(constraint?.code).toBe('store-constraint');
    expect(constraint?.message).toContain('nothing was written');
    expect(constraint?.details).toEqual({ sqlite: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    db.close();

    const ro = new BetterSqlite3(file, { readonly: true });
    expect(
      sqliteError(
        thrown(() => ro.exec("insert into t values ('b')")),
        'sqlite:x',
      )?.code,
    ).toBe('store-readonly');
    ro.close();

    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not a database, only text long enough to have a header '.repeat(20));
    const bad = new BetterSqlite3(junk);
    expect(
      sqliteError(
        thrown(() => bad.exec('select * from sqlite_master')),
        'sqlite:x',
      )?.code,
    ).toBe('store-corrupt');
    bad.close();
  });

  it('leaves errors that are not SQLite’s alone', () => {
    expect(sqliteError(new Error('boom'), 'sqlite:x')).toBeNull();
    expect(sqliteError(new RollcallError('not-found', 'No.'), 'sqlite:x')).toBeNull();
    expect(sqliteError({ code: 'SQLITE_SCHEMA' }, 'sqlite:x')).toBeNull();
  });

  it('is what the store throws for a broken rule inside a write, and for a damaged file at opening', async () => {
    const store = await openSqliteStore({ path: join(dir, 'store.sqlite') });
    const entry = {
      seq: 1,
      at: '2024-02-02T12:00:00.000Z',
      actor: 'test',
      action: 'record.create',
      resourceType: null,
      resourceId: null,
      revisionId: null,
      outcome: 'ok' as const,
      details: {},
      prevHash: '0'.repeat(64),
      hash: '1'.repeat(64),
    };
    // The same entry number twice: the log's primary key refuses the second, and the whole write rolls back.
    const write = store.write(async (repos) => {
      await repos.audit.append(entry);
      await repos.audit.append(entry);
    });
    await expect(write).rejects.toMatchObject({ code: 'store-constraint' });
    expect(await store.read((repos) => repos.audit.head())).toBeNull();
    await store.close();

    const junk = join(dir, 'damaged.sqlite');
    writeFileSync(junk, 'not a database '.repeat(100));
    await expect(openSqliteStore({ path: junk })).rejects.toMatchObject({ code: 'store-corrupt' });
    await expect(openSqliteStore({ path: junk, readonly: true })).rejects.toMatchObject({ code: 'store-corrupt' });
  });
});
