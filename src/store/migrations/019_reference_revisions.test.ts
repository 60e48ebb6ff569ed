import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../sqlite.js';
import { sqliteMigrationProvider } from './index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-m019-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 019_reference_revisions', () => {
  it('gives every court and article stored before a first revision holding its document', async () => {
    const path = join(dir, 'db.sqlite');
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(path) }) });
    const result = await new Migrator({ db: old, provider: sqliteMigrationProvider }).migrateTo('014_passkeys');
    expect(result.error).toBeUndefined();
    await old.destroy();
    const raw = new BetterSqlite3(path);
    const court = { id: 'ct-x', name: { en: 'X Court' } };
    const article = { code: '342', title: { en: 'Group actions' } };
    raw.prepare('insert into courts (id, doc) values (?, ?)').run(court.id, JSON.stringify(court));
    raw.prepare('insert into articles (code, doc) values (?, ?)').run(article.code, JSON.stringify(article));
    raw.close();
    const store = await openSqliteStore({ path });
    const [c, a] = await store.read((r) =>
      Promise.all([r.revisions.latestFor('court', 'ct-x'), r.revisions.latestFor('article', '342')]),
    );
    await store.close();
    expect(c).toMatchObject({ seq: 1, actor: 'rollcall', doc: court });
    expect(a).toMatchObject({ seq: 1, actor: 'rollcall', doc: article });
  });
});
