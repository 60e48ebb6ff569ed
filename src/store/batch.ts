/**
 * Fast multi-row inserts. Kysely compiles one `INSERT … VALUES (…), (…), …` per
 * table, column list and row count; the SQL is cached and reused with fresh
 * parameters, so bulk imports pay for query building once, not once per row.
 * The SQL comes from Kysely's compiler, so it is right for any dialect.
 */
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';

/** Most rows in one statement, whatever the parameter limit allows. */
const MAX_ROWS_PER_STATEMENT = 1000;

const sqlCache = new Map<string, string>();

/**
 * Inserts `rows` (arrays of values in `columns` order) into `table`, in as few
 * statements as the dialect's parameter limit allows. With `upsertKey`, a row whose
 * key exists replaces the other columns (`ON CONFLICT (key) DO UPDATE`).
 *
 * @example
 * await insertRows(trx, sqliteDialect, 'person_articles', ['person_id', 'article'], [['p-1', '368']]);
 */
export async function insertRows(
  db: Kysely<Database>,
  dialect: StoreDialect,
  table: keyof Database,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
  upsertKey?: readonly string[],
): Promise<void> {
  const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(dialect.maxParams / columns.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const text = insertSql(db, dialect, table, columns, chunk.length, upsertKey);
    await db.executeQuery(CompiledQuery.raw(text, chunk.flat()));
  }
}

function insertSql(
  db: Kysely<Database>,
  dialect: StoreDialect,
  table: keyof Database,
  columns: readonly string[],
  rowCount: number,
  upsertKey: readonly string[] | undefined,
): string {
  const key = `${dialect.name}|${table}|${columns.join(',')}|${rowCount}|${upsertKey?.join(',') ?? ''}`;
  const cached = sqlCache.get(key);
  if (cached !== undefined) return cached;
  const markers = Array.from({ length: rowCount }, (_, r) =>
    Object.fromEntries(columns.map((c, i) => [c, `${r}:${i}`])),
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns are checked by the callers' tests
  let query = (db as Kysely<any>).insertInto(table).values(markers);
  if (upsertKey) {
    const rest = columns.filter((c) => !upsertKey.includes(c));
    query = query.onConflict((oc) =>
      oc.columns(upsertKey as string[]).doUpdateSet(Object.fromEntries(rest.map((c) => [c, sql.ref(`excluded.${c}`)]))),
    );
  }
  const compiled = query.compile();
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
