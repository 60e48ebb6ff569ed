/**
 * Issue 11 item 6: public validators must not reveal staff activity. An internal-only edit
 * (an internal person, an internal field of a public person) leaves the ETag of every
 * public page, download and API answer as it was; a public edit changes the ETags of the
 * answers whose bytes change. No public answer sends a Last-Modified.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { loadDemo } from '../app/demo.js';
import { createPerson, getPerson, updatePerson } from '../app/persons.js';
import type { Person } from '../domain/record.js';
import { tempApp } from '../testing/temp-app.js';
import { createHttpApp } from './app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;
const meta = { actor: 'staff@example.org' };

const PUBLIC_PATHS = [
  '/en/',
  '/be/persons/',
  '/en/persons/?sex=male',
  '/ru/persons/p-pub/',
  '/en/persons/p-luchynovich/',
  '/en/facilities/',
  '/en/figures/',
  '/en/figures/count.svg',
  '/data/registry.json',
  '/data/registry.csv',
  '/api/v1/persons',
  '/api/v1/persons?q=Publicova',
  '/api/v1/persons/p-pub',
  '/api/v1/facilities',
  '/api/v1/stats?at=2024-01-31',
  '/api/v1/series?from=2023-01-01&to=2024-01-31',
  '/api/v1/flows?from=2023-01&to=2024-01',
  '/api/v1/releases?month=2024-01',
  '/api/v1/expected?from=2024-01-01&to=2030-12-31',
  '/api/openapi.json',
];

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 20 });
  await createPerson(
    env.ctx,
    {
      id: 'p-pub',
      names: [
        { family: 'Publicova', given: 'Hanna', system: 'latn', primary: true },
        { family: 'Nickname', given: 'Internal', system: 'latn', visibility: 'internal' },
      ],
      internalNote: 'first note',
      events: [
        { id: 'e-pub-1', kind: 'detention', date: '2022-05-02', sourceIds: [] },
        {
          id: 'e-pub-2',
          kind: 'transfer',
          date: '2022-06-01',
          sourceIds: [],
          visibility: 'internal',
          note: { en: 'n1' },
        },
      ],
    },
    meta,
  );
  await createPerson(
    env.ctx,
    {
      id: 'p-int',
      names: [{ family: 'Hiddenova', given: 'Olga', system: 'latn' }],
      visibility: 'internal',
      events: [{ id: 'e-int-1', kind: 'detention', date: '2021-01-10', sourceIds: [] }],
    },
    meta,
  );
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

interface Answer {
  etag: string | null;
  body: string;
}

async function snapshot(): Promise<Map<string, Answer>> {
  const out = new Map<string, Answer>();
  for (const path of PUBLIC_PATHS) {
    const res = await app.request(path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('last-modified'), path).toBeNull();
    out.set(path, { etag: res.headers.get('etag'), body: await res.text() });
  }
  return out;
}

async function edit(id: string, change: (p: Person) => Person): Promise<void> {
  await updatePerson(env.ctx, id, change(await getPerson(env.ctx, id)), meta);
}

describe('public ETags', () => {
  it('are on every public answer, and answer 304 while the bytes stay', async () => {
    for (const [path, { etag }] of await snapshot()) {
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      const again = await app.request(path, { headers: { 'If-None-Match': etag! } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('etag'), path).toBe(etag);
    }
  });

  it('stay the same after internal-only edits', async () => {
    const before = await snapshot();
    const version = await env.ctx.store.read((r) => r.meta.dataVersion());
    await edit('p-int', (p) => ({ ...p, names: [{ ...p.names[0]!, family: 'Hiddenova-Renamed' }] }));
    await edit('p-pub', (p) => ({
      ...p,
      internalNote: 'second note',
      names: p.names.map((n) => (n.visibility === 'internal' ? { ...n, family: 'OtherNickname' } : n)),
      events: p.events.map((e) => (e.visibility === 'internal' ? { ...e, note: { en: 'n2' }, date: '2022-06-03' } : e)),
    }));
    expect(await env.ctx.store.read((r) => r.meta.dataVersion())).toBeGreaterThan(version);
    const after = await snapshot();
    for (const path of PUBLIC_PATHS) {
      expect(after.get(path)!.body, path).toBe(before.get(path)!.body);
      expect(after.get(path)!.etag, path).toBe(before.get(path)!.etag);
    }
    // A client holding the old tag is told nothing changed.
    const held = before.get('/ru/persons/p-pub/')!.etag!;
    expect((await app.request('/ru/persons/p-pub/', { headers: { 'If-None-Match': held } })).status).toBe(304);
  });

  it('change with a public edit, where the public bytes change', async () => {
    const before = await snapshot();
    await edit('p-pub', (p) => ({
      ...p,
      names: p.names.map((n) => (n.visibility === 'public' ? { ...n, family: 'Publicova-Sidorava' } : n)),
    }));
    const after = await snapshot();
    for (const path of ['/ru/persons/p-pub/', '/be/persons/', '/api/v1/persons', '/api/v1/persons/p-pub']) {
      expect(after.get(path)!.etag, path).not.toBe(before.get(path)!.etag);
    }
    for (const path of ['/data/registry.json', '/data/registry.csv']) {
      expect(after.get(path)!.etag, path).not.toBe(before.get(path)!.etag);
    }
    for (const path of ['/en/facilities/', '/api/v1/facilities', '/en/figures/count.svg']) {
      expect(after.get(path)!.etag, path).toBe(before.get(path)!.etag);
    }
    const stale = before.get('/api/v1/persons/p-pub')!.etag!;
    const res = await app.request('/api/v1/persons/p-pub', { headers: { 'If-None-Match': stale } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Publicova-Sidorava');
  });
});
