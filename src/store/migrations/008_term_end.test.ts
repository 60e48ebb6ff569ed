import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoToDay } from '../../domain/partial-date.js';
import { Person } from '../../domain/record.js';
import { openSqliteStore } from '../sqlite.js';
import { sqliteMigrationProvider } from './index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-m008-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const person = (id: string, years: number, released: boolean) =>
  Person.parse({
    id,
    names: [{ family: id, system: 'latn' }],
    cases: [
      {
        id: `c-${id}`,
        verdictDate: '2020-05-01',
        punishment: { kind: 'deprivation_of_liberty', regime: 'general', term: { years, months: 0, days: 0 } },
      },
    ],
    events: [
      { id: `e-${id}-1`, kind: 'detention', date: '2020-01-10' },
      { id: `e-${id}-2`, kind: 'recognition', date: '2020-02-01' },
      ...(released ? [{ id: `e-${id}-3`, kind: 'release', date: '2021-01-10' }] : []),
    ],
  });

describe('migration 008_term_end', () => {
  it('adds term_end_max and fills it for people in custody from their current documents', async () => {
    const path = join(dir, 'db.sqlite');
    const raw = new BetterSqlite3(path);
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const result = await new Migrator({ db: old, provider: sqliteMigrationProvider }).migrateTo('007_public_articles');
    expect(result.error).toBeUndefined();
    await old.destroy();
    const db = new BetterSqlite3(path);
    const addRevision = db.prepare(
      "insert into revisions (entity_type, entity_id, seq, at, actor, note, doc) values ('person', ?, 1, '2024-01-01T00:00:00Z', 'test', null, ?)",
    );
    const addPerson = db.prepare(
      `insert into persons (id, revision_id, status, sort_name, is_public, fictional) values (?, ?, ?, '', 1, 0)`,
    );
    for (const [p, status] of [
      [person('p-one', 1, false), 'imprisoned'],
      [person('p-ten', 10, false), 'imprisoned'],
      [person('p-out', 1, true), 'released'],
    ] as const) {
      const { lastInsertRowid } = addRevision.run(p.id, JSON.stringify(p));
      addPerson.run(p.id, lastInsertRowid, status);
    }
    db.close();
    const store = await openSqliteStore({ path });
    await store.close();
    const check = new BetterSqlite3(path, { readonly: true });
    const rows = check.prepare('select id, term_end_max as t from persons order by id').all();
    check.close();
    expect(rows).toEqual([
      { id: 'p-one', t: isoToDay('2021-01-10') },
      { id: 'p-out', t: null },
      { id: 'p-ten', t: isoToDay('2030-01-10') },
    ]);
  });
});
