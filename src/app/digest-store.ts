/**
 * What every digest use case shares: the reference data and checks a digest is drafted
 * and warned against, storing a digest as a revision, and one guarded change (the
 * revision the writer based it on checked, the result stored with fresh warnings and an
 * audit entry, all in one write transaction).
 *
 * @example
 * const digest = await changeDigest(ctx, id, { actor: 'ed@org', note: 'typo', baseRevisionId: 41 }, 'digest.edit',
 *   (d, _repos, now) => applyEdit(d, edit, now));
 */
import { Digest, digestWarnings, type DigestWarning, type NarrativeRefs } from '../domain/digest/index.js';
import type { CheckContext } from '../domain/checks.js';
import type { AuditAction, AuditDetail } from '../domain/audit.js';
import { fieldDiff } from '../domain/field-diff.js';
import type { Person } from '../domain/record.js';
import { RollcallError } from '../domain/errors.js';
import { notFound, todayIso, type AppContext } from './context.js';
import { checkContextOf } from './read-model/index.js';
import { recordAudit } from './audit.js';
import { revisionEtag } from './record-writes.js';
import type { ChangeMeta } from './persons.js';
import type { Repos } from './ports.js';

/**
 * Who changes a digest and why, and (through the write API) the revision the change was
 * based on: `undefined` for the CLI (no check), a number for an update (`If-Match`), null
 * for a create (the digest must not exist yet).
 */
export interface DigestChangeMeta extends ChangeMeta {
  baseRevisionId?: number | null | undefined;
}

export async function refsOf(repos: Repos): Promise<NarrativeRefs> {
  const [facilities, sources, articles] = await Promise.all([
    repos.facilities.list(),
    repos.sources.list(),
    repos.reference.articles(),
  ]);
  return {
    facilities: new Map(facilities.map((f) => [f.id, f])),
    sources: new Map(sources.map((s) => [s.id, s])),
    articles: articles.length > 0 ? articles : undefined,
  };
}

async function checkContext(repos: Repos, refs: NarrativeRefs, today: string): Promise<CheckContext> {
  return checkContextOf(refs, today, await repos.reference.creditRatios());
}

/** Current records of the digest's people, by id (deleted ones are absent). */
async function personsOf(repos: Repos, digest: Digest): Promise<Map<string, Person>> {
  const persons = await repos.persons.getMany(digest.entries.map((e) => e.personId));
  return new Map(persons.map((p) => [p.id, p]));
}

/** The checks' warnings for the people of a digest (their current records). */
export async function warningsFor(
  ctx: AppContext,
  repos: Repos,
  digest: Digest,
  refs?: NarrativeRefs,
  loaded?: readonly Person[],
): Promise<DigestWarning[]> {
  const r = refs ?? (await refsOf(repos));
  const known = new Map((loaded ?? []).map((p) => [p.id, p]));
  const persons = digest.entries.every((e) => known.has(e.personId)) ? known : await personsOf(repos, digest);
  return digestWarnings(digest, persons, await checkContext(repos, r, todayIso(ctx)));
}

/** Stores a digest as a new revision (validated); resolves to the revision id. */
export async function storeDigest(repos: Repos, digest: Digest, meta: ChangeMeta, at: string): Promise<number> {
  const checked = Digest.parse(digest);
  const revisionId = await repos.revisions.append({
    entityType: 'digest',
    entityId: checked.id,
    actor: meta.actor,
    note: meta.note ?? null,
    at,
    doc: checked,
  });
  await repos.digests.save(checked, revisionId);
  return revisionId;
}

/**
 * Refuses a change whose base is not the digest's latest revision: 409 `stale-revision`
 * with the current revision and, field by field, what changed since the base (`theirs`)
 * and what the writer's change would change (`yours`, from `proposed(base)` when given).
 * A null base means "create": 409 `exists` when the digest is there already.
 */
export async function checkDigestBase(
  repos: Repos,
  id: string,
  baseRevisionId: number | null | undefined,
  proposed?: (base: Digest) => Promise<Digest>,
): Promise<void> {
  if (baseRevisionId === undefined) return;
  const latest = await repos.revisions.latestFor('digest', id);
  if (baseRevisionId === null) {
    if (!latest) return;
    throw new RollcallError(
      'exists',
      `The digest ${id} exists already; open it, or regenerate it with If-Match: ${revisionEtag(latest.id)}.`,
      { current: { revisionId: latest.id, etag: revisionEtag(latest.id) } },
    );
  }
  if (!latest) throw notFound('digest', id);
  if (latest.id === baseRevisionId) return;
  const base = await repos.revisions.get(baseRevisionId);
  const baseDoc = base && base.entityType === 'digest' && base.entityId === id ? Digest.parse(base.doc) : undefined;
  const yours = baseDoc && proposed ? await proposed(baseDoc).catch(() => undefined) : undefined;
  throw new RollcallError(
    'stale-revision',
    `The digest ${id} changed since revision ${baseRevisionId} (now ${latest.id}, by ${latest.actor}); ` +
      `look at the differences, then send your change again with If-Match: ${revisionEtag(latest.id)}.`,
    {
      current: { revisionId: latest.id, etag: revisionEtag(latest.id), actor: latest.actor, at: latest.at },
      ...(baseDoc ? { theirs: fieldDiff(baseDoc, latest.doc) } : {}),
      ...(baseDoc && yours ? { yours: fieldDiff(baseDoc, yours) } : {}),
    },
  );
}

/** The audit entry of a digest change (its note shortened; extra details as given). */
export async function auditDigest(
  repos: Repos,
  action: AuditAction,
  meta: ChangeMeta,
  id: string,
  revisionId: number,
  at: string,
  details: Record<string, AuditDetail> = {},
): Promise<void> {
  const note: Record<string, AuditDetail> = meta.note ? { note: meta.note.slice(0, 200) } : {};
  await recordAudit(
    repos,
    { actor: meta.actor, action, resourceType: 'digest', resourceId: id, revisionId, details: { ...note, ...details } },
    at,
  );
}

export interface DigestChanged {
  digest: Digest;
  revisionId: number;
}

/**
 * Runs `fn` on the stored digest (after checking the base revision) and stores the result,
 * with fresh warnings, as a revision with an audit entry of `action`.
 */
export async function changeDigest(
  ctx: AppContext,
  id: string,
  meta: DigestChangeMeta,
  action: AuditAction,
  fn: (digest: Digest, repos: Repos, now: string) => Promise<Digest> | Digest,
  details?: (digest: Digest) => Record<string, AuditDetail>,
): Promise<DigestChanged> {
  return ctx.store.write(async (repos) => {
    const now = ctx.now().toISOString();
    await checkDigestBase(repos, id, meta.baseRevisionId, async (base) => fn(base, repos, now));
    const current = await repos.digests.get(id);
    if (!current) throw notFound('digest', id);
    const next = await fn(current, repos, now);
    const digest = { ...next, warnings: await warningsFor(ctx, repos, next) };
    const revisionId = await storeDigest(repos, digest, meta, now);
    await auditDigest(repos, action, meta, id, revisionId, now, details?.(digest));
    return { digest, revisionId };
  });
}
