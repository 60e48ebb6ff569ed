/**
 * Use cases behind the public website: the data of a person page, a facility page, an
 * article page, birthdays this month and upcoming releases. Everything leaves through
 * the public presenters (default deny); the page code never sees an internal field.
 *
 * Whole-registry indexes (who was ever held in a facility, birthdays) are computed once
 * per data version and kept until the next write.
 */
import { timeServed } from '../domain/custody.js';
import { monthlyFlows, monthlySeries, type MonthlyFlow } from '../domain/figures.js';
import { dayRange, dayToIso, isoToDay, monthDays } from '../domain/partial-date.js';
import type { PersonStatus } from '../domain/projection.js';
import type { Article, Event, Person } from '../domain/record.js';
import { projectedRelease, type ProjectedRelease } from '../domain/sentence.js';
import {
  presentPublicFacility,
  presentPublicPerson,
  presentPublicSource,
  type PublicPerson,
} from '../http/presenters/public-person.js';
import type { AppContext } from './context.js';
import { loadSubjects, parseMonth } from './figures.js';
import type { PersonListQuery, PersonSummaryRow, Repos, Store } from './ports.js';
import { expected } from './releases.js';

export type PublicFacility = NonNullable<ReturnType<typeof presentPublicFacility>>;
export type PublicSource = NonNullable<ReturnType<typeof presentPublicSource>>;

/** A person as lists show them: the public view plus the index row. */
export interface PersonCard {
  person: PublicPerson;
  row: PersonSummaryRow;
}

/** A page of cards and the total behind it. */
export interface CardPage {
  total: number;
  cards: PersonCard[];
}

// ---------------------------------------------------------------- data version memo

interface Memo {
  version: number;
  firstSeen: Date;
  values: Map<string, Promise<unknown>>;
}
const memos = new WeakMap<Store, Memo>();

/** The current data version and when this process first saw it (an upper bound of the last write). */
export async function dataStamp(ctx: AppContext): Promise<{ version: number; lastModified: Date }> {
  const version = await ctx.store.read((r) => r.meta.dataVersion());
  const memo = memoFor(ctx, version);
  return { version, lastModified: memo.firstSeen };
}

function memoFor(ctx: AppContext, version: number): Memo {
  let memo = memos.get(ctx.store);
  if (!memo || memo.version !== version) {
    memo = { version, firstSeen: new Date(Math.floor(ctx.now().getTime() / 1000) * 1000), values: new Map() };
    memos.set(ctx.store, memo);
  }
  return memo;
}

/** Computes `fn` once per data version (and key). */
async function memoized<T>(ctx: AppContext, key: string, fn: (repos: Repos) => Promise<T>): Promise<T> {
  const version = await ctx.store.read((r) => r.meta.dataVersion());
  const memo = memoFor(ctx, version);
  let value = memo.values.get(key) as Promise<T> | undefined;
  if (!value) {
    value = ctx.store.read(fn);
    memo.values.set(key, value);
    value.catch(() => memo.values.delete(key));
  }
  return value;
}

// ---------------------------------------------------------------- shared catalogues

/** Public facilities and sources by id, and the article titles (reference data). */
export async function publicCatalog(ctx: AppContext) {
  return memoized(ctx, 'catalog', async (r) => {
    const [facilities, sources, articles] = await Promise.all([
      r.facilities.list(),
      r.sources.list(),
      r.reference.articles(),
    ]);
    const publicFacilities = new Map<string, PublicFacility>();
    for (const f of facilities) {
      const view = presentPublicFacility(f);
      if (view) publicFacilities.set(f.id, view);
    }
    const publicSources = new Map<string, PublicSource>();
    for (const s of sources) {
      const view = presentPublicSource(s);
      if (view) publicSources.set(s.id, view);
    }
    return { facilities: publicFacilities, sources: publicSources, articles: articles as readonly Article[] };
  });
}

/** Cards for index rows, in the same order; people who are not public are left out. */
export async function cardsFor(ctx: AppContext, rows: readonly PersonSummaryRow[]): Promise<PersonCard[]> {
  const { sources } = await publicCatalog(ctx);
  const sourceIds = new Set(sources.keys());
  const persons = await ctx.store.read((r) => r.persons.getMany(rows.map((row) => row.id)));
  const byId = new Map(persons.map((p) => [p.id, p]));
  return rows.flatMap((row) => {
    const doc = byId.get(row.id);
    const person = doc ? presentPublicPerson(doc, sourceIds) : null;
    return person ? [{ person, row }] : [];
  });
}

