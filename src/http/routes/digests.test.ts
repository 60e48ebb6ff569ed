/**
 * The digest life cycle through the write API, in-process over a real SQLite file with
 * the demo registry and internal records: per role, If-Match (428, 409 with the
 * differences), bad input that changes nothing, the regeneration preview that writes
 * nothing, publication refused until every warning code is acknowledged, and the actor,
 * note and audit entry of every write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { createHttpApp } from '../app.js';
import { loadDemo } from '../../app/demo.js';
import { recentAudit, verifyAudit } from '../../app/audit.js';
import { writePerson } from '../../app/persons.js';
import { DEMO_INTERNAL_MARK, DEMO_INTERNAL_PERSON } from '../../demo/internal.js';
import type { Role } from '../../domain/access.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
const ID = 'd-releases-2024-01-en';
const BASE = `/api/v1/digests/${ID}`;
/** Internal, with a release in January 2024: never in the digest. */
const HIDDEN = 'p-hidden-january';

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 0, internal: true });
  await env.ctx.store.write((repos) =>
    writePerson(
      repos,
      {
        ...DEMO_INTERNAL_PERSON,
        id: HIDDEN,
        events: [
          ...DEMO_INTERNAL_PERSON.events,
          {
            id: 'e-hidden-release',
            kind: 'release',
            date: '2024-01-12',
            releaseReason: 'term_served',
            sourceIds: ['s-g01'],
            visibility: 'public',
          },
        ],
      },
      { actor: 'fixture' },
      '2024-02-01T00:00:00Z',
    ),
  );
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers read field by field
type Json = Record<string, any>;

async function call(role: Role | null, method: string, path: string, body?: unknown, etag?: string | null) {
  const headers: Record<string, string> = { ...(role ? asRole(role) : {}) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (etag) headers['if-match'] = etag;
  const res = await app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    cache: res.headers.get('cache-control'),
    body: (text.startsWith('{') ? JSON.parse(text) : { text }) as Json,
  };
}

/** Revisions so far: "data untouched" means the same number. */
const lastRevision = () => env.ctx.store.read((r) => r.revisions.lastId());
const current = () => call('editor', 'GET', BASE);

