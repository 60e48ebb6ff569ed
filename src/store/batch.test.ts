import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from './schema.js';
import { sqliteDialect, type StoreDialect } from './dialect.js';
import { insertRows, statementRows } from './batch.js';
import { RollcallSqliteDialect } from './sqlite-driver.js';

let dir: string;
let db: Kysely<Database>;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-batch-'));
  db = new Kysely<Database>({
    dialect: new RollcallSqliteDialect({ database: new BetterSqlite3(join(dir, 'b.sqlite')), immediate: true }),
  });
  await sql`create table meta (key text primary key, value text not null)`.execute(db);
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** A dialect that allows only 10 parameters per statement, to force many statements. */
const tiny: StoreDialect = { ...sqliteDialect, maxParams: 10 };
const META = { table: 'meta', columns: ['key', 'value'] } as const;

async function all(): Promise<Array<{ key: string; value: string }>> {
  return db.selectFrom('meta').selectAll().orderBy('key').execute();
}

describe('insertRows', () => {
  it('splits any row count into full statements and a tail of a few fixed sizes', () => {
    const split = (n: number, per: number) => {
      const sizes: number[] = [];
      for (let left = n; left > 0; left -= sizes[sizes.length - 1]!) sizes.push(statementRows(left, per));
      return sizes;
    };
    expect(split(2345, 1000)).toEqual([1000, 1000, 256, 64, 16, 4, 4, 1]);
    expect(split(7, 1000)).toEqual([4, 1, 1, 1]);
    const shapes = new Set<number>();
    for (let n = 1; n <= 3000; n++) split(n, 1000).forEach((size) => shapes.add(size));
    expect([...shapes].sort((a, b) => a - b)).toEqual([1, 4, 16, 64, 256, 1000]);
  });

  it('stores UTF-8 bytes given for a utf8 column as the same text a string would be', async () => {
    const text = '{"family":"Бабіч","given":"Раман ✓"}';
    const bytes = Buffer.from(`xx${text}yy`).subarray(2, 2 + Buffer.byteLength(text));
    await insertRows(db, tiny, { ...META, utf8Columns: ['value'] }, ['a', bytes, 'b', text]);
    const rows = await sql<{ key: string; value: string; type: string }>`
      select key, value, typeof(value) as type from meta order by key`.execute(db);
    expect(rows.rows).toEqual([
      { key: 'a', value: text, type: 'text' },
      { key: 'b', value: text, type: 'text' },
    ]);
  });

  it('splits rows over statements by the parameter limit and keeps every row', async () => {
    const values = Array.from({ length: 23 }, (_, i) => [`k${String(i).padStart(2, '0')}`, `v${i}`]).flat();
    await insertRows(db, tiny, META, values);
    const rows = await all();
    expect(rows).toHaveLength(23);
    expect(rows[22]).toEqual({ key: 'k22', value: 'v22' });
  });

  it('upserts on the key and returns RETURNING rows', async () => {
    await insertRows(db, sqliteDialect, META, ['a', '1', 'b', '2']);
    const returned = await insertRows<{ key: string }>(db, tiny, { ...META, upsertKey: ['key'], returning: ['key'] }, [
      'b',
      '20',
      'c',
      '30',
      'd',
      '40',
      'e',
      '50',
      'f',
      '60',
      'g',
      '70',
    ]);
    expect(returned.map((r) => r.key).sort()).toEqual(['b', 'c', 'd', 'e', 'f', 'g']);
    expect((await all()).map((r) => `${r.key}=${r.value}`)).toEqual([
      'a=1',
      'b=20',
      'c=30',
      'd=40',
      'e=50',
      'f=60',
      'g=70',
    ]);
  });

  it('does nothing for no values and refuses values that do not fill whole rows', async () => {
    expect(await insertRows(db, sqliteDialect, META, [])).toEqual([]);
    await expect(insertRows(db, sqliteDialect, META, ['lonely'])).rejects.toThrow(/do not fill rows/);
    expect(await all()).toEqual([]);
  });

  it('without an upsert key, a duplicate key fails the statement', async () => {
    await insertRows(db, sqliteDialect, META, ['a', '1']);
    await expect(insertRows(db, sqliteDialect, META, ['a', '2'])).rejects.toThrow(/UNIQUE/);
  });
});

describe('RollcallSqliteDialect', () => {
  it('keeps answering correctly past the prepared-statement cache size', async () => {
    for (let i = 0; i < 600; i++) {
      const row = await sql<{ n: number }>`select ${sql.lit(i)} + ${i} as n`.execute(db);
      expect(row.rows[0]?.n).toBe(2 * i);
    }
  });

  it('rolls back a failed transaction', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await insertRows(trx, sqliteDialect, META, ['x', '1']);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await all()).toEqual([]);
  });
});
