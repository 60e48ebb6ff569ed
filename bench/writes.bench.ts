/**
 * Write API benchmark (not a test), over the registry the core benchmark imported
 * (issue 13):
 *
 * - 20 API clients (`write-load.ts`, a child process) replace single person records
 *   through `PUT /api/v1/records/persons/:id` with `If-Match`, as an editor's API token:
 *   flat out, then paced at 200 writes/s in all; each write must leave one revision on its
 *   record and one audit entry (checked after the run: a bench that lost writes is wrong);
 * - the public person pages meanwhile (autocannon, 20 connections): requests/s alone and
 *   during the paced writes, and the ratio;
 * - sign-in (password with argon2id, then a TOTP code): 200 accounts signing in, 20 at a
 *   time, in process, with the parameters and the bound on concurrent hashing in force.
 *
 * Targets: >= 200 writes/s sustained with p99 < 50 ms, each with its revision and audit
 * entry; the public person page keeps >= 80% of its throughput while the writes run.
 *
 * @example
 * const figures = await benchWrites(ctx); // ctx holds the imported registry
 * figures['writes paced p99 ms']; // 12
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { AppContext } from '../src/app/context.js';
import { createToken } from '../src/app/auth/tokens.js';
import { hashPassword, ARGON2_PARAMS, HASH_CONCURRENCY, HASH_QUEUE } from '../src/app/auth/passwords.js';
import { signIn } from '../src/app/auth/sign-in.js';
import { createThrottle } from '../src/app/auth/throttle.js';
import { newTotpSecret, totpCode } from '../src/app/auth/totp.js';
import { createHttpApp } from '../src/http/app.js';
import { warmUp } from '../src/http/warm-up.js';
import { addStaff } from '../src/testing/tips.js';
import { inChild, load } from './http.bench.js';
import type { LoadInput, LoadResult } from './http-load.js';
import type { WriteLoadInput, WriteLoadResult } from './write-load.js';

const CLIENTS = 20;
const RECORDS = 200;
const TARGET_RATE = 200;
const READERS = 20;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const SIGN_INS = 200;
const PASSWORD = 'benchmark passphrase, long enough';

type Figures = Record<string, number>;

export async function benchWrites(ctx: AppContext): Promise<Figures> {
  const figures: Figures = { 'writes clients': CLIENTS, 'writes records': RECORDS };
  const editor = await addStaff(ctx, 'editor', 'bench-editor');
  const { secret } = await createToken(ctx, { who: editor.label, days: 1, label: 'write benchmark', actor: 'bench' });
  const people = await ctx.store.read((r) =>
    r.persons.list({ audience: 'public', limit: 500 + RECORDS, sort: 'name' }),
  );
  const readPages = people.slice(0, 500).flatMap((p) => [`/en/persons/${p.id}/`, `/ru/persons/${p.id}/`]);
  const ids = people.slice(500).map((p) => p.id);

  const app = createHttpApp(ctx);
  const warm = await warmUp(app);
  log('writes: read model warmed', `${(warm.ms / 1000).toFixed(1)} s`);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const reading: LoadInput = { url, paths: readPages, connections: READERS, seconds: SECONDS };
    const writing: WriteLoadInput = { url, token: secret, ids, clients: CLIENTS, seconds: SECONDS };
    await load({ ...reading, seconds: 1 }); // warm-up
    const alone = ok('public alone', await load(reading));
    figures['writes public alone req/s'] = Math.round(alone.rps);
    log('writes: person pages alone', `${Math.round(alone.rps)} req/s, p99 ${alone.p99} ms`);

    const flood = await counted(ctx, ids, () => writeLoad(writing));
    record(figures, 'flood', flood);
    const paced = { ...writing, perClientRate: TARGET_RATE / CLIENTS };
    const [pub, during] = await Promise.all([load(reading), counted(ctx, ids, () => writeLoad(paced))]);
    record(figures, 'paced', during);
    ok('public during writes', pub);
    const ratio = Math.round((pub.rps / alone.rps) * 1000) / 1000;
    Object.assign(figures, {
      'writes public during req/s': Math.round(pub.rps),
      'writes public during / alone': ratio,
    });
    log('writes: person pages during paced', `${Math.round(pub.rps)} req/s = ${(ratio * 100).toFixed(1)}% (>= 80%)`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  Object.assign(figures, await benchSignIn(ctx));
  return figures;
}

/** Runs the writers and checks afterwards that each acknowledged write left a revision and an audit entry. */
async function counted(ctx: AppContext, ids: string[], run: () => Promise<WriteLoadResult>): Promise<WriteLoadResult> {
  const before = await trail(ctx, ids);
  const result = await run();
  const after = await trail(ctx, ids);
  const acknowledged = Object.values(result.acknowledged).reduce((a, b) => a + b, 0);
  const refused = Object.values(result.refused).reduce((a, b) => a + b, 0);
  if (refused > 0) throw new Error(`writes: ${refused} writes refused (${JSON.stringify(result.refused)})`);
  if (after.revisions - before.revisions !== acknowledged || after.audit - before.audit !== acknowledged) {
    throw new Error(
      `writes: ${acknowledged} acknowledged, but ${after.revisions - before.revisions} revisions and ${after.audit - before.audit} audit entries`,
    );
  }
  return result;
}

