/**
 * A store error reaches the command line as what it is: `error [code]: message` on
 * stderr and the exit code of its code (3 busy, 4 a damaged file), not `internal`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { openSqliteStore } from '../store/sqlite.js';
import { seedReferenceData } from '../app/reference.js';
import { FIXED_NOW } from '../testing/temp-app.js';
import { EXIT } from '../domain/errors.js';
import { runCli } from '../testing/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-cli-store-errors-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

/** Another process holding the file's write lock for `ms` (as a long import does); resolves once it holds it. */
function holdLock(file: string, ms: number): Promise<{ done: Promise<void> }> {
  const code = `const D = require('better-sqlite3'); const d = new D(process.argv[1]); d.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n'); setTimeout(() => { d.exec('COMMIT'); d.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['-e', code, file, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ done })));
}

describe('store errors on the command line', () => {
  it('exits 4 with store-corrupt for a file that is not a database', async () => {
    const file = join(dir, 'junk.sqlite');
    writeFileSync(file, 'not a database '.repeat(1000));
    for (const args of [['stats'], ['demo']]) {
      const r = await run(file, ...args);
      expect(r.err).toMatch(/^error \[store-corrupt\]: .*backup/);
      expect(r.code).toBe(EXIT.storage);
    }
  });

  it('exits 3 with busy when another process holds the write lock past the wait', async () => {
    const file = join(dir, 'busy.sqlite');
    const store = await openSqliteStore({ path: file });
    await seedReferenceData({ store, now: () => FIXED_NOW });
    await store.close();
    const other = await holdLock(file, 11_000);
    try {
      const r = await run(file, 'demo');
      expect(r.err).toMatch(/^error \[busy\]: .*Retry/);
      expect(r.code).toBe(EXIT.unavailable);
    } finally {
      await other.done;
    }
  }, 40_000);
});
