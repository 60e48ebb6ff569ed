/**
 * `ProposalRepository`: researchers' changes awaiting an editor. A proposal is
 * never deleted; review sets its state, reviewer and comment.
 */
import type { Kysely, Selectable } from 'kysely';
import type { EntityType, Proposal, ProposalRepository } from '../app/ports.js';
import type { Database, ProposalsTable } from './schema.js';

export function proposalRepository(db: Kysely<Database>): ProposalRepository {
  return {
    async add(p) {
      const row = await db
        .insertInto('proposals')
        .values({
          entity_type: p.entityType,
          entity_id: p.entityId,
          base_revision_id: p.baseRevisionId,
          state: 'pending',
          doc: p.doc === null ? null : JSON.stringify(p.doc),
          actor: p.actor,
          note: p.note,
          at: p.at,
          reviewer: null,
          review_comment: null,
          reviewed_at: null,
          revision_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async get(id) {
      const row = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toProposal(row) : undefined;
    },
    async list(q) {
      let query = db.selectFrom('proposals').selectAll();
      if (q.state) query = query.where('state', '=', q.state);
      if (q.entityType) query = query.where('entity_type', '=', q.entityType);
      if (q.entityId) query = query.where('entity_id', '=', q.entityId);
      if (q.actor) query = query.where('actor', '=', q.actor);
      const rows = await query
        .orderBy('id', 'desc')
        .limit(q.limit ?? 100)
        .execute();
      return rows.map(toProposal);
    },
    async review(id, r) {
      await db
        .updateTable('proposals')
        .set({
          state: r.state,
          reviewer: r.reviewer,
          review_comment: r.comment,
          reviewed_at: r.at,
          revision_id: r.revisionId,
        })
        .where('id', '=', id)
        .execute();
    },
  };
}

function toProposal(row: Selectable<ProposalsTable>): Proposal {
  return {
    id: Number(row.id),
    entityType: row.entity_type as EntityType,
    entityId: row.entity_id,
    baseRevisionId: row.base_revision_id === null ? null : Number(row.base_revision_id),
    state: row.state as Proposal['state'],
    doc: row.doc === null ? null : (JSON.parse(row.doc) as unknown),
    actor: row.actor,
    note: row.note,
    at: row.at,
    reviewer: row.reviewer,
    reviewComment: row.review_comment,
    reviewedAt: row.reviewed_at,
    revisionId: row.revision_id === null ? null : Number(row.revision_id),
  };
}
