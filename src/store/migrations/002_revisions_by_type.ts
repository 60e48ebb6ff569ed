/**
 * 002: index revisions by entity type and id, for `RevisionRepository.since`
 * (incremental rebuilds read "all person revisions after id N").
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('revisions_type_id').on('revisions').columns(['entity_type', 'id']).execute();
}
