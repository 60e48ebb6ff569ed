/**
 * History use cases: list a record's revisions with what changed, and restore
 * any earlier revision (which is itself a new revision, so nothing is lost).
 */
import { Digest } from '../domain/digest/schema.js';
import { notFound, type AppContext } from './context.js';
import { RollcallError } from '../domain/errors.js';
import type { ChangeMeta } from './persons.js';
import { RECORD_KINDS } from './record-kinds.js';
import { applyRecord } from './record-writes.js';
import type { EntityType, Revision } from './ports.js';

export interface HistoryEntry {
  revisionId: number;
  seq: number;
  at: string;
  actor: string;
  note: string | null;
  /** Top-level fields that differ from the previous revision ("created"/"deleted" for those changes). */
  changed: string[];
  doc: unknown | null;
}

/** Top-level keys whose JSON differs between two snapshots. */
export function changedFields(before: unknown | null, after: unknown | null): string[] {
  if (before === null && after !== null) return ['created'];
  if (after === null) return before === null ? [] : ['deleted'];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export async function history(ctx: AppContext, entityType: EntityType, id: string): Promise<HistoryEntry[]> {
  const revisions = await ctx.store.read((r) => r.revisions.listFor(entityType, id));
  if (revisions.length === 0) throw notFound(entityType, id);
  return revisions.map((rev, i) => ({
    revisionId: rev.id,
    seq: rev.seq,
    at: rev.at,
    actor: rev.actor,
    note: rev.note,
    changed: changedFields(i === 0 ? null : revisions[i - 1]!.doc, rev.doc),
    doc: rev.doc,
  }));
}

/**
 * Makes revision `revisionId`'s snapshot current again, as a new revision.
 * Restoring a deletion snapshot deletes the record.
 */
export async function restoreRevision(ctx: AppContext, revisionId: number, meta: ChangeMeta): Promise<Revision> {
  return ctx.store.write(async (repos) => {
    const rev = await repos.revisions.get(revisionId);
    if (!rev)
      throw new RollcallError('not-found', `No revision ${revisionId}. List revisions with "rollcall history ID".`);
    const at = ctx.now().toISOString();
    const note = meta.note ?? `restored revision ${rev.seq} (#${rev.id})`;
    if (rev.entityType === 'digest') {
      const id = await repos.revisions.append({ ...base(rev), actor: meta.actor, note, at, doc: rev.doc });
      if (rev.doc === null) await repos.digests.remove(rev.entityId);
      else await repos.digests.save(Digest.parse(rev.doc), id);
    } else {
      const record = rev.doc === null ? null : RECORD_KINDS[rev.entityType].schema.parse(rev.doc);
      await applyRecord(repos, rev.entityType, rev.entityId, record, { actor: meta.actor, note }, at);
    }
    await repos.meta.bumpDataVersion();
    const all = await repos.revisions.listFor(rev.entityType, rev.entityId);
    return all[all.length - 1]!;
  });
}

function base(rev: Revision) {
  return { entityType: rev.entityType, entityId: rev.entityId };
}
