/**
 * Staff search and lists, differential: the read model's fast path (hits placed by
 * position in the ordered rows, rows split by status) against the result computed from
 * scratch (a new name index from every stored record, the full search, all rows sorted
 * and filtered), on generated people with internal persons and internal name forms in
 * Belarusian and Russian Cyrillic and Latin, before and after edits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegistry } from '../demo/generator.js';
import { DEMO_INTERNAL_FACILITY, DEMO_INTERNAL_SOURCE, withInternalFacts } from '../demo/internal.js';
import { NameIndex, type IndexForm } from '../domain/names/name-index.js';
import type { PersonStatus } from '../domain/projection.js';
import type { Lang, Person } from '../domain/record.js';
import { tempApp } from '../testing/temp-app.js';
import type { AppContext } from './context.js';
import type { PersonSummaryRow } from './ports.js';
import { forEachPersonPage } from './export.js';
import { importRecords } from './import.js';
import type { RecordItem } from './json-lines.js';
import { deletePerson, updatePerson } from './persons.js';
import { personEntry } from './read-model/index.js';
import { PAGE_SIZE, staffPersons, type PageOrder, type StaffPersonPage } from './staff-lists.js';

let app: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
const SIZE = 700;
const registry = generateRegistry({ size: SIZE, seed: 14 });

/** Internal persons, internal forms (Latin and Cyrillic), and an extra Latin form for some. */
function vary(person: Person, i: number): Person {
  const p = i % 6 === 0 ? withInternalFacts(person) : person;
  return {
    ...p,
    visibility: i % 8 === 0 ? 'internal' : p.visibility,
    names: [
      ...p.names.map((n, j) => (i % 5 === 0 && j === 1 ? { ...n, visibility: 'internal' as const } : n)),
      ...(i % 4 === 0
        ? [
            {
              family: 'Ivanou',
              given: 'Ivan',
              system: 'latn' as const,
              primary: false,
              visibility: 'internal' as const,
            },
          ]
        : []),
    ],
  };
}

/** A page order as a page would give: the form in the language's script first, its collation. */
function orderOf(lang: Lang): PageOrder {
  const collator = new Intl.Collator(lang);
  const script = lang === 'en' ? 'latn' : `${lang}-cyrl`;
  return {
    lang,
    key: (_id, forms: readonly IndexForm[]) => {
      const f = forms.find((x) => String(x.system).startsWith(script)) ?? forms[0];
      return f ? `${f.family} ${f.given ?? ''} ${f.patronymic ?? ''}` : '';
    },
    compare: (a, b) => collator.compare(a, b),
  };
}

/** One order per language, as the staff pages keep them: the second comparison then reads the orders carried over the edits. */
const ORDERS = { be: orderOf('be'), ru: orderOf('ru'), en: orderOf('en') } as const;

interface Scratch {
  index: NameIndex;
  rows: PersonSummaryRow[];
}

/** A new name index from every stored record, and everyone's rows. */
async function scratch(): Promise<Scratch> {
  const index = new NameIndex();
  const rows = await ctx.store.read(async (r) => {
    await forEachPersonPage(r, async (persons) => {
      for (const p of persons) {
        const entry = personEntry(p, 'staff');
        if (entry) index.add(entry);
      }
    });
    return r.persons.list({ audience: 'staff', sort: 'name' });
  });
  return { index, rows };
}

