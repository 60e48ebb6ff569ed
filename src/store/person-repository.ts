/**
 * `PersonRepository` over the `persons` table and its projection tables.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { PersonListQuery, PersonRepository } from '../app/ports.js';
import type { EventKind, Person, ReleaseReason } from '../domain/record.js';
import type { EventRow } from '../domain/projection.js';
import type { Database } from './schema.js';
import type { Audience } from '../domain/access.js';
import type { StoreDialect } from './dialect.js';
import { savePeople } from './person-write.js';
import { countPeople, listPeople } from './person-query.js';
import { loadFigureSubjects, loadFigureSubjectsOf } from './figure-subjects.js';

/**
 * Ids per query when loading many people. Long lists go to the database as one parameter
 * (`json_each` in SQLite, `= any` in PostgreSQL), so the statement text stays the same and
 * is prepared once, instead of one `IN (?, ?, …)` text per list length.
 */
const IDS_PER_QUERY = 10_000;

/** Builds the person repository bound to `db` (a transaction). */
/** The widest day range a partial date can stand for (a leap year). */
const MAX_DATE_SPAN_DAYS = 366;

export function personRepository(db: Kysely<Database>, dialect: StoreDialect): PersonRepository {
  return {
    async get(id) {
      const row = await db
        .selectFrom('persons')
        .innerJoin('revisions', 'revisions.id', 'persons.revision_id')
        .select('revisions.doc')
        .where('persons.id', '=', id)
        .executeTakeFirst();
      return row?.doc ? (JSON.parse(row.doc) as Person) : undefined;
    },
    getMany: (ids) => getMany(db, dialect, ids),
    async exists(id) {
      const row = await db.selectFrom('persons').select('id').where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },
    save: (person, projection, revisionId) => savePeople(db, dialect, [{ person, projection, revisionId }]),
    saveMany: (items) => savePeople(db, dialect, items),
    async remove(id) {
      await db.deleteFrom('persons').where('id', '=', id).execute();
    },
    count: (query: PersonListQuery) => countPeople(db, dialect, query),
    list: (query) => listPeople(db, dialect, query),
    async ids(afterId, limit) {
      let qb = db.selectFrom('persons').select('id').orderBy('id').limit(limit);
      if (afterId !== null) qb = qb.where('id', '>', afterId);
      return (await qb.execute()).map((r) => r.id);
    },
    async idsWithEvent(kind, fromDay, toDay) {
      const rows = await withEventIn(db, kind, fromDay, toDay).orderBy('person_id').execute();
      return rows.map((r) => r.person_id);
    },
    events: (kinds, fromDay, toDay, audience) => events(db, kinds, fromDay, toDay, audience),
    eventsOf: (ids, kinds, audience) => eventsOf(db, dialect, ids, kinds, audience),
    figureSubjects: (audience) => loadFigureSubjects(db, audience),
    figureSubjectsOf: (ids, audience) => loadFigureSubjectsOf(db, ids, audience),
    timelines: (ids) => timelines(db, dialect, ids),
    async timelinesWithEvent(kind, fromDay, toDay) {
      const rows = await db
        .selectFrom('person_timelines')
        .select(['person_id', 'is_public', 'timeline'])
        .where('person_id', 'in', withEventIn(db, kind, fromDay, toDay))
        .orderBy('person_id')
        .execute();
      return rows.map((row) => ({ id: row.person_id, isPublic: row.is_public === 1, timeline: row.timeline }));
    },
  };
}

/** The ids (distinct) of people with an event of `kind` whose day range overlaps [fromDay, toDay]. */
function withEventIn(db: Kysely<Database>, kind: string, fromDay: number, toDay: number) {
  return db
    .selectFrom('person_events')
    .select('person_id')
    .distinct()
    .where('kind', '=', kind)
    .where((eb) => overlapping(eb, fromDay, toDay));
}

/** Event rows whose day range overlaps [fromDay, toDay]. */
function overlapping(eb: ExpressionBuilder<Database, 'person_events'>, fromDay: number, toDay: number) {
  return eb.and([
    eb('day_min', '<=', toDay),
    // A partial date spans at most a year: this bound lets the (kind, day_min) index do the work.
    eb('day_min', '>=', fromDay - MAX_DATE_SPAN_DAYS),
    eb('day_max', '>=', fromDay),
  ]);
}

