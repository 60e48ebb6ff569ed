import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegistry } from '../demo/generator.js';
import { monthDays } from '../domain/partial-date.js';
import { withPublicEvents } from '../domain/project-person.js';
import type { Person } from '../domain/record.js';
import { releasesInMonth } from '../domain/releases.js';
import { tempApp } from '../testing/temp-app.js';
import { AUDIENCES, type Audience } from '../domain/access.js';
import { importRecords } from './import.js';
import type { RecordItem } from './json-lines.js';
import { namesOf, releasesOfMonth } from './releases.js';
import type { AppContext } from './context.js';

let app: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;

/** Internal people, events and name forms, and vague dates, so every audience rule is exercised. */
function vary(person: Person, i: number): Person {
  return {
    ...person,
    visibility: i % 9 === 0 ? 'internal' : person.visibility,
    names: person.names.map((n, j) =>
      i % 5 === 0 && (j === 0 || i % 10 === 0) ? { ...n, visibility: 'internal' } : n,
    ),
    events: person.events.map((e, j) => {
      if (i % 7 === 0 && j === (i % 3) + 1) return { ...e, visibility: 'internal' };
      if (i % 4 === 0 && (i + j) % 3 === 0 && e.date.length === 10) return { ...e, date: e.date.slice(0, 7) };
      if (i % 6 === 0 && (i + j) % 2 === 0 && e.date.length === 10) return { ...e, date: `~${e.date}` };
      return e;
    }),
  };
}

/** What `releasesOfMonth` computed before timelines: the whole documents. */
async function fromDocuments(month: string, audience: Audience) {
  const [fromDay, toDay] = monthDays(month);
  const persons = await ctx.store.read(async (r) =>
    r.persons.getMany(await r.persons.idsWithEvent('release', fromDay, toDay)),
  );
  const visible = audience === 'public' ? persons.filter((p) => p.visibility === 'public') : persons;
  return { ...releasesInMonth(visible.map(withPublicEvents), month), names: namesOf(visible, audience) };
}

beforeAll(async () => {
  app = await tempApp();
  ctx = app.ctx;
  const registry = generateRegistry({ size: 1500, seed: 3 });
  const items: RecordItem[] = [
    ...registry.facilities.map((value, i): RecordItem => ({ section: 'facilities', row: i + 1, value })),
    ...registry.sources.map((value, i): RecordItem => ({ section: 'sources', row: i + 1, value })),
    ...registry.persons.map((p, i): RecordItem => ({ section: 'persons', row: i + 1, value: vary(p, i) })),
  ];
  const report = await importRecords(ctx, items, { format: 'json', dryRun: false, actor: 'test', workers: 0 });
  expect(report.problems).toEqual([]);
}, 60_000);
afterAll(() => app.cleanup());

describe('releasesOfMonth from stored timelines', () => {
  it('equals the computation over whole documents, for staff and the public, month by month', async () => {
    let listed = 0;
    let hiddenNames = 0;
    for (const audience of AUDIENCES) {
      for (let year = 2021; year <= 2025; year++) {
        for (let m = 1; m <= 12; m++) {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const fast = await releasesOfMonth(ctx, month, audience);
          const slow = await fromDocuments(month, audience);
          expect(fast).toEqual(slow);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
          listed += fast.entries.length;
          hiddenNames += fast.entries.filter((e) => fast.names[e.personId] === undefined).length;
        }
      }
    }
    expect(listed).toBeGreaterThan(500);
    expect(hiddenNames).toBeGreaterThan(0);
  }, 60_000);
});
