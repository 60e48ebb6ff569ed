/**
 * People as the site reads them, kept in the read model: a bounded set of person entries
 * (the record and its public view), so a list page and the person pages after it, or the
 * same page in three languages, parse each record once; and the public names of everyone
 * read so far, so facility and article pages list people by name without their records.
 * Both are carried to the next snapshot without the people changed since (the public
 * view also depends on the public catalogue, so a change of facilities or sources starts
 * them afresh).
 */
import type { Person } from '../../domain/record.js';
import type { PublicPerson } from '../../disclosure/public-person.js';
import type { AppContext } from '../context.js';
import type { PersonSummaryRow, Store } from '../ports.js';
import { SharedLru } from './shared-lru.js';
import { forgetPart, readPart, snapshotPosition, type ChangeSet, type Part } from './snapshot.js';

/** A person as the site sees them: the stored record and the public view. */
export interface PersonEntry {
  doc: Person;
  /** Null when the person is not public. */
  person: PublicPerson | null;
}

/** Person entries kept per store (least recently used dropped first), unless {@link limitEntryCache} says otherwise. */
export const ENTRY_CACHE_SIZE = 6000;
const entryLimits = new WeakMap<Store, number>();

/** Changes after which what was read of people still holds for everyone not changed. */
const keepsPeople = (changes: ChangeSet) => changes.only('person', 'digest');

/** Shared by consecutive snapshots: carried by dropping the changed people in place. */
const entriesPart = (store: Store): Part<SharedLru<string, PersonEntry>> => ({
  name: 'person-entries',
  audience: 'public',
  build: async (_ctx, position) => new SharedLru(entryLimits.get(store) ?? ENTRY_CACHE_SIZE, position),
  carry: (old, changes, _ctx, position) =>
    keepsPeople(changes) ? old.carried(position, changes.ids('person')) : undefined,
});

/**
 * Keeps at most `size` person entries for `store`: for a reader that goes through the
 * people in order and needs only the last few hundred (a mirror render worker).
 */
export function limitEntryCache(store: Store, size: number): void {
  entryLimits.set(store, Math.max(1, Math.floor(size)));
  forgetPart(store, entriesPart(store));
}

/**
 * Person entries for `ids` (unknown ids are left out), from the read model or loaded in
 * one read; `present` turns a record into its public view (null when not public).
 */
export async function personEntries(
  ctx: AppContext,
  ids: readonly string[],
  present: (doc: Person) => PublicPerson | null,
): Promise<Map<string, PersonEntry>> {
  const [entries, position] = await Promise.all([readPart(ctx, entriesPart(ctx.store)), snapshotPosition(ctx)]);
  const out = new Map<string, PersonEntry>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = entries.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  if (missing.length === 0) return out;
  const docs = await loadDocs(ctx, missing);
  for (const id of missing) {
    const doc = docs.get(id);
    if (!doc) continue;
    // Another request of the same batch may have made the entry already.
    let entry = entries.peek(id);
    if (entry?.doc !== doc) {
      entry = { doc, person: present(doc) };
      entries.set(id, entry, position);
    }
    out.set(id, entry);
  }
  return out;
}

interface DocBatch {
  ids: Set<string>;
  docs: Promise<Map<string, Person>>;
}
const batches = new WeakMap<Store, DocBatch>();

/**
 * Records for `ids`, loaded together with those every other request asks for in the same
 * turn of the event loop: one read for a burst of pages instead of one each.
 */
function loadDocs(ctx: AppContext, ids: readonly string[]): Promise<Map<string, Person>> {
  let batch = batches.get(ctx.store);
  if (!batch) {
    const ids = new Set<string>();
    const docs = new Promise<Map<string, Person>>((resolve, reject) =>
      setImmediate(() => {
        batches.delete(ctx.store);
        ctx.store
          .read((r) => r.persons.getMany([...ids]))
          .then((found) => resolve(new Map(found.map((doc) => [doc.id, doc]))), reject);
      }),
    );
    batch = { ids, docs };
    batches.set(ctx.store, batch);
  }
  for (const id of ids) batch.ids.add(id);
  return batch.docs;
}