async function trail(ctx: AppContext, ids: string[]): Promise<{ revisions: number; audit: number }> {
  return ctx.store.read(async (r) => {
    let revisions = 0;
    for (const id of ids) revisions += (await r.revisions.listFor('person', id)).length;
    return { revisions, audit: (await r.audit.head())?.seq ?? 0 };
  });
}

function record(figures: Figures, mode: 'flood' | 'paced', r: WriteLoadResult): void {
  Object.assign(figures, {
    [`writes ${mode} /s`]: r.perSecond,
    [`writes ${mode} p50 ms`]: r.p50,
    [`writes ${mode} p99 ms`]: r.p99,
    [`writes ${mode} max ms`]: r.max,
  });
  log(`writes: ${mode}`, `${r.perSecond}/s (>= 200), p50 ${r.p50} ms, p99 ${r.p99} ms (< 50), max ${r.max} ms`);
}

/** 200 accounts with a password and TOTP sign in, 20 at a time (argon2id verify, TOTP claim, session, audit). */
async function benchSignIn(ctx: AppContext): Promise<Figures> {
  const hash = await hashPassword(PASSWORD);
  const accounts: Array<{ email: string; secret: string }> = [];
  const at = ctx.now().toISOString();
  await ctx.store.write(
    async (r) => {
      for (let i = 0; i < SIGN_INS; i++) {
        const email = `bench-signin-${i}@example.org`;
        const secret = newTotpSecret();
        await r.accounts.addUser({
          id: `u-bench-signin-${i}`,
          email,
          role: 'editor',
          state: 'active',
          passwordHash: hash,
          totpSecret: secret,
          totpLastStep: null,
          createdAt: at,
          updatedAt: at,
        });
        accounts.push({ email, secret });
      }
    },
    { registry: false },
  );
  const throttle = createThrottle();
  const times: number[] = [];
  let next = 0;
  const signer = async () => {
    while (next < accounts.length) {
      const a = accounts[next++]!;
      const code = await totpCode(a.secret, ctx.now());
      const t0 = performance.now();
      await signIn(ctx, throttle, { email: a.email, password: PASSWORD, code, client: `bench-${next}` });
      times.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: 20 }, signer));
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 10) / 10;
  const figures = {
    'sign-in p50 ms': q(0.5),
    'sign-in p99 ms': q(0.99),
    'sign-ins /s': Math.round((SIGN_INS / seconds) * 10) / 10,
    'argon2 memory KiB': ARGON2_PARAMS.memoryCost,
    'argon2 passes': ARGON2_PARAMS.timeCost,
    'argon2 concurrent hashes': HASH_CONCURRENCY,
    'argon2 queue': HASH_QUEUE,
  };
  log(
    'sign-in: 200 accounts, 20 at a time',
    `p50 ${figures['sign-in p50 ms']} ms, p99 ${figures['sign-in p99 ms']} ms, ${figures['sign-ins /s']}/s (argon2id ${ARGON2_PARAMS.memoryCost} KiB, t=${ARGON2_PARAMS.timeCost}, ${HASH_CONCURRENCY} at a time, ${HASH_QUEUE} waiting)`,
  );
  return figures;
}

/** Runs the write clients in a child process. */
function writeLoad(input: WriteLoadInput): Promise<WriteLoadResult> {
  return inChild<WriteLoadResult>('write-load', input);
}

function ok(what: string, r: LoadResult): LoadResult {
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${what}: ${r.non2xx} non-2xx answers and ${r.errors} errors`);
  return r;
}

function log(label: string, text: string): void {
  console.log(`${label.padEnd(40)} ${text}`);
}
