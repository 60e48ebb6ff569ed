/**
 * The people of each letter for the name index pages, per page language, as a part of the
 * read model: grouped and sorted once (100,000 names: ~250 ms of held thread), then carried
 * to a new data version by taking the changed people out of their letters and putting them
 * back where the order puts them (a binary search each), so an edit costs the index pages
 * a pass over the ids, not a sort.
 *
 * @example
 * const letters = await nameGroups(req.app, 'be'); // [{ letter: 'А', cards: [...] }, ...]
 */
import type { AppContext } from '../../app/context.js';
import { readPart, type Part } from '../../app/read-model/index.js';
import { publicNameCards, publicNameCardsOf, type NameCard } from '../../app/site-queries.js';
import type { Lang } from '../../domain/record.js';
import { byName, collatorFor, listSortName } from './collation.js';
import { pickName } from './common.js';

/** One letter and its people, surname first in the page language's order. */
export interface NameGroup {
  letter: string;
  cards: readonly NameCard[];
}

/** The letter of a surname as it heads the index: its first letter, upper case ("Ł" and "Ў" as they are). */
export function initialOf(card: NameCard, lang: Lang): string {
  const family = pickName(card.person.names, lang)?.family.trim() ?? '';
  const first = [...family][0];
  return first === undefined || !/\p{L}/u.test(first) ? '#' : first.toLocaleUpperCase(lang);
}

const parts = new Map<Lang, Part<NameGroup[]>>();

/** The letters in the page language's order ("#" last), each with its people by name. */
export function nameGroups(ctx: AppContext, lang: Lang): Promise<NameGroup[]> {
  let part = parts.get(lang);
  if (!part) {
    part = {
      name: `name-groups:${lang}`,
      audience: 'public',
      build: async (ctx) => grouped(await publicNameCards(ctx), lang),
      async carry(old, changes, ctx) {
        if (!changes.only('person', 'digest')) return undefined;
        const changed = changes.ids('person');
        if (changed.size === 0) return old;
        return regrouped(old, changed, await publicNameCardsOf(ctx, [...changed]), lang);
      },
    };
    parts.set(lang, part);
  }
  return readPart(ctx, part);
}

function grouped(cards: readonly NameCard[], lang: Lang): NameGroup[] {
  const byLetter = new Map<string, NameCard[]>();
  for (const card of cards) {
    const letter = initialOf(card, lang);
    let list = byLetter.get(letter);
    if (!list) byLetter.set(letter, (list = []));
    list.push(card);
  }
  return ordered(
    [...byLetter].map(([letter, cards]) => ({ letter, cards: byName(cards, lang, (c) => c.person) })),
    lang,
  );
}

/** The groups without the `changed` people, with their `fresh` cards put where the order puts them. */
function regrouped(old: readonly NameGroup[], changed: ReadonlySet<string>, fresh: readonly NameCard[], lang: Lang) {
  // Arrays of the old groups are shared with the old snapshot: copied before a change.
  const byLetter = new Map<string, readonly NameCard[]>();
  const own = new Set<readonly NameCard[]>();
  for (const group of old) {
    if (!group.cards.some((card) => changed.has(card.person.id))) byLetter.set(group.letter, group.cards);
    else {
      const kept = group.cards.filter((c) => !changed.has(c.person.id));
      own.add(kept);
      byLetter.set(group.letter, kept);
    }
  }
  const compare = cardOrder(lang);
  for (const card of fresh) {
    const letter = initialOf(card, lang);
    let list = byLetter.get(letter) ?? [];
    if (!own.has(list)) own.add((list = [...list]));
    (list as NameCard[]).splice(insertionPoint(list, card, compare), 0, card);
    byLetter.set(letter, list);
  }
  const groups = [...byLetter].filter(([, cards]) => cards.length > 0).map(([letter, cards]) => ({ letter, cards }));
  return ordered(groups, lang);
}

function ordered(groups: NameGroup[], lang: Lang): NameGroup[] {
  const collator = collatorFor(lang);
  return groups.sort((x, y) => (x.letter === '#' ? 1 : y.letter === '#' ? -1 : collator.compare(x.letter, y.letter)));
}

/** The order `byName` sorts cards in: the collated name, surname first, then the id. */
function cardOrder(lang: Lang): (a: NameCard, b: NameCard) => number {
  const collator = collatorFor(lang);
  return (a, b) => {
    const ids = a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0;
    return collator.compare(listSortName(a.person, lang), listSortName(b.person, lang)) || ids;
  };
}

/** The first index whose card sorts after `card`. */
function insertionPoint(cards: readonly NameCard[], card: NameCard, compare: (a: NameCard, b: NameCard) => number) {
  let lo = 0;
  let hi = cards.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(cards[mid]!, card) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
