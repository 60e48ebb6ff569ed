/**
 * 001: the initial SQLite schema. Every record is a chain of revisions (snapshots);
 * `persons` points at its current revision and holds the projection columns, and the
 * `person_*` tables hold the projection rows that lists and figures query.
 */
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await createRevisions(db);
  await createPersons(db);
  await createPersonProjection(db);
  await createDocTables(db);
}

async function createRevisions(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('revisions')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('doc', 'text')
    .addUniqueConstraint('revisions_record_seq', ['entity_type', 'entity_id', 'seq'])
    .execute();
}

async function createPersons(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('persons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('revision_id', 'integer', (c) => c.notNull().references('revisions.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sex', 'text')
    .addColumn('region', 'text')
    .addColumn('birth_min', 'integer')
    .addColumn('birth_max', 'integer')
    .addColumn('first_detention_min', 'integer')
    .addColumn('current_facility_id', 'text')
    .addColumn('sort_name', 'text', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('fictional', 'integer', (c) => c.notNull())
    .execute();
  // Only selective columns get an index: sex and is_public split the registry in two or not at all, so
  // lists filtered by them walk the sort-name index instead (and imports skip two index updates per row).
  const indexes: Array<[string, string[]]> = [
    ['persons_sort_name', ['sort_name', 'id']],
    ['persons_detention', ['first_detention_min', 'sort_name']],
    ['persons_status', ['status', 'sort_name']],
    ['persons_region', ['region', 'sort_name']],
    ['persons_facility', ['current_facility_id']],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on('persons').columns(columns).execute();
  }
}

async function createPersonProjection(db: Kysely<any>): Promise<void> {
  const personRef = (c: any) => c.notNull().references('persons.id').onDelete('cascade');
  await db.schema
    .createTable('person_custody')
    .addColumn('person_id', 'text', personRef)
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('start_min', 'integer', (c) => c.notNull())
    .addColumn('start_max', 'integer', (c) => c.notNull())
    .addColumn('end_min', 'integer')
    .addColumn('end_max', 'integer')
    .addColumn('counted', 'integer', (c) => c.notNull())
    .addColumn('release_reason', 'text')
    .addPrimaryKeyConstraint('person_custody_pk', ['person_id', 'seq'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema
    .createTable('person_events')
    .addColumn('person_id', 'text', personRef)
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('day_min', 'integer', (c) => c.notNull())
    .addColumn('day_max', 'integer', (c) => c.notNull())
    .addColumn('release_reason', 'text')
    .addColumn('facility_id', 'text')
    .addColumn('case_id', 'text')
    .addPrimaryKeyConstraint('person_events_pk', ['person_id', 'event_id'])
    .modifyEnd(sql`without rowid`)
    .execute();
  // Covering for "who had an event of this kind in this window": no table lookups per row.
  await db.schema
    .createIndex('person_events_kind_day')
    .on('person_events')
    .columns(['kind', 'day_min', 'day_max', 'person_id'])
    .execute();
  await db.schema
    .createTable('person_articles')
    .addColumn('person_id', 'text', personRef)
    .addColumn('article', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_articles_pk', ['person_id', 'article'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema
    .createIndex('person_articles_article')
    .on('person_articles')
    .columns(['article', 'person_id'])
    .execute();
}

async function createDocTables(db: Kysely<any>): Promise<void> {
  for (const table of ['facilities', 'sources']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('revision_id', 'integer', (c) => c.notNull().references('revisions.id'))
      .execute();
  }
  await db.schema
    .createTable('articles')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('credit_ratios')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
