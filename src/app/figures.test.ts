import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempApp } from '../testing/temp-app.js';
import { writeSyntheticRegistry } from './generate.js';
import { importRegistryFile } from './import.js';
import { countAt, loadSubjects } from './figures.js';
import { getPerson, updatePerson } from './persons.js';
import type { AppContext } from './context.js';
import { countOn } from '../domain/figures.js';
import { isoToDay } from '../domain/partial-date.js';

let app: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;

beforeAll(async () => {
  app = await tempApp();
  ctx = app.ctx;
  const file = join(app.dir, 'registry.json');
  await writeSyntheticRegistry(file, { size: 300, seed: 5 });
  const report = await importRegistryFile(ctx, file, { format: 'json', dryRun: false, actor: 'test' });
  expect(report.ok).toBe(true);
  // Some internal records, so that the public subjects are fewer.
  const ids = await ctx.store.read((r) => r.persons.ids(null, 300));
  for (const id of ids.filter((_, i) => i % 7 === 0)) {
    const person = await getPerson(ctx, id);
    await updatePerson(ctx, id, { ...person, visibility: 'internal' }, { actor: 'test' });
  }
});
afterAll(() => app.cleanup());

const bump = () => ctx.store.write((r) => r.meta.bumpDataVersion());
const fromStore = (publicOnly: boolean) => ctx.store.read((r) => r.persons.figureSubjects(publicOnly));

describe('countAt', () => {
  it('counts through the cached columns as countOn does over the subjects', async () => {
    for (const publicOnly of [false, true]) {
      const subjects = await loadSubjects(ctx, { publicOnly });
      for (const date of ['2019-12-31', '2021-06-01', '2023-06-15', '2024-02-02']) {
        expect(await countAt(ctx, date, { publicOnly })).toEqual(countOn(subjects, isoToDay(date)));
      }
    }
  });
});

describe('loadSubjects', () => {
  it('derives the public subjects from the staff ones: same objects, same as loading them', async () => {
    await bump();
    const all = await loadSubjects(ctx, { publicOnly: false });
    const pub = await loadSubjects(ctx, { publicOnly: true });
    expect(pub).toEqual(await fromStore(true));
    expect(all).toEqual(await fromStore(false));
    expect(pub.length).toBeLessThan(all.length);
    const shared = new Set(all);
    expect(pub.every((s) => shared.has(s))).toBe(true);
    expect(await loadSubjects(ctx, { publicOnly: true })).toBe(pub);
  });

  it('shares the objects when the staff subjects are loaded after the public ones', async () => {
    await bump();
    const pub = await loadSubjects(ctx, { publicOnly: true });
    expect(pub).toEqual(await fromStore(true));
    const all = await loadSubjects(ctx, { publicOnly: false });
    const again = await loadSubjects(ctx, { publicOnly: true });
    expect(again).toEqual(pub);
    const shared = new Set(all);
    expect(again.every((s) => shared.has(s))).toBe(true);
  });

  it('reloads after a write and counts the same as before', async () => {
    const before = await countAt(ctx, '2023-06-15', { publicOnly: true });
    const old = await loadSubjects(ctx, { publicOnly: false });
    await bump();
    const fresh = await loadSubjects(ctx, { publicOnly: false });
    expect(fresh).not.toBe(old);
    expect(fresh).toEqual(old);
    expect(await countAt(ctx, '2023-06-15', { publicOnly: true })).toEqual(before);
  });
});