/** Release timelines of these people, in the order asked; unknown ids are skipped. */
async function timelines(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ids: readonly string[],
): Promise<Array<{ id: string; isPublic: boolean; timeline: string }>> {
  const byId = new Map<string, { id: string; isPublic: boolean; timeline: string }>();
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const chunk = ids.slice(start, start + IDS_PER_QUERY);
    const rows = await db
      .selectFrom('person_timelines')
      .select(['person_id', 'is_public', 'timeline'])
      .where((eb) => dialect.inList(eb.ref('person_id'), chunk))
      .execute();
    for (const row of rows)
      byId.set(row.person_id, { id: row.person_id, isPublic: row.is_public === 1, timeline: row.timeline });
  }
  const out: Array<{ id: string; isPublic: boolean; timeline: string }> = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) out.push(row);
  }
  return out;
}

/** People with these ids, in the order asked; unknown ids are skipped. */
async function getMany(db: Kysely<Database>, dialect: StoreDialect, ids: readonly string[]): Promise<Person[]> {
  const byId = new Map<string, Person>();
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const chunk = ids.slice(start, start + IDS_PER_QUERY);
    const rows = await db
      .selectFrom('persons')
      .innerJoin('revisions', 'revisions.id', 'persons.revision_id')
      .select(['persons.id', 'revisions.doc'])
      .where((eb) => dialect.inList(eb.ref('persons.id'), chunk))
      .execute();
    for (const row of rows) if (row.doc) byId.set(row.id, JSON.parse(row.doc) as Person);
  }
  const out: Person[] = [];
  for (const id of ids) {
    const person = byId.get(id);
    if (person) out.push(person);
  }
  return out;
}

async function eventsOf(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ids: readonly string[],
  kinds: readonly string[],
  audience: Audience,
): Promise<Array<EventRow & { personId: string }>> {
  if (kinds.length === 0 || ids.length === 0) return [];
  const out: Array<EventRow & { personId: string }> = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const chunk = ids.slice(start, start + IDS_PER_QUERY);
    let query = db
      .selectFrom('person_events')
      .selectAll()
      .where('kind', 'in', kinds)
      .where((eb) => dialect.inList(eb.ref('person_id'), chunk));
    if (audience === 'public') {
      query = query.where('person_id', 'in', (eb) =>
        eb.selectFrom('persons').select('persons.id').where('persons.is_public', '=', 1),
      );
    }
    out.push(...(await query.execute()).map(eventRow));
  }
  return out.sort(
    (a, b) => a.dayMin - b.dayMin || compareIds(a.personId, b.personId) || compareIds(a.eventId, b.eventId),
  );
}

/** The order SQLite's BINARY collation gives text (UTF-8 bytes: code points). */
function compareIds(a: string, b: string): number {
  return a === b ? 0 : codePointLess(a, b) ? -1 : 1;
}

function codePointLess(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y;
    if (x > 0xffff) i++;
  }
  return a.length < b.length;
}

function eventRow(r: {
  person_id: string;
  event_id: string;
  kind: string;
  day_min: number;
  day_max: number;
  release_reason: string | null;
  facility_id: string | null;
  case_id: string | null;
}): EventRow & { personId: string } {
  return {
    personId: r.person_id,
    eventId: r.event_id,
    kind: r.kind as EventKind,
    dayMin: r.day_min,
    dayMax: r.day_max,
    releaseReason: r.release_reason as ReleaseReason | null,
    facilityId: r.facility_id,
    caseId: r.case_id,
  };
}

async function events(
  db: Kysely<Database>,
  kinds: readonly string[],
  fromDay: number,
  toDay: number,
  audience: Audience,
): Promise<Array<EventRow & { personId: string }>> {
  if (kinds.length === 0) return [];
  let query = db
    .selectFrom('person_events')
    .selectAll()
    .where('kind', 'in', kinds)
    .where((eb) => overlapping(eb, fromDay, toDay));
  if (audience === 'public') {
    query = query.where('person_id', 'in', (eb) =>
      eb.selectFrom('persons').select('persons.id').where('persons.is_public', '=', 1),
    );
  }
  const rows = await query.orderBy('day_min').orderBy('person_id').orderBy('event_id').execute();
  return rows.map(eventRow);
}
