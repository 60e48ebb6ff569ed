/**
 * The CLI run in-process against real SQLite files: the demo registry answers
 * every figure the January 2024 digest states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
import type { Io } from './io.js';

let dir: string;
let db: string;

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += `${t}\n`),
    interactive: false,
  };
  const code = await main(['node', 'rollcall', '--db', db, ...args], io);
  return { code, out, err };
}

async function json<T = unknown>(...args: string[]): Promise<T> {
  const r = await run(...args, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-cli-'));
  db = join(dir, 'demo.sqlite');
  const r = await run('demo', '--synthetic', '50');
  expect(r.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Releases {
  entries: Array<{ personId: string; timeServed: { exact: unknown; min: unknown; max: unknown }; reason: string }>;
  summary: { released: number; termServed: number; termServedOverThreeYears: number };
  names: Record<string, string>;
}

describe('rollcall on the demo registry', () => {
  it('gives the digest figures for January 2024', async () => {
    const r = await json<Releases>('releases', '--month', '2024-01');
    const digest = r.entries.filter((e) => !e.personId.startsWith('p-g'));
    const byName = Object.fromEntries(digest.map((e) => [r.names[e.personId], e.timeServed.exact ?? e.timeServed]));
    expect(byName['Zinaida Mikhniuk']).toEqual({ years: 1, months: 10, days: 4 });
    expect(byName['Andrei Bialiauski']).toEqual({ years: 1, months: 8, days: 8 });
    expect(byName['Aliaksandr Babich']).toEqual({ years: 3, months: 3, days: 19 });
    expect(byName['Aliaksandr Luchynovich']).toEqual({ years: 1, months: 9, days: 13 });
    const takarchuk = byName['Artsiom Takarchuk'] as { min: { years: number }; max: { years: number } };
    expect(takarchuk.min.years).toBe(3);
    expect(digest.filter((e) => ['p-babich', 'p-takarchuk'].includes(e.personId))).toHaveLength(2);
  });

  it('prints the digest entry lines in text mode', async () => {
    const r = await run('releases', '--month', '2024-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Aliaksandr Luchynovich');
    expect(r.out).toContain('1 year, 9 months, and 13 days');
  });

  it('keeps the digest as written in the history, and the corrections as later revisions', async () => {
    const entries = await json<
      Array<{ actor: string; note: string | null; doc: { events: Array<{ kind: string; date: string }> } }>
    >('history', 'p-mikhniuk');
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const detention = (i: number) => entries[i]!.doc.events.find((e) => e.kind === 'detention')?.date;
    expect(detention(0)).toBe('2020-03-25');
    expect(detention(entries.length - 1)).toBe('2022-03-25');
    expect(entries[entries.length - 1]!.note).toMatch(/2022-03-25|fits|stated/);
  });

  it('reports no contradictions after the corrections, and finds them when a revision as written is restored', async () => {
    const clean = await json<{ findings: Array<{ code: string; personId: string }> }>('check', '--severity', 'warning');
    expect(clean.findings.filter((f) => f.personId === 'p-mikhniuk')).toEqual([]);
    const [first] = await json<Array<{ revisionId: number }>>('history', 'p-mikhniuk');
    expect((await run('restore', String(first!.revisionId), '--note', 'test')).code).toBe(0);
    const found = await json<{ findings: Array<{ code: string; personId: string }> }>('check', '--id', 'p-mikhniuk');
    expect(found.findings.map((f) => f.code)).toContain('stated-time-served-mismatch');
  });

  it('counts political prisoners on a date and lists expected releases', async () => {
    const stats = await json<{ count: number; breakdowns: { sex: unknown[] } }>('stats', '--at', '2023-06-15');
    expect(stats.count).toBeGreaterThan(5);
    expect(stats.breakdowns.sex.length).toBeGreaterThan(0);
    const expected = await json<{ entries: unknown[] }>('expected', '--from', '2024-01-01', '--to', '2026-12-31');
    expect(Array.isArray(expected.entries)).toBe(true);
  });

  it('shows a person and finds them by another spelling', async () => {
    const p = await json<{ names: Array<{ family: string }> }>('person', 'show', 'p-luchynovich');
    expect(p.names.map((n) => n.family)).toContain('Luchynovich');
    const hits = await json<Array<{ id: string }>>('search', 'Александр', 'Лучинович');
    expect(hits[0]?.id).toBe('p-luchynovich');
  });

  it('exports, re-imports and exports again byte for byte', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect((await run('export', '--format', 'json', '--out', a)).code).toBe(0);
    const db2 = db;
    db = join(dir, 'copy.sqlite');
    const report = await json<{ ok: boolean; counts: { persons: { created: number } } }>('import', a);
    expect(report.ok).toBe(true);
    // The five digest people, 50 fictional ones and the internal demo person.
    expect(report.counts.persons.created).toBe(56);
    expect((await run('export', '--format', 'json', '--out', b)).code).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    db = db2;
  });

  it('rejects a bad file whole, naming record and field, and changes nothing', async () => {
    const good = join(dir, 'good.json');
    await run('export', '--out', good);
    const text = readFileSync(good, 'utf8').replace('"date":"2022-03-31"', '"date":"31.03.2022"');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, text.replace(/"p-mikhniuk"/, '"p-new-one"'));
    const before = (await json<{ count: number }>('stats', '--at', '2023-06-15')).count;
    const r = await run('import', bad, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as {
      ok: boolean;
      problems: Array<{ field?: string; row?: number; code: string }>;
    };
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.field?.endsWith('date') && typeof p.row === 'number')).toBe(true);
    expect(r.err).toContain('Nothing was imported');
    expect((await json<{ count: number }>('stats', '--at', '2023-06-15')).count).toBe(before);
    expect((await run('person', 'show', 'p-new-one')).code).toBe(1);
  });

  it('dry-runs an import without changing anything', async () => {
    const file = join(dir, 'dry.json');
    await run('export', '--out', file);
    // Edited by hand: the end marker's checksum would refuse it, so it is made a version 1 file (as documented).
    const edited = readFileSync(file, 'utf8')
      .replace(/"p-mikhniuk"/g, '"p-mikhniuk-2"')
      .replace('"version": 3', '"version": 1')
      .replace(/,\n {2}"end": .*\n\}\n$/, '\n}\n');
    writeFileSync(file, edited);
    const report = await json<{ ok: boolean; dryRun: boolean; counts: { persons: { created: number } } }>(
      'import',
      file,
      '--dry-run',
    );
    expect(report).toMatchObject({ ok: true, dryRun: true });
    expect(report.counts.persons.created).toBe(1);
    expect((await run('person', 'show', 'p-mikhniuk-2')).code).toBe(1);
  });

  it('writes errors to stderr with a non-zero exit code', async () => {
    const r = await run('stats', '--at', '2024-13-45');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/invalid-date/);
    expect((await run('person', 'show', 'p-nobody')).err).toMatch(/not-found/);
    expect((await run('releases', '--month', 'January')).code).toBe(1);
    expect((await run('no-such-command')).code).toBe(2);
  });
});
