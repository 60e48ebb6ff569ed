/**
 * Store benchmark: bulk import (revisions + people in one transaction), figure
 * loads and list queries over synthetic people in a temporary SQLite file.
 * Each step reports wall time and this process's CPU time (steadier than wall time
 * on a shared, busy machine).
 *
 * Run: `npx tsx src/store/bench/store-bench.ts [people]` (default 100000).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NewRevision, Store } from '../../app/ports.js';
import { openSqliteStore } from '../sqlite.js';
import { syntheticPerson, type SyntheticPerson } from '../testing/synthetic.js';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

export interface StoreBenchResult {
  people: number;
  events: number;
  import: Timing & { peoplePerSecond: number; peoplePerCpuSecond: number };
  figureSubjects: Timing;
  figureSubjectsPublic: Timing;
  listFirstPage: Timing;
  countFiltered: Timing;
  getOne: Timing;
  fileMb: number;
}

/** Imports `people` synthetic people into a fresh file store and times the main reads. */
export async function runStoreBench(people = 100_000): Promise<StoreBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rollcall-store-bench-'));
  const path = join(dir, 'bench.sqlite');
  try {
    const items: SyntheticPerson[] = Array.from({ length: people }, (_, n) => syntheticPerson(n));
    const events = items.reduce((sum, i) => sum + i.projection.events.length, 0);
    const store = await openSqliteStore({ path });
    const imported = await timed(() => importAll(store, items));
    const result: StoreBenchResult = {
      people,
      events,
      import: {
        ...imported,
        peoplePerSecond: Math.round((people / imported.wallMs) * 1000),
        peoplePerCpuSecond: Math.round((people / imported.cpuMs) * 1000),
      },
      figureSubjects: await timed(() => store.read((r) => r.persons.figureSubjects('staff'))),
      figureSubjectsPublic: await timed(() => store.read((r) => r.persons.figureSubjects('public'))),
      listFirstPage: await timed(() =>
        store.read((r) => r.persons.list({ status: 'imprisoned', audience: 'public', sort: 'name', limit: 50 })),
      ),
      countFiltered: await timed(() =>
        store.read((r) => r.persons.count({ article: '368', region: 'minsk', audience: 'public' })),
      ),
      getOne: await timed(() => store.read((r) => r.persons.get(`p-${Math.floor(people / 2)}`))),
      fileMb: 0,
    };
    await store.close();
    result.fileMb = Math.round(statSync(path).size / 1e5) / 10;
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What an import does: one revision per person, then the people, in one transaction. */
async function importAll(store: Store, items: readonly SyntheticPerson[]): Promise<void> {
  await store.write(async (repos) => {
    const revs: NewRevision[] = items.map(({ person }) => ({
      entityType: 'person',
      entityId: person.id,
      actor: 'bench',
      note: 'import',
      at: '2024-02-02T00:00:00Z',
      doc: person,
    }));
    const ids = await repos.revisions.appendMany(revs);
    await repos.persons.saveMany(items.map((item, i) => ({ ...item, revisionId: ids[i] as number })));
  });
}

async function timed(fn: () => Promise<unknown>): Promise<Timing> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const cpu = process.cpuUsage(cpu0);
  return { wallMs: Math.round(performance.now() - t0), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const people = Number(process.argv[2] ?? 100_000);
  console.log(JSON.stringify(await runStoreBench(people)));
}
