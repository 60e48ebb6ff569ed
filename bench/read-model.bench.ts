/**
 * Read-model benchmark (issue 10): what a start and an edit cost at this size.
 *
 * - The first request of every page kind after a start, without warm-up (what a reader
 *   would wait for if `rollcall serve` did not warm the read model), and the warm-up itself.
 * - A pass over the key pages right after a one-person edit (each page's time, and the
 *   longest the event loop was held).
 * - Edits under load: 50 connections (autocannon in a child process) over the key pages
 *   for 30 s while one person is edited every 2 s; the slowest request, p99, and the
 *   slowest `/healthz` answer of a probe asking every 100 ms.
 * - The process RSS afterwards.
 *
 * @example BENCH_ONLY=readmodel npm run bench
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { AppContext } from '../src/app/context.js';
import { restoreRevision } from '../src/app/history.js';
import { createHttpApp } from '../src/http/app.js';
import { warmUp } from '../src/http/warm-up.js';
import { load } from './http.bench.js';

const PAGES = [
  '/en/',
  '/en/persons/',
  '/en/persons/?region=brest&sex=male',
  '/en/persons/names/',
  '/en/persons/?q=ivan',
  '/en/facilities/',
  '/en/articles/',
  '/en/figures/',
  '/en/figures/upcoming/',
  '/en/figures/birthdays/',
  '/api/v1/stats',
  '/api/v1/flows?from=2020-01&to=2024-12',
];
const LOAD_SECONDS = Number(process.env.BENCH_EDIT_SECONDS ?? 30);

export async function benchReadModel(ctx: AppContext): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const log = (label: string, value: string) => console.log(`${label.padEnd(40)} ${value}`);
  const app = createHttpApp(ctx);
  const gaps = loopGaps();
  for (const path of PAGES) {
    const ms = await timed(() => app.request(path));
    figures[`first hit ${path} ms`] = ms;
    log(`first hit ${path}`, `${ms} ms`);
  }
  figures['first hits: longest event-loop hold ms'] = gaps.take();
  const warm = await warmUp(createHttpApp(ctx));
  figures['warm-up ms (built already)'] = warm.ms;

  const ids = (await ctx.store.read((r) => r.persons.list({ audience: 'public', limit: 2000, sort: 'name' }))).map(
    (r) => r.id,
  );
  let edits = 0;
  const edit = async () => {
    const id = ids[(edits++ * 7919) % ids.length]!;
    const rev = await ctx.store.read((r) => r.revisions.latestFor('person', id));
    if (rev) await restoreRevision(ctx, rev.id, { actor: 'bench', note: 'bench edit' });
  };
  await edit();
  gaps.take();
  let pass = 0;
  for (const path of PAGES) {
    const ms = await timed(() => app.request(path));
    pass += ms;
    figures[`after an edit ${path} ms`] = ms;
  }
  figures['after an edit: pass over key pages ms'] = Math.round(pass);
  figures['after an edit: longest event-loop hold ms'] = gaps.take();
  log(
    'after an edit: pass over key pages',
    `${Math.round(pass)} ms, loop held ≤ ${figures['after an edit: longest event-loop hold ms']} ms`,
  );

  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let healthzMax = 0;
  let running = true;
  const probe = (async () => {
    while (running) {
      const start = performance.now();
      await (await fetch(`${url}/healthz`)).arrayBuffer();
      healthzMax = Math.max(healthzMax, performance.now() - start);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const editor = setInterval(() => void edit(), 2000);
  const paths = [...PAGES, ...ids.slice(0, 500).map((id) => `/en/persons/${id}/`)];
  try {
    const result = await load({ url, paths, connections: 50, seconds: LOAD_SECONDS });
    figures['edits under load: requests'] = result.requests;
    figures['edits under load: p99 ms'] = result.p99;
    figures['edits under load: slowest ms'] = result.max;
    figures['edits under load: non-2xx'] = result.non2xx + result.errors;
  } finally {
    clearInterval(editor);
    running = false;
    await probe;
    await new Promise((resolve) => server.close(resolve));
  }
  figures['edits under load: edits'] = edits;
  figures['edits under load: slowest /healthz ms'] = Math.round(healthzMax);
  log(
    'edits under load (50 connections)',
    `p99 ${figures['edits under load: p99 ms']} ms, slowest ${figures['edits under load: slowest ms']} ms, /healthz ≤ ${figures['edits under load: slowest /healthz ms']} ms, ${edits} edits`,
  );
  gaps.stop();
  figures['rss after MB'] = Math.round(process.memoryUsage().rss / 1e6);
  log('rss after', `${figures['rss after MB']} MB`);
  return figures;
}

async function timed(fn: () => Promise<Response> | Response): Promise<number> {
  const start = performance.now();
  await (await fn()).arrayBuffer();
  return Math.round(performance.now() - start);
}

/** The longest the event loop was held between 10 ms ticks, since the last `take`. */
function loopGaps() {
  let max = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, now - last - 10);
    last = now;
  }, 10);
  return {
    take: () => {
      const out = Math.round(max);
      max = 0;
      return out;
    },
    stop: () => clearInterval(timer),
  };
}
