/**
 * Fast multi-row inserts. Kysely compiles one `INSERT … VALUES (…), (…), …` per
 * table, column list and row count; the SQL is cached and reused with fresh
 * parameters (and the driver caches the prepared statement), so bulk imports pay
 * for query building once, not once per row. The SQL comes from Kysely's
 * compiler, so it is right for any dialect.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';

/** Most rows in one statement, whatever the parameter limit allows. */
const MAX_ROWS_PER_STATEMENT = 1000;

export interface InsertSpec {
  table: keyof Database;
  columns: readonly string[];
  /** With a key, a row whose key exists updates the other columns (`ON CONFLICT (key) DO UPDATE`). */
  upsertKey?: readonly string[];
  /** Columns to return from every inserted row (`RETURNING`). */
  returning?: readonly string[];
  /** Text columns whose values may also come as UTF-8 bytes (Buffers); see `StoreDialect.utf8Text`. */
  utf8Columns?: readonly string[];
}

const sqlCache = new Map<string, string>();

/**
 * Inserts rows given as one flat array of values (row by row, in `spec.columns`
 * order) in as few statements as the dialect's parameter limit allows. Returns the
 * `RETURNING` rows, if asked for, in no guaranteed order.
 *
 * @example
 * await insertRows(trx, sqliteDialect, { table: 'person_articles', columns: ['person_id', 'article'] }, ['p-1', '368', 'p-1', '411']);
 */
export async function insertRows<R = Record<string, unknown>>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  spec: InsertSpec,
  values: readonly unknown[],
): Promise<R[]> {
  const width = spec.columns.length;
  if (values.length % width !== 0) {
    throw new Error(`insertRows(${spec.table}): ${values.length} values do not fill rows of ${width} columns`);
  }
  const rowCount = values.length / width;
  const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(dialect.maxParams / width)));
  const returned: R[] = [];
  for (let start = 0, rows = 0; start < rowCount; start += rows) {
    rows = statementRows(rowCount - start, perStatement);
    const text = insertSql(db, dialect, spec, rows);
    const result = await db.executeQuery<R>(
      CompiledQuery.raw(text, values.slice(start * width, (start + rows) * width) as unknown[]),
    );
    if (spec.returning) returned.push(...result.rows);
  }
  return returned;
}

/**
 * Rows for the next statement: as many as allowed, else the largest of a few fixed
 * sizes that fits. Fixed sizes keep the number of distinct statements (each one
 * compiled and prepared, and cached) small: a tail of 1,000 different lengths would
 * otherwise prepare 1,000 different statements.
 */
export function statementRows(remaining: number, perStatement: number): number {
  if (remaining >= perStatement) return perStatement;
  return TAIL_SIZES.find((size) => size <= remaining) ?? 1;
}
const TAIL_SIZES = [256, 64, 16, 4, 1];

function insertSql(db: Kysely<Database>, dialect: StoreDialect, spec: InsertSpec, rowCount: number): string {
  const { table, columns, upsertKey, returning, utf8Columns } = spec;
  const key = [
    dialect.name,
    table,
    columns.join(','),
    rowCount,
    upsertKey?.join(','),
    returning?.join(','),
    utf8Columns?.join(','),
  ].join('|');
  const cached = sqlCache.get(key);
  if (cached !== undefined) return cached;
  const marker = (c: string, value: string) => (utf8Columns?.includes(c) ? dialect.utf8Text(sql.val(value)) : value);
  const markers = Array.from({ length: rowCount }, (_, r) =>
    Object.fromEntries(columns.map((c, i) => [c, marker(c, `${r}:${i}`)])),
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns are checked by the callers' tests
  let query = (db as Kysely<any>).insertInto(table).values(markers);
  if (upsertKey) {
    const rest = columns.filter((c) => !upsertKey.includes(c));
    query = query.onConflict((oc) =>
      oc.columns(upsertKey as string[]).doUpdateSet(Object.fromEntries(rest.map((c) => [c, sql.ref(`excluded.${c}`)]))),
    );
  }
  const compiled = (returning ? query.returning(returning as string[]) : query).compile();
  assertParameterOrder(compiled.parameters, rowCount, columns.length);
  sqlCache.set(key, compiled.sql);
  return compiled.sql;
}

/** The cached SQL is only reusable if Kysely binds values row by row, column by column. */
function assertParameterOrder(parameters: readonly unknown[], rowCount: number, columnCount: number): void {
  const ok =
    parameters.length === rowCount * columnCount &&
    parameters.every((p, i) => p === `${Math.floor(i / columnCount)}:${i % columnCount}`);
  if (!ok) throw new Error('insertRows: unexpected parameter order from the query compiler');
}
