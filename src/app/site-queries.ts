/**
 * Use cases behind the public website: the data of a person page, a facility page, an
 * article page, birthdays this month and upcoming releases. Everything leaves through
 * the public presenters (default deny); the page code never sees an internal field.
 *
 * Whole-registry indexes (who was ever held in a facility, birthdays, the sorted rows of
 * the status tabs and articles) and the figures pages show are computed once per data
 * version and kept until the next write (see `site-memo.ts`).
 */
import { timeServed } from '../domain/custody.js';
import { shownStatus, type ShownStatus } from '../domain/custody-state.js';
import { statedServedDiffering, type StatedServed } from '../domain/stated-served.js';
import { dayRange, dayToIso, isoToDay } from '../domain/partial-date.js';
import type { Article, Event, Person } from '../domain/record.js';
import { projectedRelease, type ProjectedRelease } from '../domain/sentence.js';
import {
  presentPublicFacility,
  presentPublicPerson,
  presentPublicSource,
  type PublicPerson,
} from '../http/presenters/public-person.js';
import type { AppContext } from './context.js';
import type { PublicListQuery, PersonSummaryRow, Store } from './ports.js';
import { expected } from './releases.js';
import { hiddenFacility } from './list.js';
import { publicListRows, publicRowsById, publicTabRows } from './site-lists.js';
import { dataVersion, memoized, personEntries, reading } from './site-memo.js';
import { nameCardsFor, publicNameMap, type NameCard } from './site-names.js';

export { dataStamp } from './site-memo.js';
export type { NameCard } from './site-names.js';
export { publicTabRows } from './site-lists.js';
export {
  articleIndex,
  articleSeries,
  compareArticles,
  publicFlows,
  siteCountSeries,
  siteReleasedIn,
  siteStats,
} from './site-figures.js';

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

// ---------------------------------------------------------------- shared catalogues