/** The public name forms of a person, or null when the person is not public. */
export type PublicNames = PublicPerson['names'] | null;

/** A person as name-only lists show them: id and public names, plus the index row. */
export interface NameCard {
  person: Pick<PublicPerson, 'id' | 'names'>;
  row: PersonSummaryRow;
}

/** A person id and their public names, as sent between threads. */
export type NameEntry = [id: string, names: PublicNames];

/**
 * The names known, shared by consecutive snapshots like a {@link SharedLru}: a carry drops
 * the changed people in place, and a name read for an older snapshot than the newest it
 * was carried to is not kept. It can keep a journal of the names it learns from records
 * read here, so that a mirror render worker can pass them on to the other workers (who
 * then need not read those records again to list the people by name).
 */
class NameMap extends Map<string, PublicNames> {
  journal: NameEntry[] | null = null;

  constructor(public position: number) {
    super();
  }

  /** Keeps the names read for a snapshot at feed position `position`, unless carried past it. */
  setAt(id: string, names: PublicNames, position: number): void {
    if (position !== this.position) return;
    if (this.journal !== null && !this.has(id)) this.journal.push([id, names]);
    this.set(id, names);
  }

  /** Names read elsewhere (by another thread from the same snapshot): kept, not journaled. */
  learn(entries: readonly NameEntry[]): void {
    for (const [id, names] of entries) this.set(id, names);
  }

  carried(position: number, changed: Iterable<string>): this {
    for (const id of changed) this.delete(id);
    this.position = Math.max(this.position, position);
    return this;
  }
}

const namesPart: Part<NameMap> = {
  name: 'public-names',
  audience: 'public',
  build: async (_ctx, position) => new NameMap(position),
  carry: (old, changes, _ctx, position) =>
    keepsPeople(changes) ? old.carried(position, changes.ids('person')) : undefined,
};

/** The names known so far, by person id (filled as records are read: see {@link NameMap.setAt}). */
export function publicNameMap(ctx: AppContext): Promise<NameMap> {
  return readPart(ctx, namesPart);
}

export type { NameMap };

/**
 * Starts a journal of the names learnt from records read in this thread; the function
 * returned hands over (and forgets) the entries journaled since its last call.
 * @example const take = await journalNames(ctx); …; port.postMessage({ names: take() });
 */
export async function journalNames(ctx: AppContext): Promise<() => NameEntry[]> {
  const map = await readPart(ctx, namesPart);
  map.journal ??= [];
  return () => {
    const out = map.journal ?? [];
    map.journal = [];
    return out;
  };
}

/** Adds names another thread read from the same snapshot (not journaled here). */
export async function learnNames(ctx: AppContext, entries: readonly NameEntry[]): Promise<void> {
  if (entries.length > 0) (await readPart(ctx, namesPart)).learn(entries);
}

/** Records read per transaction when names are missing. */
const CHUNK = 2000;

/**
 * Name cards for index rows, in the same order; people who are not public (or unknown) are
 * left out, exactly as full cards would leave them out. `present` is the public presenter.
 */
export async function nameCardsFor(
  ctx: AppContext,
  rows: readonly PersonSummaryRow[],
  present: (doc: Person) => PublicPerson | null,
): Promise<NameCard[]> {
  const [known, position] = await Promise.all([publicNameMap(ctx), snapshotPosition(ctx)]);
  const read = new Map<string, PublicNames>();
  const missing = rows.filter((row) => !known.has(row.id)).map((row) => row.id);
  for (let i = 0; i < missing.length; i += CHUNK) {
    const docs = await ctx.store.read((r) => r.persons.getMany(missing.slice(i, i + CHUNK)));
    for (const doc of docs) {
      const names = present(doc)?.names ?? null;
      read.set(doc.id, names);
      known.setAt(doc.id, names, position);
    }
  }
  return rows.flatMap((row) => {
    const names = read.has(row.id) ? read.get(row.id) : known.get(row.id);
    return names ? [{ person: { id: row.id, names }, row }] : [];
  });
}
