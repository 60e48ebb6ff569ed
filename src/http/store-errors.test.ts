/**
 * A store error reaches the client as what it is (its code, status and message),
 * not as a bare 500: a read-only store refuses a write with 503 `store-readonly`,
 * a damaged file answers 500 `store-corrupt`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { seedReferenceData } from '../app/reference.js';
import { testAuthentication, asRole } from '../testing/principals.js';
import { FIXED_NOW } from '../testing/temp-app.js';
import { createHttpApp } from './app.js';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-store-errors-'));
  const store = await openSqliteStore({ path: join(dir, 'db.sqlite') });
  await seedReferenceData({ store, now: () => FIXED_NOW });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Body {
  error: { code: string; message: string; details: unknown };
}

describe('store errors over HTTP', () => {
  it('answers a write to a read-only store 503 store-readonly, with a message saying what to do', async () => {
    const store = await openSqliteStore({ path: join(dir, 'db.sqlite'), readonly: true });
    try {
      const app = createHttpApp({ store, now: () => FIXED_NOW }, { authenticate: testAuthentication });
      const res = await app.request('/api/v1/records/persons', {
        method: 'POST',
        headers: asRole('editor', undefined, { 'content-type': 'application/json' }),
        body: JSON.stringify({ record: { names: [{ family: 'Readonly', given: 'A', system: 'latn' }] } }),
      });
      expect(res.status).toBe(503);
      const body = (await res.json()) as Body;
      expect(body.error.code).toBe('store-readonly');
      expect(body.error.message).toMatch(/^The registry database was opened read-only/);
      expect(body.error.message).not.toContain(dir); // the client is not told where the file is
      expect(body.error).toHaveProperty('details');
      // Reads still work.
      expect((await app.request('/api/v1/stats?at=2024-01-01')).status).toBe(200);
    } finally {
      await store.close();
    }
  });

  it('answers 500 store-corrupt, not internal, when the file is damaged under a running server', async () => {
    const file = join(dir, 'damaged.sqlite');
    const setup = await openSqliteStore({ path: file });
    await seedReferenceData({ store: setup, now: () => FIXED_NOW });
    await setup.close();
    const store = await openSqliteStore({ path: file, readonly: true });
    try {
      writeFileSync(file, 'not a database '.repeat(1000));
      const app = createHttpApp({ store, now: () => FIXED_NOW });
      const res = await app.request('/api/v1/stats?at=2024-01-01');
      expect(res.status).toBe(500);
      const body = (await res.json()) as Body;
      expect(body.error.code).toBe('store-corrupt');
      expect(body.error.message).toContain('backup');
      expect(body.error.message).not.toContain(dir);
    } finally {
      await store.close();
    }
  });
});
