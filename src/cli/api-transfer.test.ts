/**
 * `rollcall import FILE --api URL` and `rollcall export --api URL` against the real app
 * served on a random port, with real API tokens read from ROLLCALL_TOKEN: the internal
 * registry goes out and in whole, both are audited, the wrong role, a missing token, a
 * bad file and an oversized body are refused with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { tempApp } from '../testing/temp-app.js';
import { runCli } from '../testing/cli.js';
import { createHttpApp } from '../http/app.js';
import { addUser } from '../app/auth/users.js';
import { completeEnrolment, enrolmentOffer } from '../app/auth/enrol.js';
import { totpCode } from '../app/auth/totp.js';
import { createToken } from '../app/auth/tokens.js';
import { recentAudit } from '../app/audit.js';
import { writePerson } from '../app/persons.js';
import { writeFacility } from '../app/catalog.js';
import { testAuthentication, asRole } from '../testing/principals.js';
import { Facility, Person } from '../domain/record.js';
import type { AppContext } from '../app/context.js';

type Env = Awaited<ReturnType<typeof tempApp>>;
const PASSWORD = 'lantern orchard quietly 7 hills';
let from: Env;
let into: Env;
const servers: ServerType[] = [];
const tokens: Record<string, string> = {};

async function listen(ctx: AppContext): Promise<string> {
  const server = serve({ fetch: createHttpApp(ctx).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function tokenFor(ctx: AppContext, email: string, role: string): Promise<string> {
  const { link } = await addUser(ctx, { email, role, actor: 'cli' });
  const secret = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, secret);
  await completeEnrolment(ctx, secret, { password: PASSWORD, code: await totpCode(offer.totpSecret, ctx.now()) });
  return (await createToken(ctx, { who: email, days: 30, label: 'script', actor: 'cli' })).secret;
}

async function withToken<T>(token: string | undefined, fn: () => Promise<T>): Promise<T> {
  const before = process.env.ROLLCALL_TOKEN;
  if (token === undefined) delete process.env.ROLLCALL_TOKEN;
  else process.env.ROLLCALL_TOKEN = token;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.ROLLCALL_TOKEN;
    else process.env.ROLLCALL_TOKEN = before;
  }
}

let fromUrl: string;
let intoUrl: string;

beforeAll(async () => {
  [from, into] = await Promise.all([tempApp(), tempApp()]);
  const at = from.ctx.now().toISOString();
  await from.ctx.store.write(async (r) => {
    const facility = Facility.parse({
      id: 'f-hidden',
      name: { en: 'Hidden SIZO' },
      city: { en: 'Minsk' },
      kind: 'pretrial',
      visibility: 'internal',
    });
    await writeFacility(r, facility, { actor: 't' }, at);
    for (const [id, visibility] of [
      ['p-public', 'public'],
      ['p-internal', 'internal'],
    ] as const) {
      const person = Person.parse({ id, names: [{ family: id, system: 'latn' }], visibility, internalNote: 'staff' });
      await writePerson(r, person, { actor: 't' }, at);
    }
  });
  tokens.editor = await tokenFor(from.ctx, 'editor@example.org', 'editor');
  tokens.intoEditor = await tokenFor(into.ctx, 'editor@example.org', 'editor');
  tokens.viewer = await tokenFor(into.ctx, 'viewer@example.org', 'viewer');
  fromUrl = await listen(from.ctx);
  intoUrl = await listen(into.ctx);
});
afterAll(async () => {
  for (const s of servers) (s as import('node:http').Server).closeAllConnections(); // fetch keeps connections alive
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await Promise.all([from.cleanup(), into.cleanup()]);
});

describe('rollcall export/import --api', () => {
  const file = () => join(from.dir, 'internal.json');

  it('exports the internal registry through the API, audited as an export of internal data', async () => {
    const run = await withToken(tokens.editor, () => runCli(from.dbPath, 'export', '--api', fromUrl, '--out', file()));
    expect(run.code, run.err).toBe(0);
    const text = readFileSync(file(), 'utf8');
    expect(text).toContain('p-internal');
    expect(text).toContain('f-hidden');
    expect(text).toContain('staff');
    expect((await recentAudit(from.ctx, 1))[0]).toMatchObject({
      action: 'data.export',
      actor: 'editor@example.org',
      details: { audience: 'staff', format: 'json' },
    });
  });

  it('imports that file into another registry through the API, in the token user’s name', async () => {
    const run = await withToken(tokens.intoEditor, () =>
      runCli(into.dbPath, 'import', file(), '--api', intoUrl, '--note', 'moved over'),
    );
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/Imported.*\n.*persons: +2 new/);
    const person = await into.ctx.store.read((r) => r.revisions.latestFor('person', 'p-internal'));
    expect(person).toMatchObject({ actor: 'editor@example.org', note: 'moved over' });
    expect((await recentAudit(into.ctx, 1))[0]).toMatchObject({ action: 'data.import', outcome: 'ok' });
  });

  it('refuses without a token, with a viewer’s token, and a bad file, changing nothing', async () => {
    const before = await into.ctx.store.read((r) => r.revisions.lastId());
    const none = await withToken(undefined, () => runCli(into.dbPath, 'import', file(), '--api', intoUrl));
    expect(none.code).toBe(1);
    expect(none.err).toContain('ROLLCALL_TOKEN');
    const viewer = await withToken(tokens.viewer, () => runCli(into.dbPath, 'import', file(), '--api', intoUrl));
    expect(viewer.code).toBe(1);
    expect(viewer.err).toContain('forbidden');
    const bad = join(into.dir, 'bad.json');
    writeFileSync(bad, readFileSync(file(), 'utf8').replace('"p-internal"', '"not an id"'));
    const rejected = await withToken(tokens.intoEditor, () => runCli(into.dbPath, 'import', bad, '--api', intoUrl));
    expect(rejected.code).toBe(1);
    expect(rejected.err).toContain('problem');
    expect(await into.ctx.store.read((r) => r.revisions.lastId())).toBe(before);
    expect(await into.ctx.store.read((r) => r.persons.get('p-public'))).toBeDefined();
  });

  it('says in --help that the token comes from the environment, not the command line', async () => {
    const help = await runCli(into.dbPath, 'import', '--help');
    expect(help.out).toContain('ROLLCALL_TOKEN');
    expect(help.out).toMatch(/ps\b/);
  });

  it('answers 413 for a body larger than the limit, and 401 without credentials', async () => {
    const app = createHttpApp(into.ctx, { authenticate: testAuthentication });
    const big = await app.request('/api/v1/import', {
      method: 'POST',
      headers: asRole('editor', undefined, { 'content-type': 'application/json', 'content-length': String(2 ** 31) }),
      body: '{}',
    });
    expect(big.status).toBe(413);
    expect((await app.request('/api/v1/export')).status).toBe(401);
  });
});
