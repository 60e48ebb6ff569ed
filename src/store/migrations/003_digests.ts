/**
 * 003: digests. One row per digest (kind, month, language) holding its current
 * document; every change is also a revision (entity type `digest`).
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('digests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('revision_id', 'integer', (c) => c.notNull().references('revisions.id'))
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('digests_status_lang')
    .on('digests')
    .columns(['status', 'lang', 'published_at'])
    .execute();
  await db.schema.createIndex('digests_month').on('digests').columns(['month', 'kind', 'lang']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('digests').execute();
}
