/**
 * Issue 11 item 5 through the write API: making a person internal (or deleting her) while a
 * published digest names her answers with a `published-exposure` warning and the fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { loadDemo } from '../../app/demo.js';
import { draftDigest, publishDigest } from '../../app/digests.js';
import { createHttpApp } from '../app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
const ID = 'd-releases-2024-01-en';

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 0 });
  await draftDigest(env.ctx, { kind: 'releases', month: '2024-01', lang: 'en' }, { actor: 'editor' });
  await publishDigest(env.ctx, ID, { acknowledgeWarnings: true }, { actor: 'editor' });
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
}, 60_000);
afterAll(() => env.cleanup());

async function call(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { ...asRole('editor'), ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, etag: res.headers.get('etag'), body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('write API: visibility changes that touch published digests', () => {
  it('an unrelated update answers with no warnings', async () => {
    const got = await call('GET', '/api/v1/records/persons/p-babich');
    const res = await call(
      'PUT',
      '/api/v1/records/persons/p-babich',
      { record: got.body.record, note: 'same' },
      {
        'if-match': got.etag!,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.warnings).toEqual([]);
  });

  it('making a person internal answers with the warning, the digests and the fix', async () => {
    const got = await call('GET', '/api/v1/records/persons/p-luchynovich');
    const record = { ...got.body.record, visibility: 'internal' };
    const res = await call(
      'PUT',
      '/api/v1/records/persons/p-luchynovich',
      { record, note: 'family asked' },
      {
        'if-match': got.etag!,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.warnings).toEqual([
      expect.objectContaining({
        code: 'published-exposure',
        personId: 'p-luchynovich',
        digests: [ID],
        fix: `rollcall digest republish ${ID} --note "<why>"`,
      }),
    ]);
    expect(res.body.warnings[0].message).toContain('withhold');
  });

  it('deleting a person a published digest names answers with the warning too', async () => {
    const got = await call('GET', '/api/v1/records/persons/p-takarchuk');
    const res = await call(
      'DELETE',
      '/api/v1/records/persons/p-takarchuk',
      { note: 'duplicate' },
      {
        'if-match': got.etag!,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.warnings).toEqual([
      expect.objectContaining({ code: 'published-exposure', personId: 'p-takarchuk' }),
    ]);
  });

  it('restoring a revision that makes her internal again answers with the warning', async () => {
    const { body } = await call('GET', '/api/v1/records/persons/p-luchynovich/history');
    const revisions = (body.revisions as Array<{ revisionId: number; doc: { visibility?: string } | null }>).map(
      (r) => ({ id: r.revisionId, visibility: r.doc?.visibility }),
    );
    const wasPublic = revisions.findLast((r) => r.visibility === 'public')!.id;
    const wasInternal = revisions.at(-1)!;
    expect(wasInternal.visibility).toBe('internal');
    const restore = async (revisionId: number) => {
      const current = await call('GET', '/api/v1/records/persons/p-luchynovich');
      return call('POST', `/api/v1/revisions/${revisionId}/restore`, { note: 'test' }, { 'if-match': current.etag! });
    };
    const back = await restore(wasPublic);
    expect(back.status).toBe(200);
    expect(back.body.warnings).toEqual([]);
    const again = await restore(wasInternal.id);
    expect(again.status).toBe(200);
    expect(again.body.warnings).toEqual([expect.objectContaining({ code: 'published-exposure', digests: [ID] })]);
  });

  it('making a facility internal that a published entry names answers with the warning, and the page withholds it', async () => {
    const got = await call('GET', '/api/v1/records/facilities/f-ik-3-viciebsk');
    const record = { ...got.body.record, visibility: 'internal' };
    const res = await call(
      'PUT',
      '/api/v1/records/facilities/f-ik-3-viciebsk',
      { record, note: 'test' },
      {
        'if-match': got.etag!,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'published-exposure', personId: 'p-bialiauski' })]),
    );
    const page = await (await app.request(`/en/digests/${ID}/`)).text();
    expect(page).not.toContain('Viciebsk');
    expect(page).not.toContain('p-bialiauski');
  });
});
