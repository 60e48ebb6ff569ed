/**
 * Kysely's SQLite dialect with two changes for Rollcall:
 * - prepared statements are cached by SQL text, so repeated queries (above all the
 *   bulk inserts of `batch.ts`) are parsed by SQLite once, not on every call;
 * - write connections begin transactions with `BEGIN IMMEDIATE`, taking the write
 *   lock up front (waiting up to the busy timeout) instead of failing half-way
 *   when another process wrote first.
 */
import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';

/** Prepared statements kept per connection; the cache is cleared when it fills. */
const MAX_CACHED_STATEMENTS = 256;

export interface RollcallSqliteConfig {
  database: BetterSqlite3.Database;
  /** Begin transactions with BEGIN IMMEDIATE (for the writer connection). */
  immediate: boolean;
}

/** A Kysely dialect over one better-sqlite3 connection (see the module comment). */
export class RollcallSqliteDialect extends SqliteDialect {
  readonly #config: RollcallSqliteConfig;

  constructor(config: RollcallSqliteConfig) {
    super({ database: config.database });
    this.#config = config;
  }

  override createDriver(): Driver {
    return new RollcallSqliteDriver(this.#config);
  }
}

class RollcallSqliteDriver extends SqliteDriver {
  readonly #connection: CachingConnection;
  readonly #immediate: boolean;

  constructor(config: RollcallSqliteConfig) {
    super({ database: config.database });
    this.#connection = new CachingConnection(config.database);
    this.#immediate = config.immediate;
  }

  /** Waits for the single connection (the parent's mutex), then hands out the caching one. */
  override async acquireConnection(): Promise<DatabaseConnection> {
    await super.acquireConnection();
    return this.#connection;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(this.#immediate ? 'begin immediate' : 'begin'));
  }
}

class CachingConnection implements DatabaseConnection {
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.#prepare(compiledQuery.sql);
    const parameters = compiledQuery.parameters as unknown[];
    if (stmt.reader) return Promise.resolve({ rows: stmt.all(parameters) as R[] });
    const { changes, lastInsertRowid } = stmt.run(parameters);
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    });
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiledQuery.query)) {
      throw new Error('The SQLite driver streams only select queries');
    }
    // Not cached: an iterating statement cannot run again until it finishes.
    for (const row of this.#db.prepare(compiledQuery.sql).iterate(compiledQuery.parameters as unknown[])) {
      yield { rows: [row as R] };
    }
  }

  #prepare(sql: string): BetterSqlite3.Statement {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      if (this.#statements.size >= MAX_CACHED_STATEMENTS) this.#statements.clear();
      stmt = this.#db.prepare(sql);
      this.#statements.set(sql, stmt);
    }
    return stmt;
  }
}
