/**
 * `MergeRepository`: the merges of duplicate persons (migration 015) and reads of the
 * redirects they leave (`person_redirects`, written through `LinkRepository`).
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { MergeRepository, PersonMerge } from '../app/ports.js';
import type { StoreDialect } from './dialect.js';
import type { Database, PersonMergesTable } from './schema.js';

export function mergeRepository(db: Kysely<Database>, dialect: StoreDialect): MergeRepository {
  return {
    async add(m) {
      const row = await db
        .insertInto('person_merges')
        .values({
          from_id: m.fromId,
          to_id: m.toId,
          at: m.at,
          actor: m.actor,
          note: m.note,
          from_base_revision_id: m.fromBaseRevisionId,
          to_base_revision_id: m.toBaseRevisionId,
          from_revision_id: m.fromRevisionId,
          to_revision_id: m.toRevisionId,
          undone_at: null,
          undone_by: null,
          undo_from_revision_id: null,
          undo_to_revision_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },
    async get(id) {
      const row = await db.selectFrom('person_merges').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toMerge(row) : undefined;
    },
    async list(q) {
      let query = db.selectFrom('person_merges').selectAll();
      if (q.beforeId !== undefined) query = query.where('id', '<', q.beforeId);
      const rows = await query.orderBy('id', 'desc').limit(q.limit).execute();
      return rows.map(toMerge);
    },
    async markUndone(id, undone) {
      await db
        .updateTable('person_merges')
        .set({
          undone_at: undone.at,
          undone_by: undone.actor,
          undo_from_revision_id: undone.fromRevisionId,
          undo_to_revision_id: undone.toRevisionId,
        })
        .where('id', '=', id)
        .execute();
    },
    async redirects() {
      const rows = await db.selectFrom('person_redirects').select(['from_id', 'to_id']).execute();
      return rows.map((r) => ({ fromId: r.from_id, toId: r.to_id }));
    },
    async redirectsFrom(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('person_redirects')
        .select(['from_id', 'to_id'])
        .where(dialect.inList(sql.ref('from_id'), ids))
        .execute();
      return rows.map((r) => ({ fromId: r.from_id, toId: r.to_id }));
    },
  };
}

function toMerge(row: Selectable<PersonMergesTable>): PersonMerge {
  return {
    id: Number(row.id),
    fromId: row.from_id,
    toId: row.to_id,
    at: row.at,
    actor: row.actor,
    note: row.note,
    fromBaseRevisionId: Number(row.from_base_revision_id),
    toBaseRevisionId: Number(row.to_base_revision_id),
    fromRevisionId: Number(row.from_revision_id),
    toRevisionId: Number(row.to_revision_id),
    undone:
      row.undone_at === null
        ? null
        : {
            at: row.undone_at,
            actor: row.undone_by ?? '',
            fromRevisionId: Number(row.undo_from_revision_id),
            toRevisionId: Number(row.undo_to_revision_id),
          },
  };
}
