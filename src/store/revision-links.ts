/**
 * Records point at their current revision. Before a row is pointed at a revision,
 * the revision must exist, belong to that record and not be a deletion.
 */
import { sql, type Kysely } from 'kysely';
import type { EntityType } from '../app/ports.js';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';
import { RollcallError } from '../domain/errors.js';

export interface RevisionLink {
  entityId: string;
  revisionId: number;
}

/** Revision ids per lookup query. */
const IDS_PER_QUERY = 500;

/**
 * Throws `revision-mismatch` unless every `revisionId` is a stored, non-deleting
 * revision of `entityType`/`entityId`.
 */
export async function checkRevisionLinks(
  db: Kysely<Database>,
  dialect: StoreDialect,
  entityType: EntityType,
  links: readonly RevisionLink[],
): Promise<void> {
  for (let start = 0; start < links.length; start += IDS_PER_QUERY) {
    const chunk = links.slice(start, start + IDS_PER_QUERY);
    for (const link of chunk) {
      if (!Number.isInteger(link.revisionId)) {
        throw mismatch(entityType, link, `revision id must be an integer, got ${String(link.revisionId)}`);
      }
    }
    const rows = await db
      .selectFrom('revisions')
      .select(['id', 'entity_type', 'entity_id', sql<number>`case when doc is null then 1 else 0 end`.as('deleted')])
      .where((eb) =>
        dialect.inList(
          eb.ref('id'),
          chunk.map((l) => l.revisionId),
        ),
      )
      .execute();
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    for (const link of chunk) {
      const rev = byId.get(link.revisionId);
      if (!rev) throw mismatch(entityType, link, `revision ${link.revisionId} does not exist`);
      if (rev.entity_type !== entityType || rev.entity_id !== link.entityId) {
        throw mismatch(entityType, link, `revision ${link.revisionId} belongs to ${rev.entity_type} ${rev.entity_id}`);
      }
      if (Number(rev.deleted) === 1) throw mismatch(entityType, link, `revision ${link.revisionId} records a deletion`);
    }
  }
}

function mismatch(entityType: EntityType, link: RevisionLink, why: string): RollcallError {
  return new RollcallError(
    'revision-mismatch',
    `Cannot save ${entityType} ${link.entityId}: ${why}. Append the record's revision first and save with its id.`,
    { entityType, entityId: link.entityId, revisionId: link.revisionId },
  );
}
