/**
 * `ChangeFeed` over the `changes` table (migration 010: triggers fill it).
 */
import type { Kysely } from 'kysely';
import type { Change, ChangeFeed, ChangedType } from '../app/ports.js';
import type { Database } from './schema.js';

/** Builds the change feed bound to `db` (a transaction). */
export function changeFeed(db: Kysely<Database>): ChangeFeed {
  return {
    async position() {
      const row = await db
        .selectFrom('changes')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst();
      return Number(row?.seq ?? 0);
    },
    async since(afterSeq, limit) {
      const rows = await db
        .selectFrom('changes')
        .select(['seq', 'entity_type', 'entity_id'])
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map((r): Change => ({ seq: r.seq, entityType: r.entity_type as ChangedType, entityId: r.entity_id }));
    },
  };
}
