/**
 * The audit log on a real SQLite file: tampering with, deleting or reordering an
 * entry in the database file makes verify fail and name the entry; a head kept
 * outside catches a rewritten chain; secrets are refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { tempApp } from '../testing/temp-app.js';
import { auditHead, auditNow, recentAudit, recordAudit, sha256Hex, verifyAudit } from './audit.js';
import { GENESIS_HASH, hashEntry, type AuditEntry } from '../domain/audit.js';
import { main } from '../cli/main.js';
import type { Io } from '../cli/io.js';

let app: Awaited<ReturnType<typeof tempApp>>;

beforeEach(async () => {
  app = await tempApp();
  for (let i = 1; i <= 6; i++) {
    await auditNow(app.ctx, {
      actor: `editor${i}@example.org`,
      action: 'record.update',
      resourceType: 'person',
      resourceId: `p-${i}`,
      revisionId: i,
      details: { note: `change ${i}`, fields: ['names'] },
    });
  }
});
afterEach(() => app.cleanup());

/** Runs SQL on the database file directly, as someone holding the file would. */
function tamper(sql: string): void {
  const raw = new BetterSqlite3(app.dbPath);
  raw.exec(sql);
  raw.close();
}

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), interactive: false };
  const code = await main(['node', 'rollcall', '--db', app.dbPath, 'audit', ...args], io);
  return { code, out, err };
}

describe('audit log', () => {
  it('chains every entry to the one before and verifies intact', async () => {
    const report = await verifyAudit(app.ctx);
    expect(report).toMatchObject({ ok: true, entries: 6 });
    const entries = (await recentAudit(app.ctx, 10)).reverse();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    for (const e of entries) expect(hashEntry(sha256Hex, e)).toBe(e.hash);
    expect((await auditHead(app.ctx)).hash).toBe(entries[5]!.hash);
    expect(report.head).toBe(entries[5]!.hash);
  });

  it('names the entry whose content was changed in the file', async () => {
    tamper(`update audit_log set actor = 'someone-else' where seq = 3`);
    const report = await verifyAudit(app.ctx);
    expect(report.ok).toBe(false);
    expect(report.firstBad).toMatchObject({ seq: 3, fault: 'hash-mismatch' });
  });

  it('names the entry whose details were changed', async () => {
    tamper(`update audit_log set details = '{"note":"nothing happened"}' where seq = 4`);
    expect((await verifyAudit(app.ctx)).firstBad).toMatchObject({ seq: 4, fault: 'hash-mismatch' });
  });

  it('names the entry after a deleted one', async () => {
    tamper(`delete from audit_log where seq = 2`);
    const report = await verifyAudit(app.ctx);
    expect(report.firstBad).toMatchObject({ seq: 3, fault: 'broken-link' });
    expect(report.firstBad!.message).toContain('deleted');
  });

  it('names the first entry of a reordered pair', async () => {
    tamper(`update audit_log set seq = 100 where seq = 4;
            update audit_log set seq = 4 where seq = 5;
            update audit_log set seq = 5 where seq = 100;`);
    expect((await verifyAudit(app.ctx)).firstBad).toMatchObject({ seq: 4, fault: 'broken-link' });
  });

  it('catches a rewritten chain with a head kept outside, and accepts a head still in it', async () => {
    const kept = (await auditHead(app.ctx)).hash;
    await auditNow(app.ctx, { actor: 'admin@example.org', action: 'user.add', details: { role: 'viewer' } });
    expect(await verifyAudit(app.ctx, kept)).toMatchObject({ ok: true, knownHead: { found: true, seq: 6 } });

    // Rewrite entries 5.. with valid hashes: the chain alone looks intact, the kept head is gone.
    const raw = new BetterSqlite3(app.dbPath);
    const rows = raw.prepare('select * from audit_log where seq >= 5 order by seq').all() as Array<
      Record<string, unknown>
    >;
    let prev = (raw.prepare('select hash from audit_log where seq = 4').get() as { hash: string }).hash;
    for (const row of rows) {
      const entry: Omit<AuditEntry, 'hash'> = {
        seq: row.seq as number,
        at: row.at as string,
        actor: 'forged@example.org',
        action: row.action as string,
        resourceType: row.resource_type as string | null,
        resourceId: row.resource_id as string | null,
        revisionId: row.revision_id as number | null,
        outcome: 'ok',
        details: JSON.parse(row.details as string) as AuditEntry['details'],
        prevHash: prev,
      };
      prev = hashEntry(sha256Hex, entry);
      raw
        .prepare('update audit_log set actor = ?, prev_hash = ?, hash = ? where seq = ?')
        .run(entry.actor, entry.prevHash, prev, entry.seq);
    }
    raw.close();
    expect((await verifyAudit(app.ctx)).ok).toBe(true);
    const report = await verifyAudit(app.ctx, kept);
    expect(report).toMatchObject({ ok: false, knownHead: { found: false } });
  });

  it('refuses details that would keep a secret or client data, and writes nothing', async () => {
    for (const key of ['password', 'totpCode', 'token', 'ip', 'userAgent', 'tipText', 'recoveryCodes']) {
      await expect(
        auditNow(app.ctx, { actor: 'a@example.org', action: 'auth.sign-in', details: { [key]: 'x' } }),
      ).rejects.toMatchObject({ code: 'audit-forbidden-detail' });
    }
    expect((await auditHead(app.ctx)).seq).toBe(6);
  });

  it('commits an entry with the change that caused it, or not at all', async () => {
    await expect(
      app.ctx.store.write(async (repos) => {
        await recordAudit(repos, { actor: 'x@example.org', action: 'record.delete' }, '2024-02-02T12:00:00Z');
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await auditHead(app.ctx)).seq).toBe(6);
  });

  it('rollcall audit verify|head from the shell', async () => {
    const head = await cli('head');
    expect(head.code).toBe(0);
    const hash = head.out.split(/\s+/)[0]!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const ok = await cli('verify', '--head', hash);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toContain('intact: 6 entries');
    tamper(`update audit_log set revision_id = 99 where seq = 5`);
    const bad = await cli('verify');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('first entry not intact: 5');
    const unknown = await cli('verify', '--head', 'f'.repeat(64));
    expect(unknown.code).toBe(1);
  });
});