/** Public facilities and sources by id, and the article titles (reference data). */
export async function publicCatalog(ctx: AppContext) {
  return memoized(
    ctx,
    'catalog',
    reading(ctx, async (r) => {
      const [facilities, sources, articles, ratios] = await Promise.all([
        r.facilities.list(),
        r.sources.list(),
        r.reference.articles(),
        r.reference.creditRatios(),
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
      return {
        facilities: publicFacilities,
        sources: publicSources,
        sourceIds: new Set(publicSources.keys()) as ReadonlySet<string>,
        articles: articles as readonly Article[],
        ratios,
      };
    }),
  );
}

/** Cards for index rows, in the same order; people who are not public are left out. */
export async function cardsFor(ctx: AppContext, rows: readonly PersonSummaryRow[]): Promise<PersonCard[]> {
  const entries = await entriesFor(
    ctx,
    rows.map((row) => row.id),
  );
  return rows.flatMap((row) => {
    const person = entries.get(row.id)?.person;
    return person ? [{ person, row }] : [];
  });
}

async function entriesFor(ctx: AppContext, ids: readonly string[]) {
  const present = await presenter(ctx);
  const names = await publicNameMap(ctx);
  return personEntries(ctx, ids, (doc) => {
    const person = present(doc);
    names.set(doc.id, person?.names ?? null);
    return person;
  });
}

/** The public presenter with this data version's public sources and facilities. */
async function presenter(ctx: AppContext): Promise<(doc: Person) => PublicPerson | null> {
  const catalog = await publicCatalog(ctx);
  let present = presenters.get(catalog);
  if (!present) {
    const { sourceIds, facilities } = catalog;
    const facilityIds = new Set(facilities.keys());
    present = (doc) => presentPublicPerson(doc, sourceIds, facilityIds);
    presenters.set(catalog, present);
  }
  return present;
}
const presenters = new WeakMap<object, (doc: Person) => PublicPerson | null>();

/** A page of public people matching `query` as name cards (name lists: no whole records needed). */
export async function publicNamePage(ctx: AppContext, q: PublicListQuery) {
  if (await hiddenFacility(ctx, q)) return { total: 0, cards: [] };
  const found =
    (await publicListRows(ctx, q)) ??
    (await ctx.store.read(async (r) => ({ total: await r.persons.count(q), rows: await r.persons.list(q) })));
  return { total: found.total, cards: await nameCardsFor(ctx, found.rows, await presenter(ctx)) };
}

/** A page of public people matching `query` (always public only). */
export async function publicPersonPage(ctx: AppContext, q: PublicListQuery): Promise<CardPage> {
  if (await hiddenFacility(ctx, q)) return { total: 0, cards: [] };
  const found =
    (await publicListRows(ctx, q)) ??
    (await ctx.store.read(async (r) => ({ total: await r.persons.count(q), rows: await r.persons.list(q) })));
  return { total: found.total, cards: await cardsFor(ctx, found.rows) };
}

// ---------------------------------------------------------------- person page

export interface PersonPageData {
  person: PublicPerson;
  /** The status on today; `term_ended` for someone in custody by the record past the term's end. */
  status: ShownStatus;
  /** Time in custody over all periods, up to today for an ongoing one (from public events only). */
  served: ReturnType<typeof timeServed>;
  projected: ProjectedRelease | null;
  /** Stated times served that differ from what the dates allow (public events only). */
  statedServed: StatedServed[];
  currentFacility: PublicFacility | null;
  facilities: Map<string, PublicFacility>;
  sources: Map<string, PublicSource>;
  articles: readonly Article[];
}

/** Everything the person page shows, or null when there is no such public person. */
export async function personPageData(ctx: AppContext, id: string, today: string): Promise<PersonPageData | null> {
  const catalog = await publicCatalog(ctx);
  const row = (await publicRowsById(ctx)).get(id);
  if (!row) return null;
  const entry = (await entriesFor(ctx, [id])).get(id);
  const person = entry?.person;
  if (!entry || !person) return null;
  const found = { doc: entry.doc, row, ratios: catalog.ratios };
  const publicRecord = asPublicRecord(found.doc, person);
  const served = timeServed(publicRecord, today);
  const projected = found.row.status === 'imprisoned' ? projectedRelease(publicRecord, found.ratios) : null;
  const current = found.row.currentFacilityId ? (catalog.facilities.get(found.row.currentFacilityId) ?? null) : null;
  return {
    person,
    status: shownStatus(found.row.status, found.row.termEndMax, isoToDay(today)),
    served,
    projected,
    statedServed: statedServedDiffering(publicRecord),
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

/** Public person ids ever placed in each facility (from event rows), per data version. */
export async function placementIndex(ctx: AppContext): Promise<Map<string, string[]>> {
  return memoized(
    ctx,
    'placements',
    reading(ctx, async (r) => {
      const rows = await r.persons.events(PLACEMENT_KINDS, -1_000_000, 1_000_000, 'public');
      const sets = new Map<string, Set<string>>();
      for (const row of rows) {
        if (!row.facilityId) continue;
        const set = sets.get(row.facilityId) ?? new Set<string>();
        set.add(row.personId);
        sets.set(row.facilityId, set);
      }
      return new Map([...sets].map(([k, v]) => [k, [...v]]));
    }),
  );
}

/**
 * Takes the placements another thread read from the same data version (the static
 * mirror's render workers get them from the main thread), unless they are known here.
 */
export async function usePlacements(ctx: AppContext, placements: Map<string, string[]>): Promise<void> {
  await memoized(ctx, 'placements', () => Promise.resolve(placements));
}

export interface FacilityPageData {
  facility: PublicFacility;
  /** Public people held there now. */
  current: NameCard[];
  /** Public people held there before (not now). */
  former: NameCard[];
}

/** A public facility with who is held there now and who was; null when unknown or not public. */
export async function facilityPageData(ctx: AppContext, id: string): Promise<FacilityPageData | null> {
  // The same facility is often asked for in its three languages in a row: keep the last one.
  const key = `${await dataVersion(ctx)}:${id}`;
  let last = lastFacility.get(ctx.store);
  if (last?.key !== key) {
    last = { key, data: facilityPageDataNow(ctx, id) };
    lastFacility.set(ctx.store, last);
    last.data.catch(() => lastFacility.delete(ctx.store));
  }
  return last.data;
}
const lastFacility = new WeakMap<Store, { key: string; data: Promise<FacilityPageData | null> }>();

async function facilityPageDataNow(ctx: AppContext, id: string): Promise<FacilityPageData | null> {
  const { facilities } = await publicCatalog(ctx);
  const facility = facilities.get(id);
  if (!facility) return null;
  const everIds = new Set((await placementIndex(ctx)).get(id));
  // The public rows by name, as `list({ ids, audience: 'public', sort: 'name' })` gives them.
  const rows = (await publicTabRows(ctx)).filter((row) => everIds.has(row.id));
  const nowRows = rows.filter((row) => row.status === 'imprisoned' && row.currentFacilityId === id);
  const nowIds = new Set(nowRows.map((row) => row.id));
  const present = await presenter(ctx);
  const current = await nameCardsFor(ctx, nowRows, present);
  const former = await nameCardsFor(
    ctx,
    rows.filter((row) => !nowIds.has(row.id)),
    present,
  );
  return { facility, current, former };
}

/** Public facilities with how many public political prisoners each holds now. */
export async function facilityIndex(ctx: AppContext): Promise<Array<{ facility: PublicFacility; now: number }>> {
  const { facilities } = await publicCatalog(ctx);
  const counts = await memoized(
    ctx,
    'facility-counts',
    reading(ctx, async (r) => {
      const rows = await r.persons.list({ status: 'imprisoned', audience: 'public' });
      const out = new Map<string, number>();
      for (const row of rows)
        if (row.currentFacilityId) out.set(row.currentFacilityId, (out.get(row.currentFacilityId) ?? 0) + 1);
      return out;
    }),
  );
  return [...facilities.values()].map((facility) => ({ facility, now: counts.get(facility.id) ?? 0 }));
}

// ---------------------------------------------------------------- letters and calendars

/** Public people whose projected release falls in [from, to], soonest first. */
export async function upcomingReleases(ctx: AppContext, from: string, to: string) {
  return memoized(ctx, `upcoming:${from}:${to}`, () => upcomingNow(ctx, from, to));
}

async function upcomingNow(ctx: AppContext, from: string, to: string) {
  const result = await expected(ctx, from, to, 'public');
  const rows = await ctx.store.read((r) =>
    r.persons.list({ ids: result.entries.map((e) => e.personId), audience: 'public' }),
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
