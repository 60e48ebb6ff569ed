/**
 * Letters to prisoners: who can be written to now (public people in custody, with the
 * public facility holding them and its address for letters) and whose birthday is coming.
 * Public only: the people, their names and dates of birth through the public presenter,
 * facilities only when public.
 */
import { nextBirthday, type Birthday } from '../domain/birthdays.js';
import { isTermEnded } from '../domain/custody-state.js';
import { isoToDay } from '../domain/partial-date.js';
import type { AppContext } from './context.js';
import { cardsFor, publicCatalog, publicPersonPage, type PersonCard, type PublicFacility } from './site-queries.js';
import { mergeByName, publicTabRows, readPart, type Part } from './read-model/index.js';
import type { PersonSummaryRow } from './ports.js';
import type { PublicPerson } from '../disclosure/public-person.js';

/**
 * What the letters pages and the addresses CSV need of a person: the names for the
 * envelope, the birth date and the fictional mark. The read model keeps only this for
 * everyone in custody, not the whole presented record (events, cases, biographies).
 */
export type LetterPerson = Pick<PublicPerson, 'id' | 'names' | 'birthDate' | 'fictional'>;

export interface LetterCard {
  person: LetterPerson;
  row: PersonSummaryRow;
}

export interface LetterEntry extends LetterCard {
  /** The public facility holding the person now, if known. */
  facility: PublicFacility | null;
}

/** How far ahead the birthdays look, in days (today included). */
export const BIRTHDAY_DAYS = 60;

/**
 * Public people in custody on `today` by name, with their facility; people past the end of
 * their term with no release recorded are left out (they may be free).
 *
 * @example
 * const entries = await letterEntries(ctx, '2024-02-02');
 */
export async function letterEntries(ctx: AppContext, today: string): Promise<LetterEntry[]> {
  const [{ facilities }, cards] = await Promise.all([publicCatalog(ctx), readPart(ctx, imprisonedCards)]);
  const day = isoToDay(today);
  return cards
    .filter((card) => !isTermEnded(card.row.status, card.row.termEndMax, day))
    .map((card) => ({
      ...card,
      facility: card.row.currentFacilityId ? (facilities.get(card.row.currentFacilityId) ?? null) : null,
    }));
}

/**
 * Public people in custody whose birthday falls within `days` days from `today`, soonest
 * first (then by name), with the age they turn.
 *
 * @example
 * const soon = await birthdaysAhead(ctx, '2024-02-02'); // [{ birthday: { date: '2024-02-20', age: 39 }, … }]
 */
export async function birthdaysAhead(
  ctx: AppContext,
  today: string,
  days = BIRTHDAY_DAYS,
): Promise<Array<LetterEntry & { birthday: Birthday }>> {
  const out: Array<LetterEntry & { birthday: Birthday }> = [];
  for (const entry of await letterEntries(ctx, today)) {
    const birthday = entry.person.birthDate ? nextBirthday(entry.person.birthDate, today, days) : null;
    if (birthday) out.push({ ...entry, birthday });
  }
  // Stable: people with the same birthday stay in name order.
  return out.sort((a, b) => (a.birthday.date < b.birthday.date ? -1 : a.birthday.date > b.birthday.date ? 1 : 0));
}

/**
 * Everyone public in custody as a card, by name: a part of the read model, carried to a
 * new snapshot with the changed people's cards made again (their records only), instead of
 * presenting every person in custody again. A change of the catalogue (a facility or
 * source made internal changes public views) makes them all again.
 */
const imprisonedCards: Part<LetterCard[]> = {
  name: 'imprisoned-cards',
  audience: 'public',
  build: async (ctx) =>
    (await publicPersonPage(ctx, { status: 'imprisoned', audience: 'public', sort: 'name' })).cards.map(letterCard),
  async carry(old, changes, ctx) {
    if (!changes.only('person', 'digest')) return undefined;
    const changed = changes.ids('person');
    if (changed.size === 0) return old;
    const rows = (await publicTabRows(ctx, 'imprisoned')).filter((row) => changed.has(row.id));
    const fresh = (await cardsFor(ctx, rows)).map(letterCard);
    return mergeByName(
      old.filter((card) => !changed.has(card.row.id)),
      fresh,
      (card) => card.row,
    );
  },
};

function letterCard({ person, row }: PersonCard): LetterCard {
  const { id, names, birthDate, fictional } = person;
  return { person: { id, names, birthDate, fictional }, row };
}
