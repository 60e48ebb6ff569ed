/**
 * Store benchmark: bulk import (revisions + people in one transaction), figure
 * loads and list queries over synthetic people in a temporary SQLite file.
 *
 * Run: `npx tsx src/store/bench/store-bench.ts [people]` (default 100000).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NewRevision } from '../../app/ports.js';
import { openSqliteStore } from '../sqlite.js';
import { syntheticPerson, type SyntheticPerson } from '../testing/synthetic.js';

export interface StoreBenchResult {
  people: number;
  events: number;
  importMs: number;
  peoplePerSecond: number;
  figureSubjectsMs: number;
  figureSubjectsPublicMs: number;
  listFirstPageMs: number;
  countFilteredMs: number;
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
    const importMs = await timed(() =>
      store.write(async (repos) => {
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
      }),
    );
    const figureSubjectsMs = await timed(() => store.read((r) => r.persons.figureSubjects(false)));
    const figureSubjectsPublicMs = await timed(() => store.read((r) => r.persons.figureSubjects(true)));
    const listFirstPageMs = await timed(() =>
      store.read((r) => r.persons.list({ status: 'imprisoned', publicOnly: true, sort: 'name', limit: 50 })),
    );
    const countFilteredMs = await timed(() =>
      store.read((r) => r.persons.count({ article: '368', region: 'minsk', publicOnly: true })),
    );
    await store.close();
    return {
      people,
      events,
      importMs,
      peoplePerSecond: Math.round((people / importMs) * 1000),
      figureSubjectsMs,
      figureSubjectsPublicMs,
      listFirstPageMs,
      countFilteredMs,
      fileMb: Math.round(statSync(path).size / 1e5) / 10,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return Math.round(performance.now() - t0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const people = Number(process.argv[2] ?? 100_000);
  console.log(JSON.stringify(await runStoreBench(people), null, 2));
}
