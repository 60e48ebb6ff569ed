/**
 * An import through the API and its audit entry commit in one transaction: a failure
 * of the entry's write (a trigger on the real file makes SQLite refuse it, as a full
 * disk would) leaves neither the import's records nor an entry; a successful import
 * leaves both, and `rollcall audit verify` proves the chain intact. `rollcall import` goes
 * the same way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { tempApp } from '../testing/temp-app.js';
import { runCli } from '../testing/cli.js';
import { serializeRegistryJson } from '../exchange/json.js';
import { Person } from '../domain/record.js';
import { importAudited } from './registry-transfer.js';
import { recentAudit, verifyAudit } from './audit.js';

type Env = Awaited<ReturnType<typeof tempApp>>;
let env: Env;
beforeEach(async () => {
  env = await tempApp();
});
afterEach(() => env.cleanup());

function registryFile(ids: string[]): string {
  const persons = ids.map((id) => Person.parse({ id, names: [{ family: id.slice(2), system: 'latn' }] }));
  const path = join(env.dir, 'import.json');
  writeFileSync(path, serializeRegistryJson({ articles: [], creditRatios: [], facilities: [], sources: [], persons }));
  return path;
}

const opts = { format: 'json', dryRun: false, actor: 'editor@example.org' } as const;
const personCount = () => env.ctx.store.read((r) => r.persons.count({ audience: 'staff' }));
const entries = async () => (await recentAudit(env.ctx, 500)).filter((e) => e.action === 'data.import');

/** Runs SQL on the database file through a connection of its own (as another program would). */
function onFile(sql: string): void {
  const db = new BetterSqlite3(env.dbPath);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('importAudited and its audit entry', () => {
  it('commits the records and their entry together, and the chain verifies', async () => {
    const report = await importAudited(env.ctx, registryFile(['p-ales', 'p-maria']), opts);
    expect(report.ok).toBe(true);
    expect(await personCount()).toBe(2);
    const [entry] = await entries();
    expect(entry).toMatchObject({
      actor: 'editor@example.org',
      outcome: 'ok',
      details: { personsCreated: 2, dryRun: false, problems: 0 },
    });
    expect((await verifyAudit(env.ctx)).ok).toBe(true);
    const run = await runCli(env.dbPath, 'audit', 'verify');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('intact');
  });

  it('records `rollcall import` the same way, under --actor, and the CLI verifies the chain', async () => {
    const run = await runCli(env.dbPath, 'import', registryFile(['p-ales']), '--actor', 'shell-editor');
    expect(run.code, run.err).toBe(0);
    expect(await entries()).toMatchObject([{ actor: 'shell-editor', outcome: 'ok', details: { personsCreated: 1 } }]);
    expect((await runCli(env.dbPath, 'audit', 'verify')).code).toBe(0);
  });

  it('leaves neither records nor an entry when the entry cannot be written', async () => {
    const revisionsBefore = await env.ctx.store.read((r) => r.revisions.lastId());
    onFile(`create trigger no_audit before insert on audit_log begin select raise(abort, 'disk full'); end;`);
    await expect(importAudited(env.ctx, registryFile(['p-ales', 'p-maria']), opts)).rejects.toMatchObject({
      code: 'store-constraint',
    });
    expect(await personCount()).toBe(0);
    expect(await env.ctx.store.read((r) => r.revisions.lastId())).toBe(revisionsBefore);
    onFile('drop trigger no_audit;');
    expect(await entries()).toEqual([]);
    const run = await runCli(env.dbPath, 'audit', 'verify');
    expect(run.code, run.err).toBe(0);
  });

  it('records a refused import after rolling it back: no records, one refused entry', async () => {
    const path = registryFile(['p-ales', 'p-maria']);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"p-maria"', '"not an id"'));
    const report = await importAudited(env.ctx, path, opts);
    expect(report.ok).toBe(false);
    expect(await personCount()).toBe(0);
    expect(await entries()).toMatchObject([{ outcome: 'refused', revisionId: null }]);
    expect((await verifyAudit(env.ctx)).ok).toBe(true);
  });
});
