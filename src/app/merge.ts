/**
 * Merging duplicate persons, and undoing a merge. A merge runs in one write: both records
 * are checked against the revisions the caller based the merge on (a stale one is refused,
 * 409 `stale-revision`, as every write is); the survivor gets the merged record as a new
 * revision, the merged-away person is deleted (a revision too, so both histories stay), a
 * redirect leads from the old id to the survivor, and both changes are audited. An undo
 * writes the two records as they were before the merge as new revisions and removes the
 * redirect; it is refused once either record changed after the merge (undo a later merge
 * of the survivor first).
 *
 * @example
 * const res = await mergePersonsInto(ctx, {
 *   intoId: 'p-1', fromId: 'p-2', intoBaseRevisionId: 41, fromBaseRevisionId: 12,
 *   choices: { birthDate: 'from' }, actor: 'ed@org',
 * });
 * await undoMerge(ctx, { mergeId: res.mergeId, actor: 'ed@org' });
 */
import { mergePersons, type MergeChoices } from '../domain/merge.js';
import { Person } from '../domain/record.js';
import { RollcallError } from '../domain/errors.js';
import { notFound, type AppContext } from './context.js';
import { recordAudit } from './audit.js';
import { writePerson } from './persons.js';
import { applyRecord, checkBase, revisionEtag } from './record-writes.js';
import { parseStrict } from './strict-input.js';
import { writeWarnings, type PublishedWarning } from './published.js';
import type { PersonMerge, Repos } from './ports.js';

export interface MergeCommand {
  /** The survivor: keeps its id. */
  intoId: string;
  /** The duplicate: deleted, its id redirects to the survivor. */
  fromId: string;
  intoBaseRevisionId: number;
  fromBaseRevisionId: number;
  choices?: MergeChoices | undefined;
  actor: string;
  note?: string | undefined;
}

export interface MergeResult {
  mergeId: number;
  /** The survivor's new revision and its record. */
  revisionId: number;
  etag: string;
  record: Person;
  /** The deletion revision of the merged-away person. */
  fromRevisionId: number;
  warnings: PublishedWarning[];
}

export async function mergePersonsInto(ctx: AppContext, cmd: MergeCommand): Promise<MergeResult> {
  if (cmd.intoId === cmd.fromId) {
    throw new RollcallError('invalid-input', `A person cannot be merged into itself (${cmd.intoId}).`);
  }
  return ctx.store.write(async (repos) => {
    const at = ctx.now().toISOString();
    const into = await checkBase(repos, 'person', cmd.intoId, cmd.intoBaseRevisionId, null);
    const from = await checkBase(repos, 'person', cmd.fromId, cmd.fromBaseRevisionId, null);
    const merged = parseStrict(
      Person,
      mergePersons(Person.parse(into?.doc), Person.parse(from?.doc), cmd.choices ?? {}),
      'merged person',
    );
    const note = `merged ${cmd.fromId} into ${cmd.intoId}${cmd.note ? `: ${cmd.note}` : ''}`;
    const meta = { actor: cmd.actor, note };
    const revisionId = await writePerson(repos, merged, meta, at);
    const fromRevisionId = await applyRecord(repos, 'person', cmd.fromId, null, meta, at);
    // The survivor exists, so a redirect left from its id by an earlier merge no longer applies.
    await repos.links.removeRedirect(cmd.intoId);
    await repos.links.addRedirect({
      fromId: cmd.fromId,
      toId: cmd.intoId,
      at,
      actor: cmd.actor,
      fromRevisionId,
      toRevisionId: revisionId,
    });
    const mergeId = await repos.merges.add({
      fromId: cmd.fromId,
      toId: cmd.intoId,
      at,
      actor: cmd.actor,
      note: cmd.note ?? null,
      fromBaseRevisionId: cmd.fromBaseRevisionId,
      toBaseRevisionId: cmd.intoBaseRevisionId,
      fromRevisionId,
      toRevisionId: revisionId,
    });
    await auditBoth(repos, 'record.merge', cmd.actor, { mergeId, fromId: cmd.fromId, toId: cmd.intoId }, at, {
      from: fromRevisionId,
      to: revisionId,
    });
    const warnings = [
      ...(await writeWarnings(repos, cmd.intoId, merged)),
      ...(await writeWarnings(repos, cmd.fromId, null)),
    ];
    return { mergeId, revisionId, etag: revisionEtag(revisionId), record: merged, fromRevisionId, warnings };
  });
}

