/**
 * 004: `person_timelines`, what releases of a month read (see
 * `src/domain/release-timeline.ts`), so their figures need no whole documents.
 * A table of its own, not a column of `persons`, so that scans of `persons` stay
 * narrow. Existing people are backfilled from their current documents, in pages.
 */
import { sql, type Kysely } from 'kysely';
import { releaseTimeline } from '../../domain/release-timeline.js';
import type { Person } from '../../domain/record.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

/** People read and written per page. */
const PAGE = 1000;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('person_timelines')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('persons.id').onDelete('cascade'))
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('timeline', 'text', (c) => c.notNull())
    .modifyEnd(sql`without rowid`)
    .execute();
  await backfill(db);
}

/** Writes the timeline of every person from the document of its current revision. */
async function backfill(db: Kysely<any>): Promise<void> {
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('persons')
      .innerJoin('revisions', 'revisions.id', 'persons.revision_id')
      .select(['persons.id as id', 'persons.is_public as is_public', 'revisions.doc as doc'])
      .orderBy('persons.id')
      .limit(PAGE);
    if (after !== null) query = query.where('persons.id', '>', after);
    const rows = (await query.execute()) as Array<{ id: string; is_public: number; doc: string | null }>;
    const values: Array<{ person_id: string; is_public: number; timeline: string }> = [];
    for (const row of rows) {
      if (row.doc === null) continue;
      const timeline = releaseTimeline(JSON.parse(row.doc) as Person);
      values.push({ person_id: row.id, is_public: row.is_public, timeline });
    }
    if (values.length > 0) await db.insertInto('person_timelines').values(values).execute();
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_timelines').execute();
}