describe('digests through the write API', () => {
  it('refuses writes to anonymous readers, viewers and researchers (who may read)', async () => {
    const create = { kind: 'releases', month: '2024-01', lang: 'en' };
    expect((await call(null, 'GET', '/api/v1/digests')).status).toBe(401);
    expect((await call(null, 'POST', '/api/v1/digests', create)).status).toBe(401);
    for (const role of ['researcher', 'viewer', 'tip_reviewer', 'admin'] as const) {
      expect((await call(role, 'POST', '/api/v1/digests', create)).status, role).toBe(403);
    }
    expect((await call('researcher', 'GET', '/api/v1/digests')).body).toEqual({ digests: [] });
    expect(await lastRevision()).toBeGreaterThan(0);
    expect((await call('editor', 'GET', BASE)).status).toBe(404);
  });

  it('drafts a month for an editor (201, ETag, audited), without the internal person; a second create is 409', async () => {
    const res = await call('editor', 'POST', '/api/v1/digests', {
      kind: 'releases',
      month: '2024-01',
      lang: 'en',
      note: 'January',
    });
    expect(res.status).toBe(201);
    expect(res.etag).toMatch(/^"r\d+"$/);
    expect(res.cache).toBe('no-store');
    expect(res.body.digest.entries).toHaveLength(5);
    expect(res.body.digest.entries.map((e: Json) => e.personId)).not.toContain(HIDDEN);
    expect(JSON.stringify(res.body.digest)).not.toContain(DEMO_INTERNAL_MARK);
    const again = await call('editor', 'POST', '/api/v1/digests', { kind: 'releases', month: '2024-01', lang: 'en' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('exists');
    expect((await current()).etag).toBe(res.etag);
    const list = await call('researcher', 'GET', '/api/v1/digests?status=draft');
    expect(list.body.digests.map((d: Json) => d.id)).toEqual([ID]);
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const { etag } = await current();
    const before = await lastRevision();
    const cases: Array<[string, string, unknown, string | null, number, string]> = [
      ['PATCH', BASE, { move: [{ personId: 'p-babich', to: 0 }] }, null, 428, 'precondition-required'],
      ['PATCH', BASE, { move: [] }, 'r1', 428, 'precondition-required'],
      ['PATCH', BASE, { moves: [] }, etag, 400, 'invalid-input'],
      ['PATCH', BASE, '{not json', etag, 400, 'invalid-json'],
      ['PATCH', BASE, { add: ['p-nobody'] }, etag, 404, 'not-found'],
      ['PATCH', BASE, { add: [HIDDEN] }, etag, 409, 'person-not-public'],
      ['PATCH', BASE, { drop: ['p-nobody'] }, etag, 404, 'entry-not-found'],
      ['PATCH', BASE, { move: [{ personId: 'p-babich', to: -1 }] }, etag, 400, 'invalid-input'],
      ['POST', '/api/v1/digests', { kind: 'releases', month: '2024-13', lang: 'en' }, null, 400, 'invalid-input'],
      ['POST', '/api/v1/digests', { kind: 'arrests', month: '2024-01', lang: 'en' }, null, 400, 'invalid-input'],
      ['POST', `${BASE}/publish`, { acknowledge: 'all' }, etag, 400, 'invalid-input'],
      ['POST', `${BASE}/republish`, {}, etag, 400, 'invalid-input'],
      ['GET', '/api/v1/digests?colour=red', undefined, null, 400, 'invalid-input'],
    ];
    for (const [method, path, body, ifMatch, status, code] of cases) {
      const res = await call('editor', method, path, body, ifMatch === 'r1' ? 'r1' : ifMatch);
      expect([res.status, res.body.error?.code], `${method} ${path} ${JSON.stringify(body)}`).toEqual([status, code]);
    }
    expect(await lastRevision()).toBe(before);
    expect((await current()).etag).toBe(etag);
  });

  it('edits texts, order and people in one revision; a stale If-Match gets 409 with both sides', async () => {
    const first = await current();
    const entries = first.body.digest.entries as Json[];
    const [a, b] = [entries[0]!.personId as string, entries[1]!.personId as string];

    // An entry stating the time served: a heading without it gets a warning.
    const withTerm = entries.findIndex((e) => e.facts.timeServed);
    expect(withTerm).toBeGreaterThanOrEqual(0);
    const edited = entries.map((e, i) => ({
      personId: e.personId,
      heading: i === withTerm ? 'A heading written by hand' : e.heading,
      paragraphs: e.paragraphs,
    }));
    const res = await call('editor', 'PATCH', BASE, { entries: edited, note: 'heading by hand' }, first.etag);
    expect(res.status).toBe(200);
    expect(res.etag).not.toBe(first.etag);
    expect(res.body.digest.status).toBe('edited');
    expect(res.body.digest.warnings.map((w: Json) => w.code)).toContain('heading-term-mismatch');
    const moved = await call('editor', 'PATCH', BASE, { move: [{ personId: b, to: 0 }] }, res.etag);
    expect(moved.body.digest.entries.slice(0, 2).map((e: Json) => e.personId)).toEqual([b, a]);

    const before = await lastRevision();
    const stale = await call('editor', 'PATCH', BASE, { drop: [a] }, first.etag);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale-revision');
    expect(stale.body.error.details.current.etag).toBe(moved.etag);
    expect(stale.body.error.details.theirs.length).toBeGreaterThan(0);
    expect(stale.body.error.details.yours.length).toBeGreaterThan(0);
    expect(await lastRevision()).toBe(before);

    expect((await call('researcher', 'PATCH', BASE, { drop: [a] }, moved.etag)).status).toBe(403);
    expect(await lastRevision()).toBe(before);
  });

  it('previews a regeneration without writing anything', async () => {
    const { etag } = await current();
    const before = await lastRevision();
    const preview = await call('researcher', 'GET', `${BASE}/regeneration`);
    expect(preview.status).toBe(200);
    expect(`"r${preview.body.revisionId}"`).toBe(etag);
    expect(Array.isArray(preview.body.changes)).toBe(true);
    // The hand-written heading stays: an edit is kept, the generated text does not overwrite it.
    expect(preview.body.digest.entries.map((e: Json) => e.heading)).toContain('A heading written by hand');
    expect(await lastRevision()).toBe(before);
    const regen = await call('editor', 'POST', `${BASE}/regenerate`, undefined, etag);
    expect(regen.status).toBe(200);
    expect(regen.body.digest.changes).toEqual(preview.body.changes);
  });

  it('publishes only when every open warning code is acknowledged; researchers cannot publish', async () => {
    const { etag, body } = await current();
    const codes = [...new Set((body.digest.warnings as Json[]).map((w) => w.code as string))];
    expect(codes).toContain('heading-term-mismatch');
    const before = await lastRevision();
    expect((await call('researcher', 'POST', `${BASE}/publish`, { acknowledge: codes }, etag)).status).toBe(403);
    const refused = await call('editor', 'POST', `${BASE}/publish`, { acknowledge: [] }, etag);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('unacknowledged-warnings');
    expect(refused.body.error.details.unacknowledged).toEqual(codes);
    expect(refused.body.error.message).toContain('heading-term-mismatch');
    expect(await lastRevision()).toBe(before);

    const done = await call('editor', 'POST', `${BASE}/publish`, { acknowledge: codes, note: 'checked' }, etag);
    expect(done.status).toBe(200);
    expect(done.body.digest).toMatchObject({ status: 'published', acknowledged: { by: 'editor@example.org', codes } });
    const page = await app.request(`/en/digests/${ID}/`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('A heading written by hand');
    expect(html).not.toContain(DEMO_INTERNAL_MARK);
  });

  it('republishes with a note and keeps the actor and note of every write in the history and the audit log', async () => {
    const { etag } = await current();
    const res = await call('editor', 'POST', `${BASE}/republish`, { note: 'a correction' }, etag);
    expect(res.status).toBe(200);
    expect(res.body.digest.republishedAt).toBeTruthy();
    const history = await call('viewer', 'GET', `${BASE}/history`);
    const revisions = history.body.revisions as Json[];
    expect(revisions.map((r) => r.note)).toEqual(
      expect.arrayContaining(['January', 'heading by hand', 'checked', 'a correction']),
    );
    expect(new Set(revisions.map((r) => r.actor))).toEqual(new Set(['editor@example.org']));
    const log = (await recentAudit(env.ctx, 50)).filter((e) => e.resourceType === 'digest');
    expect(log.map((e) => e.action).reverse()).toEqual([
      'digest.draft',
      'digest.edit',
      'digest.edit',
      'digest.draft',
      'digest.publish',
      'digest.republish',
    ]);
    expect(log.every((e) => e.actor === 'editor@example.org' && e.revisionId !== null)).toBe(true);
    expect((await verifyAudit(env.ctx)).ok).toBe(true);
  });
});
