/**
 * Reading every person's current record in id order, one page at a time, for
 * whole-registry passes (checks, exports). One keyset query per page (`id > last
 * ORDER BY id LIMIT n`, joined to the current revision): no id list to bind, no
 * OFFSET to skip. Documents stay JSON text until iterated, so a caller that
 * handles one record at a time keeps only one parsed record alive.
 */
import type { Kysely } from 'kysely';
import type { Person } from '../domain/record.js';
import type { PersonScanPage } from '../app/ports.js';
import type { Database } from './schema.js';

/**
 * Up to `limit` persons with id greater than `afterId` (all from the start when
 * null), in ascending id order, with their current records.
 *
 * @example
 * for (let after = null; ;) {
 *   const page = await scanPersons(db, after, 500);
 *   if (page.lastId === null) break;
 *   for (const person of page.persons) check(person);
 *   after = page.lastId;
 * }
 */
export async function scanPersons(
  db: Kysely<Database>,
  afterId: string | null,
  limit: number,
): Promise<PersonScanPage> {
  let qb = db
    .selectFrom('persons')
    .innerJoin('revisions', 'revisions.id', 'persons.revision_id')
    .select(['persons.id', 'revisions.doc'])
    .orderBy('persons.id')
    .limit(limit);
  if (afterId !== null) qb = qb.where('persons.id', '>', afterId);
  const rows = await qb.execute();
  const docs: string[] = [];
  for (const row of rows) if (row.doc) docs.push(row.doc);
  return {
    lastId: rows.length > 0 ? rows[rows.length - 1]!.id : null,
    size: docs.length,
    persons: { [Symbol.iterator]: () => parseEach(docs) },
  };
}

function* parseEach(docs: readonly string[]): Generator<Person> {
  for (const doc of docs) yield JSON.parse(doc) as Person;
}
