/**
 * Opening the registry: read commands take no lock and write nothing; opening an
 * up-to-date registry writes nothing either (issue 11, item 9).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { runCli } from '../testing/cli.js';
import { main } from './main.js';
import { openApp } from './open.js';

let dir: string;
let db: string;

const run = (...args: string[]) => runCli(db, ...args);

async function version(access: 'read' | 'write'): Promise<number> {
  const ctx = await openApp(db, access);
  try {
    return await ctx.store.dataVersion();
  } finally {
    await ctx.store.close();
  }
}

/** Runs `fn` while another connection (another process, e.g. an import) holds the write lock. */
async function whileLocked<T>(fn: () => Promise<T>): Promise<T> {
  const other = new BetterSqlite3(db);
  other.exec("BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('lock-test', '1')");
  try {
    return await fn();
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-open-'));
  db = join(dir, 'r.sqlite');
  expect((await run('demo', '--synthetic', '5')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('opening the registry', () => {
  it('does not bump the data version when opened again, for reading or writing', async () => {
    const before = await version('write');
    expect(await version('write')).toBe(before);
    expect(await version('read')).toBe(before);
    expect((await run('stats', '--at', '2024-01-31', '--json')).code).toBe(0);
    expect(await version('read')).toBe(before);
  });

  it('answers read commands while another connection holds a write transaction', async () => {
    const [stats, exported, person] = await whileLocked(async () => [
      await run('stats', '--at', '2024-01-31', '--json'),
      await run('export', '--format', 'csv', '--out', join(dir, 'out.csv')),
      await run('person', 'show', 'p-luchynovich', '--json'),
    ]);
    for (const r of [stats, exported, person]) expect(r.code).toBe(0);
    expect(JSON.parse(stats.out)).toMatchObject({ date: '2024-01-31' });
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toContain('Luchynovich');
    expect(JSON.parse(person.out)).toMatchObject({ id: 'p-luchynovich' });
  }, 30_000);

  it('opens an up-to-date registry for writing (serve) without waiting for the lock', async () => {
    const ctx = await whileLocked(() => openApp(db, 'write'));
    await ctx.store.close();
  }, 30_000);

  it('refuses a read command on a missing file and creates nothing', async () => {
    const missing = join(dir, 'nothing-here.sqlite');
    const r = await main(['node', 'rollcall', '--db', missing, 'stats'], {
      out: () => undefined,
      err: (t) => expect(t).toMatch(/no-registry.*rollcall import/),
      interactive: false,
    });
    expect(r).toBe(1);
    expect(existsSync(missing)).toBe(false);
  });
});
