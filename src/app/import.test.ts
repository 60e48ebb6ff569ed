/**
 * The import pipeline end to end on real SQLite files: worker threads and the
 * importing thread give the same registry, a large load suspends and rebuilds
 * the indexes, and a bad file changes nothing while its report names every problem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTempStore, type TempStore } from '../store/testing/temp-store.js';
import { writeSyntheticRegistry } from './generate.js';
import { exportRegistry } from './export.js';
import { importRegistryFile, BULK_LOAD_FROM, type ImportOptions } from './import.js';
import type { AppContext } from './context.js';

const opts = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
  format: 'json',
  dryRun: false,
  actor: 'test',
  ...extra,
});

let source: TempStore;
let file: string;
const opened: TempStore[] = [];

async function freshContext(): Promise<AppContext & { temp: TempStore }> {
  const temp = await openTempStore();
  opened.push(temp);
  return { store: temp.store, now: () => new Date('2026-01-01T00:00:00Z'), temp };
}

async function exported(ctx: AppContext): Promise<string> {
  let out = '';
  await exportRegistry(ctx, { format: 'json', audience: 'staff' }, async (chunk) => void (out += chunk));
  return out;
}

async function indexNames(ctx: { temp: TempStore }): Promise<string[]> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(ctx.temp.path, { readonly: true });
  try {
    return (
      db.prepare("select name from sqlite_master where type = 'index' order by name").all() as Array<{ name: string }>
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  source = await openTempStore();
  file = join(source.dir, 'registry.json');
  await writeSyntheticRegistry(file, { size: BULK_LOAD_FROM + 100, seed: 7 });
});
afterAll(async () => {
  await Promise.all([source, ...opened].map((t) => t.dispose()));
});

describe('importRegistryFile', () => {
  it('gives the same registry with worker threads and without, byte for byte, and keeps every index', async () => {
    const inThread = await freshContext();
    const workers = await freshContext();
    const oneWorker = await freshContext(); // fewer batches ahead than in the file: blocks of bytes are reused
    const a = await importRegistryFile(inThread, file, opts({ workers: 0 }));
    const b = await importRegistryFile(workers, file, opts({ workers: 2 }));
    const c = await importRegistryFile(oneWorker, file, opts({ workers: 1 }));
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(a.counts).toEqual(b.counts);
    expect(c.counts).toEqual(b.counts);
    expect(a.duplicates).toEqual(b.duplicates); // read from the documents after every batch is written
    expect(c.duplicates).toEqual(b.duplicates);
    expect(b.counts.persons.created).toBe(BULK_LOAD_FROM + 100);
    const text = await exported(workers);
    expect(await exported(inThread)).toBe(text);
    expect(await exported(oneWorker)).toBe(text);
    expect(text).toBe(readFileSync(file, 'utf8').replace(/"exportedAt": [^\n]*\n/, ''));
    const fresh = await freshContext();
    expect(await indexNames(workers)).toEqual(await indexNames(fresh));
    expect(await indexNames(workers)).toContain('person_events_kind_day');
  });

  it('counts a second import of the same file as unchanged and writes no revision', async () => {
    const ctx = await freshContext();
    await importRegistryFile(ctx, file, opts({ workers: 1 }));
    const before = await ctx.store.read((r) => r.revisions.lastId());
    const again = await importRegistryFile(ctx, file, opts({ workers: 1 }));
    expect(again.counts.persons).toEqual({ created: 0, updated: 0, unchanged: BULK_LOAD_FROM + 100 });
    expect(await ctx.store.read((r) => r.revisions.lastId())).toBe(before);
  });

  it('rejects a bad file whole, names each problem with its row, and leaves data and indexes as they were', async () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const personRows = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('    {"id":"p-'));
    const at = (row: number) => personRows[row - 1]![1];
    lines[at(3)] = '    {"id":"p-broken",';
    lines[at(600)] = lines[at(600)]!.replace('"visibility":"public"', '"visibility":"secret"');
    lines[at(1200)] = lines[at(1200)]!.replace(/"facilityId":"[^"]+"/, '"facilityId":"f-nowhere"');
    lines[at(2050)] = lines[at(10)]!;
    const bad = join(source.dir, 'bad.json');
    writeFileSync(bad, lines.join('\n'));
    const ctx = await freshContext();
    const indexes = await indexNames(ctx);
    const report = await importRegistryFile(ctx, bad, opts());
    expect(report.ok).toBe(false);
    const found = report.problems.map((p) => [p.section, p.row, p.code]);
    expect(found).toContainEqual(['persons', 3, 'invalid-json']);
    expect(found).toContainEqual(['persons', 600, 'invalid-field']);
    expect(found).toContainEqual(['persons', 1200, 'unknown-facility']);
    expect(found).toContainEqual(['persons', 2050, 'duplicate-id']);
    expect(report.problems.map((p) => p.row)).toEqual([...report.problems.map((p) => p.row)].sort((x, y) => x! - y!));
    expect(await ctx.store.read((r) => r.persons.count({ audience: 'staff' }))).toBe(0);
    expect(await indexNames(ctx)).toEqual(indexes);
  });

  it('dry-runs a large import without writing anything', async () => {
    const ctx = await freshContext();
    const report = await importRegistryFile(ctx, file, opts({ dryRun: true }));
    expect(report.ok).toBe(true);
    expect(report.counts.persons.created).toBe(BULK_LOAD_FROM + 100);
    expect(await ctx.store.read((r) => r.persons.count({ audience: 'staff' }))).toBe(0);
    expect(await ctx.store.read((r) => r.revisions.lastId())).toBe(0);
  });
});
