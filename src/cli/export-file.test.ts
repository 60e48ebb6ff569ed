/**
 * `rollcall export --out`: the file appears whole or not at all (issue 11 item 7), and is
 * readable by its owner only (item 15).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { main } from './main.js';
import type { Io } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'rollcall-cli-export-'));
const db = join(dir, 'demo.sqlite');

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const io: Io = { out: () => undefined, err: (t) => (err += `${t}\n`), interactive: false };
  const code = await main(['node', 'rollcall', '--db', db, ...args], io);
  return { code, err };
}

beforeAll(async () => {
  expect((await run('demo', '--synthetic', '600')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rollcall export --out', () => {
  it('writes the file 0600 and leaves no temporary file', async () => {
    for (const args of [
      ['--out', join(dir, 'all.json')],
      ['--public', '--format', 'csv', '--out', join(dir, 'p.csv')],
    ]) {
      expect((await run('export', ...args)).code).toBe(0);
      expect(statSync(args.at(-1)!).mode & 0o777).toBe(0o600);
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('leaves the previous file untouched and no partial file when the export fails midway', async () => {
    const file = join(dir, 'kept.json');
    writeFileSync(file, 'the previous export\n');
    // A record the exporter refuses, late in id order: the first pages are written before it fails.
    const raw = new BetterSqlite3(db);
    const last = raw.prepare('select id, revision_id from persons order by id desc limit 1').get() as {
      id: string;
      revision_id: number;
    };
    raw
      .prepare('update revisions set doc = ? where id = ?')
      .run(JSON.stringify({ id: last.id, names: [] }), last.revision_id);
    raw.close();
    const r = await run('export', '--out', file);
    expect(r.code).not.toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('the previous export\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.part'))).toEqual([]);
  });
});
