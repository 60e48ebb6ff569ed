/**
 * Facilities and sources: the shared records that person events point to.
 * Writes are revisioned like persons.
 */
import { Facility, Source } from '../domain/record.js';
import { notFound, type AppContext } from './context.js';
import { newId, type ChangeMeta } from './persons.js';
import { parseOrThrow } from './validate.js';
import type { Repos } from './ports.js';

export async function listFacilities(ctx: AppContext): Promise<Facility[]> {
  return ctx.store.read((r) => r.facilities.list());
}

export async function getFacility(ctx: AppContext, id: string): Promise<Facility> {
  const facility = await ctx.store.read((r) => r.facilities.get(id));
  if (!facility) throw notFound('facility', id);
  return facility;
}

export async function listSources(ctx: AppContext): Promise<Source[]> {
  return ctx.store.read((r) => r.sources.list());
}

/** Writes a facility with a revision; the caller owns the transaction. Returns the revision id. */
export async function writeFacility(repos: Repos, facility: Facility, meta: ChangeMeta, at: string): Promise<number> {
  const revisionId = await repos.revisions.append({
    entityType: 'facility',
    entityId: facility.id,
    actor: meta.actor,
    note: meta.note ?? null,
    at,
    doc: facility,
  });
  await repos.facilities.save(facility, revisionId);
  await repos.meta.bumpDataVersion();
  return revisionId;
}

/** Writes a source with a revision; the caller owns the transaction. Returns the revision id. */
export async function writeSource(repos: Repos, source: Source, meta: ChangeMeta, at: string): Promise<number> {
  const revisionId = await repos.revisions.append({
    entityType: 'source',
    entityId: source.id,
    actor: meta.actor,
    note: meta.note ?? null,
    at,
    doc: source,
  });
  await repos.sources.save(source, revisionId);
  await repos.meta.bumpDataVersion();
  return revisionId;
}

/** Creates (no id or an unused id) or replaces a facility. */
export async function saveFacility(ctx: AppContext, input: unknown, meta: ChangeMeta): Promise<Facility> {
  const facility = parseOrThrow(Facility, { id: newId('f'), ...(input as object) }, 'facility');
  return ctx.store.write(async (repos) => {
    await writeFacility(repos, facility, meta, ctx.now().toISOString());
    return facility;
  });
}

/** Creates or replaces a source. */
export async function saveSource(ctx: AppContext, input: unknown, meta: ChangeMeta): Promise<Source> {
  const source = parseOrThrow(Source, { id: newId('s'), ...(input as object) }, 'source');
  return ctx.store.write(async (repos) => {
    await writeSource(repos, source, meta, ctx.now().toISOString());
    return source;
  });
}
