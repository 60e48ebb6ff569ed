/**
 * 010: the change feed (`changes`), one row per record that ever changed, at its latest
 * change: `seq` grows with every change in commit order, so "what changed after seq S"
 * is a range of the primary key however large the registry is. Triggers write it in
 * the transaction of the change, for every entity type the read model derives data
 * from (persons, facilities, sources, digests, articles, credit ratios), whichever
 * write path (use case, import, restore, migration) made it. A new entity type adds
 * its triggers in a migration of its own. See `ChangeFeed` in `src/app/ports.ts`.
 *
 * A person's projection rows are rewritten only with the person's row, so the person's
 * triggers cover them too. Existing rows are not entered: a read model built from the
 * tables starts at the feed's position, whatever it is.
 */
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

/** Table → [entity type in the feed, the key column]. */
const FED: ReadonlyArray<[table: string, type: string, key: string]> = [
  ['persons', 'person', 'id'],
  ['facilities', 'facility', 'id'],
  ['sources', 'source', 'id'],
  ['digests', 'digest', 'id'],
  ['articles', 'article', 'code'],
  ['credit_ratios', 'credit-ratio', 'id'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('changes')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('changes_record').on('changes').columns(['entity_type', 'entity_id']).execute();
  for (const [table, type, key] of FED) {
    for (const [event, row] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      // The new row first (so `seq` never repeats, even when the record held the highest),
      // then the record's earlier row goes: the feed holds each record once, at its latest change.
      const id = `cast(${row}.${key} as text)`;
      await sql
        .raw(
          `create trigger changes_${table}_${event} after ${event} on ${table} begin
             insert into changes (seq, entity_type, entity_id)
             values ((select coalesce(max(seq), 0) + 1 from changes), '${type}', ${id});
             delete from changes where entity_type = '${type}' and entity_id = ${id}
               and seq < (select max(seq) from changes);
           end`,
        )
        .execute(db);
    }
  }
}
