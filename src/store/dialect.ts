/**
 * The few things the shared repositories need to know about the SQL dialect.
 * Everything else (upserts, RETURNING, query building) goes through Kysely, which
 * compiles it for SQLite or PostgreSQL alike.
 */
import { sql, type Expression, type SqlBool } from 'kysely';

export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Most bound parameters one statement may carry. */
  readonly maxParams: number;
  /** `column IN (values)` for lists of any length (one bound parameter). */
  inList(column: Expression<unknown>, values: readonly (string | number)[]): Expression<SqlBool>;
  /** A parameter bound as text or as UTF-8 bytes (a Buffer), read as text. */
  utf8Text(value: Expression<unknown>): Expression<string>;
}

/** Lists up to this length become a plain `IN (?, ?, …)`; longer ones go through JSON. */
const PLAIN_IN_MAX = 500;

/**
 * SQLite: 32766 parameters per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32);
 * long lists are passed as one JSON array and unpacked with `json_each`.
 */
export const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  maxParams: 32766,
  inList(column, values) {
    if (values.length <= PLAIN_IN_MAX) {
      return sql<SqlBool>`${column} in (${sql.join(values)})`;
    }
    return sql<SqlBool>`${column} in (select value from json_each(${JSON.stringify(values)}))`;
  },
  utf8Text(value) {
    // SQLite stores bytes cast to text as they are: they are the text's UTF-8 encoding.
    return sql<string>`cast(${value} as text)`;
  },
};
