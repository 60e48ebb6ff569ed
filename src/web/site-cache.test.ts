import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Hono } from 'hono';
import { loadDemo } from '../app/demo.js';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';
import { personPage } from './pages/person.js';

vi.mock('./pages/person.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./pages/person.js')>();
  return { ...original, personPage: vi.fn(original.personPage) };
});

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 10 });
  app = createHttpApp(env.ctx);
}, 60_000);
afterAll(() => env.cleanup());

describe('page cache', () => {
  it('renders a page once for requests that ask for it at the same time, and not again after', async () => {
    const renders = vi.mocked(personPage);
    renders.mockClear();
    const path = '/en/persons/p-luchynovich/';
    const answers = await Promise.all(Array.from({ length: 8 }, () => app.request(path)));
    const bodies = await Promise.all(answers.map((res) => res.text()));
    expect(answers.map((res) => res.status)).toEqual(Array(8).fill(200));
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(answers.map((res) => res.headers.get('etag'))).size).toBe(1);
    expect(renders).toHaveBeenCalledTimes(1);
    expect(await (await app.request(path)).text()).toBe(bodies[0]);
    expect(renders).toHaveBeenCalledTimes(1);
  });

  it('renders error pages each time, sharing only a rendering in progress', async () => {
    const renders = vi.mocked(personPage);
    renders.mockClear();
    const [a, b] = await Promise.all([app.request('/en/persons/p-nobody/'), app.request('/en/persons/p-nobody/')]);
    expect([a.status, b.status]).toEqual([404, 404]);
    expect(renders).toHaveBeenCalledTimes(1);
    expect((await app.request('/en/persons/p-nobody/')).status).toBe(404);
    expect(renders).toHaveBeenCalledTimes(2);
  });

  it('renders again after a write', async () => {
    const renders = vi.mocked(personPage);
    const path = '/ru/persons/p-luchynovich/';
    const before = await app.request(path);
    renders.mockClear();
    await env.ctx.store.write(async () => undefined);
    const after = await app.request(path);
    expect(renders).toHaveBeenCalledTimes(1);
    // The same bytes: the same ETag (it is a hash of the page, not of the data version).
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
  });
});
