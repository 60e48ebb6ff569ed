/**
 * Republishing a published digest after the registry changed under it (a person made
 * internal or deleted, an event, case or name form made internal): the digest is
 * regenerated from the registry as it is now (three-way, so staff-written texts stay
 * where they show nothing that is no longer public), every exposed entry is replaced by
 * its freshly generated text or removed, and the result is published again as a new
 * revision. The earlier revision stays in the history (staff only); the public page and
 * the Atom feed show the new one with its correction date. Recorded in the audit log.
 *
 * @example
 * const { digest, removed } = await republishDigest(ctx, 'd-releases-2024-01-en', { actor: 'ed', note: 'p-x asked to be hidden' });
 */
import { withPublicFacts } from '../domain/project-person.js';
import {
  digestExposures,
  draftDigest as draftDocument,
  regenerate,
  type Digest,
  type DigestChange,
  type DigestEntry,
} from '../domain/digest/index.js';
import { monthDays } from '../domain/partial-date.js';
import { recordAudit } from './audit.js';
import { notFound, type AppContext } from './context.js';
import { RollcallError } from '../domain/errors.js';
import { EVENT_OF_KIND } from './read-model/index.js';
import { checkDigestBase, refsOf, storeDigest, warningsFor, type DigestChangeMeta } from './digest-store.js';
import { countAt } from './figures.js';

export interface RepublishResult {
  digest: Digest;
  /** People whose entries were taken out (no longer public, or gone from the month's data). */
  removed: string[];
  /** People whose edited entries were replaced by the generated text (the edit showed what is no longer public). */
  regenerated: string[];
  /** The revision stored. */
  revisionId: number;
}

/**
 * Republishes the published digest `id` (see the module comment). `meta.note` (why) is
 * required: it goes into the history and the audit log, never onto the public page.
 * Throws `not-found`, `not-published` (409) and `note-required`.
 */
export async function republishDigest(ctx: AppContext, id: string, meta: DigestChangeMeta): Promise<RepublishResult> {
  const note = meta.note?.trim();
  if (!note) {
    throw new RollcallError(
      'note-required',
      'Say why the digest is republished (--note "…"); the note goes into the history and the audit log, not onto the public page.',
    );
  }
  const before = await ctx.store.read((r) => r.digests.get(id));
  if (!before) throw notFound('digest', id);
  // The "now" figure stays counted on the day the digest counted it, without who is no longer public.
  const imprisonedNow =
    before.figures.imprisonedNow === null ? null : (await countAt(ctx, before.figures.asOf, 'public')).certain;
  return ctx.store.write(async (repos) => {
    await checkDigestBase(repos, id, meta.baseRevisionId);
    const current = await repos.digests.get(id);
    if (!current) throw notFound('digest', id);
    if (current.status !== 'published') {
      throw new RollcallError('not-published', `The digest ${id} is not published; publish it with "digest publish".`);
    }
    const now = ctx.now().toISOString();
    const [fromDay, toDay] = monthDays(current.month);
    const ids = await repos.persons.idsWithEvent(EVENT_OF_KIND[current.kind], fromDay, toDay);
    const [candidates, refs] = await Promise.all([repos.persons.getMany(ids), refsOf(repos)]);
    const fresh = draftDocument({
      kind: current.kind,
      month: current.month,
      lang: current.lang,
      persons: candidates.map(withPublicFacts),
      refs,
      imprisonedNow,
      asOf: current.figures.asOf,
      now,
    });
    const merged = regenerate(current, fresh, now);
    const people = new Map((await repos.persons.getMany(merged.entries.map((e) => e.personId))).map((p) => [p.id, p]));
    const hidden = {
      facilities: [...refs.facilities.values()].filter((f) => f.visibility !== 'public'),
      sources: [...refs.sources.values()].filter((s) => s.visibility !== 'public'),
    };
    const corrected = withoutExposed(merged, fresh, digestExposures(merged, people, hidden));
    const next: Digest = {
      ...corrected.digest,
      status: 'published',
      publishedAt: current.publishedAt,
      republishedAt: now,
      updatedAt: now,
      acknowledged: current.acknowledged,
    };
    const digest = { ...next, warnings: await warningsFor(ctx, repos, next, refs, [...people.values()]) };
    const removed = current.entries.map((e) => e.personId).filter((p) => !digest.entries.some((e) => e.personId === p));
    const revisionId = await storeDigest(repos, digest, { actor: meta.actor, note }, now);
    await recordAudit(
      repos,
      {
        actor: meta.actor,
        action: 'digest.republish',
        resourceType: 'digest',
        resourceId: id,
        revisionId,
        details: { note: note.slice(0, 200), removed, regenerated: corrected.regenerated },
      },
      now,
    );
    return { digest, removed, regenerated: corrected.regenerated, revisionId };
  });
}

/** The merged digest with every exposed entry replaced by its fresh text, or removed when the month has none. */
function withoutExposed(
  merged: Digest,
  fresh: Digest,
  exposed: ReturnType<typeof digestExposures>,
): { digest: Digest; regenerated: string[] } {
  if (exposed.length === 0) return { digest: merged, regenerated: [] };
  const why = new Map(exposed.map((x) => [x.personId, x.reasons.join(', ')]));
  const freshOf = new Map(fresh.entries.map((e) => [e.personId, e]));
  const changes: DigestChange[] = [...merged.changes];
  const regenerated: string[] = [];
  const entries: DigestEntry[] = [];
  for (const entry of merged.entries) {
    const reasons = why.get(entry.personId);
    if (reasons === undefined) {
      entries.push(entry);
      continue;
    }
    const replacement = freshOf.get(entry.personId);
    const change = (kind: DigestChange['kind'], what: string): DigestChange => ({
      kind,
      field: 'entry',
      personId: entry.personId,
      before: entry.heading,
      ...(replacement && kind === 'updated' ? { after: replacement.heading } : {}),
      message: `${entry.personId} ${what} (${reasons}).`,
    });
    if (replacement && replacement !== entry) {
      entries.push(replacement);
      regenerated.push(entry.personId);
      changes.push(change('updated', 'showed what is no longer public: regenerated; the edit is kept in the history'));
    } else {
      changes.push(change('removed', 'is no longer public: removed; the earlier text is kept in the history'));
    }
  }
  return { digest: { ...merged, entries, changes }, regenerated };
}
