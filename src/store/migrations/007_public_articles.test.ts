import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Person } from '../../domain/record.js';
import { openSqliteStore } from '../sqlite.js';
import { sqliteMigrationProvider } from './index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-m007-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const person = (id: string, internalCase: boolean, facilityOnTransfer: boolean) =>
  Person.parse({
    id,
    names: [{ family: id, system: 'latn' }],
    cases: [
      { id: `c-${id}-1`, charges: [{ article: '342' }] },
      { id: `c-${id}-2`, charges: [{ article: '356' }], visibility: internalCase ? 'internal' : 'public' },
    ],
    events: [
      { id: `e-${id}-1`, kind: 'detention', date: '2021-01-01', facilityId: 'f-sizo' },
      { id: `e-${id}-2`, kind: 'recognition', date: '2021-02-01' },
      { id: `e-${id}-3`, kind: 'transfer', date: '2021-06-01', ...(facilityOnTransfer ? { facilityId: 'f-ik' } : {}) },
    ],
  });

/** A database at migration 004 holding people as the old projection stored them (every case's articles). */
async function databaseAt004(path: string, people: readonly Person[]): Promise<void> {
  const raw = new BetterSqlite3(path);
  const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  const result = await new Migrator({ db: old, provider: sqliteMigrationProvider }).migrateTo('004_person_timeline');
  expect(result.error).toBeUndefined();
  await old.destroy();
  const db = new BetterSqlite3(path);
  const addRevision = db.prepare(
    "insert into revisions (entity_type, entity_id, seq, at, actor, note, doc) values ('person', ?, 1, '2024-01-01T00:00:00Z', 'test', null, ?)",
  );
  const addPerson = db.prepare(
    `insert into persons (id, revision_id, status, sort_name, is_public, fictional, current_facility_id)
     values (?, ?, 'imprisoned', '', 1, 0, 'f-sizo')`,
  );
  const addArticle = db.prepare('insert into person_articles (person_id, article) values (?, ?)');
  db.transaction(() => {
    for (const p of people) {
      const { lastInsertRowid } = addRevision.run(p.id, JSON.stringify(p));
      addPerson.run(p.id, lastInsertRowid);
      for (const article of ['342', '356']) addArticle.run(p.id, article);
    }
  })();
  db.close();
}

describe('migration 007_public_articles', () => {
  it('drops the articles of internal cases and recomputes the current facility', async () => {
    const path = join(dir, 'db.sqlite');
    await databaseAt004(path, [person('p-a', true, false), person('p-b', false, true), person('p-c', false, false)]);
    const store = await openSqliteStore({ path });
    await store.close();
    const db = new BetterSqlite3(path, { readonly: true });
    const articles = db.prepare('select person_id, article from person_articles order by 1, 2').all();
    const facilities = db.prepare('select id, current_facility_id as f from persons order by id').all();
    db.close();
    expect(articles).toEqual([
      { person_id: 'p-a', article: '342' },
      { person_id: 'p-b', article: '342' },
      { person_id: 'p-b', article: '356' },
      { person_id: 'p-c', article: '342' },
      { person_id: 'p-c', article: '356' },
    ]);
    expect(facilities).toEqual([
      { id: 'p-a', f: null },
      { id: 'p-b', f: 'f-ik' },
      { id: 'p-c', f: null },
    ]);
  });
});
