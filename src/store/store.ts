/**
 * A {@link Store} over Kysely, independent of the SQL dialect: the caller owns the
 * transaction, and every repository it receives is bound to it.
 *
 * Nesting: `read` or `write` inside `write` joins the open write transaction (and
 * sees its changes); `read` inside `read` joins the read; `write` inside `read` is
 * an error. Every successful outermost `write` bumps the data version.
 * Concurrent outermost reads each take their own read connection from a pool.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { Repos, Store } from '../app/ports.js';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';
import { makeRepos } from './repos.js';
import { readDataVersion } from './meta-repository.js';
import { RollcallError } from '../domain/errors.js';
import { isBusy, sleep, writeGate } from './write-gate.js';

export interface KyselyStoreParts {
  /** Connection for write transactions; null for a read-only store. */
  writer: Kysely<Database> | null;
  /** Connection for read transactions when there is only one (an in-memory store's writer). */
  reader: Kysely<Database>;
  /**
   * Opens another read connection. When given, every outermost read gets a
   * connection of its own (idle ones are reused), so concurrent reads never wait
   * on each other: a read that awaits work started by another read cannot deadlock.
   */
  openReader?: () => Kysely<Database>;
  dialect: StoreDialect;
  description: string;
  /**
   * A number that changes whenever a commit may have changed the database (SQLite's
   * `PRAGMA data_version` on a connection of its own), read without a transaction.
   * Without it, `dataVersion()` reads the version every time.
   */
  changeToken?: () => number;
  /**
   * How long a write waits to start (behind another write of this process, or for
   * another process's lock) before failing with `busy`; default 10 s.
   */
  writeWaitMs?: number;
  /**
   * The store error for an error of the database driver (read-only file, constraint,
   * disk full, damaged file), or null for any other error; busy is handled here.
   */
  translateError?: (error: unknown, description: string) => RollcallError | null;
  /**
   * Makes every commit so far durable (the SQLite store's log flush, `durable-commit.ts`);
   * awaited after each outermost write commits and its turn at the gate is handed on,
   * before the write resolves. Absent where a commit is durable when it returns.
   */
  afterCommit?: () => Promise<void>;
  /** Releases the connections (called once). */
  close(): Promise<void>;
}

/**
 * Read connections kept open between reads; more are opened while reads overlap.
 * Each new connection prepares its statements afresh, so a busy server (50 requests
 * at once) should rarely have to open one. Readers keep SQLite's default 2 MB cache.
 */
const MAX_IDLE_READERS = 16;

interface Scope {
  mode: 'read' | 'write';
  repos: Repos;
  /** The transaction the repositories are bound to. */
  db: Kysely<Database>;
}

/** Milliseconds between attempts to start a write while another process holds the lock. */
const BUSY_RETRY_MS = 25;

/** Seconds a writer refused for a busy database is told to wait before retrying. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * SQLite's "database is locked" (another process, e.g. a long import, holds the write
 * lock past the busy timeout) as a `busy` error a person can act on; null for
 * any other error. HTTP answers it 503 with Retry-After, never as an internal error.
 */
export function busyError(error: unknown, description: string): RollcallError | null {
  if (!isBusy(error)) return null;
  return busy(description);
}

