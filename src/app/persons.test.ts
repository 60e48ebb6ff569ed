import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { createPerson, deletePerson, getPerson, updatePerson } from './persons.js';
import { history, restoreRevision } from './history.js';
import { saveFacility, saveSource } from './catalog.js';
import { type AppContext } from './context.js';
import { RollcallError } from '../domain/errors.js';
import { statsAt } from './figures.js';
import { releasesOfMonth } from './releases.js';

let app: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
const staff = { actor: 'alice' };

beforeEach(async () => {
  app = await tempApp();
  ctx = app.ctx;
  await saveFacility(
    ctx,
    { id: 'f-sizo1', kind: 'pretrial', number: '1', city: { en: 'Minsk' }, name: { en: 'SIZO No. 1' } },
    staff,
  );
  await saveSource(ctx, { id: 's-1', kind: 'publication', title: 'Viasna', date: '2024-02-02' }, staff);
});
afterEach(() => app.cleanup());

const luchynovich = {
  id: 'p-luch',
  names: [
    { family: 'Luchynovich', given: 'Aliaksandr', system: 'be-latn-passport', primary: true },
    { family: 'Лучыновіч', given: 'Аляксандр', system: 'be-cyrl' },
  ],
  sex: 'male',
  events: [
    { id: 'e-1', kind: 'detention', date: '2022-03-31', facilityId: 'f-sizo1', sourceIds: ['s-1'] },
    { id: 'e-2', kind: 'recognition', date: '2022-05' },
    { id: 'e-3', kind: 'release', date: '2024-01-13', releaseReason: 'term_served', sourceIds: ['s-1'] },
  ],
};

describe('person records', () => {
  it('warns on create when the same person is already there under another spelling', async () => {
    await createPerson(ctx, luchynovich, staff);
    const { duplicates } = await createPerson(
      ctx,
      {
        names: [{ family: 'Лучинович', given: 'Александр', system: 'ru-cyrl' }],
        events: [{ id: 'e-1', kind: 'detention', date: '2022-03-31' }],
      },
      staff,
    );
    expect(duplicates[0]?.id).toBe('p-luch');
    const other = await createPerson(
      ctx,
      { names: [{ family: 'Mikhniuk', given: 'Zinaida', system: 'be-latn-passport' }] },
      staff,
    );
    expect(other.duplicates).toEqual([]);
  });

  it('creates, reads and counts a person', async () => {
    await createPerson(ctx, luchynovich, staff);
    const p = await getPerson(ctx, 'p-luch');
    expect(p.names[0]?.family).toBe('Luchynovich');
    expect((await statsAt(ctx, '2023-06-01', 'staff')).count).toBe(1);
    expect((await statsAt(ctx, '2024-01-13', 'staff')).count).toBe(0);
    const past = await statsAt(ctx, '2023-06-01', 'staff');
    expect(past.breakdowns.sex).toEqual([{ key: 'male', count: 1 }]);
    expect(past.breakdowns.facility).toEqual([]);
    expect(past.facilityNote).toMatch(/today only/);
  });

  it('derives figures from public events only: an internal release is a staff note', async () => {
    const internalRelease = {
      id: 'e-3',
      kind: 'release',
      date: '2024-01-13',
      releaseReason: 'term_served',
      visibility: 'internal',
    };
    await createPerson(ctx, { ...luchynovich, events: [...luchynovich.events.slice(0, 2), internalRelease] }, staff);
    expect((await statsAt(ctx, '2024-06-01', 'staff')).count).toBe(1);
    expect((await releasesOfMonth(ctx, '2024-01', 'staff')).entries).toEqual([]);
    const row = (await ctx.store.read((r) => r.persons.list({ audience: 'public' })))[0];
    expect(row?.status).toBe('imprisoned');
  });

  it('rejects invalid input with the field named, and leaves the data untouched', async () => {
    await createPerson(ctx, luchynovich, staff);
    const bad = { ...luchynovich, events: [{ id: 'e-1', kind: 'detention', date: '31.03.2022' }] };
    const error = await updatePerson(ctx, 'p-luch', bad, staff).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RollcallError);
    expect((error as RollcallError).code).toBe('invalid-input');
    expect((error as RollcallError).message).toContain('events.0.date');
    expect((await getPerson(ctx, 'p-luch')).events).toHaveLength(3);
    expect(await history(ctx, 'person', 'p-luch')).toHaveLength(1);
  });

  it('rejects references to facilities that do not exist', async () => {
    const bad = {
      ...luchynovich,
      events: [{ id: 'e-1', kind: 'detention', date: '2022-03-31', facilityId: 'f-nope' }],
    };
    const error = (await createPerson(ctx, bad, staff).catch((e: unknown) => e)) as RollcallError;
    expect(error.code).toBe('invalid-reference');
    expect(error.message).toContain('f-nope');
    expect(await ctx.store.read((r) => r.persons.count({ audience: 'staff' }))).toBe(0);
  });

  it('keeps every change as a revision and restores any of them', async () => {
    await createPerson(ctx, luchynovich, staff);
    await updatePerson(
      ctx,
      'p-luch',
      { ...luchynovich, region: 'homiel' },
      { actor: 'bob', note: 'region from the digest' },
    );
    const entries = await history(ctx, 'person', 'p-luch');
    expect(entries.map((e) => e.changed)).toEqual([['created'], ['region']]);
    expect(entries[1]).toMatchObject({ actor: 'bob', note: 'region from the digest' });

    await restoreRevision(ctx, entries[0]!.revisionId, { actor: 'carol' });
    expect((await getPerson(ctx, 'p-luch')).region).toBeUndefined();
    expect(await history(ctx, 'person', 'p-luch')).toHaveLength(3);
  });

  it('deletes a person without losing the history, and a restore brings it back', async () => {
    await createPerson(ctx, luchynovich, staff);
    await deletePerson(ctx, 'p-luch', { actor: 'bob', note: 'entered twice' });
    await expect(getPerson(ctx, 'p-luch')).rejects.toMatchObject({ code: 'not-found' });
    const entries = await history(ctx, 'person', 'p-luch');
    expect(entries.map((e) => e.changed)).toEqual([['created'], ['deleted']]);
    await restoreRevision(ctx, entries[0]!.revisionId, { actor: 'bob' });
    expect((await getPerson(ctx, 'p-luch')).names[0]?.given).toBe('Aliaksandr');
  });
});
