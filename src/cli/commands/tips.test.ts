/**
 * `rollcall tips purge` in-process on a real SQLite file: a rejected tip with a
 * message, a note and a photo, past retention, is deleted with every trace of it
 * on disk (its ciphertexts and receipt hash are not in the database file, its
 * -wal or -shm), the freed pages go back to the file system, and the audit log
 * says how many by whom. Bad `--days` or ROLLCALL_TIP_RETENTION_DAYS are refused.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../testing/cli.js';
import { addStaff, PASSPHRASE } from '../../testing/tips.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { seedReferenceData } from '../../app/reference.js';
import type { AppContext } from '../../app/context.js';
import { createTipKey } from '../../app/tips/reviewers.js';
import { replyToThread, submitTip } from '../../app/tips/intake.js';
import { changeTip, listTips } from '../../app/tips/triage.js';
import { recentAudit } from '../../app/audit.js';

const CANARY = 'CANARYPURGE5519';
let dir: string;
let db: string;
/** Stored bytes of the tip (ciphertexts, the receipt hash): each must leave the disk. */
let traces: Buffer[] = [];

const run = (...args: string[]) => runCli(db, ...args);

/** Every byte of the database file, its -wal and -shm, as they are on disk. */
function diskBytes(): Buffer {
  return Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f))));
}

function rawRows(sqlText: string): Array<Record<string, unknown>> {
  const raw = new BetterSqlite3(db, { readonly: true });
  try {
    return raw.prepare(sqlText).all() as Array<Record<string, unknown>>;
  } finally {
    raw.close();
  }
}

/** A photo of noise (it does not compress): its ciphertext spans many pages. */
async function noisePhoto(): Promise<Uint8Array> {
  const raw = { width: 400, height: 400, channels: 3 as const };
  return new Uint8Array(
    await sharp(randomBytes(400 * 400 * 3), { raw })
      .jpeg({ quality: 95 })
      .toBuffer(),
  );
}

/** A rejected tip (closed 2024-02-02) with a reply, a note and a photo; returns the stored bytes of it. */
async function plantTip(): Promise<Buffer[]> {
  const store = await openSqliteStore({ path: db });
  const ctx: AppContext = { store, now: () => new Date('2024-02-02T12:00:00Z') };
  await seedReferenceData(ctx);
  const rev = await addStaff(ctx, 'tip_reviewer', 'rev');
  await createTipKey(ctx, rev, PASSPHRASE);
  const submission = { lang: 'en', who: CANARY, kind: 'released', when: '2024-01', how: CANARY, contact: CANARY };
  const { receipt } = await submitTip(ctx, submission as Parameters<typeof submitTip>[1], [
    { name: `${CANARY}.jpg`, type: 'image/jpeg', bytes: await noisePhoto() },
  ]);
  await replyToThread(ctx, receipt, CANARY);
  const [tip] = await listTips(ctx, rev, ['new']);
  await changeTip(ctx, rev, tip!.id, { kind: 'note', text: CANARY });
  await changeTip(ctx, rev, tip!.id, { kind: 'state', state: 'rejected' });
  await store.close();
  const blobs = [
    ...rawRows('select receipt_hash as a, body as b, receipt_key as c from tips'),
    ...rawRows('select body as a from tip_messages'),
    ...rawRows('select meta as a, bytes as b from tip_attachments'),
    ...rawRows('select sealed as a from tip_seals'),
  ].flatMap((row) => Object.values(row));
  const found = blobs.map((v) => (typeof v === 'string' ? Buffer.from(v) : (v as Buffer)).subarray(0, 48));
  expect(found.length).toBe(3 + 2 + 2 + 1);
  const disk = diskBytes();
  for (const trace of found) expect(disk.includes(trace)).toBe(true);
  return found;
}

/** Nothing of the tip is left on disk, and its tables are empty. */
function expectGone(): void {
  const disk = diskBytes();
  for (const trace of traces) expect(disk.includes(trace)).toBe(false);
  expect(disk.toString('latin1')).not.toContain(CANARY);
  for (const table of ['tips', 'tip_messages', 'tip_attachments', 'tip_seals'])
    expect(rawRows(`select count(*) as n from ${table}`)).toEqual([{ n: 0 }]);
}

