/**
 * The public names of people, per data version, for pages that list people by name only
 * (facility and article pages): a name card needs the public name forms, not the whole
 * record, so the names are kept for everyone once their record has been read (by any
 * page), and a list of thousands of people costs no more parses than the first one did.
 */
import type { Person } from '../domain/record.js';
import type { PublicPerson } from '../http/presenters/public-person.js';
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

/** The names known so far in this data version, by person id (filled as records are read). */
export function publicNameMap(ctx: AppContext): Promise<Map<string, PublicNames>> {
  return memoized(ctx, 'public-names', () => Promise.resolve(new Map<string, PublicNames>()));
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
