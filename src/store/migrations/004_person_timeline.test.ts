import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateRegistry } from '../../demo/generator.js';
import { projectPerson } from '../../domain/project-person.js';
import type { Person } from '../../domain/record.js';
import { openSqliteStore } from '../sqlite.js';
import { sqliteMigrationProvider } from './index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-m004-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A database at migration 003 holding `persons` as 003 stored them (no timeline). */
async function databaseAt003(path: string, revisions: ReadonlyArray<readonly Person[]>): Promise<void> {
  const raw = new BetterSqlite3(path);
  const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  const result = await new Migrator({ db: old, provider: sqliteMigrationProvider }).migrateTo('003_digests');
  expect(result.error).toBeUndefined();
  await old.destroy();
  const db = new BetterSqlite3(path);
  const addRevision = db.prepare(
    "insert into revisions (entity_type, entity_id, seq, at, actor, note, doc) values ('person', ?, ?, '2024-01-01T00:00:00Z', 'test', null, ?)",
  );
  const upsertPerson = db.prepare(
    `insert into persons (id, revision_id, status, sort_name, is_public, fictional) values (?, ?, 'other', '', ?, 1)
     on conflict (id) do update set revision_id = excluded.revision_id, is_public = excluded.is_public`,
  );
  db.transaction(() => {
    revisions.forEach((people, seq) => {
      for (const p of people) {
        const { lastInsertRowid } = addRevision.run(p.id, seq + 1, JSON.stringify(p));
        upsertPerson.run(p.id, lastInsertRowid, p.visibility === 'public' ? 1 : 0);
      }
    });
  })();
  db.close();
}

describe('migration 004_person_timeline', () => {
  it('backfills every person’s timeline from its current document, as a fresh projection would', async () => {
    const path = join(dir, 'db.sqlite');
    const people = generateRegistry({ size: 2300, seed: 9 }).persons.map((p, i): Person =>
      i % 13 === 0 ? { ...p, visibility: 'internal' } : p,
    );
    // A second revision for some people: the backfill must read the current one.
    const edited = people
      .filter((_, i) => i % 50 === 0)
      .map((p) => ({ ...p, events: p.events.map((e) => ({ ...e, visibility: 'internal' as const })) }));
    await databaseAt003(path, [people, edited]);

    const store = await openSqliteStore({ path });
    await store.close();

    const db = new BetterSqlite3(path, { readonly: true });
    const rows = db
      .prepare(
        `select p.id, t.is_public, t.timeline from persons p
         left join person_timelines t on t.person_id = p.id order by p.id`,
      )
      .all() as Array<{ id: string; is_public: number | null; timeline: string | null }>;
    db.close();
    const current = new Map<string, Person>(people.map((p) => [p.id, p]));
    for (const p of edited) current.set(p.id, p);
    expect(rows).toHaveLength(people.length);
    for (const row of rows) {
      const fresh = projectPerson(current.get(row.id)!);
      expect(row.timeline).toBe(fresh.timeline);
      expect(row.is_public).toBe(fresh.isPublic ? 1 : 0);
    }
    const editedRow = rows.find((r) => r.id === edited[0]!.id)!;
    expect(JSON.parse(editedRow.timeline!).e).toEqual([]);
  }, 60_000);
});
