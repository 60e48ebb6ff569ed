/**
 * The write API for the court catalogue and the Criminal Code articles: the same
 * semantics as persons (ETag, If-Match, 409 with differences, 428, proposals for
 * researchers, actor and note in revisions, an audit entry), per role, and bad input
 * that changes nothing. Also: an import that changes an article gives it a revision.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { createHttpApp } from '../app.js';
import { recentAudit } from '../../app/audit.js';
import { importRecords } from '../../app/import.js';
import { writePerson } from '../../app/persons.js';
import { Person } from '../../domain/record.js';
import type { Role } from '../../domain/access.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
  // An internal case names a court and an article: deleting either is refused.
  await env.ctx.store.write((r) =>
    writePerson(
      r,
      Person.parse({
        id: 'p-uses',
        names: [{ family: 'Uses', system: 'latn' }],
        cases: [{ id: 'c-uses', courtId: 'ct-babrujsk', charges: [{ article: '368' }], visibility: 'internal' }],
      }),
      { actor: 'test' },
      env.ctx.now().toISOString(),
    ),
  );
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

async function snapshot() {
  const revisions = await env.ctx.store.read((r) => r.revisions.lastId());
  const head = (await recentAudit(env.ctx, 1))[0]?.seq ?? 0;
  const courts = await env.ctx.store.read((r) => r.reference.courts());
  const articles = await env.ctx.store.read((r) => r.reference.articles());
  return { revisions, head, courts, articles };
}

const name = (en: string) => ({ be: `${en} (be)`, ru: `${en} (ru)`, en });

describe('courts through the write API', () => {
  let id: string;
  let etag: string;

  it('seeded courts have a revision and an ETag; any staff role reads them', async () => {
    const res = await call('viewer', 'GET', '/api/v1/records/courts/ct-supreme');
    expect(res.status).toBe(200);
    expect(res.etag).toMatch(/^"r\d+"$/);
    expect(res.body.record.name.en).toBe('Supreme Court');
    expect((await call(null, 'GET', '/api/v1/records/courts/ct-supreme')).status).toBe(401);
  });

  it('an editor creates a court: 201, a fresh id, actor and note in the revision, an audit entry', async () => {
    const res = await call('editor', 'POST', '/api/v1/records/courts', {
      record: { name: name('Court of Lida District') },
      note: 'named in a verdict',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    id = res.body.id;
    etag = res.etag!;
    expect(id).toMatch(/^ct-/);
    const rev = await env.ctx.store.read((r) => r.revisions.get(res.body.revisionId));
    expect(rev).toMatchObject({ entityType: 'court', actor: 'editor@example.org', note: 'named in a verdict' });
    expect((await recentAudit(env.ctx, 1))[0]).toMatchObject({
      action: 'record.create',
      resourceType: 'court',
      resourceId: id,
    });
    expect((await snapshot()).courts.some((c) => c.id === id)).toBe(true);
  });

  it('updates with If-Match; a stale ETag gets 409 with the current revision and both differences', async () => {
    const first = await call(
      'editor',
      'PUT',
      `/api/v1/records/courts/${id}`,
      { record: { name: name('Court of the Lida District') } },
      { 'if-match': etag },
    );
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const before = await snapshot();
    const stale = await call(
      'editor',
      'PUT',
      `/api/v1/records/courts/${id}`,
      { record: { name: name('Lida Court') } },
      { 'if-match': etag },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale-revision');
    expect(stale.body.error.details.current.etag).toBe(first.etag);
    expect(stale.body.error.details.theirs.length).toBeGreaterThan(0);
    expect(stale.body.error.details.yours.length).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
    etag = first.etag!;
  });

  it('428 without If-Match; bad input is refused naming the field, and changes nothing', async () => {
    const before = await snapshot();
    const none = await call('editor', 'PUT', `/api/v1/records/courts/${id}`, { record: { name: name('X') } });
    expect(none.status).toBe(428);
    const unknown = await call(
      'editor',
      'PUT',
      `/api/v1/records/courts/${id}`,
      { record: { name: name('X'), judge: 'no such field' } },
      { 'if-match': etag },
    );
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('judge');
    const missing = await call('editor', 'POST', '/api/v1/records/courts', { record: { city: name('Lida') } });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('name');
    const otherId = await call(
      'editor',
      'PUT',
      `/api/v1/records/courts/${id}`,
      { record: { id: 'ct-other', name: name('X') } },
      { 'if-match': etag },
    );
    expect(otherId.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('a researcher proposes (202) and the court stays until an editor approves', async () => {
    const res = await call(
      'researcher',
      'PUT',
      `/api/v1/records/courts/${id}`,
      { record: { name: name('Proposed name') }, note: 'spelling' },
      { 'if-match': etag },
    );
    expect(res.status).toBe(202);
    const now = await call('viewer', 'GET', `/api/v1/records/courts/${id}`);
    expect(now.body.record.name.en).toBe('Court of the Lida District');
    const approved = await call('editor', 'POST', `/api/v1/proposals/${res.body.proposalId}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const after = await call('viewer', 'GET', `/api/v1/records/courts/${id}`);
    expect(after.body.record.name.en).toBe('Proposed name');
    etag = after.etag!;
  });

  it('viewers and admins may not write courts (403, audited); nothing changes', async () => {
    const before = await snapshot();
    for (const role of ['viewer', 'admin', 'tip_reviewer'] as const) {
      const res = await call(role, 'DELETE', `/api/v1/records/courts/${id}`, undefined, { 'if-match': etag });
      expect(res.status, role).toBe(403);
    }
    expect((await call(null, 'POST', '/api/v1/records/courts', { record: { name: name('Y') } })).status).toBe(401);
    const after = await snapshot();
    expect({ ...after, head: before.head }).toEqual(before);
  });

  it('a court a case names cannot be deleted; an unused one can, and restoring brings it back', async () => {
    const used = await call('viewer', 'GET', '/api/v1/records/courts/ct-babrujsk');
    const refused = await call('editor', 'DELETE', '/api/v1/records/courts/ct-babrujsk', undefined, {
      'if-match': used.etag!,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.persons).toEqual(['p-uses']);
    const gone = await call(
      'editor',
      'DELETE',
      `/api/v1/records/courts/${id}`,
      { note: 'duplicate' },
      { 'if-match': etag },
    );
    expect(gone.status, JSON.stringify(gone.body)).toBe(200);
    expect((await snapshot()).courts.some((c) => c.id === id)).toBe(false);
    expect((await call('viewer', 'GET', `/api/v1/records/courts/${id}`)).status).toBe(404);
    const history = await call('viewer', 'GET', `/api/v1/records/courts/${id}/history`);
    const created = history.body.revisions[0].revisionId;
    const restored = await call(
      'editor',
      'POST',
      `/api/v1/revisions/${created}/restore`,
      {},
      { 'if-match': gone.etag! },
    );
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect((await snapshot()).courts.find((c) => c.id === id)?.name.en).toBe('Court of Lida District');
  });
});

describe('articles through the write API', () => {
  it('an editor creates an article by its code, updates it with If-Match; a new article needs a code', async () => {
    const noCode = await call('editor', 'POST', '/api/v1/records/articles', { record: { title: name('Something') } });
    expect(noCode.status).toBe(400);
    expect(JSON.stringify(noCode.body)).toContain('record.code');
    const bad = await call('editor', 'POST', '/api/v1/records/articles', { record: { code: 'abc', title: name('X') } });
    expect(bad.status).toBe(400);
    const made = await call('editor', 'POST', '/api/v1/records/articles', {
      record: { code: '199-9', title: name('Desecration of state symbols') },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.id).toBe('199-9');
    const again = await call('editor', 'POST', '/api/v1/records/articles', {
      record: { code: '199-9', title: name('X') },
    });
    expect(again.status).toBe(409);
    const changed = await call(
      'editor',
      'PUT',
      '/api/v1/records/articles/199-9',
      { record: { title: name('Desecration of state symbols (Art. 199-9)') }, note: 'title' },
      { 'if-match': made.etag! },
    );
    expect(changed.status).toBe(200);
    const articles = (await snapshot()).articles;
    expect(articles.find((a) => a.code === '199-9')?.title.en).toBe('Desecration of state symbols (Art. 199-9)');
    const rev = await env.ctx.store.read((r) => r.revisions.latestFor('article', '199-9'));
    expect(rev).toMatchObject({ actor: 'editor@example.org', note: 'title' });
  });

  it('an article a case charges cannot be deleted; a researcher only proposes deleting one', async () => {
    const used = await call('viewer', 'GET', '/api/v1/records/articles/368');
    const refused = await call('editor', 'DELETE', '/api/v1/records/articles/368', undefined, {
      'if-match': used.etag!,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('in-use');
    const current = await call('viewer', 'GET', '/api/v1/records/articles/199-9');
    const proposed = await call('researcher', 'DELETE', '/api/v1/records/articles/199-9', undefined, {
      'if-match': current.etag!,
    });
    expect(proposed.status).toBe(202);
    expect((await snapshot()).articles.some((a) => a.code === '199-9')).toBe(true);
  });

  it('an import that changes an article gives it a revision, so a write based on the old one is stale', async () => {
    const before = await call('viewer', 'GET', '/api/v1/records/articles/342');
    const report = await importRecords(
      env.ctx,
      [{ section: 'articles', row: 1, value: { code: '342', title: name('Group actions (imported)') } }],
      { format: 'json', dryRun: false, actor: 'import@example.org' },
    );
    expect(report.ok, JSON.stringify(report.problems)).toBe(true);
    const after = await call('viewer', 'GET', '/api/v1/records/articles/342');
    expect(after.etag).not.toBe(before.etag);
    expect(after.body.record.title.en).toBe('Group actions (imported)');
    const stale = await call(
      'editor',
      'PUT',
      '/api/v1/records/articles/342',
      { record: { title: name('X') } },
      { 'if-match': before.etag! },
    );
    expect(stale.status).toBe(409);
  });
});
