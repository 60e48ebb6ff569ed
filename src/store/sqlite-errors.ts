/**
 * SQLite's failures as what they are: a {@link RollcallError} with a stable code and
 * a message a person can act on, instead of a bare "internal error". Busy and locked
 * are `busy` (see `store.ts`, which retries them first); the others below.
 *
 * @example
 * try { ... } catch (error) { throw sqliteError(error, 'sqlite:/data/rollcall.sqlite') ?? error; }
 */
import { RollcallError } from '../domain/errors.js';

/** The store error for an error thrown by SQLite, or null when it is not one of SQLite's. */
export function sqliteError(error: unknown, description: string): RollcallError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const said = error instanceof Error ? error.message : code;
  const details = { sqlite: code };
  const primary = code.split('_').slice(0, 2).join('_'); // SQLITE_CONSTRAINT_UNIQUE → SQLITE_CONSTRAINT
  switch (primary) {
    case 'SQLITE_READONLY':
      return new RollcallError(
        'store-readonly',
        `${description} cannot be written (${said}); check that the file and its folder are writable and not opened read-only.`,
        details,
      );
    case 'SQLITE_CONSTRAINT':
      return new RollcallError(
        'store-constraint',
        `The write broke a rule of the database (${said}); nothing was written. Check for an id used twice or a reference to a record that does not exist.`,
        details,
      );
    case 'SQLITE_FULL':
      return new RollcallError(
        'store-full',
        `The disk holding ${description} is full; nothing was written. Free some space and try again.`,
        details,
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new RollcallError(
        'store-corrupt',
        `${description} is damaged or is not a Rollcall database (${said}); restore it from a backup or an export.`,
        details,
      );
    case 'SQLITE_IOERR':
      return new RollcallError(
        'store-io',
        `Reading or writing ${description} failed (${said}); check the disk and the file system.`,
        details,
      );
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
      return new RollcallError(
        'store-cannot-open',
        `${description} cannot be opened (${said}); check the path and its permissions.`,
        details,
      );
    default:
      return null;
  }
}
