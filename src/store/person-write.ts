/**
 * Writing people: the projection rows and the pointer to the current revision, in
 * batches. `saveMany` is the import path; `save` is a batch of one.
 *
 * The record itself is not copied: it is the `doc` of the revision saved with it
 * (checked to exist and to belong to the person). Measured on 100k synthetic people,
 * copying it too doubled the JSON written and made every scan of `persons` read it.
 */
import type { Kysely } from 'kysely';
import type { Person } from '../domain/record.js';
import type { PersonProjection } from '../domain/projection.js';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';
import { insertRows } from './batch.js';
import { StoreError } from './errors.js';
import { checkRevisionLinks } from './revision-links.js';

export interface PersonWrite {
  /** The record (only its id is used: the record itself is the revision's doc). */
  person: Pick<Person, 'id'>;
  projection: PersonProjection;
  revisionId: number;
  /**
   * The caller knows the person is not stored yet, so there are no projection rows
   * to delete first. If it is wrong, the inserts fail on the primary keys.
   */
  isNew?: boolean | undefined;
}

/** People per round of deletes and inserts; keeps `IN (…)` lists and statements small. */
const PEOPLE_PER_ROUND = 500;

const PERSON_COLUMNS = [
  'id',
  'revision_id',
  'status',
  'sex',
  'region',
  'birth_min',
  'birth_max',
  'first_detention_min',
  'current_facility_id',
  'term_end_max',
  'sort_name',
  'is_public',
  'fictional',
] as const;
const CUSTODY_COLUMNS = [
  'person_id',
  'seq',
  'start_min',
  'start_max',
  'end_min',
  'end_max',
  'counted',
  'release_reason',
];
const EVENT_COLUMNS = [
  'person_id',
  'event_id',
  'kind',
  'day_min',
  'day_max',
  'release_reason',
  'facility_id',
  'case_id',
];
const ARTICLE_COLUMNS = ['person_id', 'article'];
const TIMELINE_COLUMNS = ['person_id', 'is_public', 'timeline'];

/**
 * Inserts or replaces people with their projections. When the same id appears
 * twice, the later item wins.
 *
 * @example
 * await savePeople(trx, sqliteDialect, [{ person, projection: projectPerson(person), revisionId }]);
 */
export async function savePeople(
  db: Kysely<Database>,
  dialect: StoreDialect,
  items: ReadonlyArray<PersonWrite>,
): Promise<void> {
  // Id order keeps each round's inserts close together in the B-trees keyed by person id.
  const unique = lastById(items).sort((a, b) => (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0));
  for (let start = 0; start < unique.length; start += PEOPLE_PER_ROUND) {
    await saveRound(db, dialect, unique.slice(start, start + PEOPLE_PER_ROUND));
  }
}

async function saveRound(db: Kysely<Database>, dialect: StoreDialect, round: PersonWrite[]): Promise<void> {
  await checkRevisionLinks(
    db,
    dialect,
    'person',
    round.map((item) => ({ entityId: item.person.id, revisionId: item.revisionId })),
  );
  await deleteProjectionRows(
    db,
    dialect,
    round.filter((item) => !item.isNew).map((item) => item.person.id),
  );
  const persons: unknown[] = [];
  const custody: unknown[] = [];
  const events: unknown[] = [];
  const articles: unknown[] = [];
  const timelines: unknown[] = [];
  for (const item of round) {
    pushPersonRow(persons, item);
    const p = item.projection;
    p.custody.forEach((c, seq) =>
      custody.push(p.personId, seq, c.startMin, c.startMax, c.endMin, c.endMax, c.counted ? 1 : 0, c.releaseReason),
    );
    for (const e of p.events) {
      events.push(p.personId, e.eventId, e.kind, e.dayMin, e.dayMax, e.releaseReason, e.facilityId, e.caseId);
    }
    for (const a of p.articles) articles.push(p.personId, a);
    timelines.push(p.personId, p.isPublic ? 1 : 0, p.timeline);
  }
  await insertRows(db, dialect, { table: 'persons', columns: PERSON_COLUMNS, upsertKey: ['id'] }, persons);
  await insertRows(db, dialect, { table: 'person_custody', columns: CUSTODY_COLUMNS }, custody);
  await insertRows(db, dialect, { table: 'person_events', columns: EVENT_COLUMNS }, events);
  await insertRows(db, dialect, { table: 'person_articles', columns: ARTICLE_COLUMNS }, articles);
  await insertRows(db, dialect, { table: 'person_timelines', columns: TIMELINE_COLUMNS }, timelines);
}

/** Removes the projection rows of `ids` (the `persons` rows are upserted). */
export async function deleteProjectionRows(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  for (const table of ['person_custody', 'person_events', 'person_articles', 'person_timelines'] as const) {
    await db
      .deleteFrom(table)
      .where((eb) => dialect.inList(eb.ref('person_id'), ids))
      .execute();
  }
}

function pushPersonRow(values: unknown[], { person, projection: p, revisionId }: PersonWrite): void {
  if (p.personId !== person.id) {
    throw new StoreError(
      'projection-mismatch',
      `The projection belongs to ${p.personId} but the record is ${person.id}; project the record you save.`,
      { personId: person.id, projectionId: p.personId },
    );
  }
  if (!Number.isInteger(revisionId)) {
    throw new StoreError(
      'invalid-revision-id',
      `Person ${person.id}: revision id must be an integer, got ${revisionId}.`,
    );
  }
  values.push(
    person.id,
    revisionId,
    p.status,
    p.sex,
    p.region,
    p.birthMin,
    p.birthMax,
    p.firstDetentionMin,
    p.currentFacilityId,
    p.termEndMax ?? null,
    p.sortName,
    p.isPublic ? 1 : 0,
    p.fictional ? 1 : 0,
  );
}

function lastById(items: ReadonlyArray<PersonWrite>): PersonWrite[] {
  const byId = new Map<string, PersonWrite>();
  for (const item of items) {
    byId.delete(item.person.id);
    byId.set(item.person.id, item);
  }
  return [...byId.values()];
}
