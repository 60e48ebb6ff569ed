/**
 * `MetaRepository`: small key/value facts about the store, such as the data version.
 */
import type { Kysely } from 'kysely';
import type { MetaRepository } from '../app/ports.js';
import type { Database } from './schema.js';

const DATA_VERSION = 'data_version';

/** The data version as `db` (a transaction) sees it: what `Store.dataVersion()` answers. */
export async function readDataVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', DATA_VERSION).executeTakeFirst();
  return row ? Number(row.value) : 0;
}

/** Builds the meta repository bound to `db` (a transaction). */
export function metaRepository(db: Kysely<Database>): MetaRepository {
  return {
    async bumpDataVersion() {
      const next = String((await readDataVersion(db)) + 1);
      await db
        .insertInto('meta')
        .values({ key: DATA_VERSION, value: next })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: next }))
        .execute();
    },
  };
}
