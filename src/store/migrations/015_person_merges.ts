/**
 * 015: the merges of duplicate persons (`src/app/merge.ts`). Each row is one merge:
 * who merged which person into which, the revisions both sides were based on, the
 * revisions the merge wrote (the merged record, the deletion of the merged-away one)
 * and, once undone, who undid it and the revisions the undo wrote. The redirect itself
 * stays in `person_redirects` (006); an index on its `to_id` finds the redirects that
 * point at a person.
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('person_merges')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('from_id', 'text', (c) => c.notNull())
    .addColumn('to_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('from_base_revision_id', 'integer', (c) => c.notNull())
    .addColumn('to_base_revision_id', 'integer', (c) => c.notNull())
    .addColumn('from_revision_id', 'integer', (c) => c.notNull())
    .addColumn('to_revision_id', 'integer', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by', 'text')
    .addColumn('undo_from_revision_id', 'integer')
    .addColumn('undo_to_revision_id', 'integer')
    .execute();
  await db.schema.createIndex('person_merges_from').on('person_merges').column('from_id').execute();
  await db.schema.createIndex('person_merges_to').on('person_merges').column('to_id').execute();
  await db.schema.createIndex('person_redirects_to').on('person_redirects').column('to_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('person_redirects_to').execute();
  await db.schema.dropTable('person_merges').execute();
}
