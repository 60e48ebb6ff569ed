/**
 * `LinkRepository`: which people point at a facility or source (so neither is
 * deleted from under them), and the redirects merges leave behind.
 */
import { sql, type Kysely } from 'kysely';
import type { LinkRepository } from '../app/ports.js';
import type { Database } from './schema.js';

export function linkRepository(db: Kysely<Database>): LinkRepository {
  return {
    async personsReferencing(kind, id, limit) {
      if (kind === 'facility') {
        const rows = await db
          .selectFrom('person_events')
          .select('person_id')
          .distinct()
          .where('facility_id', '=', id)
          .limit(limit)
          .execute();
        if (rows.length > 0) return rows.map((r) => r.person_id);
      }
      // Sources (and facilities named only in cases), courts and articles are found in the current documents.
      const needle =
        kind === 'court'
          ? `"courtId":${JSON.stringify(id)}`
          : kind === 'article'
            ? `"article":${JSON.stringify(id)}`
            : JSON.stringify(id);
      const rows = await db
        .selectFrom('persons')
        .innerJoin('revisions', 'revisions.id', 'persons.revision_id')
        .select('persons.id')
        .where(sql<boolean>`instr(revisions.doc, ${needle}) > 0`)
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },
    async redirectOf(fromId) {
      const row = await db.selectFrom('person_redirects').selectAll().where('from_id', '=', fromId).executeTakeFirst();
      return row
        ? {
            fromId: row.from_id,
            toId: row.to_id,
            at: row.at,
            actor: row.actor,
            fromRevisionId: Number(row.from_revision_id),
            toRevisionId: Number(row.to_revision_id),
          }
        : undefined;
    },
    async addRedirect(r) {
      await db
        .insertInto('person_redirects')
        .values({
          from_id: r.fromId,
          to_id: r.toId,
          at: r.at,
          actor: r.actor,
          from_revision_id: r.fromRevisionId,
          to_revision_id: r.toRevisionId,
        })
        .onConflict((oc) =>
          oc.column('from_id').doUpdateSet({
            to_id: r.toId,
            at: r.at,
            actor: r.actor,
            from_revision_id: r.fromRevisionId,
            to_revision_id: r.toRevisionId,
          }),
        )
        .execute();
    },
    async removeRedirect(fromId) {
      await db.deleteFrom('person_redirects').where('from_id', '=', fromId).execute();
    },
  };
}
