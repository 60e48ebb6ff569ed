/**
 * Regenerating a digest after the registry changed, without losing an editor's work: a
 * three-way merge of every text (the `base` it was generated as, the editor's current
 * text, and the freshly generated text).
 *
 * - Unedited text takes the new generated text (`updated`).
 * - Edited text whose generated source did not change is kept (no change reported).
 * - Edited text whose generated source changed too is kept, and the new text is offered
 *   in a `conflict` change for the editor to apply by hand.
 * - A person who left the month's data is removed when their entry was not edited,
 *   kept with a `conflict` when it was; people the editor added by hand stay.
 * - New people are appended (`added`), except those the editor dropped.
 */
import type { Digest, DigestChange, DigestEntry, DigestOpening, EntryTexts } from './schema.js';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

interface Merged<T> {
  value: T;
  change: DigestChange | null;
}

/**
 * Merges one field.
 * @example mergeField('a', 'a', 'b', 'entry.heading', null).value // 'b' (unedited: take the new text)
 */
export function mergeField<T>(
  base: T | undefined,
  ours: T,
  theirs: T,
  field: string,
  personId: string | null,
): Merged<T> {
  if (same(ours, theirs)) return { value: ours, change: null };
  if (base !== undefined && same(ours, base)) {
    return {
      value: theirs,
      change: {
        kind: 'updated',
        field,
        personId,
        before: ours,
        after: theirs,
        message: `${field} regenerated from the registry.`,
      },
    };
  }
  if (base === undefined || same(theirs, base)) return { value: ours, change: null };
  return {
    value: ours,
    change: {
      kind: 'conflict',
      field,
      personId,
      before: ours,
      after: theirs,
      message: `${field} was edited, and the registry's version changed too: the edit is kept; compare with "after" and apply by hand.`,
    },
  };
}

/** True when an entry's texts are still what the generator produced. */
export function isEdited(entry: Pick<DigestEntry, 'heading' | 'paragraphs' | 'base'>): boolean {
  return entry.base === null || entry.heading !== entry.base.heading || !same(entry.paragraphs, entry.base.paragraphs);
}

/** True when anything in the digest differs from what was generated. */
export function hasEdits(digest: Digest): boolean {
  const openingEdited = digest.openingBase === null || !same(digest.opening, digest.openingBase);
  return openingEdited || digest.entries.some(isEdited);
}

/**
 * The current digest regenerated as `fresh` (a new draft of the same id), with the changes listed in `changes`.
 */
export function regenerate(current: Digest, fresh: Digest, now: string): Digest {
  const changes: DigestChange[] = [];
  const opening = mergeOpening(current.opening, current.openingBase, fresh.opening, changes);
  const freshById = new Map(fresh.entries.map((e) => [e.personId, e]));
  const entries: DigestEntry[] = [];
  for (const entry of current.entries) {
    const next = freshById.get(entry.personId);
    if (next) entries.push(mergeEntry(entry, next, changes));
    else if (entry.origin === 'added') entries.push(entry);
    else if (!isEdited(entry)) {
      changes.push(entryChange('removed', entry, "is no longer in the month's data (the registry changed); removed."));
    } else {
      entries.push(entry);
      changes.push(
        entryChange(
          'conflict',
          entry,
          "is no longer in the month's data, but the entry was edited: kept; drop it if it should go.",
        ),
      );
    }
  }
  const present = new Set(current.entries.map((e) => e.personId));
  const dropped = new Set(current.dropped);
  for (const entry of fresh.entries) {
    if (present.has(entry.personId) || dropped.has(entry.personId)) continue;
    entries.push(entry);
    changes.push(entryChange('added', entry, "is new in the month's data; added at the end."));
  }
  const merged: Digest = {
    ...current,
    opening,
    openingBase: fresh.opening,
    figures: fresh.figures,
    entries,
    changes,
    generatedAt: now,
    updatedAt: now,
  };
  return { ...merged, status: hasEdits(merged) ? 'edited' : 'draft' };
}

function mergeOpening(
  ours: DigestOpening,
  base: DigestOpening | null,
  theirs: DigestOpening,
  changes: DigestChange[],
): DigestOpening {
  const title = mergeField(base?.title, ours.title, theirs.title, 'opening.title', null);
  const paragraphs = mergeField(base?.paragraphs, ours.paragraphs, theirs.paragraphs, 'opening.paragraphs', null);
  for (const m of [title, paragraphs]) if (m.change) changes.push(m.change);
  return { title: title.value, paragraphs: paragraphs.value };
}

function mergeEntry(ours: DigestEntry, theirs: DigestEntry, changes: DigestChange[]): DigestEntry {
  const base: Partial<EntryTexts> = ours.base ?? {};
  const heading = mergeField(base.heading, ours.heading, theirs.heading, 'entry.heading', ours.personId);
  const paragraphs = mergeField(base.paragraphs, ours.paragraphs, theirs.paragraphs, 'entry.paragraphs', ours.personId);
  for (const m of [heading, paragraphs]) if (m.change) changes.push(m.change);
  return { ...ours, heading: heading.value, paragraphs: paragraphs.value, base: theirs.base, facts: theirs.facts };
}

function entryChange(kind: DigestChange['kind'], entry: DigestEntry, what: string): DigestChange {
  return {
    kind,
    field: 'entry',
    personId: entry.personId,
    before: kind === 'added' ? undefined : entry.heading,
    after: kind === 'added' ? entry.heading : undefined,
    message: `${entry.heading} (${entry.personId}) ${what}`,
  };
}
