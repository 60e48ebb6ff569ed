/**
 * `npm run bench`: generates a synthetic registry, imports it into a fresh
 * SQLite file and measures the figures the registry-core issue names.
 * Prints a table and writes test-output/bench.json.
 *
 * Environment: BENCH_SIZE (default 100000), BENCH_ONLY=core|digest|http|search|readmodel|staff|tips|writes (default all;
 * digest, http, tips and writes run after the core import).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite.js';
import { seedReferenceData } from '../src/app/reference.js';
import { importRegistryFile } from '../src/app/import.js';
import { exportRegistry } from '../src/app/export.js';
import { countAt, countSeries, loadSubjects } from '../src/app/figures.js';
import { releasesOfMonth } from '../src/app/releases.js';
import { runChecks } from '../src/app/checks.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { AppContext } from '../src/app/context.js';

const size = Number(process.env.BENCH_SIZE ?? 100_000);
const only = process.env.BENCH_ONLY ?? 'all';
const figures: Record<string, number | string> = { size };

function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 1e6);
}
let peakRss = 0;
let peakHeap = 0;
/** Peak RSS since the current step began, and over the registry-core steps (import to checks). */
let stepPeakRss = 0;
let corePeakRss = 0;
let inCore = false;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  stepPeakRss = Math.max(stepPeakRss, m.rss);
  if (inCore) corePeakRss = Math.max(corePeakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
};
const sampler = setInterval(sample, 20);

/**
 * The kernel's peak RSS of this process (VmHWM), reset before each step through
 * /proc/self/clear_refs, so steps that never yield to the sampler (checks, figures)
 * are measured too. Null where /proc is not there (not Linux).
 */
function resetKernelPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux: the sampler alone
  }
}
function kernelPeak(): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** Collects the garbage of earlier steps (the bench runs with --expose-gc), so each step's peak is its own. */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
  collect();
  resetKernelPeak();
  stepPeakRss = process.memoryUsage().rss;
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  sample();
  stepPeakRss = Math.max(stepPeakRss, kernelPeak() ?? 0);
  if (inCore) corePeakRss = Math.max(corePeakRss, stepPeakRss);
  figures[label] = Math.round(ms * 100) / 100;
  figures[`${label} peak rss MB`] = Math.round(stepPeakRss / 1e6);
  console.log(
    `${label.padEnd(40)} ${ms.toFixed(1).padStart(10)} ms   rss ${rssMb()} MB, peak ${Math.round(stepPeakRss / 1e6)} MB`,
  );
  return result;
}

/** Median and p99 of `runs` timings of `fn`, in ms. */
async function repeat(label: string, runs: number, fn: () => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  resetKernelPeak();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  if (inCore) corePeakRss = Math.max(corePeakRss, kernelPeak() ?? 0);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const max = times[times.length - 1]!;
  figures[`${label} median`] = Math.round(median * 1000) / 1000;
  figures[`${label} max`] = Math.round(max * 1000) / 1000;
  console.log(`${label.padEnd(40)} median ${median.toFixed(2)} ms, max ${max.toFixed(2)} ms over ${runs} runs`);
}

/**
 * Writes the synthetic registry with `rollcall generate` in a child process: the
 * file is the benchmark's input, not part of the system measured, so the
 * generator's heap does not count towards the import's memory.
 */
async function generateInChild(file: string): Promise<void> {
  const cli = new URL('../src/cli/main.js', import.meta.url).href;
  const argv = ['node', 'rollcall', 'generate', '--size', String(size), '--seed', '42', '--out', file];
  const script = `const { main } = await import(${JSON.stringify(cli)}); process.exitCode = await main(${JSON.stringify(argv)});`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
}

