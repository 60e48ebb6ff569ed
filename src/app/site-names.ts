/**
 * The public names of people, per data version, for pages that list people by name only
 * (facility and article pages): a name card needs the public name forms, not the whole
 * record, so the names are kept for everyone once their record has been read (by any
 * page), and a list of thousands of people costs no more parses than the first one did.
 */
import type { Person } from '../domain/record.js';
import type { PublicPerson } from '../disclosure/public-person.js';
import type { AppContext } from './context.js';
import type { PersonSummaryRow } from './ports.js';
import { memoized } from './site-memo.js';

/** The public name forms of a person, or null when the person is not public. */
export type PublicNames = PublicPerson['names'] | null;

/** A person as name-only lists show them: id and public names, plus the index row. */
export interface NameCard {
  person: Pick<PublicPerson, 'id' | 'names'>;
  row: PersonSummaryRow;
}

/** Records read per transaction when names are missing. */
const CHUNK = 2000;

/** A person id and their public names, as sent between threads. */
export type NameEntry = [id: string, names: PublicNames];

/**
 * The names known in one data version. It can keep a journal of the names it learns from
 * records read here, so that a mirror render worker can pass them on to the other workers
 * (who then need not read those records again to list the people by name).
 */
class NameMap extends Map<string, PublicNames> {
  journal: NameEntry[] | null = null;

  override set(id: string, names: PublicNames): this {
    if (this.journal !== null && !this.has(id)) this.journal.push([id, names]);
    return super.set(id, names);
  }

  /** Names read elsewhere (by another thread from the same data version): kept, not journaled. */
  learn(entries: readonly NameEntry[]): void {
    for (const [id, names] of entries) super.set(id, names);
  }
}

/** The names known so far in this data version, by person id (filled as records are read). */
export function publicNameMap(ctx: AppContext): Promise<Map<string, PublicNames>> {
  return nameMap(ctx);
}

function nameMap(ctx: AppContext): Promise<NameMap> {
  return memoized(ctx, 'public-names', () => Promise.resolve(new NameMap()));
}

/**
 * Starts a journal of the names learnt from records read in this thread; the function
 * returned hands over (and forgets) the entries journaled since its last call.
 * @example const take = await journalNames(ctx); …; port.postMessage({ names: take() });
 */
export async function journalNames(ctx: AppContext): Promise<() => NameEntry[]> {
  const map = await nameMap(ctx);
  map.journal ??= [];
  return () => {
    const out = map.journal ?? [];
    map.journal = [];
    return out;
  };
}

/** Adds names another thread read from the same data version (not journaled here). */
export async function learnNames(ctx: AppContext, entries: readonly NameEntry[]): Promise<void> {
  if (entries.length > 0) (await nameMap(ctx)).learn(entries);
}

/**
 * Name cards for index rows, in the same order; people who are not public (or unknown) are
 * left out, exactly as full cards would leave them out. `present` is the public presenter.
 */
export async function nameCardsFor(
  ctx: AppContext,
  rows: readonly PersonSummaryRow[],
  present: (doc: Person) => PublicPerson | null,
): Promise<NameCard[]> {
  const known = await publicNameMap(ctx);
  const missing = rows.filter((row) => !known.has(row.id)).map((row) => row.id);
  for (let i = 0; i < missing.length; i += CHUNK) {
    const docs = await ctx.store.read((r) => r.persons.getMany(missing.slice(i, i + CHUNK)));
    for (const doc of docs) known.set(doc.id, present(doc)?.names ?? null);
  }
  return rows.flatMap((row) => {
    const names = known.get(row.id);
    return names ? [{ person: { id: row.id, names }, row }] : [];
  });
}
