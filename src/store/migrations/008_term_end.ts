/**
 * 008: `persons.term_end_max`, the latest day the projected release of a person in custody
 * may fall on (`termEndMax` of the projection, see `domain/custody-state.ts`). Past it with
 * no release recorded, pages show "term ended, release not confirmed" and the figures do
 * not count the person. Filled from the document of each person's current revision, in pages.
 */
import type { Kysely } from 'kysely';
import { projectPerson } from '../../domain/project-person.js';
import type { Person } from '../../domain/record.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

/** People read per page. */
const PAGE = 1000;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('persons').addColumn('term_end_max', 'integer').execute();
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('persons')
      .innerJoin('revisions', 'revisions.id', 'persons.revision_id')
      .select(['persons.id as id', 'persons.status as status', 'revisions.doc as doc'])
      .orderBy('persons.id')
      .limit(PAGE);
    if (after !== null) query = query.where('persons.id', '>', after);
    const rows = (await query.execute()) as Array<{ id: string; status: string; doc: string | null }>;
    for (const row of rows) {
      if (row.doc === null || row.status !== 'imprisoned') continue;
      const end = projectPerson(JSON.parse(row.doc) as Person).termEndMax;
      if (end !== null) await db.updateTable('persons').set({ term_end_max: end }).where('id', '=', row.id).execute();
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('persons').dropColumn('term_end_max').execute();
}
