/**
 * 006: the tamper-evident audit log, researcher proposals and merge redirects.
 *
 * - `audit_log`: append-only; each row carries the SHA-256 of the previous row
 *   (`prev_hash`) and its own (`hash`) over a canonical serialisation
 *   (`src/domain/audit.ts`). Nothing secret or about the client is a column.
 * - `proposals`: a researcher's change waiting for an editor: a full snapshot of
 *   the record like a revision, the revision it was based on and its state.
 * - `person_redirects`: a person merged into another answers with a permanent
 *   redirect to it; the row names the merge's revisions so an undo can find them.
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('revision_id', 'integer')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('proposals')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('base_revision_id', 'integer')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('doc', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reviewer', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('revision_id', 'integer')
    .execute();
  await db.schema.createIndex('proposals_state').on('proposals').columns(['state', 'id']).execute();
  await db.schema.createIndex('proposals_entity').on('proposals').columns(['entity_type', 'entity_id']).execute();
  await db.schema
    .createTable('person_redirects')
    .addColumn('from_id', 'text', (c) => c.primaryKey())
    .addColumn('to_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('from_revision_id', 'integer', (c) => c.notNull())
    .addColumn('to_revision_id', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_redirects').execute();
  await db.schema.dropTable('proposals').execute();
  await db.schema.dropTable('audit_log').execute();
}
