/**
 * HTTP benchmark (not a test): the real server on 127.0.0.1, loaded by
 * autocannon in a child process with 50 connections for a few seconds per
 * route. Measures a trivial route (`/healthz`) as the ceiling of this machine,
 * then the home page, person pages and a filtered list, and reports req/s, p99
 * latency and each page's share of the trivial route's throughput. Also times
 * writing the full static mirror.
 *
 * Targets (issue 3): person page >= 30% of trivial, filtered list >= 10%,
 * p99 < 50 ms; full mirror of 100,000 people < 2 minutes.
 *
 * @example
 * const figures = await benchHttp(ctx); // ctx holds the 100,000-person registry
 * figures['http person page / trivial']; // 0.41
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { AppContext } from '../src/app/context.js';
import { createHttpApp } from '../src/http/app.js';
import { writeMirror } from '../src/web/mirror.js';
import type { LoadInput, LoadResult } from './http-load.js';

const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
/** Distinct person pages cycled through, so the page cache cannot serve them all. */
const PERSON_PAGES = 5000;

interface Target {
  key: string;
  paths: string[];
}

export async function benchHttp(ctx: AppContext): Promise<Record<string, number>> {
  const ids = await publicIds(ctx, PERSON_PAGES);
  if (ids.length === 0) throw new Error('benchHttp needs a registry with public persons');
  const figures: Record<string, number> = { 'http connections': CONNECTIONS, 'http person pages distinct': ids.length };
  const targets: Target[] = [
    { key: 'trivial', paths: ['/healthz'] },
    { key: 'home page', paths: ['/en/'] },
    { key: 'person page', paths: [`/en/persons/${ids[Math.floor(ids.length / 2)]}/`] },
    { key: 'person pages (distinct)', paths: ids.map((id) => `/en/persons/${id}/`) },
    { key: 'filtered list', paths: ['/en/persons/?status=imprisoned&region=brest&sex=male'] },
    {
      key: 'filtered lists (varied)',
      paths: ['brest', 'homiel', 'hrodna', 'minsk', 'viciebsk', 'mahiliou'].flatMap((region) =>
        ['imprisoned', 'released'].flatMap((status) =>
          [1, 2, 3].map((page) => `/en/persons/?status=${status}&region=${region}&page=${page}`),
        ),
      ),
    },
    { key: 'trivial (again)', paths: ['/healthz'] },
  ];

  const app = createHttpApp(ctx);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (const target of targets) {
      await check(url, target);
      await load({ url, paths: target.paths, connections: CONNECTIONS, seconds: 1 }); // warm-up
      const result = await load({ url, paths: target.paths, connections: CONNECTIONS, seconds: SECONDS });
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`${target.key}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
      figures[`http ${target.key} req/s`] = Math.round(result.rps);
      figures[`http ${target.key} p99 ms`] = result.p99;
      log(`http ${target.key}`, `${Math.round(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  // The ceiling is measured first and last; the higher one is used for the ratios.
  const trivial = Math.max(figures['http trivial req/s']!, figures['http trivial (again) req/s']!);
  for (const target of targets.filter((t) => !t.key.startsWith('trivial'))) {
    const ratio = Math.round((figures[`http ${target.key} req/s`]! / trivial) * 1000) / 1000;
    figures[`http ${target.key} / trivial`] = ratio;
    log(`http ${target.key} / trivial`, `${(ratio * 100).toFixed(1)}%`);
  }
  Object.assign(figures, await benchMirror(ctx));
  return figures;
}

async function publicIds(ctx: AppContext, count: number): Promise<string[]> {
  const rows = await ctx.store.read((r) => r.persons.list({ audience: 'public', limit: count, sort: 'name' }));
  return rows.map((r) => r.id);
}

/** Every path of a target must answer 200 before it is measured (a fast 404 is no result). */
async function check(url: string, target: Target): Promise<void> {
  for (const path of target.paths.slice(0, 3)) {
    const res = await fetch(url + path);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${target.key}: GET ${path} answered ${res.status}, not 200`);
  }
}

/** Runs autocannon in a child process (so the server keeps its event loop to itself). */
export function load(input: LoadInput): Promise<LoadResult> {
  return inChild<LoadResult>('http-load', input);
}

/**
 * Runs the load generator `name` (a file beside this one) in a child process with `input`
 * as its argument, and resolves with the result it sends over IPC.
 */
export function inChild<R>(name: string, input: unknown): Promise<R> {
  const here = fileURLToPath(import.meta.url);
  const script = join(here, '..', `${name}${extname(here)}`);
  const execArgv = extname(here) === '.ts' ? ['--import', 'tsx'] : [];
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(input)], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: R | undefined;
    child.once('message', (m) => (result = m as R));
    child.once('error', reject);
    // 'close', not 'exit': 'exit' may come before the result's message has been read.
    child.once('close', (code) =>
      result ? resolve(result) : reject(new Error(`${name} exited with code ${code} and no result`)),
    );
  });
}

/** Stops a mirror run that goes over its time budget. */
class OverBudget extends Error {}

/**
 * Times writing the full static mirror into a temp folder. A run longer than
 * BENCH_MIRROR_BUDGET_S (default 300) is stopped and reported as incomplete,
 * with its rate; BENCH_MIRROR=0 skips it.
 */
async function benchMirror(ctx: AppContext): Promise<Record<string, number>> {
  if (process.env.BENCH_MIRROR === '0') return {};
  const budgetMs = Number(process.env.BENCH_MIRROR_BUDGET_S ?? 300) * 1000;
  const outDir = mkdtempSync(join(tmpdir(), 'rollcall-mirror-bench-'));
  const start = performance.now();
  const cpuStart = process.cpuUsage(); // the whole process: the render and writer threads too
  let written = 0;
  const onFile = (files: number) => {
    written = files;
    if (performance.now() - start > budgetMs) throw new OverBudget();
  };
  try {
    const report = await writeMirror(ctx, outDir, { onFile });
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const { files, bytes } = sizeOf(outDir);
    log('mirror: full write', `${seconds.toFixed(1)} s, ${files} files, ${(bytes / 1e6).toFixed(0)} MB`);
    log('mirror: CPU time (all threads)', `${cpuSeconds.toFixed(1)} s`);
    for (const m of report.missing.slice(0, 5)) log('mirror: missing link', `${m.status} ${m.path} (from ${m.from})`);
    return {
      'mirror complete': 1,
      'mirror write s': Math.round(seconds * 10) / 10,
      'mirror cpu s': Math.round(cpuSeconds * 10) / 10,
      'mirror files': files,
      'mirror MB': Math.round(bytes / 1e6),
      'mirror missing links': report.missing.length,
    };
  } catch (error) {
    if (!(error instanceof OverBudget)) throw error;
    const seconds = (performance.now() - start) / 1000;
    const rate = written / seconds;
    log('mirror: stopped', `over the ${budgetMs / 1000} s budget after ${written} files (${rate.toFixed(0)} files/s)`);
    return { 'mirror complete': 0, 'mirror files in budget': written, 'mirror files/s': Math.round(rate) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function sizeOf(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function log(label: string, text: string): void {
  console.log(`${label.padEnd(40)} ${text}`);
}
