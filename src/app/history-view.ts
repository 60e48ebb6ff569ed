/**
 * What the staff history pages show: a record's revisions newest first, each with
 * who, when, why and readable differences from the one before, and the records
 * deleted (or merged away) with their last version, for restoring.
 *
 * @example
 * const h = await recordHistory(ctx, 'person', 'p-kav');
 * h.entries[0].changes; // [{ action: 'added', part: 'event', … }]
 */
import { readableDiff, type ReadableChange } from '../domain/readable-diff.js';
import { notFound, type AppContext } from './context.js';
import type { RecordType } from './record-writes.js';

export interface HistoryLine {
  revisionId: number;
  seq: number;
  at: string;
  actor: string;
  note: string | null;
  changes: ReadableChange[];
  /** A deletion snapshot (restoring it deletes the record again). */
  deletion: boolean;
}

export interface RecordHistory {
  type: RecordType;
  id: string;
  /** The latest revision: a restore names it (a stale one is refused). */
  currentRevisionId: number;
  /** The latest snapshot that holds the record (to name it, also when it is deleted now). */
  lastDoc: unknown;
  deleted: boolean;
  entries: HistoryLine[];
}

export async function recordHistory(ctx: AppContext, type: RecordType, id: string): Promise<RecordHistory> {
  const revisions = await ctx.store.read((r) => r.revisions.listFor(type, id));
  const latest = revisions[revisions.length - 1];
  if (!latest) throw notFound(type, id);
  const entries = revisions.map((rev, i) => ({
    revisionId: rev.id,
    seq: rev.seq,
    at: rev.at,
    actor: rev.actor,
    note: rev.note,
    changes: readableDiff(i === 0 ? null : revisions[i - 1]!.doc, rev.doc),
    deletion: rev.doc === null,
  }));
  return {
    type,
    id,
    currentRevisionId: latest.id,
    lastDoc: [...revisions].reverse().find((r) => r.doc !== null)?.doc ?? null,
    deleted: latest.doc === null,
    entries: entries.reverse(),
  };
}

export interface DeletedRecord {
  type: RecordType;
  id: string;
  /** The deletion revision (the record's current one). */
  revisionId: number;
  at: string;
  actor: string;
  note: string | null;
  /** The last version before the deletion: what "restore" brings back. */
  lastRevisionId: number | null;
  lastDoc: unknown;
  /** Merged into this person (the merge left a redirect). */
  mergedInto: string | null;
}

/** Deleted persons, facilities and sources, newest deletion first. */
export async function deletedRecords(ctx: AppContext, limit = 200): Promise<DeletedRecord[]> {
  return ctx.store.read(async (r) => {
    const deletions = await r.revisions.deletions(['person', 'facility', 'source'], limit);
    const out: DeletedRecord[] = [];
    for (const d of deletions) {
      const history = await r.revisions.listFor(d.entityType, d.entityId);
      const last = [...history].reverse().find((rev) => rev.doc !== null);
      const redirect = d.entityType === 'person' ? await r.links.redirectOf(d.entityId) : undefined;
      out.push({
        type: d.entityType as RecordType,
        id: d.entityId,
        revisionId: d.id,
        at: d.at,
        actor: d.actor,
        note: d.note,
        lastRevisionId: last?.id ?? null,
        lastDoc: last?.doc ?? null,
        mergedInto: redirect?.toId ?? null,
      });
    }
    return out;
  });
}
