/**
 * A database opened through a symlink: SQLite keeps its write-ahead log beside the real
 * file, and that is the log each write flushes (flushing a log beside the link, which
 * does not exist, would silently flush nothing).
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSqliteStore } from './sqlite.js';

const opened: string[] = [];
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsp>();
  return {
    ...real,
    open: (path: string, ...rest: []) => {
      opened.push(String(path));
      return real.open(path, ...rest);
    },
  };
});

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('durable commits through a symlinked path', () => {
  it('flush the log beside the real file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'rollcall-symlink-'));
    const target = join(dir, 'real.sqlite');
    const link = join(dir, 'link.sqlite');
    await (await openSqliteStore({ path: target })).close();
    symlinkSync(target, link);
    const store = await openSqliteStore({ path: link });
    opened.length = 0;
    await store.write(async (r) => r.meta.bumpDataVersion(), { registry: false });
    expect(existsSync(`${target}-wal`)).toBe(true);
    expect(existsSync(`${link}-wal`)).toBe(false);
    expect(opened).toContain(`${target}-wal`);
    await store.close();
  });
});