/** A page of public people matching `query` (always public only). */
export async function publicPersonPage(ctx: AppContext, query: PersonListQuery): Promise<CardPage> {
  const q = { ...query, publicOnly: true };
  const { total, rows } = await ctx.store.read(async (r) => ({
    total: await r.persons.count(q),
    rows: await r.persons.list(q),
  }));
  return { total, cards: await cardsFor(ctx, rows) };
}

// ---------------------------------------------------------------- person page

export interface PersonPageData {
  person: PublicPerson;
  status: PersonStatus;
  /** Time in custody over all periods, up to today for an ongoing one (from public events only). */
  served: ReturnType<typeof timeServed>;
  projected: ProjectedRelease | null;
  currentFacility: PublicFacility | null;
  facilities: Map<string, PublicFacility>;
  sources: Map<string, PublicSource>;
  articles: readonly Article[];
}

/** Everything the person page shows, or null when there is no such public person. */
export async function personPageData(ctx: AppContext, id: string, today: string): Promise<PersonPageData | null> {
  const catalog = await publicCatalog(ctx);
  const found = await ctx.store.read(async (r) => {
    const doc = await r.persons.get(id);
    const [row] = await r.persons.list({ ids: [id], publicOnly: true, limit: 1 });
    return { doc, row, ratios: await r.reference.creditRatios() };
  });
  if (!found.doc || !found.row) return null;
  const person = presentPublicPerson(found.doc, new Set(catalog.sources.keys()));
  if (!person) return null;
  const publicRecord = asPublicRecord(found.doc, person);
  const served = timeServed(publicRecord, today);
  const projected = found.row.status === 'imprisoned' ? projectedRelease(publicRecord, found.ratios) : null;
  const current = found.row.currentFacilityId ? (catalog.facilities.get(found.row.currentFacilityId) ?? null) : null;
  return {
    person,
    status: found.row.status,
    served,
    projected,
    currentFacility: current,
    facilities: catalog.facilities,
    sources: catalog.sources,
    articles: catalog.articles,
  };
}

/** The record reduced to its public cases and events, for domain functions (time served, projected release). */
function asPublicRecord(doc: Person, view: PublicPerson): Person {
  const eventIds = new Set(view.events.map((e) => e.id));
  const caseIds = new Set(view.cases.map((c) => c.id));
  return {
    ...doc,
    events: doc.events.filter((e: Event) => eventIds.has(e.id)),
    cases: doc.cases.filter((c) => caseIds.has(c.id)),
  };
}

// ---------------------------------------------------------------- facilities

const PLACEMENT_KINDS = ['detention', 'administrative_arrest', 're_detention', 'pretrial_placement', 'transfer'];

/** Person ids ever placed in each facility (from event rows), per data version. */
async function placementIndex(ctx: AppContext): Promise<Map<string, string[]>> {
  return memoized(ctx, 'placements', async (r) => {
    const rows = await r.persons.events(PLACEMENT_KINDS, -1_000_000, 1_000_000);
    const sets = new Map<string, Set<string>>();
    for (const row of rows) {
      if (!row.facilityId) continue;
      const set = sets.get(row.facilityId) ?? new Set<string>();
      set.add(row.personId);
      sets.set(row.facilityId, set);
    }
    return new Map([...sets].map(([k, v]) => [k, [...v]]));
  });
}

export interface FacilityPageData {
  facility: PublicFacility;
  /** Public people held there now. */
  current: PersonCard[];
  /** Public people held there before (not now). */
  former: PersonCard[];
}

/** A public facility with who is held there now and who was; null when unknown or not public. */
export async function facilityPageData(ctx: AppContext, id: string): Promise<FacilityPageData | null> {
  const { facilities } = await publicCatalog(ctx);
  const facility = facilities.get(id);
  if (!facility) return null;
  const everIds = (await placementIndex(ctx)).get(id) ?? [];
  const rows = await ctx.store.read((r) => r.persons.list({ ids: everIds, publicOnly: true, sort: 'name' }));
  const nowRows = rows.filter((row) => row.status === 'imprisoned' && row.currentFacilityId === id);
  const nowIds = new Set(nowRows.map((row) => row.id));
  const [current, former] = await Promise.all([
    cardsFor(ctx, nowRows),
    cardsFor(
      ctx,
      rows.filter((row) => !nowIds.has(row.id)),
    ),
  ]);
  return { facility, current, former };
}

