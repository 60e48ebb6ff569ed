/**
 * The import with worker threads against one thread (issue 10, "keep a parallel
 * path only where it pays"): generates BENCH_SIZE people (default 100,000) once,
 * then imports the file into fresh SQLite files BENCH_RUNS times each way
 * (default 3), alternating the order in every pair, and prints each run, the
 * medians, the gain and the load average before and after (the machine is shared).
 *
 * @example
 * npm run build && node --expose-gc dist/bench/import-workers.js
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite.js';
import { seedReferenceData } from '../src/app/reference.js';
import { importRegistryFile } from '../src/app/import.js';
import { defaultWorkerCount } from '../src/app/import-pool.js';
import { writeSyntheticRegistry } from '../src/app/generate.js';
import type { AppContext } from '../src/app/context.js';

const size = Number(process.env.BENCH_SIZE ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'rollcall-bench-workers-'));
const file = join(dir, 'registry.json');
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

async function importOnce(workers: number, run: number): Promise<number> {
  const path = join(dir, `r-${workers}-${run}.sqlite`);
  const store = await openSqliteStore({ path });
  const ctx: AppContext = { store, now: () => new Date('2026-01-01T00:00:00Z') };
  await seedReferenceData(ctx);
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const report = await importRegistryFile(ctx, file, { format: 'json', dryRun: false, actor: 'bench', workers });
  const ms = performance.now() - started;
  await store.close();
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  rmSync(`${path}-shm`, { force: true });
  if (!report.ok) throw new Error(`import failed: ${report.problems[0]?.message}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const workers = defaultWorkerCount();
  console.log(`load before: ${load()}; generating ${size} people…`);
  await writeSyntheticRegistry(file, { size, seed: 1 });
  const times: Record<'one' | 'workers', number[]> = { one: [], workers: [] };
  for (let run = 0; run < runs; run++) {
    const order: Array<'one' | 'workers'> = run % 2 === 0 ? ['one', 'workers'] : ['workers', 'one'];
    for (const kind of order) {
      const ms = await importOnce(kind === 'one' ? 0 : workers, run);
      times[kind].push(ms);
      console.log(
        `run ${run + 1} ${kind === 'one' ? 'one thread' : `${workers} worker(s)`}: ${(ms / 1000).toFixed(1)} s (load ${load()})`,
      );
    }
  }
  const one = median(times.one);
  const par = median(times.workers);
  console.log(
    `median one thread ${(one / 1000).toFixed(1)} s, ${workers} worker(s) ${(par / 1000).toFixed(1)} s: ` +
      `gain ${(((one - par) / one) * 100).toFixed(0)}%; load after: ${load()}`,
  );
  rmSync(dir, { recursive: true, force: true });
}

await main();