const fileSize = () => statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
const cutoff = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-tips-'));
  db = join(dir, 'r.sqlite');
  traces = await plantTip();
});
afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rollcall tips purge', () => {
  it('refuses --days that is not a whole number of days, and a bad ROLLCALL_TIP_RETENTION_DAYS, deleting nothing', async () => {
    for (const days of ['-1', 'ninety', '1.5', '']) {
      const r = await run('tips', 'purge', '--days', days);
      expect(r.code).toBe(1);
      expect(r.err).toContain(
        `error [invalid-number]: --days is a whole number of days (0 or more, e.g. 90); got "${days}".`,
      );
    }
    vi.stubEnv('ROLLCALL_TIP_RETENTION_DAYS', 'soon');
    const r = await run('tips', 'purge');
    expect(r.code).toBe(1);
    expect(r.err).toContain('error [invalid-config]: ROLLCALL_TIP_RETENTION_DAYS must be a whole number of days');
    expect(rawRows('select count(*) as n from tips')).toEqual([{ n: 1 }]);
  });

  it('keeps a closed tip within retention (--days wins over the environment)', async () => {
    vi.stubEnv('ROLLCALL_TIP_RETENTION_DAYS', '30');
    const r = await run('tips', 'purge', '--days', '36500', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ days: 36500, deleted: 0, checkpointed: false, freePages: null });
    const disk = diskBytes();
    for (const trace of traces) expect(disk.includes(trace)).toBe(true);
  });

  it('deletes it past retention (days from the environment) and leaves no byte of it on disk, nor a free page', async () => {
    vi.stubEnv('ROLLCALL_TIP_RETENTION_DAYS', '30');
    const before = fileSize();
    const r = await run('tips', 'purge');
    expect(r).toEqual({
      code: 0,
      out:
        `Deleted 1 closed tip (closed before ${cutoff(30)}); write-ahead log emptied; ` +
        'freed pages given back to the file system.\n',
      err: '',
    });
    expectGone();
    expect(rawRows('pragma freelist_count')).toEqual([{ freelist_count: 0 }]);
    expect(statSync(db).size).toBeLessThan(before - 100_000);
  });

  it('names the shell user in the audit log, with the count only', async () => {
    const store = await openSqliteStore({ path: db, readonly: true });
    const entries = await recentAudit({ store, now: () => new Date() }, 50);
    await store.close();
    const purge = entries.filter((e) => e.action === 'tip.purge');
    expect(purge).toMatchObject([{ actor: `cli:${process.env.USER ?? 'admin'}`, details: { deleted: 1 } }]);
    expect(JSON.stringify(entries)).not.toContain(CANARY);
  });
});

describe('rollcall tips purge on a database made before auto-vacuum', () => {
  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    dir = mkdtempSync(join(tmpdir(), 'rollcall-tips-old-'));
    db = join(dir, 'r.sqlite');
    const raw = new BetterSqlite3(db); // a file with a table already: opening it keeps auto_vacuum=none
    raw.pragma('journal_mode = WAL');
    raw.exec('create table early (a)');
    raw.close();
    traces = await plantTip();
  });

  it('overwrites the tip with zeros; its free pages stay until --vacuum rewrites the file, once', async () => {
    const r = await run('tips', 'purge', '--days', '30');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      new RegExp(
        `^Deleted 1 closed tip \\(closed before ${cutoff(30)}\\); write-ahead log emptied; \\d+ free pages stay in ` +
          'the file, overwritten with zeros \\("rollcall tips purge --vacuum" once gives them back\\)\\.\n$',
      ),
    );
    expectGone();
    const [{ freelist_count: free }] = rawRows('pragma freelist_count') as [{ freelist_count: number }];
    expect(free).toBeGreaterThan(20);
    const before = fileSize();
    const v = await run('tips', 'purge', '--vacuum', '--json');
    expect(JSON.parse(v.out)).toEqual({
      days: 90,
      deleted: 0,
      before: cutoff(90),
      checkpointed: true,
      freePages: 0,
      vacuumed: true,
    });
    expect(rawRows('pragma auto_vacuum')).toEqual([{ auto_vacuum: 2 }]);
    expect(rawRows('pragma freelist_count')).toEqual([{ freelist_count: 0 }]);
    expect(statSync(db).size).toBeLessThan(before - free * 4096 * 0.9); // less a pointer-map page or two
    expectGone();
  });
});
