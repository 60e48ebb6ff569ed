import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPerson } from './testing/synthetic.js';
import { openTempStore, savePeople, type TempStore } from './testing/temp-store.js';
import { loadFigureSubjects } from './figure-subjects.js';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { RollcallSqliteDialect } from './sqlite-driver.js';
import { AUDIENCES, type Audience } from '../domain/access.js';

const people = Array.from({ length: 90 }, (_, n) => syntheticPerson(n + 1));
let temp: TempStore;
beforeAll(async () => {
  temp = await openTempStore();
  await temp.store.write((repos) => savePeople(repos, people));
});
afterAll(() => temp.dispose());

/** Loads through a read-only connection of its own. */
async function load(audience: Audience, page: number) {
  const db = new Kysely<Database>({
    dialect: new RollcallSqliteDialect({
      database: new BetterSqlite3(temp.path, { readonly: true }),
      immediate: false,
    }),
  });
  try {
    return await loadFigureSubjects(db, audience, page);
  } finally {
    await db.destroy();
  }
}

describe('loadFigureSubjects', () => {
  it('gives the same subjects whatever the page size, people straddling pages included', async () => {
    for (const audience of AUDIENCES) {
      const whole = await load(audience, 10_000);
      for (const page of [1, 2, 7, 50]) expect(await load(audience, page)).toEqual(whole);
    }
  });

  it('gives each person their projection, in id order, and the public ones only when asked', async () => {
    const all = await load('staff', 7);
    const sorted = [...people].sort((a, b) => (a.person.id < b.person.id ? -1 : 1));
    expect(all.map((s) => s.personId)).toEqual(sorted.map((p) => p.person.id));
    for (const p of sorted) {
      const subject = all.find((s) => s.personId === p.person.id)!;
      expect(subject.custody).toEqual(p.projection.custody);
      expect(subject.articles).toEqual(p.projection.articles);
    }
    // Someone has several rows, so small pages split them (custody uses the same grouping).
    expect(sorted.some((p) => p.projection.articles.length > 1)).toBe(true);
    const pub = await load('public', 7);
    expect(pub.map((s) => s.personId)).toEqual(sorted.filter((p) => p.projection.isPublic).map((p) => p.person.id));
  });

  it('loads the subjects of some people as the whole load gives them', async () => {
    for (const audience of AUDIENCES) {
      const whole = await load(audience, 10_000);
      const ids = [
        people[5]!.person.id,
        'p-unknown',
        people[0]!.person.id,
        people[41]!.person.id,
        people[88]!.person.id,
      ];
      const some = await temp.store.read((r) => r.persons.figureSubjectsOf(ids, audience));
      expect(some).toEqual(whole.filter((s) => ids.includes(s.personId)));
      expect(await temp.store.read((r) => r.persons.figureSubjectsOf([], audience))).toEqual([]);
    }
  });
});
