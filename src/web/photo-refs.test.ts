/**
 * Issue 11 item 16: a photo ref stored before refs had to be site files (an `https://` URL)
 * never reaches a public output (page, API, downloads, mirror), and `rollcall check` reports
 * it. The record is written past the schema, as an old database would hold it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { runChecks } from '../app/checks.js';
import { exportRegistry } from '../app/export.js';
import { writePerson } from '../app/persons.js';
import { Person } from '../domain/record.js';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';
import { writeMirror } from './mirror.js';

const EXTERNAL = 'https://tracker.example.org/p.jpg';
const SITE = '/photos/p-site.jpg';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

function person(id: string, family: string, ref: string, extra: Record<string, unknown> = {}): Person {
  const valid = Person.parse({
    id,
    names: [{ family, given: 'Ales', system: 'latn', primary: true }],
    photo: { ref: '/photos/placeholder.jpg', credit: `credit of ${family}` },
    events: [{ id: `e-${id}`, kind: 'detention', date: '2022-03-01', sourceIds: [] }],
    ...extra,
  });
  // Past the schema: what a record stored before PhotoRef refused URLs looks like.
  return { ...valid, photo: { ...valid.photo!, ref } };
}

beforeAll(async () => {
  env = await tempApp();
  await env.ctx.store.write(async (repos) => {
    const at = env.ctx.now().toISOString();
    await writePerson(repos, person('p-old', 'Oldref', EXTERNAL), { actor: 'test' }, at);
    await writePerson(repos, person('p-site', 'Siteref', SITE), { actor: 'test' }, at);
    await writePerson(
      repos,
      person('p-hidden', 'Hidden', 'https://x.example/h.jpg', { visibility: 'internal' }),
      {
        actor: 'test',
      },
      at,
    );
  });
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

async function text(path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe('external photo refs', () => {
  it('are left out of pages and the API, while site photos stay', async () => {
    for (const lang of ['en', 'be', 'ru']) {
      const old = await text(`/${lang}/persons/p-old/`);
      expect(old).toContain('Oldref');
      expect(old).not.toContain('tracker.example.org');
      expect(old).not.toContain('<img');
      expect(await text(`/${lang}/persons/p-site/`)).toContain(`src="../../../photos/p-site.jpg"`);
    }
    const api = JSON.parse(await text('/api/v1/persons/p-old')) as { photo?: unknown; id: string };
    expect(api.id).toBe('p-old');
    expect(api.photo).toBeUndefined();
    const site = JSON.parse(await text('/api/v1/persons/p-site')) as { photo?: { ref: string } };
    expect(site.photo?.ref).toBe(SITE);
  });

  it('are left out of the downloads and the public export', async () => {
    const json = await text('/data/registry.json');
    expect(json).toContain('p-old');
    expect(json).toContain(SITE);
    expect(json).not.toMatch(/https?:\/\/[^"]*\.jpg/);
    expect(await text('/data/registry.csv')).not.toContain('example');
    let exported = '';
    await exportRegistry(env.ctx, { format: 'json', audience: 'public' }, async (chunk) => {
      exported += chunk;
    });
    expect(exported).toContain('p-old');
    expect(exported).not.toContain('tracker.example.org');
  });

  it('are left out of the mirror', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rollcall-photo-mirror-'));
    try {
      await writeMirror(env.ctx, out, { workers: 0, force: true });
      const files = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const full = join(dir, name);
          return statSync(full).isDirectory() ? files(full) : [full];
        });
      const all = files(out);
      expect(all.some((f) => f.endsWith(join('p-old', 'index.html')))).toBe(true);
      for (const file of all) expect(readFileSync(file, 'utf8'), file).not.toContain('tracker.example.org');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('are reported by the checks with a stable code, for every person holding one', async () => {
    const report = await runChecks(env.ctx);
    const found = report.findings.filter((f) => f.code === 'external-photo');
    expect(found.map((f) => f.personId).sort()).toEqual(['p-hidden', 'p-old']);
    expect(found[0]).toMatchObject({ severity: 'error' });
    expect(found.find((f) => f.personId === 'p-old')!.message).toContain(EXTERNAL);
    expect(found.find((f) => f.personId === 'p-old')!.message).toMatch(/photos\/p-old\.jpg/);
  });
});
