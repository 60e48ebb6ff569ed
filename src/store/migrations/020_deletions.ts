/**
 * 020: a partial index of deletion snapshots, so the staff list of deleted records
 * (`RevisionRepository.deletions`) reads a handful of rows, not every revision.
 */
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX revisions_deletions ON revisions (entity_type, entity_id, seq) WHERE doc IS NULL`.execute(db);
}
