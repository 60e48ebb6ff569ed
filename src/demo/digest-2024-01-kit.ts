/**
 * Building blocks for the digest demo: the digest's sources and small
 * constructors for names, events, cases and people in canonical form.
 */
import { addTerm } from '../domain/duration.js';
import { isExactDate } from '../domain/partial-date.js';
import type { Case, Event, Localized, NameForm, Person, Source } from '../domain/record.js';

export const DIGEST_SOURCE_ID = 's-viasna-digest-2024-01';
export const BREST_VIASNA = 's-brest-viasna';
export const TIKTOK = 's-tiktok-bialiauski-release';
/** The day the digest was published; it recognises everyone it names as a political prisoner. */
export const PUBLISHED = '2024-02-02';

export const DIGEST = { mikhniukDetentionAsWritten: '2020-03-25' } as const;

export const DIGEST_SOURCES: Source[] = [
  {
    id: DIGEST_SOURCE_ID,
    kind: 'publication',
    title: '35 political prisoners released in January having served their sentences',
    publisher: 'Human Rights Center Viasna',
    date: PUBLISHED,
    reliability: 'A',
    visibility: 'public',
    note:
      'Monthly release digest. At least 35 people released in January 2024 after serving their sentences, two of ' +
      'them after more than three years; two women released from pre-trial detention to home confinement; ' +
      '1,416 political prisoners on the day of publication. Tips: Telegram @Viasnainfo.',
  },
  {
    id: BREST_VIASNA,
    kind: 'organisation',
    title: 'Brest Viasna',
    publisher: 'Human Rights Center Viasna',
    reliability: 'A',
    visibility: 'public',
    note: 'Regional branch of Viasna; cited by the January 2024 digest for the releases of Mikhniuk and Babich.',
  },
  {
    id: TIKTOK,
    kind: 'social_media',
    title: "Video from the day of Andrei Bialiauski's release",
    publisher: 'TikTok',
    date: '2024-01-05',
    reliability: 'B',
    visibility: 'public',
    note: 'Mentioned by the January 2024 digest; the editor has not seen it.',
  },
];

export const D = [DIGEST_SOURCE_ID];

export function en(text: string): Localized {
  return { en: text };
}

/** A text in the three languages of the site: the demo's translations of the digest's English. */
export function tri(en: string, be: string, ru: string): Localized {
  return { be, ru, en };
}

export function name(family: string, given: string, system: NameForm['system'], primary = false): NameForm {
  return { family, given, system, primary, visibility: 'public' };
}

export function event(id: string, kind: Event['kind'], date: string, extra: Partial<Event> = {}): Event {
  return { id, kind, date, sourceIds: D, visibility: 'public', ...extra };
}

export function recognition(key: string): Event {
  return event(`e-${key}-recognition`, 'recognition', PUBLISHED, {
    note: tri(
      'Named a political prisoner in the digest of 2024-02-02.',
      'Названы палітвязнем у дайджэсце ад 2 лютага 2024 г.',
      'Назван политзаключённым в дайджесте от 2 февраля 2024 г.',
    ),
  });
}

export type PersonFacts = Pick<Person, 'id' | 'names' | 'sex' | 'region' | 'cases' | 'events' | 'biography'> &
  Partial<Pick<Person, 'occupation' | 'internalNote'>>;

export function person(p: PersonFacts): Person {
  return {
    birthDateVisibility: 'public',
    occupation: {},
    tags: [],
    visibility: 'public',
    fictional: false,
    ...p,
  };
}

/** A case punished with deprivation of liberty of `years`/`months`, as the digest gives it. */
export function deprivation(
  id: string,
  charges: Case['charges'],
  verdictDate: string,
  term: { years: number; months: number },
  more: { courtId?: string; court?: string; regime?: 'general'; note: string },
): Case {
  const { regime, ...rest } = more;
  return {
    id,
    charges,
    verdictDate,
    punishment: { kind: 'deprivation_of_liberty', ...(regime ? { regime } : {}), term: { ...term, days: 0 } },
    appeals: [],
    sourceIds: D,
    visibility: 'public',
    ...rest,
  };
}

/** "Two days later, he was detained again": exact only when the first detention is. */
export function reDetentionTwoDaysAfter(e: Event, detention: Event): Event {
  const exact = isExactDate(detention.date);
  return {
    ...e,
    date: exact ? addTerm(detention.date, { years: 0, months: 0, days: 2 }) : detention.date,
    inferred: {
      rule: 'relative',
      reasoning: exact
        ? `two days after the first detention (${detention.date}), as the digest says`
        : `two days after the first detention, whose date is known only as ${detention.date}`,
    },
  };
}
