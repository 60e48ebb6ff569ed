/**
 * The floor of an import's writes: how long SQLite takes to write exactly the rows
 * an import of `people` synthetic persons writes (revisions with their documents,
 * persons, events, articles, custody, timelines), from values already in memory,
 * with secondary indexes dropped and built once at the end (as the import's bulk
 * mode does), in one transaction. No parsing, validation or projection: whatever
 * the import does on top, it cannot be faster than this on one writer.
 *
 * Run: `npx tsx src/store/bench/write-floor.ts [people]` (default 100000).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../sqlite.js';
import { seedReferenceData } from '../../app/reference.js';
import { importRegistryFile } from '../../app/import.js';
import { writeSyntheticRegistry } from '../../app/generate.js';

const TABLES = ['revisions', 'persons', 'person_events', 'person_articles', 'person_custody', 'person_timelines'];
const ROWS_PER_STATEMENT = 100;
type Row = Record<string, unknown>;

async function importedStore(dir: string, people: number): Promise<string> {
  const file = join(dir, 'registry.json');
  const path = join(dir, 'source.sqlite');
  await writeSyntheticRegistry(file, { size: people, seed: 42 });
  const store = await openSqliteStore({ path });
  const ctx = { store, now: () => new Date('2026-01-01T00:00:00Z') };
  await seedReferenceData(ctx);
  const report = await importRegistryFile(ctx, file, { format: 'json', dryRun: false, actor: 'floor' });
  await store.close();
  if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
  return path;
}

/** Inserts `rows` with prepared statements of ROWS_PER_STATEMENT rows (and one for the rest). */
function insertAll(db: Database.Database, table: string, rows: readonly Row[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const statement = (n: number) =>
    db.prepare(
      `insert into ${table} (${columns.join(', ')}) values ` +
        Array.from({ length: n }, () => `(${columns.map(() => '?').join(', ')})`).join(', '),
    );
  const full = statement(ROWS_PER_STATEMENT);
  const values: unknown[] = [];
  let i = 0;
  for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) {
    values.length = 0;
    for (let j = i; j < i + ROWS_PER_STATEMENT; j++) for (const c of columns) values.push(rows[j]![c]);
    full.run(values);
  }
  const rest = rows.slice(i);
  if (rest.length > 0) statement(rest.length).run(rest.flatMap((r) => columns.map((c) => r[c])));
}

async function main(): Promise<void> {
  const people = Number(process.argv[2] ?? 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'rollcall-floor-'));
  try {
    const source = new Database(await importedStore(dir, people), { readonly: true });
    const rows = new Map(TABLES.map((t) => [t, source.prepare(`select * from ${t}`).all() as Row[]]));
    source.close();
    const target = join(dir, 'target.sqlite');
    await (await openSqliteStore({ path: target })).close(); // the schema, and the store's pragmas below
    const db = new Database(target);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('cache_size = -16384');
    db.pragma('foreign_keys = ON');
    const ms: Record<string, number> = {};
    const time = (label: string, fn: () => void) => {
      const start = performance.now();
      fn();
      ms[label] = Math.round(performance.now() - start);
    };
    const cpu = process.cpuUsage();
    const start = performance.now();
    db.exec('begin immediate');
    db.exec("delete from revisions where entity_type <> 'person'"); // only the persons' revisions are compared
    const indexes = db
      .prepare(
        `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${TABLES.map(() => '?').join(', ')})`,
      )
      .all(...TABLES) as Array<{ name: string; sql: string }>;
    for (const index of indexes) db.exec(`drop index ${index.name}`);
    const personRevisions = rows.get('revisions')!.filter((r) => r.entity_type === 'person');
    time('revisions', () => insertAll(db, 'revisions', personRevisions));
    for (const table of TABLES.slice(1)) time(table, () => insertAll(db, table, rows.get(table)!));
    time('index rebuild', () => indexes.forEach((index) => db.exec(index.sql)));
    time('commit', () => db.exec('commit'));
    const total = performance.now() - start;
    const used = process.cpuUsage(cpu);
    db.close();
    console.log(
      `write floor for ${people} people: ${Math.round(total)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`,
    );
    console.log(`= at most ${Math.round(people / (total / 1000))} people/s on one writer`);
    for (const [label, value] of Object.entries(ms)) console.log(`  ${label.padEnd(18)} ${value} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
