/**
 * A write while another process holds the database's write lock (a long import):
 * it waits its turn and is answered, or gets 503 with Retry-After after the busy
 * timeout, never an internal "database is locked"; nothing is half-written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { openSqliteStore } from '../../store/sqlite.js';
import { seedReferenceData } from '../../app/reference.js';
import { testAuthentication, asRole } from '../../testing/principals.js';
import { createHttpApp } from '../app.js';
import { FIXED_NOW } from '../../testing/temp-app.js';
import type { AppContext } from '../../app/context.js';

let dir: string;
let ctx: AppContext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-busy-'));
  const store = await openSqliteStore({ path: join(dir, 'db.sqlite'), busyTimeoutMs: 600 });
  ctx = { store, now: () => FIXED_NOW };
  await seedReferenceData(ctx);
});
afterAll(async () => {
  await ctx.store.close();
  rmSync(dir, { recursive: true, force: true });
});

function create(family: string) {
  const app = createHttpApp(ctx, { authenticate: testAuthentication });
  return app.request('/api/v1/records/persons', {
    method: 'POST',
    headers: asRole('editor', undefined, { 'content-type': 'application/json' }),
    body: JSON.stringify({ record: { names: [{ family, given: 'A', system: 'latn' }] } }),
  });
}

/** Another process holding the file's write lock for `ms` (as a long import does); resolves once it holds it. */
function holdLock(ms: number): Promise<{ done: Promise<void> }> {
  const code = `const D = require('better-sqlite3'); const d = new D(process.argv[1]); d.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n'); setTimeout(() => { d.exec('COMMIT'); d.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['-e', code, join(dir, 'db.sqlite'), String(ms)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ done })));
}

describe('writes while the database is busy', () => {
  it('answers 503 with Retry-After when the lock outlasts the busy timeout, and writes nothing', async () => {
    const before = await ctx.store.read((r) => r.revisions.lastId());
    const other = await holdLock(1500);
    try {
      const res = await create('Waiting');
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('busy');
      expect(body.error.message).not.toContain('database is locked');
    } finally {
      await other.done;
    }
    expect(await ctx.store.read((r) => r.revisions.lastId())).toBe(before);
  });

  it('answers 503 for a write queued behind a long write of this process, which still commits', async () => {
    let release!: () => void;
    const long = ctx.store.write(() => new Promise<void>((resolve) => (release = resolve)));
    const res = await create('Queued');
    expect(res.status).toBe(503);
    release();
    await long;
  });

  it('waits its turn and is answered when the lock is released within the timeout', async () => {
    const other = await holdLock(150);
    const started = Date.now();
    const res = await create('Patient');
    expect(res.status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    await other.done;
  });
});