/** From scratch: every row sorted, filtered by the hit set of the full search. */
function fromScratch(
  { index, rows }: Scratch,
  query: string,
  status: PersonStatus | undefined,
  page: number,
  order: PageOrder,
): StaffPersonPage {
  const keyed = rows.map((row) => ({ row, key: order.key(row.id, index.get(row.id)?.forms ?? []) }));
  keyed.sort((a, b) => order.compare(a.key, b.key) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  const hits = query.trim()
    ? new Set(index.search(query.trim(), { limit: 500, kind: 'person' }).map((h) => h.id))
    : null;
  const all = keyed.map((k) => k.row).filter((r) => (!hits || hits.has(r.id)) && (!status || r.status === status));
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const at = Math.min(Math.max(1, page), pages);
  const slice = all.slice((at - 1) * PAGE_SIZE, at * PAGE_SIZE);
  return {
    total: all.length,
    page: at,
    pages,
    rows: slice.map((r) => ({ ...r, forms: index.get(r.id)?.forms ?? [] })),
  };
}

const QUERIES = ['', 'ivan', 'Иван', 'Іван', 'Ivanou Ivan', 'Аляксандр', 'aleksandr', 'kav', 'DEMO-INTERNAL', 'zzzz'];
const STATUSES = [undefined, 'imprisoned', 'released', 'deceased', 'other'] as const;

/** Every query × status × language, the first, second and an out-of-range page; the number of rows compared. */
async function compareAll(): Promise<{ rows: number; withQuery: number; internal: number }> {
  let rows = 0;
  let withQuery = 0;
  let internal = 0;
  const base = await scratch();
  for (const lang of ['be', 'ru', 'en'] as const) {
    const order = ORDERS[lang];
    for (const query of QUERIES)
      for (const status of STATUSES)
        for (const page of [1, 2, 99]) {
          const fast = await staffPersons(ctx, { query, status, page, order });
          const slow = fromScratch(base, query, status, page, order);
          expect(fast, `${lang} "${query}" ${status} ${page}`).toEqual(slow);
          rows += fast.rows.length;
          if (query) withQuery += fast.rows.length;
          internal += fast.rows.filter((r) => !r.isPublic).length;
        }
  }
  return { rows, withQuery, internal };
}

beforeAll(async () => {
  app = await tempApp();
  ctx = app.ctx;
  const items: RecordItem[] = [
    ...[...registry.facilities, DEMO_INTERNAL_FACILITY].map((value, i): RecordItem => ({
      section: 'facilities',
      row: i + 1,
      value,
    })),
    ...[...registry.sources, DEMO_INTERNAL_SOURCE].map((value, i): RecordItem => ({
      section: 'sources',
      row: i + 1,
      value,
    })),
    ...registry.persons.map((p, i): RecordItem => ({ section: 'persons', row: i + 1, value: vary(p, i) })),
  ];
  const report = await importRecords(ctx, items, { format: 'json', dryRun: false, actor: 'test', workers: 0 });
  expect(report.problems).toEqual([]);
}, 60_000);
afterAll(() => app.cleanup());

describe('staffPersons', () => {
  it('gives what filtering every row gives, for every query, status, page and language', async () => {
    const seen = await compareAll();
    expect(seen.withQuery).toBeGreaterThan(1000);
    expect(seen.internal).toBeGreaterThan(100);
  }, 120_000);

  it('still does after a rename, a person made internal, a status change and a deletion', async () => {
    const [a, b, c] = registry.persons.slice(1, 4) as [Person, Person, Person];
    const meta = { actor: 'test' };
    await updatePerson(
      ctx,
      a.id,
      {
        ...vary(a, 1),
        names: [{ family: 'Тэставіч', given: 'Іван', system: 'be-cyrl', primary: true, visibility: 'public' }],
      },
      meta,
    );
    await updatePerson(ctx, b.id, { ...vary(b, 2), visibility: 'internal' }, meta);
    await updatePerson(
      ctx,
      c.id,
      { ...vary(c, 3), events: vary(c, 3).events.filter((e) => e.kind !== 'recognition') },
      meta,
    );
    await deletePerson(ctx, (registry.persons[5] as Person).id, meta);
    const renamed = await staffPersons(ctx, { query: 'Testavich', page: 1, order: ORDERS.en });
    expect(renamed.rows.map((r) => r.id)).toEqual([a.id]);
    const seen = await compareAll();
    expect(seen.withQuery).toBeGreaterThan(1000);
  }, 120_000);
});
