/**
 * The merge API and the public redirects it leaves: editors merge and undo, researchers
 * are refused, bodies are strict, a stale base is 409; the merged-away id answers 301 on
 * the public API and site only while the survivor is public.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import type { Role } from '../../domain/access.js';
import { createHttpApp } from '../app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function call(method: string, path: string, body?: unknown, role: Role = 'editor') {
  const headers: Record<string, string> = { ...asRole(role) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
}

async function create(id: string, extra: Json = {}): Promise<number> {
  const record = {
    id,
    names: [{ family: 'Лосік', given: 'Ігар', system: 'be-cyrl', primary: true }],
    events: [{ id: `e-${id}`, kind: 'detention', date: '2020-06-25' }],
    ...extra,
  };
  const res = await call('POST', '/api/v1/records/persons', { record });
  expect(res.status).toBe(201);
  return res.body.revisionId as number;
}

const anonymous = (path: string) => app.request(path, { redirect: 'manual' });

describe('POST /api/v1/records/persons/:id/merge', () => {
  it('merges as an editor; the old id redirects 301 on the public API and site; undo takes it back', async () => {
    const into = await create('p-api1');
    const from = await create('p-api2', {
      region: 'homiel',
      names: [{ family: 'Losik', given: 'Ihar', system: 'latn', visibility: 'internal' }],
    });
    const res = await call('POST', '/api/v1/records/persons/p-api1/merge', {
      from: 'p-api2',
      intoRevisionId: into,
      fromRevisionId: from,
      choices: { region: 'from' },
      note: 'entered twice',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(`"r${res.body.revisionId}"`);
    expect(res.body.record.region).toBe('homiel');
    expect(res.body.warnings).toEqual([]);

    const api = await anonymous('/api/v1/persons/p-api2');
    expect(api.status).toBe(301);
    expect(api.headers.get('location')).toBe('/api/v1/persons/p-api1');
    for (const lang of ['en', 'be']) {
      const page = await anonymous(`/${lang}/persons/p-api2/`);
      expect(page.status).toBe(301);
      expect(page.headers.get('location')).toBe(`/${lang}/persons/p-api1/`);
    }
    const survivor = await anonymous('/api/v1/persons/p-api1');
    expect(survivor.status).toBe(200);
    expect(JSON.stringify(await survivor.json())).not.toContain('Losik'); // internal name form stays internal

    const list = await call('GET', '/api/v1/merges', undefined, 'viewer');
    expect(list.body.merges[0]).toMatchObject({ id: res.body.mergeId, fromId: 'p-api2', toId: 'p-api1' });

    const undo = await call('POST', `/api/v1/merges/${res.body.mergeId}/undo`, { note: 'not the same' });
    expect(undo.status).toBe(200);
    expect((await anonymous('/api/v1/persons/p-api2')).status).toBe(200);
    expect((await anonymous('/en/persons/p-api2/')).status).toBe(200);
  });

  it('answers 404, not a redirect, when the survivor is not public', async () => {
    const into = await create('p-hid1', { visibility: 'internal' });
    const from = await create('p-hid2');
    const res = await call('POST', '/api/v1/records/persons/p-hid1/merge', {
      from: 'p-hid2',
      intoRevisionId: into,
      fromRevisionId: from,
    });
    expect(res.status).toBe(200);
    const api = await anonymous('/api/v1/persons/p-hid2');
    expect(api.status).toBe(404);
    expect(api.headers.get('location')).toBeNull();
    expect(await api.text()).not.toContain('p-hid1');
    const page = await anonymous('/ru/persons/p-hid2/');
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('p-hid1');
  });

  it('refuses researchers (403) and changes nothing', async () => {
    const into = await create('p-r1');
    const from = await create('p-r2');
    const res = await call(
      'POST',
      '/api/v1/records/persons/p-r1/merge',
      { from: 'p-r2', intoRevisionId: into, fromRevisionId: from },
      'researcher',
    );
    expect(res.status).toBe(403);
    expect((await anonymous('/api/v1/persons/p-r2')).status).toBe(200);
  });

  it('refuses unknown fields, bad choices and stale bases, changing nothing', async () => {
    const into = await create('p-b1');
    const from = await create('p-b2');
    const path = '/api/v1/records/persons/p-b1/merge';
    const base = { from: 'p-b2', intoRevisionId: into, fromRevisionId: from };
    const unknown = await call('POST', path, { ...base, force: true });
    expect(unknown.status).toBe(400);
    const badChoice = await call('POST', path, { ...base, choices: { sex: 'both' } });
    expect(badChoice.status).toBe(400);
    const badField = await call('POST', path, { ...base, choices: { shoeSize: 'from' } });
    expect(badField.status).toBe(400);
    const stale = await call('POST', path, { ...base, fromRevisionId: from - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale-revision');
    const self = await call('POST', path, { ...base, from: 'p-b1', fromRevisionId: into });
    expect(self.status).toBe(400);
    expect((await anonymous('/api/v1/persons/p-b2')).status).toBe(200);
    expect((await call('GET', '/api/v1/records/persons/p-b1')).body.revisionId).toBe(into);
  });

  it('answers 404 for undoing an unknown merge', async () => {
    expect((await call('POST', '/api/v1/merges/987654/undo')).status).toBe(404);
  });
});
