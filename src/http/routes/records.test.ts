/**
 * The write API through the real HTTP app: If-Match, 409 with differences,
 * proposals, bad input that changes nothing, and the actor, note and audit entry
 * of every write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { createHttpApp } from '../app.js';
import { verifyAudit, recentAudit } from '../../app/audit.js';
import type { Role } from '../../domain/access.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

async function call(
  role: Role | null,
  method: string,
  path: string,
  body?: unknown,
  extra: Record<string, string> = {},
) {
  const headers: Record<string, string> = { ...(role ? asRole(role) : {}), ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, etag: res.headers.get('etag'), body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const person = (family: string, extra: object = {}) => ({
  names: [{ family, given: 'Test', system: 'latn' }],
  internalNote: 'staff only',
  ...extra,
});

/** The database's revision count and the audit head: "nothing changed" means both are the same. */
async function snapshot() {
  const revisions = await env.ctx.store.read((r) => r.revisions.lastId());
  const head = (await recentAudit(env.ctx, 1))[0]?.seq ?? 0;
  return { revisions, head };
}

describe('write API: persons', () => {
  let id: string;
  let etag: string;

  it('creates a person as an editor: 201 with an ETag, actor and note in the revision, an audit entry', async () => {
    const res = await call('editor', 'POST', '/api/v1/records/persons', {
      record: person('Created'),
      note: 'from a court list',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    id = res.body.id as string;
    etag = res.etag!;
    expect(etag).toBe(`"r${res.body.revisionId}"`);
    const rev = await env.ctx.store.read((r) => r.revisions.get(res.body.revisionId as number));
    expect(rev).toMatchObject({ actor: 'editor@example.org', note: 'from a court list' });
    const [entry] = await recentAudit(env.ctx, 1);
    expect(entry).toMatchObject({
      action: 'record.create',
      resourceId: id,
      revisionId: res.body.revisionId,
      actor: 'editor@example.org',
    });
  });

  it('reads the whole record for staff with its ETag; the public gets the public view only', async () => {
    const staff = await call('viewer', 'GET', `/api/v1/records/persons/${id}`);
    expect(staff.status).toBe(200);
    expect(staff.etag).toBe(etag);
    expect(staff.body.record.internalNote).toBe('staff only');
    expect((await call(null, 'GET', `/api/v1/records/persons/${id}`)).status).toBe(401);
    const pub = await call(null, 'GET', `/api/v1/persons/${id}`);
    expect(JSON.stringify(pub.body)).not.toContain('staff only');
  });

  it('updates with a current If-Match, and refuses a stale one with 409, the current revision and the differences', async () => {
    const first = await call(
      'editor',
      'PUT',
      `/api/v1/records/persons/${id}`,
      { record: person('Renamed') },
      { 'if-match': etag },
    );
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const before = await snapshot();
    const stale = await call(
      'editor',
      'PUT',
      `/api/v1/records/persons/${id}`,
      { record: person('Other', { sex: 'male' }) },
      { 'if-match': etag },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale-revision');
    const details = stale.body.error.details;
    expect(details.current.etag).toBe(first.etag);
    expect(details.current.record.names[0].family).toBe('Renamed');
    expect(details.theirs).toContainEqual({ path: 'names.0.family', before: 'Created', after: 'Renamed' });
    expect(details.yours).toContainEqual({ path: 'sex', after: 'male' });
    expect(await snapshot()).toEqual(before);
    etag = first.etag!;
  });

  it('gives a clear error and changes nothing for bad input', async () => {
    const before = await snapshot();
    const path = `/api/v1/records/persons/${id}`;
    const noIfMatch = await call('editor', 'PUT', path, { record: person('X') });
    expect([noIfMatch.status, noIfMatch.body.error.code]).toEqual([428, 'precondition-required']);
    const unknown = await call('editor', 'PUT', path, { record: { ...person('X'), nmes: [] } }, { 'if-match': etag });
    expect([unknown.status, unknown.body.error.details.problems[0].field]).toEqual([400, 'nmes']);
    const nested = await call(
      'editor',
      'PUT',
      path,
      { record: person('X', { events: [{ id: 'e-1', kind: 'detention', date: '2022', extra: 1 }] }) },
      { 'if-match': etag },
    );
    expect([nested.status, nested.body.error.details.problems[0].field]).toEqual([400, 'events.0.extra']);
    const invalid = await call('editor', 'PUT', path, { record: { names: [] } }, { 'if-match': etag });
    expect([invalid.status, invalid.body.error.details.problems[0].field]).toEqual([400, 'names']);
    const envelope = await call('editor', 'PUT', path, { record: person('X'), colour: 'red' }, { 'if-match': etag });
    expect([envelope.status, envelope.body.error.details.problems[0].field]).toEqual([400, 'colour']);
    const big = await call(
      'editor',
      'PUT',
      path,
      { record: person('X', { biography: { en: 'x'.repeat(1_100_000) } }) },
      { 'if-match': etag },
    );
    expect([big.status, big.body.error.code]).toEqual([413, 'too-large']);
    const badRef = await call(
      'editor',
      'PUT',
      path,
      { record: person('X', { events: [{ id: 'e-1', kind: 'detention', date: '2022', facilityId: 'f-none' }] }) },
      { 'if-match': etag },
    );
    expect(badRef.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a researcher’s change as a proposal: the public sees the approved record until an editor approves', async () => {
    const res = await call(
      'researcher',
      'PUT',
      `/api/v1/records/persons/${id}`,
      { record: person('Proposed'), note: 'new spelling' },
      { 'if-match': etag },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const proposalId = res.body.proposalId as number;
    expect((await call(null, 'GET', `/api/v1/persons/${id}`)).body.names[0].family).toBe('Renamed');
    expect((await call('viewer', 'GET', `/api/v1/records/persons/${id}`)).etag).toBe(etag);
    const listed = await call('editor', 'GET', '/api/v1/proposals?state=pending');
    expect(listed.body.proposals.map((p: { id: number }) => p.id)).toContain(proposalId);
    expect((await call('researcher', 'POST', `/api/v1/proposals/${proposalId}/approve`, {})).status).toBe(403);
    const approved = await call('editor', 'POST', `/api/v1/proposals/${proposalId}/approve`, { comment: 'checked' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({
      state: 'approved',
      reviewer: 'editor@example.org',
      reviewComment: 'checked',
    });
    expect((await call(null, 'GET', `/api/v1/persons/${id}`)).body.names[0].family).toBe('Proposed');
    const rev = await env.ctx.store.read((r) => r.revisions.get(approved.body.revisionId as number));
    expect(rev?.actor).toBe('researcher@example.org');
    expect(rev?.note).toContain('approved by editor@example.org');
    etag = approved.etag!;
    const again = await call('editor', 'POST', `/api/v1/proposals/${proposalId}/approve`, {});
    expect([again.status, again.body.error.code]).toEqual([409, 'already-reviewed']);
  });

  it('rejects a proposal only with a comment, and then nothing changes', async () => {
    const res = await call(
      'researcher',
      'PUT',
      `/api/v1/records/persons/${id}`,
      { record: person('Wrong') },
      { 'if-match': etag },
    );
    const pid = res.body.proposalId as number;
    expect((await call('editor', 'POST', `/api/v1/proposals/${pid}/reject`, {})).status).toBe(400);
    const rejected = await call('editor', 'POST', `/api/v1/proposals/${pid}/reject`, { comment: 'no source' });
    expect(rejected.body).toMatchObject({ state: 'rejected', reviewComment: 'no source' });
    expect((await call('viewer', 'GET', `/api/v1/records/persons/${id}`)).etag).toBe(etag);
  });

  it('deletes with If-Match, restores an earlier revision, and the audit chain stays intact', async () => {
    const del = await call(
      'editor',
      'DELETE',
      `/api/v1/records/persons/${id}`,
      { note: 'duplicate' },
      { 'if-match': etag },
    );
    expect(del.status, JSON.stringify(del.body)).toBe(200);
    expect((await call('viewer', 'GET', `/api/v1/records/persons/${id}`)).status).toBe(404);
    const history = await call('viewer', 'GET', `/api/v1/records/persons/${id}/history`);
    const first = history.body.revisions[0].revisionId as number;
    const restore = await call(
      'editor',
      'POST',
      `/api/v1/revisions/${first}/restore`,
      { note: 'not a duplicate' },
      { 'if-match': del.etag! },
    );
    expect(restore.status, JSON.stringify(restore.body)).toBe(200);
    expect(restore.body.record.names[0].family).toBe('Created');
    const actions = (await recentAudit(env.ctx, 3)).map((e) => e.action);
    expect(actions.slice(0, 2)).toEqual(['record.restore', 'record.delete']);
    expect((await verifyAudit(env.ctx)).ok).toBe(true);
  });
});

describe('write API: facilities and sources', () => {
  it('creates and updates a facility, and refuses to delete one people point at', async () => {
    const f = await call('editor', 'POST', '/api/v1/records/facilities', {
      record: { id: 'f-test', kind: 'colony', name: { en: 'Colony 1' }, city: { en: 'Minsk' } },
    });
    expect(f.status, JSON.stringify(f.body)).toBe(201);
    const p = await call('editor', 'POST', '/api/v1/records/persons', {
      record: person('Inmate', {
        events: [{ id: 'e-1', kind: 'detention', date: '2022-01-01', facilityId: 'f-test' }],
      }),
    });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    const del = await call('editor', 'DELETE', '/api/v1/records/facilities/f-test', undefined, { 'if-match': f.etag! });
    expect([del.status, del.body.error.code]).toEqual([409, 'in-use']);
    const dup = await call('editor', 'POST', '/api/v1/records/facilities', {
      record: { id: 'f-test', kind: 'colony', name: { en: 'Again' }, city: { en: 'Minsk' } },
    });
    expect([dup.status, dup.body.error.code]).toEqual([409, 'exists']);
  });
});
