/**
 * Real requests through the in-process app for a sample of staff routes, each built to
 * satisfy the request schema the staff OpenAPI document names for it and each answer
 * checked against the documented answer of its status (unknown fields fail, missing
 * ones too), the ETag where one is documented, and refusals against the error body.
 * Most calls act as test principals (a role, no user row); API tokens need a real user,
 * so that part enrols one, signs in through the real sign-in form and sends the real
 * session cookie and CSRF token (and then the token itself) to an app with the real
 * authentication.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { z } from 'zod';
import { tempApp } from '../testing/temp-app.js';
import { asRole, testAuthentication } from '../testing/principals.js';
import { createHttpApp } from './app.js';
import type { Role } from '../domain/access.js';
import { parseStrict } from '../app/strict-input.js';
import { ErrorBody } from './staff-contract.js';
import { openApiPath, staffOpenApiDocument } from './staff-openapi.js';
import { STAFF_OPERATIONS } from './staff-operations.js';
import { csrfToken } from './auth/csrf.js';
import { addUser } from '../app/auth/users.js';
import { completeEnrolment, enrolmentOffer } from '../app/auth/enrol.js';
import { totpCode } from '../app/auth/totp.js';

const doc = staffOpenApiDocument();
let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

/** JSON with keys sorted at every depth (zod gives keys in the schema's order). */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries.map(([k, v]) => [k, sorted(v)]));
}

/** Problems of an answer against a schema: what does not parse, or any field it does not name or fills in. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  return JSON.stringify(sorted(parsed.data)) === JSON.stringify(sorted(value)) ? [] : ['fields differ from the schema'];
}

interface Call {
  /** A test principal's role (no user row), unless `as` says who sends it. */
  role?: Role;
  /** Real credentials: the app with the real authentication, and the cookie or token headers. */
  as?: { app: Hono; headers: Record<string, string> };
  params?: Record<string, string | number>;
  body?: unknown;
  ifMatch?: string;
}

