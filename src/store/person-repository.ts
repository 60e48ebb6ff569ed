/**
 * `PersonRepository` over the `persons` table and its projection tables.
 */
import type { Kysely } from 'kysely';
import type { FigureSubject, PersonListQuery, PersonRepository } from '../app/ports.js';
import type { EventKind, Person, ReleaseReason } from '../domain/record.js';
import type { CustodyPeriodRow, EventRow } from '../domain/projection.js';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';
import { savePeople } from './person-write.js';
import { countPeople, listPeople } from './person-query.js';

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
    count: (query: PersonListQuery = {}) => countPeople(db, dialect, query),
    list: (query) => listPeople(db, dialect, query),
    async ids(afterId, limit) {
      let qb = db.selectFrom('persons').select('id').orderBy('id').limit(limit);
      if (afterId !== null) qb = qb.where('id', '>', afterId);
      return (await qb.execute()).map((r) => r.id);
    },
    async idsWithEvent(kind, fromDay, toDay) {
      const rows = await db
        .selectFrom('person_events')
        .select('person_id')
        .distinct()
        .where('kind', '=', kind)
        .where('day_min', '<=', toDay)
        // A partial date spans at most a year: this bound lets the (kind, day_min) index do the work.
        .where('day_min', '>=', fromDay - MAX_DATE_SPAN_DAYS)
        .where('day_max', '>=', fromDay)
        .orderBy('person_id')
        .execute();
      return rows.map((r) => r.person_id);
    },
    events: (kinds, fromDay, toDay) => events(db, kinds, fromDay, toDay),
    figureSubjects: (publicOnly) => figureSubjects(db, publicOnly),
    timelines: (ids) => timelines(db, dialect, ids),
  };
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

async function events(
  db: Kysely<Database>,
  kinds: readonly string[],
  fromDay: number,
  toDay: number,
): Promise<Array<EventRow & { personId: string }>> {
  if (kinds.length === 0) return [];
  const rows = await db
    .selectFrom('person_events')
    .selectAll()
    .where('kind', 'in', kinds)
    .where('day_min', '<=', toDay)
    .where('day_min', '>=', fromDay - MAX_DATE_SPAN_DAYS)
    .where('day_max', '>=', fromDay)
    .orderBy('day_min')
    .orderBy('person_id')
    .orderBy('event_id')
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    eventId: r.event_id,
    kind: r.kind as EventKind,
    dayMin: r.day_min,
    dayMax: r.day_max,
    releaseReason: r.release_reason as ReleaseReason | null,
    facilityId: r.facility_id,
    caseId: r.case_id,
  }));
}

/**
 * Everything figures need, in three queries grouped in memory: no JSON parsing, one
 * pass over each table. Subjects come in no particular order; each one's custody
 * periods are in projection order and its articles sorted.
 *
 * The result is cached for as long as the data does not change, so it is kept lean:
 * repeated strings (sex, region, facility, article, release reason) are shared, and
 * each person's arrays are exactly as long as needed (an array grown by `push`
 * keeps room for 17 elements).
 */
async function figureSubjects(db: Kysely<Database>, publicOnly: boolean): Promise<FigureSubject[]> {
  const pool = new Map<string, string>();
  const intern = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = pool.get(value);
    if (known !== undefined) return known as T;
    pool.set(value, value);
    return value;
  };
  // A plain table scan, filtered here: cheaper than walking an index and looking up each row.
  const rows = await db
    .selectFrom('persons')
    .select(['id', 'sex', 'region', 'current_facility_id', 'is_public'])
    .execute();
  const people = publicOnly ? rows.filter((p) => p.is_public === 1) : rows;
  const byId = new Map<string, FigureSubject>();
  const subjects = people.map((p) => {
    const subject: FigureSubject = {
      personId: p.id,
      sex: intern(p.sex),
      region: intern(p.region),
      articles: [],
      currentFacilityId: intern(p.current_facility_id),
      isPublic: p.is_public === 1,
      custody: [],
    };
    byId.set(p.id, subject);
    return subject;
  });
  const custody = await db
    .selectFrom('person_custody')
    .select(['person_id', 'start_min', 'start_max', 'end_min', 'end_max', 'counted', 'release_reason'])
    .orderBy('person_id')
    .orderBy('seq')
    .execute();
  groupRuns(custody, (personId, from, to) => {
    const subject = byId.get(personId);
    if (!subject) return;
    const out: CustodyPeriodRow[] = new Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = custodyRow(custody[i]!, intern);
    subject.custody = out;
  });
  const articles = await db
    .selectFrom('person_articles')
    .select(['person_id', 'article'])
    .orderBy('person_id')
    .orderBy('article')
    .execute();
  groupRuns(articles, (personId, from, to) => {
    const subject = byId.get(personId);
    if (!subject) return;
    const out: string[] = new Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = intern(articles[i]!.article);
    subject.articles = out;
  });
  return subjects;
}

/** Calls `fn` once per run of consecutive rows with the same `person_id` (rows sorted by it). */
function groupRuns(
  rows: ReadonlyArray<{ person_id: string }>,
  fn: (personId: string, from: number, to: number) => void,
): void {
  let from = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i]!.person_id !== rows[from]!.person_id) {
      fn(rows[from]!.person_id, from, i);
      from = i;
    }
  }
}

function custodyRow(
  c: {
    start_min: number;
    start_max: number;
    end_min: number | null;
    end_max: number | null;
    counted: number;
    release_reason: string | null;
  },
  intern: <T extends string | null>(value: T) => T,
): CustodyPeriodRow {
  return {
    startMin: c.start_min,
    startMax: c.start_max,
    endMin: c.end_min,
    endMax: c.end_max,
    counted: c.counted === 1,
    releaseReason: intern(c.release_reason) as ReleaseReason | null,
  };
}
