/**
 * Use cases behind the public website: the data of a person page, a facility page, an
 * article page, birthdays this month and upcoming releases. Everything leaves through
 * the public presenters (default deny); the page code never sees an internal field.
 *
 * Whole-registry indexes (who was ever held in a facility, birthdays, the sorted rows of
 * the status tabs and articles) and the figures pages show are parts of the read model
 * (`read-model/`): computed once per data version, kept while no record changes.
 */
import { timeServed } from '../domain/custody.js';
import { shownStatus, type ShownStatus } from '../domain/custody-state.js';
import { statedServedDiffering, type StatedServed } from '../domain/stated-served.js';
import { dayRange, dayToIso, isoToDay } from '../domain/partial-date.js';
import type { Article, Court, Event, Person } from '../domain/record.js';
import { projectedRelease, type ProjectedRelease } from '../domain/sentence.js';
import {
  presentPublicFacility,
  presentPublicPerson,
  presentPublicSource,
  type PublicPerson,
} from '../disclosure/public-person.js';
import type { AppContext } from './context.js';
import type { PublicListQuery, PersonSummaryRow, Repos } from './ports.js';
import { expected } from './releases.js';
import { hiddenFacility } from './list.js';
import {
  memoized,
  nameCardsFor,
  personEntries,
  publicListRows,
  publicNameMap,
  publicRowsById,
  publicTabRows,
  readPart,
  snapshotPosition,
  type ChangeSet,
  type NameCard,
  type Part,
} from './read-model/index.js';
import { facilityPeople, useFacilityPeople } from './read-model/facility-people.js';
import { Lru } from '../util/lru.js';

export { dataStamp, publicTabRows, type NameCard } from './read-model/index.js';
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
export function publicCatalog(ctx: AppContext) {
  return readPart(ctx, catalogPart);
}

/** The public catalogue, built from the reference records; kept while only people and digests change. */
const catalogPart = {
  name: 'catalog',
  audience: 'public',
  build: (ctx: AppContext) => ctx.store.read(readCatalog),
  carry: (old: Catalog, changes: ChangeSet) => (changes.only('person', 'digest') ? old : undefined),
} satisfies Part<Catalog>;

type Catalog = Awaited<ReturnType<typeof readCatalog>>;

async function readCatalog(r: Repos) {
  const [facilities, sources, articles, ratios, courts] = await Promise.all([
    r.facilities.list(),
    r.sources.list(),
    r.reference.articles(),
    r.reference.creditRatios(),
    r.reference.courts(),
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
    /** The court catalogue (reference data, public) by id. */
    courts: new Map(courts.map((c) => [c.id, c])) as ReadonlyMap<string, Court>,
  };
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
  const [names, position] = await Promise.all([publicNameMap(ctx), snapshotPosition(ctx)]);
  return personEntries(ctx, ids, (doc) => {
    const person = present(doc);
    names.setAt(doc.id, person?.names ?? null, position);
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
  /** The court catalogue by id (cases name courts by `courtId`). */
  courts: ReadonlyMap<string, Court>;
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
    courts: catalog.courts,
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

/** Public person ids ever placed in each facility (from event rows), from the read model. */
export async function placementIndex(ctx: AppContext): Promise<Map<string, string[]>> {
  return (await facilityPeople(ctx, 'placements')).byFacility;
}

/** Public person ids released from each facility (release events that name it), from the read model. */
export async function releaseIndex(ctx: AppContext): Promise<Map<string, string[]>> {
  return (await facilityPeople(ctx, 'releases')).byFacility;
}

/**
 * Takes the placements another thread read from the same data version (the static
 * mirror's render workers get them from the main thread), unless they are known here.
 */
export async function usePlacements(ctx: AppContext, placements: Map<string, string[]>): Promise<void> {
  await useFacilityPeople(ctx, 'placements', placements);
}

export interface FacilityPageData {
  facility: PublicFacility;
  /** Public people held there now. */
  current: NameCard[];
  /** Public people released from there (a release event names the facility), not held there now. */
  released: NameCard[];
  /** Public people held there before (not now, not released from there). */
  former: NameCard[];
}

/** A public facility with who is held there now and who was; null when unknown or not public. */
export async function facilityPageData(ctx: AppContext, id: string): Promise<FacilityPageData | null> {
  // The same facility is often asked for in its three languages in a row: keep the last one.
  const last = await readPart(ctx, lastFacility);
  let data = last.get(id);
  if (!data) {
    data = facilityPageDataNow(ctx, id);
    last.set(id, data);
    data.catch(() => last.delete(id));
  }
  return data;
}
const lastFacility: Part<Lru<string, Promise<FacilityPageData | null>>> = {
  name: 'last-facility-page',
  audience: 'public',
  build: async () => new Lru(1),
};

async function facilityPageDataNow(ctx: AppContext, id: string): Promise<FacilityPageData | null> {
  const { facilities } = await publicCatalog(ctx);
  const facility = facilities.get(id);
  if (!facility) return null;
  const releasedIds = new Set((await releaseIndex(ctx)).get(id));
  const everIds = new Set([...((await placementIndex(ctx)).get(id) ?? []), ...releasedIds]);
  // The public rows by name, as `list({ ids, audience: 'public', sort: 'name' })` gives them.
  const rows = (await publicTabRows(ctx)).filter((row) => everIds.has(row.id));
  const isNow = (row: PersonSummaryRow) => row.status === 'imprisoned' && row.currentFacilityId === id;
  const present = await presenter(ctx);
  const current = await nameCardsFor(ctx, rows.filter(isNow), present);
  const released = await nameCardsFor(
    ctx,
    rows.filter((row) => !isNow(row) && releasedIds.has(row.id)),
    present,
  );
  const former = await nameCardsFor(
    ctx,
    rows.filter((row) => !isNow(row) && !releasedIds.has(row.id)),
    present,
  );
  return { facility, current, released, former };
}

/**
 * Everyone public as a name card (public name forms and index row), by the registry's
 * name order: what the name index of the static mirror groups by surname.
 */
export async function publicNameCards(ctx: AppContext): Promise<NameCard[]> {
  return nameCardsFor(ctx, await publicTabRows(ctx), await presenter(ctx));
}

/** Name cards of the public people among `ids` (the others are left out). */
export async function publicNameCardsOf(ctx: AppContext, ids: readonly string[]): Promise<NameCard[]> {
  const rows = await publicRowsById(ctx);
  const found = ids.flatMap((id) => rows.get(id) ?? []);
  return nameCardsFor(ctx, found, await presenter(ctx));
}

/** Public facilities with how many public political prisoners each holds now. */
export async function facilityIndex(ctx: AppContext): Promise<Array<{ facility: PublicFacility; now: number }>> {
  const { facilities } = await publicCatalog(ctx);
  const counts = await memoized(ctx, 'public', 'facility-counts', async () => {
    const out = new Map<string, number>();
    for (const row of await publicTabRows(ctx, 'imprisoned'))
      if (row.currentFacilityId) out.set(row.currentFacilityId, (out.get(row.currentFacilityId) ?? 0) + 1);
    return out;
  });
  return [...facilities.values()].map((facility) => ({ facility, now: counts.get(facility.id) ?? 0 }));
}

// ---------------------------------------------------------------- letters and calendars

/** Public people whose projected release falls in [from, to], soonest first. */
export async function upcomingReleases(ctx: AppContext, from: string, to: string) {
  return memoized(ctx, 'public', `upcoming:${from}:${to}`, () => upcomingNow(ctx, from, to));
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
