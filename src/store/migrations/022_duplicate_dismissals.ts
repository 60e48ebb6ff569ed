/**
 * 022: pairs of persons staff have judged not to be the same person, so the likely
 * duplicates (`src/app/duplicates.ts`) stop offering them. One row per pair, its ids in
 * order (`a` < `b`); who decided, when and why. Undoing the judgement deletes the row
 * (the audit log keeps both).
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('duplicate_dismissals')
    .addColumn('a', 'text', (c) => c.notNull())
    .addColumn('b', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('duplicate_dismissals_pk', ['a', 'b'])
    .execute();
}
