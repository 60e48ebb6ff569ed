/**
 * Published material and later visibility changes: which published digests (and so the
 * Atom feeds, which carry them whole) still name or are about a person who is no longer
 * public (made internal, deleted, or the event, case or name form an entry rests on made
 * internal). A write that leaves such material behind gets a warning with the fix; `rollcall
 * check` lists every one; the public pages withhold those entries until the digest is
 * republished (`republishDigest`).
 *
 * @example
 * const exposures = await publishedExposures(ctx, { personIds: ['p-x'] });
 * // [{ digestId: 'd-releases-2024-01-en', …, entries: [{ personId: 'p-x', reasons: ['person-internal'] }] }]
 */
import {
  digestExposures,
  type HiddenCatalog,
  publicDigestView,
  type Digest,
  type EntryExposure,
  type PublicDigest,
} from '../domain/digest/index.js';
import type { Lang, Person } from '../domain/record.js';
import { notFound, type AppContext } from './context.js';
import type { Repos } from './ports.js';

/** A published digest with the entries that are no longer public. */
export interface PublishedExposure {
  digestId: string;
  kind: Digest['kind'];
  month: string;
  lang: Digest['lang'];
  publishedAt: string | null;
  entries: EntryExposure[];
}

/** A warning a write returns when published material still shows what it made non-public. */
export interface PublishedWarning {
  /** Stable: `published-exposure`. */
  code: 'published-exposure';
  personId: string;
  /** The published digests (each also in its language's Atom feed). */
  digests: string[];
  /** The command that republishes them without the person. */
  fix: string;
  message: string;
}

/**
 * Whether a record could be exposed by published material at all: false for a record
 * public through and through (then no digest needs reading).
 */
export function mayBeExposed(person: Person | null | undefined): boolean {
  if (!person) return true;
  if (person.visibility !== 'public') return true;
  const all = [...person.names, ...person.events, ...person.cases];
  return all.some((x) => x.visibility !== 'public');
}

/**
 * The exposures of every published digest (only of entries about `personIds` when given),
 * read inside the caller's transaction.
 */
export async function exposuresIn(repos: Repos, personIds?: readonly string[]): Promise<PublishedExposure[]> {
  const only = personIds ? new Set(personIds) : null;
  const digests = await repos.digests.getMany({ status: 'published' });
  const wanted = (d: Digest) => d.entries.filter((e) => !only || only.has(e.personId));
  const ids = [...new Set(digests.flatMap((d) => wanted(d).map((e) => e.personId)))];
  if (ids.length === 0) return [];
  const [people, hidden] = await Promise.all([repos.persons.getMany(ids), hiddenCatalog(repos)]);
  const persons = new Map(people.map((p) => [p.id, p]));
  const found: PublishedExposure[] = [];
  for (const digest of digests) {
    const entries = digestExposures({ ...digest, entries: wanted(digest) }, persons, hidden);
    if (entries.length === 0) continue;
    const { id: digestId, kind, month, lang, publishedAt } = digest;
    found.push({ digestId, kind, month, lang, publishedAt, entries });
  }
  return found.sort((a, b) => (a.digestId < b.digestId ? -1 : a.digestId > b.digestId ? 1 : 0));
}

/** The facilities and sources that are internal now (a published entry may name one). */
export async function hiddenCatalog(repos: Repos): Promise<HiddenCatalog> {
  const [facilities, sources] = await Promise.all([repos.facilities.list(), repos.sources.list()]);
  return {
    facilities: facilities.filter((f) => f.visibility !== 'public'),
    sources: sources.filter((s) => s.visibility !== 'public'),
  };
}

/**
 * In the caller's write: the warnings for a facility or source just made internal, one per
 * person whose published entry names it.
 */
