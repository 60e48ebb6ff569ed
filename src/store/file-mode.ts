/**
 * The database holds internal records (notes, internal names, tips): its file is readable
 * by its owner only. A new file is created 0600 before SQLite opens it; SQLite creates the
 * `-wal` and `-shm` files with the database file's permissions. A file found more open
 * (e.g. 0644 from an older version) is tightened to 0600, with its `-wal`/`-shm`.
 *
 * @example
 * createPrivately('/var/lib/rollcall/rollcall.sqlite'); // before new BetterSqlite3(file)
 */
import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';

export const DATABASE_FILE_MODE = 0o600;

/** Creates `file` empty with mode 0600 when it does not exist; tightens it (and its -wal/-shm) when it does. */
export function createPrivately(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', DATABASE_FILE_MODE));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) tighten(path);
}

function tighten(path: string): void {
  try {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) chmodSync(path, mode & 0o700);
  } catch (error) {
    // Absent (-wal/-shm before the first write) or not ours to change: SQLite's own open reports what matters.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'EPERM')
      throw error;
  }
}
