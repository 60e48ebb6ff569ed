import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'rollcall-mode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('the database file', () => {
  it('is created 0600, and so are its -wal and -shm', async () => {
    const file = join(dir, 'new.sqlite');
    const store = await openSqliteStore({ path: file });
    await store.write((r) => r.meta.bumpDataVersion());
    for (const path of [file, `${file}-wal`, `${file}-shm`]) expect(mode(path), path).toBe(0o600);
    await store.close();
  });

  it('is tightened to 0600 when an older version left it readable by others', async () => {
    const file = join(dir, 'old.sqlite');
    const first = await openSqliteStore({ path: file });
    await first.close();
    chmodSync(file, 0o644);
    writeFileSync(`${file}-wal`, '');
    chmodSync(`${file}-wal`, 0o644);
    const store = await openSqliteStore({ path: file });
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    await store.close();
  });
});
