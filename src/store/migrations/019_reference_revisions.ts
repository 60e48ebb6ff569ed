/**
 * 019: courts and articles get revisions, like facilities and sources, so the write API
 * can name the revision a change is based on (`If-Match`) and keep their history. Each
 * court and article stored before gets a first revision holding its current document
 * (actor `rollcall`); from now on every write (the API, an import, seeding) appends one.
 */
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

/** Table → [entity type of its revisions, the key column]. */
const TABLES: ReadonlyArray<[table: string, type: string, key: string]> = [
  ['courts', 'court', 'id'],
  ['articles', 'article', 'code'],
];

export async function up(db: Kysely<any>): Promise<void> {
  const at = new Date().toISOString();
  for (const [table, type, key] of TABLES) {
    await sql
      .raw(
        `insert into revisions (entity_type, entity_id, seq, at, actor, note, doc)
         select '${type}', t.${key}, 1, '${at}', 'rollcall', 'catalogue as it stood before revisions', t.doc
         from ${table} t
         where not exists (select 1 from revisions r where r.entity_type = '${type}' and r.entity_id = t.${key})
         order by t.${key}`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('revisions').where('entity_type', 'in', ['court', 'article']).execute();
}