export interface UndoResult {
  mergeId: number;
  /** The new revisions of both persons, as they were before the merge. */
  intoRevisionId: number;
  fromRevisionId: number;
  warnings: PublishedWarning[];
}

export async function undoMerge(
  ctx: AppContext,
  cmd: { mergeId: number; actor: string; note?: string | undefined },
): Promise<UndoResult> {
  return ctx.store.write(async (repos) => {
    const at = ctx.now().toISOString();
    const merge = await repos.merges.get(cmd.mergeId);
    if (!merge) throw notFound('merge', String(cmd.mergeId));
    if (merge.undone) {
      throw new RollcallError('conflict', `Merge ${merge.id} was undone already (by ${merge.undone.actor}).`);
    }
    await checkUnchanged(repos, merge, merge.toId, merge.toRevisionId);
    await checkUnchanged(repos, merge, merge.fromId, merge.fromRevisionId);
    const [intoBefore, fromBefore] = await Promise.all([
      repos.revisions.get(merge.toBaseRevisionId),
      repos.revisions.get(merge.fromBaseRevisionId),
    ]);
    const intoDoc = Person.parse(intoBefore?.doc);
    const fromDoc = Person.parse(fromBefore?.doc);
    const note = `undid merge of ${merge.fromId} into ${merge.toId}${cmd.note ? `: ${cmd.note}` : ''}`;
    const meta = { actor: cmd.actor, note };
    const intoRevisionId = await writePerson(repos, intoDoc, meta, at);
    const fromRevisionId = await writePerson(repos, fromDoc, meta, at);
    await repos.links.removeRedirect(merge.fromId);
    await repos.merges.markUndone(merge.id, { at, actor: cmd.actor, fromRevisionId, toRevisionId: intoRevisionId });
    await auditBoth(
      repos,
      'record.unmerge',
      cmd.actor,
      { mergeId: merge.id, fromId: merge.fromId, toId: merge.toId },
      at,
      {
        from: fromRevisionId,
        to: intoRevisionId,
      },
    );
    const warnings = [
      ...(await writeWarnings(repos, merge.toId, intoDoc)),
      ...(await writeWarnings(repos, merge.fromId, fromDoc)),
    ];
    return { mergeId: merge.id, intoRevisionId, fromRevisionId, warnings };
  });
}

/** The merges, newest first (staff read). */
export async function listMerges(
  ctx: AppContext,
  q: { limit?: number | undefined; beforeId?: number | undefined } = {},
): Promise<PersonMerge[]> {
  return ctx.store.read((repos) => repos.merges.list({ limit: q.limit ?? 50, beforeId: q.beforeId }));
}

/** One merge (staff read); `not-found` when there is none. */
export async function getMerge(ctx: AppContext, id: number): Promise<PersonMerge> {
  const merge = await ctx.store.read((repos) => repos.merges.get(id));
  if (!merge) throw notFound('merge', String(id));
  return merge;
}

/** A record changed since the merge wrote it: the undo would overwrite that change. */
async function checkUnchanged(repos: Repos, merge: PersonMerge, id: string, revisionId: number): Promise<void> {
  const latest = await repos.revisions.latestFor('person', id);
  if (latest && latest.id === revisionId) return;
  throw new RollcallError(
    'stale-revision',
    `The person ${id} changed after merge ${merge.id} (now revision ${latest?.id ?? '?'}, by ${latest?.actor ?? '?'}); ` +
      `undo later merges or changes first, or restore an older revision from the history.`,
    { current: latest ? { revisionId: latest.id, etag: revisionEtag(latest.id), actor: latest.actor } : null },
  );
}

async function auditBoth(
  repos: Repos,
  action: 'record.merge' | 'record.unmerge',
  actor: string,
  m: { mergeId: number; fromId: string; toId: string },
  at: string,
  revisions: { from: number; to: number },
): Promise<void> {
  const details = { merge: m.mergeId, from: m.fromId, into: m.toId };
  await recordAudit(
    repos,
    { actor, action, resourceType: 'person', resourceId: m.toId, revisionId: revisions.to, details },
    at,
  );
  await recordAudit(
    repos,
    { actor, action, resourceType: 'person', resourceId: m.fromId, revisionId: revisions.from, details },
    at,
  );
}
