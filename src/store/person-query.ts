/**
 * `PersonListQuery` as SQL: the filters shared by `list` and `count`, sorting and
 * paging. Every filter has an index (see migration 001).
 */
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { PersonListQuery, PersonSummaryRow } from '../app/ports.js';
import type { PersonStatus } from '../domain/projection.js';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';
import { StoreError } from './errors.js';

const MS_PER_DAY = 86_400_000;

/** Counts the people matching `query` (sorting and paging are ignored). */
export async function countPeople(
  db: Kysely<Database>,
  dialect: StoreDialect,
  query: PersonListQuery,
): Promise<number> {
  const row = await db
    .selectFrom('persons')
    .where((eb) => eb.and(conditions(eb, dialect, query)))
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Lists summary rows of the people matching `query`, sorted and paged. */
export async function listPeople(
  db: Kysely<Database>,
  dialect: StoreDialect,
  query: PersonListQuery,
): Promise<PersonSummaryRow[]> {
  const { offset, limit } = checkPaging(query);
  const dir = query.order === 'desc' ? 'desc' : 'asc';
  let qb = db
    .selectFrom('persons')
    .where((eb) => eb.and(conditions(eb, dialect, query)))
    .select([
      'id',
      'status',
      'sex',
      'region',
      'sort_name',
      'first_detention_min',
      'current_facility_id',
      'is_public',
      'term_end_max',
      'fictional',
    ]);
  if (query.sort === 'detention') {
    qb = qb.orderBy('first_detention_min', (ob) => (dir === 'desc' ? ob.desc() : ob.asc()).nullsLast());
  }
  qb = qb.orderBy('sort_name', dir).orderBy('id', dir);
  // SQLite wants a LIMIT before OFFSET; "no limit" is the largest safe integer, valid everywhere.
  if (limit !== undefined || offset > 0) qb = qb.limit(limit ?? Number.MAX_SAFE_INTEGER);
  if (offset > 0) qb = qb.offset(offset);
  const rows = await qb.execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status as PersonStatus,
    sex: r.sex,
    region: r.region,
    sortName: r.sort_name,
    firstDetentionMin: r.first_detention_min,
    currentFacilityId: r.current_facility_id,
    isPublic: r.is_public === 1,
    termEndMax: r.term_end_max,
    fictional: r.fictional === 1,
  }));
}

function conditions(
  eb: ExpressionBuilder<Database, 'persons'>,
  dialect: StoreDialect,
  q: PersonListQuery,
): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (q.status !== undefined) where.push(eb('status', '=', q.status));
  if (q.region !== undefined) where.push(eb('region', '=', q.region));
  if (q.sex !== undefined) where.push(eb('sex', '=', q.sex));
  if (q.facilityId !== undefined) where.push(eb('current_facility_id', '=', q.facilityId));
  if (q.audience === 'public') where.push(eb('is_public', '=', 1));
  if (q.article !== undefined) {
    const article = q.article;
    where.push(
      eb.exists(
        eb
          .selectFrom('person_articles')
          .select('person_articles.person_id')
          .whereRef('person_articles.person_id', '=', 'persons.id')
          .where('person_articles.article', '=', article),
      ),
    );
  }
  if (q.detentionYear !== undefined) {
    const [from, to] = yearDays(q.detentionYear);
    where.push(eb('first_detention_min', '>=', from), eb('first_detention_min', '<', to));
  }
  if (q.ids !== undefined) {
    where.push(q.ids.length === 0 ? sql<SqlBool>`1 = 0` : dialect.inList(eb.ref('persons.id'), q.ids));
  }
  return where;
}

/** Epoch days of 1 January of `year` and of the next year. */
function yearDays(year: number): [number, number] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new StoreError('invalid-query', `detentionYear must be a four-digit year, got ${year}.`);
  }
  return [Date.UTC(year, 0, 1) / MS_PER_DAY, Date.UTC(year + 1, 0, 1) / MS_PER_DAY];
}

function checkPaging(q: PersonListQuery): { offset: number; limit: number | undefined } {
  const offset = q.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new StoreError('invalid-query', `offset must be a whole number >= 0, got ${q.offset}.`);
  }
  if (q.limit !== undefined && (!Number.isInteger(q.limit) || q.limit < 0)) {
    throw new StoreError('invalid-query', `limit must be a whole number >= 0, got ${q.limit}.`);
  }
  return { offset, limit: q.limit };
}
