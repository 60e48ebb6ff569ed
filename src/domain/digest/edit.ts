/**
 * Editing a digest: change any text, reorder entries, add or drop people. Pure
 * functions returning a new document (status `edited`); the use cases store revisions.
 * A published digest is not edited in place: unpublish it first.
 */
import { RollcallError } from '../errors.js';
import type { Digest, DigestEdit, DigestEntry } from './schema.js';

function editable(digest: Digest): void {
  if (digest.status === 'published') {
    throw new RollcallError('digest-published', `The digest ${digest.id} is published; unpublish it before editing.`, {
      id: digest.id,
    });
  }
}

const edited = (digest: Digest, patch: Partial<Digest>, now: string): Digest => ({
  ...digest,
  ...patch,
  status: 'edited',
  updatedAt: now,
});

/**
 * Applies an editor's edit. `edit.entries` lists the entries in their new order with
 * their texts: an entry left out is dropped (and stays dropped when the draft is
 * regenerated); a person not in the digest cannot be introduced here (use `addEntry`).
 *
 * @example applyEdit(digest, { entries: [{ personId: 'p-2', heading: '…', paragraphs: ['…'] }] }, now)
 */
export function applyEdit(digest: Digest, edit: DigestEdit, now: string): Digest {
  editable(digest);
  let entries = digest.entries;
  let dropped = digest.dropped;
  if (edit.entries) {
    const byId = new Map(digest.entries.map((e) => [e.personId, e]));
    const seen = new Set<string>();
    entries = edit.entries.map((e) => {
      const current = byId.get(e.personId);
      if (!current) {
        throw new RollcallError(
          'entry-not-found',
          `The digest has no entry for ${e.personId}; add the person first ("digest add").`,
          { personId: e.personId },
        );
      }
      if (seen.has(e.personId)) {
        throw new RollcallError('duplicate-entry', `The edit lists ${e.personId} twice; list every entry once.`, {
          personId: e.personId,
        });
      }
      seen.add(e.personId);
      return { ...current, heading: e.heading, paragraphs: e.paragraphs };
    });
    const removed = digest.entries.filter((e) => !seen.has(e.personId)).map((e) => e.personId);
    dropped = [...new Set([...dropped, ...removed])];
  }
  return edited(digest, { opening: edit.opening ?? digest.opening, entries, dropped }, now);
}

/** Moves the entry of `personId` to position `to` (0-based; clamped to the list). */
export function moveEntry(digest: Digest, personId: string, to: number, now: string): Digest {
  editable(digest);
  const from = digest.entries.findIndex((e) => e.personId === personId);
  if (from < 0) throw new RollcallError('entry-not-found', `The digest has no entry for ${personId}.`, { personId });
  const entries = [...digest.entries];
  const [entry] = entries.splice(from, 1);
  entries.splice(Math.max(0, Math.min(to, entries.length)), 0, entry!);
  return edited(digest, { entries }, now);
}

/** Adds an entry (generated for the person by the caller) at the end, or at `at`. */
export function addEntry(digest: Digest, entry: DigestEntry, now: string, at?: number): Digest {
  editable(digest);
  if (digest.entries.some((e) => e.personId === entry.personId)) {
    throw new RollcallError('duplicate-entry', `${entry.personId} is already in the digest.`, {
      personId: entry.personId,
    });
  }
  const entries = [...digest.entries];
  entries.splice(at === undefined ? entries.length : Math.max(0, Math.min(at, entries.length)), 0, {
    ...entry,
    origin: 'added',
  });
  return edited(digest, { entries, dropped: digest.dropped.filter((id) => id !== entry.personId) }, now);
}

/** Drops a person's entry; regeneration will not bring it back. */
export function dropEntry(digest: Digest, personId: string, now: string): Digest {
  editable(digest);
  if (!digest.entries.some((e) => e.personId === personId)) {
    throw new RollcallError('entry-not-found', `The digest has no entry for ${personId}.`, { personId });
  }
  return edited(
    digest,
    {
      entries: digest.entries.filter((e) => e.personId !== personId),
      dropped: [...new Set([...digest.dropped, personId])],
    },
    now,
  );
}