async function benchCore(dir: string): Promise<void> {
  const file = join(dir, 'registry.json');
  await time('generate file', () => generateInChild(file));
  figures['file MB'] = Math.round(statSync(file).size / 1e5) / 10;
  const store = await openSqliteStore({ path: join(dir, 'bench.sqlite') });
  const ctx: AppContext = { store, now: () => new Date('2026-01-01T00:00:00Z') };
  await seedReferenceData(ctx);
  inCore = true;
  const report = await time('import', () =>
    importRegistryFile(ctx, file, { format: 'json', dryRun: false, actor: 'bench' }),
  );
  if (!report.ok) throw new Error(`import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
  figures['import persons/s'] = Math.round(size / ((figures['import'] as number) / 1000));
  console.log(`${'import persons/s'.padEnd(40)} ${figures['import persons/s']}`);

  const out = createWriteStream(join(dir, 'export.json'));
  await time('export json', () =>
    exportRegistry(ctx, { format: 'json', audience: 'staff' }, async (chunk) => {
      if (!out.write(chunk)) await once(out, 'drain');
    }),
  );
  out.end();
  await time('figures: first load (cold)', () => loadSubjects(ctx, 'staff'));
  // Fifty different days (counts are kept per day and data version: one day asked again is not counted again).
  const days = Array.from({ length: 50 }, (_, i) => new Date(Date.UTC(2020, 7, 1 + i * 37)).toISOString().slice(0, 10));
  let day = 0;
  await repeat('count on a date', 50, () => countAt(ctx, days[day++ % days.length]!, 'staff'));
  await repeat('five-year daily series', 10, () => countSeries(ctx, '2020-08-01', '2025-07-31', 'day', 'staff'));
  await repeat('releases of a month', 20, () => releasesOfMonth(ctx, '2024-01', 'staff'));
  const checks = await time('checks over the registry', () => runChecks(ctx, { minSeverity: 'warning' }));
  figures['check findings'] = checks.findings.length;
  sample();
  inCore = false;
  figures['core peak rss MB'] = Math.round(corePeakRss / 1e6);
  console.log(`${'peak memory of the core steps (rss)'.padEnd(40)} ${figures['core peak rss MB']} MB (target < 300)`);
  // Loaded only now: the site, charts and search modules are not part of the core steps' memory.
  if (only === 'all' || only === 'digest') {
    const { benchDigest } = await import('./digest.bench.js');
    Object.assign(figures, await benchDigest(ctx));
  }
  if (only === 'all' || only === 'readmodel') {
    const { benchReadModel } = await import('./read-model.bench.js');
    Object.assign(figures, await benchReadModel(ctx));
  }
  if (only === 'all' || only === 'staff') {
    const { benchStaff } = await import('./staff.bench.js');
    Object.assign(figures, await benchStaff(ctx));
  }
  if (only === 'all' || only === 'http') {
    const { benchHttp } = await import('./http.bench.js');
    Object.assign(figures, await benchHttp(ctx));
  }
  if (only === 'all' || only === 'tips') {
    const { benchTips } = await import('./tips.bench.js');
    Object.assign(figures, await benchTips(ctx));
  }
  if (only === 'all' || only === 'writes') {
    const { benchWrites } = await import('./writes.bench.js');
    Object.assign(figures, await benchWrites(ctx));
  }
  await store.close();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rollcall-bench-'));
  try {
    console.log(`Rollcall benchmark: ${size} people, node ${process.version}`);
    if (only !== 'search') await benchCore(dir);
    if (only === 'all' || only === 'search') {
      const { benchSearch } = await import('./search.bench.js');
      Object.assign(figures, await benchSearch(size));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  clearInterval(sampler);
  figures['peak rss MB'] = Math.round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1e6);
  figures['peak heap+external MB'] = Math.round(peakHeap / 1e6);
  console.log(`${'peak memory, whole run incl. mirror (rss)'.padEnd(40)} ${figures['peak rss MB']} MB`);
  console.log(`${'peak JS heap + external'.padEnd(40)} ${figures['peak heap+external MB']} MB`);
  mkdirSync('test-output', { recursive: true });
  writeFileSync('test-output/bench.json', JSON.stringify(figures, null, 2));
}

await main();
