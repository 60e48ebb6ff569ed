import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Hono } from 'hono';
import { loadDemo } from '../app/demo.js';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';
import { personPage } from './pages/person.js';
import { deletePerson, getPerson, writePerson } from '../app/persons.js';
import { getFacility, writeFacility } from '../app/catalog.js';
import { publicTabRows } from '../app/read-model/index.js';
import type { Person } from '../domain/record.js';

vi.mock('./pages/person.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./pages/person.js')>();
  return { ...original, personPage: vi.fn(original.personPage) };
});

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 10, internal: true });
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

  it('keeps the pages after a write that changed no record, with the same ETag', async () => {
    const renders = vi.mocked(personPage);
    const path = '/ru/persons/p-luchynovich/';
    const before = await app.request(path);
    renders.mockClear();
    await env.ctx.store.write(async () => undefined);
    const after = await app.request(path);
    expect(renders).toHaveBeenCalledTimes(0);
    expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
  });
});

/** Every public person's page in every language, as `site` answers it (status and body). */
async function personPages(site: Hono, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of ids)
    for (const lang of ['be', 'ru', 'en']) {
      const res = await site.request(`/${lang}/persons/${id}/`);
      out.set(`${lang} ${id}`, `${res.status}\n${await res.text()}`);
    }
  return out;
}

const AT = '2026-01-01T00:00:00Z';

describe('person pages carried across writes', () => {
  // A person's page shows that record, the catalogue and the day only: the pages kept for the
  // people a write did not touch must be what a fresh site renders, byte for byte.
  it('re-render only the changed people, and equal a fresh rendering after every kind of change', async () => {
    const renders = vi.mocked(personPage);
    const publicIds = (await publicTabRows(env.ctx)).map((row) => row.id);
    const [a, b, c, d] = publicIds.filter((id) => id !== 'p-luchynovich');
    // The internal person's pages are 404s, rendered each time (3 a round).
    const ids = [...publicIds, 'p-demo-internal'];
    await personPages(app, ids); // all kept
    const expectFresh = async (rendered: number) => {
      renders.mockClear();
      const served = await personPages(app, ids);
      expect(renders).toHaveBeenCalledTimes(rendered);
      expect(served).toEqual(await personPages(createHttpApp(env.ctx), ids));
    };
    const edit = async (id: string, change: (p: Person) => Person) => {
      const person = await getPerson(env.ctx, id);
      await env.ctx.store.write((r) => writePerson(r, change(person), { actor: 'test' }, AT));
    };

    await edit(a!, (p) => ({ ...p, occupation: { be: 'Тэст', ru: 'Тест', en: 'Test' } }));
    await expectFresh(3 + 3);
    await edit(b!, (p) => ({ ...p, visibility: 'internal' })); // now a 404, never cached
    await expectFresh(3 + 3);
    await deletePerson(env.ctx, c!, { actor: 'test' });
    await expectFresh(3 + 3 + 3); // the internal person, b and now c: 404s, rendered each time
    // A facility renamed: every page that shows it changes, so all are rendered again.
    const facilityId = (await getPerson(env.ctx, d!)).events.find((e) => e.facilityId)?.facilityId;
    expect(facilityId).toBeDefined();
    const facility = await getFacility(env.ctx, facilityId!);
    await env.ctx.store.write((r) =>
      writeFacility(
        r,
        { ...facility, name: { ...facility.name, en: `${facility.name.en} (renamed)` } },
        { actor: 'test' },
        AT,
      ),
    );
    await expectFresh(ids.length * 3);
  });
});
