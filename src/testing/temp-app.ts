/**
 * Test support: a real SQLite file in a fresh temp folder, with a fixed clock.
 *
 * @example
 * const { ctx, dir, cleanup } = await tempApp();
 * afterAll(cleanup);
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { seedReferenceData } from '../app/reference.js';
import type { AppContext } from '../app/context.js';

export const FIXED_NOW = new Date('2024-02-02T12:00:00Z');

export async function tempApp(now: Date = FIXED_NOW) {
  const dir = mkdtempSync(join(tmpdir(), 'rollcall-test-'));
  const dbPath = join(dir, 'rollcall.sqlite');
  const store = await openSqliteStore({ path: dbPath });
  const ctx: AppContext = { store, now: () => now };
  await seedReferenceData(ctx);
  return {
    ctx,
    dir,
    dbPath,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