/** Calls the documented operation and checks the request and the answer against the document. */
async function call(operationId: string, { role = 'viewer', as, params = {}, body, ifMatch }: Call) {
  const op = STAFF_OPERATIONS.find((o) => o.operationId === operationId)!;
  if (body !== undefined) expect(() => parseStrict(op.body!.schema, body, 'request'), operationId).not.toThrow();
  const path = op.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name])));
  const headers: Record<string, string> = { ...(as ? as.headers : asRole(role)) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (ifMatch) headers['if-match'] = ifMatch;
  const res = await (as?.app ?? app).request(path, {
    method: op.method.toUpperCase(),
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const status = String(res.status);
  const json = res.status === 204 ? null : ((await res.json()) as Record<string, unknown>);
  const documented = doc.paths[openApiPath(op.path)]![op.method]!.responses[status];
  expect(documented, `${operationId} answered ${status}, not documented: ${JSON.stringify(json)}`).toBeDefined();
  const answer = op.answers[status];
  if (answer?.body) expect(problems(answer.body.schema, json), `${operationId} ${status}`).toEqual([]);
  else if (res.status >= 400) expect(problems(ErrorBody, json), `${operationId} ${status}`).toEqual([]);
  else expect(json, operationId).toBeNull();
  if (answer?.etag) expect(res.headers.get('etag'), operationId).toMatch(/^"r\d+"$/);
  return { status: res.status, etag: res.headers.get('etag') ?? '', body: json ?? {} };
}

const person = (family: string) => ({ names: [{ family, given: 'Test', system: 'latn' }], internalNote: 'staff only' });

describe('staff API requests, as documented', () => {
  let id = '';
  let etag = '';

  it('creates, reads, replaces and proposes a person', async () => {
    const created = await call('createPerson', { role: 'editor', body: { record: person('Documented'), note: 'n' } });
    expect(created.status).toBe(201);
    id = created.body.id as string;
    const read = await call('getPerson', { role: 'viewer', params: { id } });
    expect(read.etag).toBe(created.etag);
    const replaced = await call('replacePerson', {
      role: 'editor',
      params: { id },
      body: { record: { ...person('Documented'), sex: 'female' } },
      ifMatch: read.etag,
    });
    expect(replaced.status).toBe(200);
    etag = replaced.etag;
    const proposed = await call('replacePerson', {
      role: 'researcher',
      params: { id },
      body: { record: person('Proposed'), note: 'a court list' },
      ifMatch: etag,
    });
    expect(proposed.status).toBe(202);
    const history = await call('getPersonHistory', { role: 'viewer', params: { id } });
    expect((history.body.revisions as unknown[]).length).toBe(2);

    const list = await call('listProposals', { role: 'editor' });
    const proposalId = (list.body.proposals as Array<{ id: number }>)[0]!.id;
    expect((await call('getProposal', { role: 'editor', params: { id: proposalId } })).status).toBe(200);
    const approved = await call('approveProposal', {
      role: 'editor',
      params: { id: proposalId },
      body: { comment: 'ok' },
    });
    expect(approved.status).toBe(200);
    etag = approved.etag;
  });

  it('refuses a stale or missing If-Match with the documented error body', async () => {
    const body = { record: person('Stale') };
    const stale = await call('replacePerson', { role: 'editor', params: { id }, body, ifMatch: '"r1"' });
    expect(stale.status).toBe(409);
    expect((stale.body.error as { code: string }).code).toBe('stale-revision');
    const missing = await call('replacePerson', { role: 'editor', params: { id }, body });
    expect(missing.status).toBe(428);
    const denied = await call('deletePerson', { role: 'viewer', params: { id }, ifMatch: etag });
    expect(denied.status).toBe(403);
  });

  it('restores a revision and writes, deletes the other record types', async () => {
    const history = await call('getPersonHistory', { role: 'editor', params: { id } });
    const first = (history.body.revisions as Array<{ revisionId: number }>)[0]!.revisionId;
    const restored = await call('restoreRevision', { role: 'editor', params: { id: first }, body: {}, ifMatch: etag });
    expect(restored.status).toBe(200);

    const facility = { kind: 'colony', number: '4', city: { en: 'Homiel' }, name: { en: 'Colony 4' } };
    const f = await call('createFacility', { role: 'editor', body: { record: facility } });
    const fid = f.body.id as string;
    const deleted = await call('deleteFacility', {
      role: 'editor',
      params: { id: fid },
      body: { note: 'x' },
      ifMatch: f.etag,
    });
    expect(deleted.status).toBe(200);
    const source = { kind: 'publication', title: 'A court report' };
    expect((await call('createSource', { role: 'editor', body: { record: source } })).status).toBe(201);
    const court = { name: { en: 'Minsk City Court' } };
    expect((await call('createCourt', { role: 'editor', body: { record: court } })).status).toBe(201);
    const article = { code: '999-1', title: { en: 'A test article' } };
    const a = await call('createArticle', { role: 'editor', body: { record: article } });
    expect(a.status).toBe(201);
    expect((await call('getArticle', { role: 'viewer', params: { id: '999-1' } })).status).toBe(200);
  });

  it('merges two persons, lists the merges and undoes one', async () => {
    const other = await call('createPerson', { role: 'editor', body: { record: person('Documented') } });
    const into = await call('getPerson', { role: 'editor', params: { id } });
    const revision = (etag: string) => Number(etag.slice(2, -1));
    const merged = await call('mergePersons', {
      role: 'editor',
      params: { id },
      body: { from: other.body.id, intoRevisionId: revision(into.etag), fromRevisionId: revision(other.etag) },
    });
    expect(merged.status).toBe(200);
    const merges = await call('listMerges', { role: 'editor' });
    const mergeId = (merges.body.merges as Array<{ id: number }>)[0]!.id;
    expect(
      (await call('undoMerge', { role: 'editor', params: { id: mergeId }, body: { note: 'not the same' } })).status,
    ).toBe(200);
  });

  it('answers the account, audit and digest routes as documented', async () => {
    expect((await call('me', { role: 'researcher' })).body).toMatchObject({ role: 'researcher', via: 'session' });
    const added = await call('addUser', { role: 'admin', body: { email: 'new@example.org', role: 'viewer' } });
    expect(added.status).toBe(201);
    const userId = (added.body.user as { id: string }).id;
    expect((await call('listUsers', { role: 'admin' })).status).toBe(200);
    const changed = await call('changeUser', {
      role: 'admin',
      params: { id: userId, change: 'set-role' },
      body: { role: 'researcher' },
    });
    expect(changed.body.user).toMatchObject({ role: 'researcher' });
    expect((await call('listTokens', { role: 'editor' })).status).toBe(200);
    expect((await call('listAudit', { role: 'admin' })).status).toBe(200);
    const draft = await call('draftDigest', {
      role: 'editor',
      body: { kind: 'releases', month: '2024-01', lang: 'en' },
    });
    expect(draft.status).toBe(201);
    const digestId = draft.body.id as string;
    expect((await call('getDigest', { role: 'viewer', params: { id: digestId } })).etag).toBe(draft.etag);
    expect((await call('listDigests', { role: 'viewer' })).status).toBe(200);
    expect((await call('getDigestHistory', { role: 'viewer', params: { id: digestId } })).status).toBe(200);
    const regenerated = await call('regenerateDigest', {
      role: 'editor',
      params: { id: digestId },
      body: {},
      ifMatch: draft.etag,
    });
    expect(regenerated.status).toBe(200);
  });

  it('creates, uses, lists and revokes an API token of a real user, signed in with a real session', async () => {
    const { app: signedApp, cookie, csrf } = await realSession('token-owner@example.org', 'editor');
    const session = { app: signedApp, headers: { cookie, origin: ORIGIN, 'x-csrf-token': csrf } };
    const created = await call('createToken', { as: session, body: { label: 'nightly import', days: 7 } });
    expect(created.status).toBe(201);
    const secret = created.body.secret as string;
    const token = created.body.token as { id: string; role: string; expiresAt: string };
    expect(secret).toMatch(/^rct_/);
    expect(token).toMatchObject({ role: 'editor', expiresAt: '2024-02-09T12:00:00.000Z' });
    const bearer = { app: signedApp, headers: { authorization: `Bearer ${secret}` } };
    expect((await call('me', { as: bearer })).body).toMatchObject({ email: 'token-owner@example.org', via: 'token' });
    const listed = await call('listTokens', { as: session });
    expect((listed.body.tokens as Array<{ id: string }>).map((t) => t.id)).toEqual([token.id]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    // Documented refusals: a token cannot make tokens, nor one of a role above its user's.
    const byToken = await call('createToken', { as: bearer, body: { label: 'another' } });
    expect(byToken.status).toBe(403);
    expect((byToken.body.error as { code: string }).code).toBe('session-required');
    const above = await call('createToken', { as: session, body: { label: 'admin', role: 'admin' } });
    expect(above.status).toBe(400);
    expect((above.body.error as { code: string }).code).toBe('invalid-role');
    const viewerToken = await call('createToken', { as: session, body: { label: 'read only', role: 'viewer' } });
    expect((viewerToken.body.token as { role: string }).role).toBe('viewer');

    expect((await call('revokeToken', { as: session, params: { id: token.id } })).status).toBe(204);
    const revoked = await call('me', { as: bearer });
    expect(revoked.status).toBe(401);
    const after = await call('listTokens', { as: session });
    const states = after.body.tokens as Array<{ id: string; revokedAt: string | null }>;
    expect(states.find((t) => t.id === token.id)?.revokedAt).toBe(env.ctx.now().toISOString());
  });
});

const ORIGIN = 'http://localhost';
const PASSWORD = 'lantern orchard quietly 7 hills';

/**
 * A real user (enrolled with a password and TOTP) signed in through the sign-in form of
 * an app with the real authentication (not the test principals): its session cookie and
 * the session's CSRF token.
 */
async function realSession(email: string, role: Role): Promise<{ app: Hono; cookie: string; csrf: string }> {
  let clock = env.ctx.now();
  const ctx = { ...env.ctx, now: () => clock };
  const signedApp = createHttpApp(ctx);
  const { link } = await addUser(ctx, { email, role, actor: 'test' });
  const linkSecret = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, linkSecret);
  await completeEnrolment(ctx, linkSecret, { password: PASSWORD, code: await totpCode(offer.totpSecret, clock) });
  clock = new Date(clock.getTime() + 31_000); // the next TOTP step: a code is accepted once
  const res = await signedApp.request('/staff/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    body: new URLSearchParams({ email, password: PASSWORD, code: await totpCode(offer.totpSecret, clock) }).toString(),
  });
  expect(res.status).toBe(303);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  clock = env.ctx.now();
  return { app: signedApp, cookie, csrf: csrfToken(cookie.slice(cookie.indexOf('=') + 1)) };
}
