/**
 * Staff pages benchmark (issue 14): every staff page kind at 10 concurrent users over
 * real HTTP, each for BENCH_STAFF_SECONDS (default 10) after a one-second warm-up, p50
 * and p99; then how long an approved edit takes to show on the public person page, the
 * released list and the count (target < 1 s). Requests act as an editor through the
 * tests' principal middleware (`testAuthentication`): the sign-in machinery is measured
 * elsewhere and is not what a page costs.
 *
 * @example BENCH_ONLY=staff BENCH_SIZE=20000 npm run bench
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { AppContext } from '../src/app/context.js';
import { createHttpApp } from '../src/http/app.js';
import { testAuthentication } from '../src/testing/principals.js';
import { approveProposal } from '../src/app/proposals.js';
import { currentRecord, writeRecord } from '../src/app/record-writes.js';
import { Person } from '../src/domain/record.js';
import { load } from './http.bench.js';

const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_STAFF_SECONDS ?? 10);
const EDITOR = { authorization: 'Test editor' };

export async function benchStaff(ctx: AppContext): Promise<Record<string, number>> {
  const figures: Record<string, number> = { 'staff connections': CONNECTIONS };
  const log = (label: string, value: string) => console.log(`${label.padEnd(40)} ${value}`);
  const [person, facility, source] = await ctx.store.read(async (r) => [
    (await r.persons.ids(null, 1))[0],
    (await r.facilities.list())[0]?.id,
    (await r.sources.list())[0]?.id,
  ]);
  if (!person || !facility || !source) throw new Error('benchStaff needs a registry with persons, facilities, sources');
  const pages: Array<[string, string[]]> = [
    ['desk', ['/staff/?lang=en']],
    ['persons list', ['/staff/persons?lang=en', '/staff/persons?lang=en&page=7']],
    ['staff search', ['/staff/persons?q=ivan&lang=en', '/staff/persons?q=%D0%BB%D0%BE%D1%81%D1%96%D0%BA&lang=en']],
    ['person page', [`/staff/persons/${person}?lang=en`]],
    ['person form', [`/staff/persons/${person}/edit?lang=en`]],
    ['person history', [`/staff/persons/${person}/history?lang=en`]],
    ['proposals', ['/staff/proposals?lang=en']],
    ['duplicates', ['/staff/duplicates?lang=en']],
    ['facilities', ['/staff/facilities?lang=en']],
    ['facility form', [`/staff/facilities/${facility}/edit?lang=en`]],
    ['sources', ['/staff/sources?lang=en']],
    ['deleted', ['/staff/deleted?lang=en']],
    ['digests', ['/staff/digests?lang=en']],
  ];
  const app = createHttpApp(ctx, { authenticate: testAuthentication });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    for (const [key, paths] of pages) {
      const first = performance.now();
      const res = await fetch(url + paths[0], { headers: EDITOR });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${key}: GET ${paths[0]} answered ${res.status}, not 200`);
      figures[`staff ${key} first ms`] = Math.round(performance.now() - first);
      await load({ url, paths, connections: CONNECTIONS, seconds: 1, headers: EDITOR });
      const r = await load({ url, paths, connections: CONNECTIONS, seconds: SECONDS, headers: EDITOR });
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${key}: ${r.non2xx} non-2xx and ${r.errors} errors`);
      figures[`staff ${key} p99 ms`] = r.p99;
      figures[`staff ${key} req/s`] = Math.round(r.rps);
      log(
        `staff ${key}`,
        `first ${figures[`staff ${key} first ms`]} ms; ${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (target < 100)`,
      );
    }
    figures['staff approved edit visible ms'] = await approvedEditVisible(ctx, url);
    log('staff approved edit visible', `${figures['staff approved edit visible ms']} ms (target < 1000)`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return figures;
}

/**
 * A researcher proposes a release of a public person in custody, an editor approves it;
 * the time until the public person page, the released list and the figures (`/api/v1/stats`)
 * all show it (polled every 20 ms).
 */
async function approvedEditVisible(ctx: AppContext, url: string): Promise<number> {
  const rows = await ctx.store.read((r) => r.persons.list({ audience: 'public', status: 'imprisoned', limit: 1 }));
  const id = rows[0]?.id;
  if (!id) throw new Error('no public person in custody to release');
  const before = await (await fetch(`${url}/api/v1/stats`)).text();
  const listBefore = await (await fetch(`${url}/en/persons/released/`)).text();
  const current = await currentRecord(ctx, 'person', id);
  const record = current.record as Person;
  const release = {
    id: 'e-bench-release',
    kind: 'release',
    date: new Date().toISOString().slice(0, 10),
    releaseReason: 'term_served',
  };
  const next = Person.parse({ ...record, events: [...record.events, release] });
  const proposed = await writeRecord(ctx, {
    type: 'person',
    id,
    record: next,
    baseRevisionId: current.revisionId,
    actor: 'researcher@example.org',
    effect: 'propose',
    note: 'bench',
  });
  if (proposed.status !== 'proposed') throw new Error('the bench expected a proposal');
  const start = performance.now();
  await approveProposal(ctx, proposed.proposalId, { reviewer: 'editor@example.org' });
  for (;;) {
    const [page, stats, list] = await Promise.all([
      fetch(`${url}/en/persons/${id}/`).then((r) => r.text()),
      fetch(`${url}/api/v1/stats`).then((r) => r.text()),
      fetch(`${url}/en/persons/released/`).then((r) => r.text()),
    ]);
    if (page.includes('Released') && stats !== before && list !== listBefore)
      return Math.round(performance.now() - start);
    if (performance.now() - start > 20_000) {
      const seen = {
        page: page.includes('Released'),
        figures: stats !== before,
        list: list !== listBefore,
      };
      throw new Error(`the approved edit did not show within 20 s: ${JSON.stringify(seen)}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}
