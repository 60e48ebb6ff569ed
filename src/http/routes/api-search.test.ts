/**
 * Name search through the public API: any script or spelling finds the person,
 * ranked first; filters still apply; internal name forms are never searchable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import { getPerson, updatePerson } from '../../app/persons.js';
import { createHttpApp } from '../app.js';

let app: Awaited<ReturnType<typeof tempApp>>;
let http: ReturnType<typeof createHttpApp>;

beforeAll(async () => {
  app = await tempApp();
  await loadDemo(app.ctx, { synthetic: 100 });
  const p = await getPerson(app.ctx, 'p-bialiauski');
  const secret = {
    family: 'Zzyzxinternal',
    given: 'Andrei',
    system: 'latn' as const,
    primary: false,
    visibility: 'internal' as const,
  };
  await updatePerson(app.ctx, p.id, { ...p, names: [...p.names, secret] }, { actor: 'test' });
  http = createHttpApp(app.ctx);
});
afterAll(() => app.cleanup());

async function search(query: string): Promise<{ total: number; persons: Array<{ id: string }> }> {
  const res = await http.request(`/api/v1/persons?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { total: number; persons: Array<{ id: string }> };
}

describe('GET /api/v1/persons?q=', () => {
  it.each([
    ['Aleksandr Luchinovich', 'p-luchynovich'],
    ['Аляксандр Лучыновіч', 'p-luchynovich'],
    ['Zinaida Mikhnyuk', 'p-mikhniuk'],
    ['Белявский Андрей', 'p-bialiauski'],
    ['Takarchuk Artsem', 'p-takarchuk'],
  ])('finds %s first', async (q, id) => {
    const body = await search(`q=${encodeURIComponent(q)}`);
    expect(body.persons[0]?.id).toBe(id);
  });

  it('applies filters to the matches', async () => {
    const body = await search(`q=${encodeURIComponent('Mikhniuk')}&sex=male`);
    expect(body.persons.map((p) => p.id)).not.toContain('p-mikhniuk');
  });

  it('never matches an internal name form', async () => {
    expect((await search('q=Zzyzxinternal')).total).toBe(0);
  });

  it('rejects an overlong query with a clear error', async () => {
    const res = await http.request(`/api/v1/persons?q=${'a'.repeat(300)}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid-input');
  });
});
