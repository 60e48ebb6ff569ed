/**
 * `DismissalRepository`: the pairs of persons staff judged different people
 * (migration 022), so the likely duplicates leave them out.
 */
import type { Kysely } from 'kysely';
import type { DismissalRepository } from '../app/ports.js';
import type { Database } from './schema.js';

export function dismissalRepository(db: Kysely<Database>): DismissalRepository {
  return {
    async add(d) {
      const result = await db
        .insertInto('duplicate_dismissals')
        .values({ a: d.a, b: d.b, actor: d.actor, at: d.at, note: d.note })
        .onConflict((oc) => oc.columns(['a', 'b']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async remove(a, b) {
      const result = await db
        .deleteFrom('duplicate_dismissals')
        .where('a', '=', a)
        .where('b', '=', b)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async list() {
      const rows = await db.selectFrom('duplicate_dismissals').selectAll().orderBy('at', 'desc').orderBy('a').execute();
      return rows.map((r) => ({ a: r.a, b: r.b, actor: r.actor, at: r.at, note: r.note }));
    },
  };
}
