import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from './demo.js';
import { createPerson, deletePerson } from './persons.js';
import { registryDuplicates, searchPersons } from './search.js';
import { saveFacility } from './catalog.js';

let app: Awaited<ReturnType<typeof tempApp>>;

beforeAll(async () => {
  app = await tempApp();
  await loadDemo(app.ctx, { synthetic: 30 });
});
afterAll(() => app.cleanup());

const staff = { limit: 5, audience: 'staff' } as const;

describe('searchPersons', () => {
  it('finds places and facilities by any spelling', async () => {
    const gomel = await searchPersons(app.ctx, 'Gomel', { ...staff, kind: 'place' });
    expect(gomel[0]?.id).toBe('pl-homiel');
    const all = await searchPersons(app.ctx, 'Гомель', { limit: 20, audience: 'staff', kind: 'all' });
    expect(all.some((h) => h.kind === 'facility')).toBe(true);
  });

  it('keeps the index current as records are written and deleted', async () => {
    const { person } = await createPerson(
      app.ctx,
      { names: [{ family: 'Шчарбацэвіч', given: 'Пётр', system: 'be-cyrl' }] },
      { actor: 'test' },
    );
    expect((await searchPersons(app.ctx, 'Shcharbatsevich', staff))[0]?.id).toBe(person.id);
    await deletePerson(app.ctx, person.id, { actor: 'test' });
    expect((await searchPersons(app.ctx, 'Shcharbatsevich', staff)).map((h) => h.id)).not.toContain(person.id);
  });

  it('follows facility changes: a new facility is found at once, one switched internal leaves the public index', async () => {
    const pub = { limit: 20, audience: 'public', kind: 'facility' } as const;
    // Built before the facility exists, so the index must learn it from the change feed.
    expect(await searchPersons(app.ctx, 'Vauchynets', pub)).toEqual([]);
    const facility = await saveFacility(
      app.ctx,
      { id: 'f-vauch', kind: 'colony', city: { en: 'Vauchynets' }, name: { en: 'Vauchynets colony' }, aliases: [] },
      { actor: 'test' },
    );
    expect((await searchPersons(app.ctx, 'Vauchynets', pub)).map((h) => h.id)).toEqual([facility.id]);
    await saveFacility(app.ctx, { ...facility, visibility: 'internal' }, { actor: 'test' });
    expect(await searchPersons(app.ctx, 'Vauchynets', pub)).toEqual([]);
    expect((await searchPersons(app.ctx, 'Vauchynets', { ...pub, audience: 'staff' })).map((h) => h.id)).toEqual([
      facility.id,
    ]);
  });

  it('finds the same person entered twice under another spelling', async () => {
    await createPerson(
      app.ctx,
      {
        id: 'p-luch-ru',
        names: [{ family: 'Лучинович', given: 'Александр', system: 'ru-cyrl' }],
        events: [{ id: 'e-1', kind: 'detention', date: '2022-03-31' }],
      },
      { actor: 'test' },
    );
    const pairs = await registryDuplicates(app.ctx);
    expect(pairs.some((p) => [p.a, p.b].sort().join() === 'p-luch-ru,p-luchynovich')).toBe(true);
  });

  it('answers an empty query with nothing and rejects an overlong one', async () => {
    expect(await searchPersons(app.ctx, '   ', staff)).toEqual([]);
    await expect(searchPersons(app.ctx, 'x'.repeat(201), staff)).rejects.toMatchObject({ code: 'query-too-long' });
  });
});
