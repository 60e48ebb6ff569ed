/**
 * Opening the SQLite store: the file, its pragmas, migrations, one writer
 * connection and a pool of reader connections (WAL lets readers run beside a
 * writer). All
 * SQLite-only settings live here and in `dialect.ts`.
 */
import { mkdirSync, existsSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import type { Store } from '../app/ports.js';
import type { Database } from './schema.js';
import { sqliteDialect } from './dialect.js';
import { RollcallSqliteDialect } from './sqlite-driver.js';
import { sqliteMigrationProvider } from './migrations/index.js';
import { createKyselyStore } from './store.js';
import { RollcallError } from '../domain/errors.js';
import { sqliteError } from './sqlite-errors.js';
import { busyError } from './store.js';
import { isBusy } from './write-gate.js';
import { createPrivately } from './file-mode.js';
import { groupSync, walSync } from './durable-commit.js';

export interface SqliteStoreOptions {
  /** File path, or `':memory:'` for a throw-away store (tests only). */
  path: string;
  /** Open without writing: no migrations, `write` throws `store-readonly`. */
  readonly?: boolean;
  /** How long a write waits for another process's lock before `busy` (default 10 s). */
  busyTimeoutMs?: number;
}

/** Milliseconds a connection waits for another process's lock before failing. */
const BUSY_TIMEOUT_MS = 10_000;

/** How long one attempt of the writer waits inside SQLite for another process's lock. */
const WRITER_BUSY_SPIN_MS = 20;

/** `process.env.ROLLCALL_DB`, else `./data/rollcall.sqlite`. */
export function defaultDbPath(): string {
  return process.env.ROLLCALL_DB ?? './data/rollcall.sqlite';
}

/**
 * Opens (creating if needed) the SQLite store at `opts.path` and applies pending
 * migrations.
 *
 * @example
 * const store = await openSqliteStore({ path: defaultDbPath() });
 * const count = await store.read((repos) => repos.persons.count({ status: 'imprisoned' }));
 * await store.close();
 */
export async function openSqliteStore(opts: SqliteStoreOptions): Promise<Store> {
  const memory = opts.path === ':memory:';
  if (memory && opts.readonly) {
    throw new RollcallError('store-invalid-options', 'An in-memory store cannot be read-only; give a file path.');
  }
  try {
    return await (opts.readonly
      ? openReadonly(opts.path)
      : openWritable(opts.path, memory, opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS));
  } catch (error) {
    throw busyError(error, `sqlite:${opts.path}`) ?? sqliteError(error, `sqlite:${opts.path}`) ?? error;
  }
}

async function openWritable(path: string, memory: boolean, busyTimeoutMs: number): Promise<Store> {
  const file = memory ? path : resolve(path);
  if (!memory) {
    mkdirSync(dirname(file), { recursive: true });
    createPrivately(file);
  }
  const raw = new BetterSqlite3(file);
  configureWriter(raw, memory, busyTimeoutMs);
  const writer = new Kysely<Database>({ dialect: new RollcallSqliteDialect({ database: raw, immediate: true }) });
  try {
    await migrate(writer, raw, file);
  } catch (error) {
    await writer.destroy();
    throw error;
  }
  const probe = memory ? null : versionProbe(file);
  const walBase = memory ? file : realpathSync(file);
  // From now on SQLite waits only briefly (it blocks the event loop while it waits);
  // the store retries on timers up to the busy timeout (see write-gate.ts).
  raw.pragma(`busy_timeout = ${WRITER_BUSY_SPIN_MS}`);
  const store = createKyselyStore({
    writer,
    writeWaitMs: busyTimeoutMs,
    reader: writer,
    ...(memory ? {} : { openReader: () => readerFor(file) }),
    ...(probe ? { changeToken: probe.token } : {}),
    // The log lies beside the real file: SQLite follows a symlinked path to its target.
    ...(memory ? {} : { afterCommit: groupSync(() => walSync(walBase)) }),
    dialect: sqliteDialect,
    translateError: sqliteError,
    description: `sqlite:${file}`,
    async close() {
      probe?.close();
      optimize(raw);
      await writer.destroy();
    },
  });
  if (!memory) {
    store.checkpoint = async () => {
      // Under the write gate, on the writer: free pages go back to the file system (auto_vacuum=incremental).
      const freePages = await store.write(async () => incrementalVacuum(raw), { registry: false });
      return { ...checkpointTruncate(file), freePages };
    };
    store.vacuum = async () => {
      try {
        return vacuumIncremental(file);
      } catch (error) {
        throw busyError(error, store.description) ?? sqliteError(error, store.description) ?? error;
      }
    };
  }
  return store;
}

/**
 * Rewrites the whole file (`VACUUM`) with auto_vacuum=incremental, on a connection of its
 * own, so that a file made before it gives free pages back from now on. The copy SQLite
 * makes on the way is kept in memory (`temp_store = MEMORY`), never in a temporary file
 * that would hold the registry unencrypted outside the database's folder.
 */
function vacuumIncremental(file: string): { complete: boolean; freePages: number } {
  const conn = new BetterSqlite3(file);
  try {
    conn.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    conn.pragma('secure_delete = ON');
    conn.pragma('temp_store = MEMORY');
    conn.pragma('auto_vacuum = INCREMENTAL');
    conn.exec('VACUUM');
    const [row] = conn.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    return { complete: row?.busy === 0, freePages: conn.pragma('freelist_count', { simple: true }) as number };
  } finally {
    conn.close();
  }
}

/**
 * `PRAGMA incremental_vacuum` (a no-op unless the file was made with auto_vacuum=incremental):
 * moves pages from the end into the free ones and truncates the file, so nothing deleted stays
 * in a free page. Returns the free pages left (0 after it; with auto_vacuum=none they stay,
 * zeroed by secure_delete, for later writes to reuse).
 */
function incrementalVacuum(raw: BetterSqlite3.Database): number {
  raw.pragma('incremental_vacuum');
  return raw.pragma('freelist_count', { simple: true }) as number;
}

/**
 * Copies the WAL into the file and truncates it to zero bytes, on a connection of its
 * own (never inside a transaction); `complete` is false when a reader kept it from finishing.
 */
function checkpointTruncate(file: string): { complete: boolean } {
  const conn = new BetterSqlite3(file);
  try {
    conn.pragma('busy_timeout = 2000');
    conn.pragma('secure_delete = ON');
    const [row] = conn.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    return { complete: row?.busy === 0 };
  } finally {
    conn.close();
  }
}

async function openReadonly(path: string): Promise<Store> {
  const file = resolve(path);
  if (!existsSync(file)) {
    throw new RollcallError(
      'store-not-found',
      `No database at ${file}; create it by opening it once without readonly.`,
    );
  }
  const reader = readerFor(file);
  try {
    await checkMigrated(reader, file);
  } catch (error) {
    await reader.destroy();
    throw error;
  }
  const probe = versionProbe(file);
  return createKyselyStore({
    writer: null,
    reader,
    openReader: () => readerFor(file),
    changeToken: probe.token,
    dialect: sqliteDialect,
    translateError: sqliteError,
    description: `sqlite:${file} (read-only)`,
    async close() {
      probe.close();
      await reader.destroy();
    },
  });
}

/** `PRAGMA optimize` on closing, skipped while another process holds the lock (it would mask the error being reported). */
function optimize(raw: BetterSqlite3.Database): void {
  try {
    raw.pragma('optimize');
  } catch (error) {
    if (!isBusy(error)) throw error;
  }
}

function configureWriter(raw: BetterSqlite3.Database, memory: boolean, busyTimeoutMs: number): void {
  raw.pragma(`busy_timeout = ${busyTimeoutMs}`);
  // A new file gives deleted pages back (incremental_vacuum after a purge, see `checkpoint`); this can
  // be chosen only before the first table, and before WAL mode writes the header. An existing file
  // keeps its mode: changing it would take a VACUUM, a rewrite of the whole file, which `vacuum` does on request (`rollcall tips purge --vacuum`).
  if ((raw.pragma('page_count', { simple: true }) as number) === 0) raw.pragma('auto_vacuum = INCREMENTAL');
  const mode = raw.pragma('journal_mode = WAL', { simple: true });
  if (!memory && mode !== 'wal') {
    raw.close();
    throw new RollcallError(
      'store-no-wal',
      `SQLite refused WAL mode (got ${String(mode)}); put the database on a local disk.`,
    );
  }
  // Commits do not wait for the disk on the event loop; `store.write` flushes the log
  // (fsync on the thread pool) before it resolves, so what is acknowledged is durable: durable-commit.ts.
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  // Deleted content (closed tips past retention, ended sessions) is overwritten, not left in free pages.
  raw.pragma('secure_delete = ON');
  raw.pragma('cache_size = -16384'); // 16 MiB of page cache: as fast as 64 MiB for imports here, 50 MB less memory
}

/**
 * A connection of its own whose `PRAGMA data_version` changes after every commit by
 * any other connection, this process's writer included (an in-memory database has
 * one connection only, so it goes without).
 */
function versionProbe(file: string): { token: () => number; close: () => void } {
  const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  const stmt = raw.prepare('pragma data_version').pluck();
  return { token: () => stmt.get() as number, close: () => raw.close() };
}

function readerFor(file: string): Kysely<Database> {
  const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return new Kysely<Database>({ dialect: new RollcallSqliteDialect({ database: raw, immediate: false }) });
}

/**
 * Applies pending migrations, if any, in one IMMEDIATE transaction, so two processes opening
 * the same new file never migrate twice and a failed migration leaves nothing behind.
 * (Kysely's SQLite adapter has no migration lock and no transactional DDL.)
 */
async function migrate(db: Kysely<Database>, raw: BetterSqlite3.Database, file: string): Promise<void> {
  // Looked at first without a lock: opening an up-to-date file must not wait for (or block) a writer.
  if ((await pendingMigrations(db)).length === 0) return;
  raw.exec('BEGIN IMMEDIATE');
  const { error } = await new Migrator({
    db,
    provider: sqliteMigrationProvider,
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (error) {
    if (raw.inTransaction) raw.exec('ROLLBACK');
    throw new RollcallError('store-migration-failed', `Could not update the schema of ${file}: ${String(error)}`, {
      cause: String(error),
    });
  }
  raw.exec('COMMIT');
}

async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const migrations = await new Migrator({
    db,
    provider: sqliteMigrationProvider,
    allowUnorderedMigrations: true,
  }).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

async function checkMigrated(db: Kysely<Database>, file: string): Promise<void> {
  const pending = await pendingMigrations(db);
  if (pending.length > 0) {
    throw new RollcallError(
      'store-outdated',
      `${file} needs schema updates (${pending.join(', ')}); open it once without readonly to apply them.`,
      { pending },
    );
  }
}