export async function catalogWarnings(
  repos: Repos,
  record: { visibility?: string } | null,
): Promise<PublishedWarning[]> {
  if (record === null || record.visibility === 'public') return [];
  const exposures = await exposuresIn(repos);
  const named = exposures.flatMap((x) =>
    x.entries.filter((e) => e.reasons.some((r) => r === 'facility-internal' || r === 'source-internal')),
  );
  return [...new Set(named.map((e) => e.personId))].flatMap((id) => exposureWarnings(id, exposures));
}

/** {@link exposuresIn} in a read of its own. */
export async function publishedExposures(
  ctx: AppContext,
  opts: { personIds?: readonly string[] } = {},
): Promise<PublishedExposure[]> {
  return ctx.store.read((repos) => exposuresIn(repos, opts.personIds));
}

/** The command that republishes these digests without what they may no longer show. */
export function republishCommand(digestIds: readonly string[]): string {
  return `rollcall digest republish ${digestIds.join(' ')} --note "<why>"`;
}

/**
 * The warnings for a write that touched `personId`: one when published digests still show
 * the person (or an internal part of the record), none otherwise.
 */
export function exposureWarnings(personId: string, exposures: readonly PublishedExposure[]): PublishedWarning[] {
  const digests = exposures.filter((x) => x.entries.some((e) => e.personId === personId)).map((x) => x.digestId);
  if (digests.length === 0) return [];
  const reasons = [
    ...new Set(exposures.flatMap((x) => x.entries.filter((e) => e.personId === personId).flatMap((e) => e.reasons))),
  ];
  const fix = republishCommand(digests);
  return [
    {
      code: 'published-exposure',
      personId,
      digests,
      fix,
      message:
        `${personId} is in ${digests.length} published digest(s) and their Atom feeds (${digests.join(', ')}), ` +
        `which show what is no longer public (${reasons.join(', ')}). The public pages and feeds withhold the entry from now on; ` +
        `republish to correct the figures: ${fix}. Then mirror again into every mirror folder ` +
        "(rollcall mirror DIR) so the person's pages are removed there too.",
    },
  ];
}

/**
 * The warnings for a person just written in a transaction that did not compute them
 * (a restore, an approved proposal), in a read of its own.
 */
export async function personWarnings(ctx: AppContext, personId: string): Promise<PublishedWarning[]> {
  return exposureWarnings(personId, await publishedExposures(ctx, { personIds: [personId] }));
}

/** In the caller's write: the warnings for a person just written (or deleted when `person` is null). */
export async function writeWarnings(
  repos: Repos,
  personId: string,
  person: Person | null | undefined,
): Promise<PublishedWarning[]> {
  if (!mayBeExposed(person)) return [];
  return exposureWarnings(personId, await exposuresIn(repos, [personId]));
}

/**
 * Published digests in a language, newest publication first, as the public may see them
 * (for the site and the feed): entries about what is no longer public are withheld
 * (`publicDigestView`, `withheld` set) until the digest is republished.
 */
export async function publishedDigests(ctx: AppContext, lang: Lang): Promise<PublicDigest[]> {
  return ctx.store.read(async (r) => publicViews(r, await r.digests.getMany({ status: 'published', lang })));
}

/** A published digest as the public may see it (see {@link publishedDigests}), or `not-found` (drafts are never public). */
export async function publishedDigest(ctx: AppContext, id: string): Promise<PublicDigest> {
  return ctx.store.read(async (r) => {
    const digest = await r.digests.get(id);
    if (!digest || digest.status !== 'published') throw notFound('published digest', id);
    return (await publicViews(r, [digest]))[0]!;
  });
}

/** Every digest checked against the current records of its people (one read of them all). */
async function publicViews(repos: Repos, digests: readonly Digest[]): Promise<PublicDigest[]> {
  const ids = [...new Set(digests.flatMap((d) => d.entries.map((e) => e.personId)))];
  const [people, hidden] = await Promise.all([repos.persons.getMany(ids), hiddenCatalog(repos)]);
  const persons = new Map(people.map((p) => [p.id, p]));
  return digests.map((d) => publicDigestView(d, digestExposures(d, persons, hidden)));
}
