/**
 * Lists of people in the order of the page's language: names surname first ("Міхнюк
 * Зінаіда"), compared with `Intl.Collator` for be, ru or en (Belarusian і and ў, Russian ё
 * where the reader expects them; Cyrillic before Latin on be/ru pages), ties by id so the
 * order is total.
 */
import type { Lang } from '../../domain/record.js';
import type { PublicPerson } from '../../disclosure/public-person.js';
import { personNameText } from './common.js';

const collators = new Map<Lang, Intl.Collator>();

/** The collator of a page language (made once). */
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

/** The text a list sorts a person by on a page in `lang`: the name shown, surname first. */
export function listSortName(person: Pick<PublicPerson, 'names' | 'id'>, lang: Lang): string {
  return personNameText(person, lang, 'full');
}

/**
 * Items sorted by the page language's collation of their person's name (a new array).
 * @example byName(cards, 'be', (c) => c.person) // Бабіч Ірына, Міхнюк Зінаіда, Ясюк Алег
 */
export function byName<T>(
  items: readonly T[],
  lang: Lang,
  personOf: (item: T) => Pick<PublicPerson, 'names' | 'id'>,
): T[] {
  const collator = collatorFor(lang);
  return items
    .map((item) => ({ item, key: listSortName(personOf(item), lang), id: personOf(item).id }))
    .sort((a, b) => collator.compare(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ item }) => item);
}