/** Public facilities with how many public political prisoners each holds now. */
export async function facilityIndex(ctx: AppContext): Promise<Array<{ facility: PublicFacility; now: number }>> {
  const { facilities } = await publicCatalog(ctx);
  const counts = await memoized(ctx, 'facility-counts', async (r) => {
    const rows = await r.persons.list({ status: 'imprisoned', publicOnly: true });
    const out = new Map<string, number>();
    for (const row of rows)
      if (row.currentFacilityId) out.set(row.currentFacilityId, (out.get(row.currentFacilityId) ?? 0) + 1);
    return out;
  });
  return [...facilities.values()].map((facility) => ({ facility, now: counts.get(facility.id) ?? 0 }));
}

// ---------------------------------------------------------------- articles

/** Monthly counts (end of month, or today) of public political prisoners charged under `code`. */
export async function articleSeries(ctx: AppContext, code: string, fromMonth: string, today: string) {
  const subjects = (await loadSubjects(ctx, { publicOnly: true })).filter((s) => s.articles.includes(code));
  return monthlySeries(subjects, fromMonth, today.slice(0, 7), { capDay: isoToDay(today) }).map((m) => ({
    date: dayToIso(m.day),
    count: m.certain,
  }));
}

/** Article codes that appear in charges of public people, with how many people each. */
export async function articleIndex(ctx: AppContext): Promise<Array<{ code: string; persons: number }>> {
  const subjects = await loadSubjects(ctx, { publicOnly: true });
  const counts = new Map<string, number>();
  for (const s of subjects) for (const code of new Set(s.articles)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, persons]) => ({ code, persons })).sort((a, b) => compareArticles(a.code, b.code));
}

/** Orders "130" < "293" < "361" < "361-1" < "361-4" < "411". */
export function compareArticles(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('-').map(Number);
  const [b1 = 0, b2 = 0] = b.split('-').map(Number);
  return a1 - b1 || a2 - b2;
}

// ---------------------------------------------------------------- letters and calendars

/** Public people in custody now whose public date of birth falls in `month` (`MM`), by day. */
export async function birthdaysInMonth(
  ctx: AppContext,
  month: number,
): Promise<Array<PersonCard & { day: number | null }>> {
  const all = await memoized(ctx, 'imprisoned-cards', async (r) =>
    r.persons.list({ status: 'imprisoned', publicOnly: true, sort: 'name' }),
  );
  const cards = await cardsFor(ctx, all);
  const out: Array<PersonCard & { day: number | null }> = [];
  for (const card of cards) {
    const birth = card.person.birthDate;
    if (!birth || birth.startsWith('~') || birth.length < 7) continue;
    if (Number(birth.slice(5, 7)) !== month) continue;
    out.push({ ...card, day: birth.length === 10 ? Number(birth.slice(8, 10)) : null });
  }
  return out.sort((a, b) => (a.day ?? 99) - (b.day ?? 99));
}

/** Public people whose projected release falls in [from, to], soonest first. */
export async function upcomingReleases(ctx: AppContext, from: string, to: string) {
  const result = await expected(ctx, from, to, { publicOnly: true });
  const rows = await ctx.store.read((r) =>
    r.persons.list({ ids: result.entries.map((e) => e.personId), publicOnly: true }),
  );
  const cards = new Map((await cardsFor(ctx, rows)).map((c) => [c.person.id, c]));
  return result.entries.flatMap((entry) => {
    const card = cards.get(entry.personId);
    return card ? [{ ...card, date: entry.date, min: entry.min, max: entry.max }] : [];
  });
}

/** The first day of a partial date as ISO, for sorting. */
export function partialDateStart(date: string): string {
  return dayToIso(dayRange(date)[0]);
}

// ---------------------------------------------------------------- flows

/**
 * Monthly flows counting public people only (`flows` in `figures.ts` counts everyone).
 * Earlier custody events are loaded too, as there: a re-detention is new only after a release.
 */
export async function publicFlows(ctx: AppContext, fromMonth: string, toMonth: string): Promise<MonthlyFlow[]> {
  const [fromDay] = monthDays(parseMonth(fromMonth, 'start month'));
  const [, toDay] = monthDays(parseMonth(toMonth, 'end month'));
  const publicIds = new Set((await loadSubjects(ctx, { publicOnly: true })).map((s) => s.personId));
  const custody = ['detention', 'administrative_arrest', 're_detention', 'release'];
  const kinds = ['recognition', ...custody, 'verdict'];
  const events = await ctx.store.read(async (r) => [
    ...(await r.persons.events(custody, -1_000_000, fromDay - 1)),
    ...(await r.persons.events(kinds, fromDay, toDay)),
  ]);
  return monthlyFlows(
    events.filter((e) => publicIds.has(e.personId)),
    fromMonth,
    toMonth,
  );
}
