/**
 * Large loads into a transaction: building a B-tree index once, sorted, after the
 * rows are in is much cheaper than growing it row by row in key order it was not
 * written in (measured on 100k people: the `persons` and event indexes were most of
 * an import's insert time). The indexes are dropped and rebuilt inside the caller's
 * transaction, so a rollback restores them and other connections never see them
 * missing (SQLite and PostgreSQL both have transactional DDL).
 */
import { sql, type Kysely } from 'kysely';
import type { BulkLoadRepository } from '../app/ports.js';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';

/** Tables whose secondary indexes a bulk load suspends. Primary keys and UNIQUE constraints stay. */
const BULK_TABLES = ['revisions', 'persons', 'person_custody', 'person_events', 'person_articles'];

/**
 * Builds the repository bound to `db` (a write transaction).
 *
 * @example
 * const rebuild = await bulkLoadRepository(trx, sqliteDialect).suspendIndexes();
 * await insertManyRows(); await rebuild();
 */
export function bulkLoadRepository(db: Kysely<Database>, dialect: StoreDialect): BulkLoadRepository {
  return {
    async suspendIndexes() {
      if (dialect.name !== 'sqlite') return async () => {};
      const indexes = await sql<{ name: string; sql: string }>`
        select name, sql from sqlite_master
        where type = 'index' and sql is not null and tbl_name in (${sql.join(BULK_TABLES)})
        order by name`.execute(db);
      for (const index of indexes.rows) await sql`drop index ${sql.id(index.name)}`.execute(db);
      let rebuilt = false;
      return async () => {
        if (rebuilt) return;
        rebuilt = true;
        for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
      };
    },
  };
}
