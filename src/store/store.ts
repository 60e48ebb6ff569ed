/**
 * A {@link Store} over Kysely, independent of the SQL dialect: the caller owns the
 * transaction, and every repository it receives is bound to it.
 *
 * Nesting: `read` or `write` inside `write` joins the open write transaction (and
 * sees its changes); `read` inside `read` joins the read; `write` inside `read` is
 * an error. Every successful outermost `write` bumps the data version.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { Repos, Store } from '../app/ports.js';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';
import { makeRepos } from './repos.js';
import { StoreError } from './errors.js';

export interface KyselyStoreParts {
  /** Connection for write transactions; null for a read-only store. */
  writer: Kysely<Database> | null;
  /** Connection for read transactions (may be the writer). */
  reader: Kysely<Database>;
  dialect: StoreDialect;
  description: string;
  /** Releases the connections (called once). */
  close(): Promise<void>;
}

interface Scope {
  mode: 'read' | 'write';
  repos: Repos;
}

/**
 * Wraps connections into a {@link Store}.
 *
 * @example
 * const store = createKyselyStore({ writer, reader, dialect: sqliteDialect, description: 'sqlite:x', close });
 * const n = await store.read((repos) => repos.persons.count());
 */
export function createKyselyStore(parts: KyselyStoreParts): Store {
  const scope = new AsyncLocalStorage<Scope>();
  let closed = false;
  const checkOpen = (): void => {
    if (closed) throw new StoreError('store-closed', `${parts.description} is closed; open the store again.`);
  };
  return {
    description: parts.description,
    async read(fn) {
      checkOpen();
      const current = scope.getStore();
      if (current) return fn(current.repos);
      return parts.reader.transaction().execute((trx) => {
        const repos = makeRepos(trx, parts.dialect);
        return scope.run({ mode: 'read', repos }, () => fn(repos));
      });
    },
    async write(fn) {
      checkOpen();
      const current = scope.getStore();
      if (current?.mode === 'write') return fn(current.repos);
      if (current?.mode === 'read') {
        throw new StoreError('write-in-read', 'A write was started inside a read; start the write outside the read.');
      }
      const writer = parts.writer;
      if (!writer) {
        throw new StoreError('store-readonly', `${parts.description} was opened read-only; open it without readonly.`);
      }
      return writer.transaction().execute(async (trx) => {
        const repos = makeRepos(trx, parts.dialect);
        const result = await scope.run({ mode: 'write', repos }, () => fn(repos));
        await repos.meta.bumpDataVersion();
        return result;
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await parts.close();
    },
  };
}
