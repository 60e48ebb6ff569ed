import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempApp } from '../testing/temp-app.js';
import { writeSyntheticRegistry } from './generate.js';
import { importRegistryFile } from './import.js';
import { FIGURE_REFRESH_LIMIT, countAt, forgetFigures, loadSubjects } from './figures.js';
import { createPerson, deletePerson, getPerson, updatePerson, writePerson } from './persons.js';
import type { Person } from '../domain/record.js';
import type { AppContext } from './context.js';
import { countOn } from '../domain/figures.js';
import { isoToDay } from '../domain/partial-date.js';
import { AUDIENCES, type Audience } from '../domain/access.js';

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

/** Drops the kept figures, so the next load is from scratch. */
const bump = async () => forgetFigures(ctx.store);
const fromStore = (audience: Audience) => ctx.store.read((r) => r.persons.figureSubjects(audience));

describe('countAt', () => {
  it('counts through the cached columns as countOn does over the subjects', async () => {
    for (const audience of AUDIENCES) {
      const subjects = await loadSubjects(ctx, audience);
      for (const date of ['2019-12-31', '2021-06-01', '2023-06-15', '2024-02-02']) {
        expect(await countAt(ctx, date, audience)).toEqual(countOn(subjects, isoToDay(date)));
      }
    }
  });
});

describe('loadSubjects', () => {
  it('derives the public subjects from the staff ones: same objects, same as loading them', async () => {
    await bump();
    const all = await loadSubjects(ctx, 'staff');
    const pub = await loadSubjects(ctx, 'public');
    expect(pub).toEqual(await fromStore('public'));
    expect(all).toEqual(await fromStore('staff'));
    expect(pub.length).toBeLessThan(all.length);
    const shared = new Set(all);
    expect(pub.every((s) => shared.has(s))).toBe(true);
    expect(await loadSubjects(ctx, 'public')).toBe(pub);
  });

  it('shares the objects when the staff subjects are loaded after the public ones', async () => {
    await bump();
    const pub = await loadSubjects(ctx, 'public');
    expect(pub).toEqual(await fromStore('public'));
    const all = await loadSubjects(ctx, 'staff');
    const again = await loadSubjects(ctx, 'public');
    expect(again).toEqual(pub);
    const shared = new Set(all);
    expect(again.every((s) => shared.has(s))).toBe(true);
  });

  it('keeps the subjects over a write that changes no record, and counts the same after one that does', async () => {
    const before = await countAt(ctx, '2023-06-15', 'public');
    const old = await loadSubjects(ctx, 'staff');
    await ctx.store.write((r) => r.meta.bumpDataVersion());
    expect(await loadSubjects(ctx, 'staff')).toBe(old);
    const id = old[0]!.personId;
    const same = await getPerson(ctx, id);
    await ctx.store.write((r) => writePerson(r, same, { actor: 'test' }, '2026-01-01T00:00:00Z'));
    const fresh = await loadSubjects(ctx, 'staff');
    expect(fresh).not.toBe(old);
    expect(fresh).toEqual(old);
    expect(await countAt(ctx, '2023-06-15', 'public')).toEqual(before);
  });
});

describe('loadSubjects after edits (people changed since the cached load)', () => {
  /** Counts that the subjects loaded from scratch give on a spread of days. */
  const days = ['2019-12-31', '2020-08-15', '2021-06-01', '2022-03-01', '2023-06-15', '2024-02-02', '2025-12-31'];
  async function expectAsLoaded() {
    for (const audience of AUDIENCES) {
      const subjects = await loadSubjects(ctx, audience);
      const loaded = await fromStore(audience);
      expect(subjects).toEqual(loaded);
      for (const date of days) {
        expect(await countAt(ctx, date, audience)).toEqual(countOn(loaded, isoToDay(date)));
      }
    }
  }
  /** A person's events with partial and approximate dates, a release moved, a detention added. */
  function reshaped(person: Person, n: number): Person {
    const events = person.events.map((e, i) => {
      if (e.kind === 'release') return { ...e, date: n % 2 ? '2023-07' : '2021' };
      if (i === 0 && (e.kind === 'detention' || e.kind === 'administrative_arrest')) return { ...e, date: '2020-08' };
      return e;
    });
    return { ...person, events };
  }

  it('applies updates, visibility changes, deletions and new people as a reload would give them', async () => {
    const before = await loadSubjects(ctx, 'staff');
    await loadSubjects(ctx, 'public');
    const ids = await ctx.store.read((r) => r.persons.ids(null, 300));
    const a = await getPerson(ctx, ids[3]!);
    await updatePerson(ctx, a.id, reshaped(a, 1), { actor: 'test' });
    await expectAsLoaded();
    // Brought up to date, not loaded again: the others' subjects are the cached objects.
    const after = await loadSubjects(ctx, 'staff');
    expect(after.find((s) => s.personId === ids[4])).toBe(before.find((s) => s.personId === ids[4]));
    expect(after.find((s) => s.personId === a.id)).not.toBe(before.find((s) => s.personId === a.id));
    const b = await getPerson(ctx, ids[10]!);
    await updatePerson(ctx, b.id, { ...reshaped(b, 2), visibility: 'internal' }, { actor: 'test' });
    await expectAsLoaded();
    // Public entry only (the staff one not loaded at this version), then made public again.
    await updatePerson(ctx, b.id, { ...b, visibility: 'public' }, { actor: 'test' });
    expect(await loadSubjects(ctx, 'public')).toEqual(await fromStore('public'));
    await deletePerson(ctx, ids[20]!, { actor: 'test' });
    expect(await loadSubjects(ctx, 'public')).toEqual(await fromStore('public'));
    await expectAsLoaded();
    const copy = await getPerson(ctx, ids[30]!);
    const { id: _id, ...fields } = reshaped(copy, 3);
    const { person } = await createPerson(ctx, fields, { actor: 'test' });
    await createPerson(ctx, { ...copy, id: `${ids[30]!}a` }, { actor: 'test' });
    await createPerson(ctx, { ...copy, id: 'p-0' }, { actor: 'test' });
    await createPerson(ctx, { ...copy, id: 'p-zzz' }, { actor: 'test' });
    await expectAsLoaded();
    expect((await loadSubjects(ctx, 'staff')).some((s) => s.personId === person.id)).toBe(true);
  });

  it('loads everyone again after more changes than it applies one by one', async () => {
    const old = await loadSubjects(ctx, 'staff');
    const ids = await ctx.store.read((r) => r.persons.ids(null, 300));
    await ctx.store.write(async (repos) => {
      // Every person written until there are more revisions than the limit.
      for (let written = 0; written <= FIGURE_REFRESH_LIMIT;) {
        for (const id of ids) {
          const p = await repos.persons.get(id);
          if (p) await writePerson(repos, reshaped(p, written++), { actor: 'test' }, '2026-01-01T00:00:00Z');
        }
      }
    });
    const fresh = await loadSubjects(ctx, 'staff');
    expect(fresh).not.toBe(old);
    await expectAsLoaded();
  });
});
