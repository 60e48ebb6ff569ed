/**
 * Issue 11 item 7: no download request fails the process or leaves a broken answer.
 * - a public person with no public name form used to fail the JSON download (500);
 * - a cached file removed from the disk used to end a 200 answer mid-body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import { createPerson } from '../../app/persons.js';
import type { AppContext } from '../../app/context.js';
import { createDownloadCache, type DownloadCache } from './downloads.js';
import { openDataRoutes } from './routes.js';

let ctx: AppContext;
let dir: string;
let cache: DownloadCache;
let app: Hono;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempApp();
  ({ ctx, dir, cleanup } = t);
  await loadDemo(ctx, { synthetic: 10 });
  await createPerson(
    ctx,
    {
      id: 'p-nameless',
      names: [{ family: 'Withheldsurname', given: 'Secret', system: 'latn', visibility: 'internal' }],
      visibility: 'public',
    },
    { actor: 'test', note: 'a public person whose only name form is internal' },
  );
  cache = createDownloadCache(ctx, { dir: join(dir, 'downloads') });
  app = new Hono().route('/', openDataRoutes(ctx, { cache }));
});
afterAll(async () => {
  cache.close();
  await cleanup();
});

describe('a public person with no public name form', () => {
  it('is listed in the JSON download under their id, with the name withheld', async () => {
    const res = await app.request('/data/registry.json');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain('Withheldsurname');
    expect(text).not.toContain('"family":"-"'); // the stand-in used for the schema check never leaves
    const body = JSON.parse(text) as { persons: Array<{ id: string; names: unknown[] }> };
    expect(body.persons.find((p) => p.id === 'p-nameless')?.names).toEqual([]);
  });

  it('is in the CSV download without the internal name', async () => {
    const text = await (await app.request('/data/registry.csv')).text();
    expect(text).toContain('p-nameless');
    expect(text).not.toContain('Withheldsurname');
  });
});

describe('a cached download removed from the disk', () => {
  it('is written again and sent whole, not cut off mid-answer', async () => {
    const first = await app.request('/data/registry.json');
    const whole = await first.text();
    for (const name of readdirSync(join(dir, 'downloads'))) rmSync(join(dir, 'downloads', name));
    const again = await app.request('/data/registry.json');
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(whole);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
  });
});

describe('download files', () => {
  it('are readable by the server user only and leave no partial file', async () => {
    await app.request('/data/registry.csv');
    const names = readdirSync(join(dir, 'downloads'));
    expect(names.filter((n) => n.endsWith('.part'))).toEqual([]);
    for (const name of names) expect(statSync(join(dir, 'downloads', name)).mode & 0o777).toBe(0o600);
  });
});