function busy(description: string): RollcallError {
  return new RollcallError(
    'busy',
    `${description} is busy with another write (an import?); nothing was changed. Retry in ${BUSY_RETRY_AFTER_SECONDS} s.`,
    { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
  );
}

/**
 * Wraps connections into a {@link Store}.
 *
 * @example
 * const store = createKyselyStore({ writer, reader, dialect: sqliteDialect, description: 'sqlite:x', close });
 * const n = await store.read((repos) => repos.persons.count({ audience: 'staff' }));
 */
export function createKyselyStore(parts: KyselyStoreParts): Store {
  const scope = new AsyncLocalStorage<Scope>();
  const idle: Array<Kysely<Database>> = [];
  let closed = false;
  const acquire = () => (parts.openReader ? (idle.pop() ?? parts.openReader()) : parts.reader);
  const release = (conn: Kysely<Database>) => {
    if (!parts.openReader) return;
    if (!closed && idle.length < MAX_IDLE_READERS) idle.push(conn);
    else void conn.destroy();
  };
  const checkOpen = (): void => {
    if (closed) throw new RollcallError('store-closed', `${parts.description} is closed; open the store again.`);
  };
  const version = { token: Number.NaN, value: 0 };
  const gate = writeGate();
  /** What leaves the store: the driver's errors as store errors, everything else as it was thrown. */
  const translate = (error: unknown): unknown =>
    busyError(error, parts.description) ?? parts.translateError?.(error, parts.description) ?? error;
  /** The driver's change token, its errors as store errors (a damaged file fails here first). */
  const changeToken = (): number | undefined => {
    try {
      return parts.changeToken?.();
    } catch (error) {
      throw translate(error);
    }
  };
  const waitMs = parts.writeWaitMs ?? 10_000;
  // On a read connection of its own (outside the scope of any open transaction).
  const readVersion = async (): Promise<number> => {
    const conn = acquire();
    try {
      return await scope.exit(() => conn.transaction().execute((trx) => readDataVersion(trx)));
    } catch (error) {
      throw translate(error);
    } finally {
      release(conn);
    }
  };
  /** The commit made durable; a failure says that the change is saved but may not survive a power cut. */
  const durable = async (): Promise<void> => {
    try {
      await parts.afterCommit?.();
    } catch (error) {
      throw new RollcallError(
        'store-io',
        `The change was saved in ${parts.description}, but flushing it to the disk failed (${String(error)}); it may be lost if the machine stops now. Check the disk and the file system.`,
        { cause: String(error) },
      );
    }
  };
  const store: Store = {
    description: parts.description,
    async dataVersion() {
      checkOpen();
      // Inside a read: what it sees. Inside a write: the committed version (the write's own
      // bump is not committed yet), except on an in-memory store, which has one connection.
      const current = scope.getStore();
      if (current?.mode === 'read' || (current?.mode === 'write' && !parts.openReader)) {
        return readDataVersion(current.db);
      }
      const token = changeToken();
      if (token !== undefined && token === version.token) return version.value;
      // The token is taken before the read: a commit in between makes the next call read again.
      const value = await readVersion();
      if (token !== undefined) Object.assign(version, { token, value });
      return value;
    },
    async read(fn) {
      checkOpen();
      const current = scope.getStore();
      if (current) return fn(current.repos);
      const conn = acquire();
      try {
        return await conn.transaction().execute((trx) => {
          const repos = makeRepos(trx, parts.dialect);
          return scope.run({ mode: 'read', repos, db: trx }, () => fn(repos));
        });
      } catch (error) {
        throw translate(error);
      } finally {
        release(conn);
      }
    },
    async write(fn, options) {
      checkOpen();
      const current = scope.getStore();
      if (current?.mode === 'write') return fn(current.repos);
      if (current?.mode === 'read') {
        throw new RollcallError(
          'write-in-read',
          'A write was started inside a read; start the write outside the read.',
        );
      }
      const writer = parts.writer;
      if (!writer) {
        throw new RollcallError(
          'store-readonly',
          `${parts.description} was opened read-only; open it without readonly.`,
        );
      }
      const deadline = Date.now() + waitMs;
      const commitWithRetry = async () => {
        for (;;) {
          try {
            return await writer.transaction().execute(async (trx) => {
              const repos = makeRepos(trx, parts.dialect);
              const result = await scope.run({ mode: 'write', repos, db: trx }, () => fn(repos));
              if (options?.registry !== false) await repos.meta.bumpDataVersion();
              return result;
            });
          } catch (error) {
            // Rolled back: another process holds the lock. Try again on a timer until the deadline.
            if (!isBusy(error) || Date.now() >= deadline) throw translate(error);
            await sleep(Math.min(BUSY_RETRY_MS, Math.max(1, deadline - Date.now())));
          }
        }
      };
      if (!(await gate.enter(waitMs))) throw busy(parts.description);
      let result;
      try {
        result = await commitWithRetry();
      } finally {
        gate.leave();
      }
      // The next writer runs while this commit is flushed; both are flushed by one fsync if they overlap.
      await durable();
      return result;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(idle.splice(0).map((conn) => conn.destroy()));
      await parts.close();
    },
  };
  return store;
}
