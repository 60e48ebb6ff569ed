/**
 * 009: the court catalogue (reference data like `articles`): one row per court, its
 * document (names in be, ru and en). Seeded from `domain/courts.ts` when empty; cases
 * name a court by `courtId`.
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('courts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('courts').execute();
}
