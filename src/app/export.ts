/**
 * Export the registry as JSON (the whole registry, importable, one record per
 * line) or CSV (one row per person). Streams in pages: memory stays flat
 * whatever the registry's size. For the `public` audience, records pass through
 * the public presenters first (the open-data download).
 */
import { Facility as FacilitySchema, Person as PersonSchema, Source as SourceSchema } from '../domain/record.js';
import type { Facility, Person, Source } from '../domain/record.js';
import { personsToCsv } from '../exchange/csv.js';
import { jsonChunksAsync } from '../exchange/json.js';
import {
  isPublic,
  presentPublicFacility,
  presentPublicPerson,
  presentPublicSource,
  publicIds,
} from '../disclosure/public-person.js';
import type { AppContext } from './context.js';
import type { Repos } from './ports.js';
import type { Audience } from '../domain/access.js';

export interface ExportOptions {
  format: 'json' | 'csv';
  /** Who reads: `public` exports only what the public presenters let out. */
  audience: Audience;
}

type Sink = (chunk: string) => Promise<void> | void;
/** Persons per keyset page (small: a page's records are alive together in CSV exports and `personPages`). */
const PAGE = 250;

/**
 * Writes the registry to `write`, chunk by chunk; `write` is called again only
 * after the promise of its previous call has settled.
 */
export async function exportRegistry(ctx: AppContext, opts: ExportOptions, write: Sink): Promise<void> {
  const out = overlapped(write);
  await ctx.store.read(async (repos) => {
    const facilities = await repos.facilities.list();
    const sources = await repos.sources.list();
    if (opts.format === 'csv') await exportCsv(repos, facilities, sources, opts, out.write);
    else await exportJson(repos, facilities, sources, opts, out.write);
    await out.flush();
  });
}

/**
 * A sink that returns as soon as the previous chunk is written, so the next chunk
 * is prepared while this one is being written (one chunk in flight, never more).
 */
export function overlapped(write: Sink): { write: (chunk: string) => Promise<void>; flush: () => Promise<void> } {
  let pending: Promise<void> = Promise.resolve();
  return {
    async write(chunk) {
      await pending;
      pending = Promise.resolve(write(chunk));
      pending.catch(() => {}); // observed by the next write or flush; not unhandled meanwhile
    },
    flush: () => pending,
  };
}

async function exportJson(repos: Repos, facilities: Facility[], sources: Source[], opts: ExportOptions, write: Sink) {
  const pub = opts.audience === 'public';
  const publicSources = publicIds(sources);
  const publicFacilities = publicIds(facilities);
  const chunks = jsonChunksAsync(
    {
      articles: await repos.reference.articles(),
      creditRatios: await repos.reference.creditRatios(),
      // The court catalogue is public reference data (courts have no visibility): both audiences get it whole.
      courts: await repos.reference.courts(),
      facilities: pub ? parsedViews(facilities.map(presentPublicFacility), FacilitySchema) : facilities,
      sources: pub ? parsedViews(sources.map(presentPublicSource), SourceSchema) : sources,
      persons: personsOf(repos, pub ? (p) => publicRecord(p, publicSources, publicFacilities) : (p) => p),
    },
    { namesMayBeWithheld: pub },
  );
  for await (const chunk of chunks) await write(chunk);
}

/** The views the presenter let out (non-null), parsed back into records. */
function parsedViews<T>(views: ReadonlyArray<object | null>, schema: { parse(v: unknown): T }): T[] {
  return views.filter((v): v is object => v !== null).map((v) => schema.parse(v));
}

/**
 * The public view of a person as a record: the presenter decides what is public, then the
 * schema fills visibility defaults back in.
 *
 * A public person none of whose name forms is public is published as the site shows them:
 * under their id, with `names: []` (the name is withheld). The exchange schema asks for a
 * name form, so such a record is checked with a stand-in name that is then removed; the
 * record is not importable as it stands (docs/exchange-format.md, "Public downloads").
 */
export function publicRecord(
  p: Person,
  publicSources: ReadonlySet<string>,
  publicFacilities: ReadonlySet<string>,
): Person | null {
  const view = presentPublicPerson(p, publicSources, publicFacilities);
  if (!view) return null;
  if (view.names.length > 0) return PersonSchema.parse(view);
  return { ...PersonSchema.parse({ ...view, names: [WITHHELD_NAME] }), names: [] };
}

const WITHHELD_NAME = { family: '-', given: '-', system: 'latn' } as const;

/** Every person in id order, mapped; each record is parsed only when reached, so one page of text is held at a time. */
async function* personsOf(repos: Repos, map: (p: Person) => Person | null): AsyncGenerator<Person> {
  for (let after: string | null = null; ;) {
    const page = await repos.persons.scan(after, PAGE);
    if (page.lastId === null) return;
    for (const p of page.persons) {
      const out = map(p);
      if (out) yield out;
    }
    after = page.lastId;
  }
}

async function exportCsv(repos: Repos, facilities: Facility[], _sources: Source[], opts: ExportOptions, write: Sink) {
  let header = true;
  await forEachPersonPage(repos, async (persons) => {
    const visible = opts.audience === 'public' ? persons.filter(isPublic) : persons;
    await write(personsToCsv(visible, facilities, { header, audience: opts.audience }));
    header = false;
  });
  if (header) await write(personsToCsv([], facilities, { header: true, audience: opts.audience }));
}

/** Persons in id order, a page at a time. */
export async function* personPages(repos: Repos): AsyncGenerator<Person[]> {
  for (let after: string | null = null; ;) {
    const page = await repos.persons.scan(after, PAGE);
    if (page.lastId === null) return;
    yield [...page.persons];
    after = page.lastId;
  }
}

/** Calls `fn` with persons in id order, a page at a time. */
export async function forEachPersonPage(repos: Repos, fn: (persons: Person[]) => Promise<void>): Promise<void> {
  for await (const page of personPages(repos)) await fn(page);
}
