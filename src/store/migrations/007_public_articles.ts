/**
 * 007: `person_articles` from public cases only. Before, the projection listed the
 * articles of every case, so a charge staff marked internal put the person on
 * article pages, `?article=` filters, article charts and `/api/v1/stats`. The
 * projection now reads `withPublicFacts` (see `project-person.ts`); this rewrites
 * the stored articles of every person that has an internal case, from the document
 * of its current revision, in pages. Nothing else in the projection depended on cases.
 *
 * Also the current facility: a `transfer` that names no facility now leaves it unknown
 * (rule 4 of `custody.ts`; an event at an internal facility reads as one), so
 * `current_facility_id` is rewritten where the new rule gives another.
 */
import type { Kysely } from 'kysely';
import { projectPerson } from '../../domain/project-person.js';
import type { Person } from '../../domain/record.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

/** People read per page. */
const PAGE = 1000;

export async function up(db: Kysely<any>): Promise<void> {
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('persons')
      .innerJoin('revisions', 'revisions.id', 'persons.revision_id')
      .select(['persons.id as id', 'persons.current_facility_id as facility', 'revisions.doc as doc'])
      .orderBy('persons.id')
      .limit(PAGE);
    if (after !== null) query = query.where('persons.id', '>', after);
    const rows = (await query.execute()) as Array<{ id: string; facility: string | null; doc: string | null }>;
    for (const row of rows) {
      if (row.doc === null) continue;
      const person = JSON.parse(row.doc) as Person;
      const projection = projectPerson(person);
      if (projection.currentFacilityId !== row.facility) {
        await db
          .updateTable('persons')
          .set({ current_facility_id: projection.currentFacilityId })
          .where('id', '=', row.id)
          .execute();
      }
      if (person.cases.every((c) => c.visibility !== 'internal')) continue;
      await db.deleteFrom('person_articles').where('person_id', '=', row.id).execute();
      const articles = projection.articles.map((article) => ({ person_id: row.id, article }));
      if (articles.length > 0) await db.insertInto('person_articles').values(articles).execute();
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Nothing to undo: the articles of public cases are what the projection writes from now on. */
export async function down(): Promise<void> {}
