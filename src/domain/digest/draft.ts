/**
 * Drafting a month's digest from the registry: the headline, the opening figures, the
 * standard caveat and the call for tips, then one entry per person.
 */
import { createTranslator, type Translate } from '../../i18n/index.js';
import { DomainError } from '../errors.js';
import type { Lang, Person } from '../record.js';
import { releasesInMonth, type MonthReleases } from '../releases.js';
import { digestOrder, entryFor, eventsInMonth } from './entries.js';
import type { NarrativeRefs } from './narrative.js';
import { phrasebook } from './phrasebook.js';
import { inMonth, polish } from './phrases.js';
import {
  MONTH_RE,
  digestId,
  type Digest,
  type DigestEntry,
  type DigestFigures,
  type DigestKind,
  type DigestOpening,
} from './schema.js';

export interface DraftInput {
  kind: DigestKind;
  /** `YYYY-MM`. */
  month: string;
  lang: Lang;
  /** Candidates: at least everyone with an event of the digest's kind in the month (others are ignored). */
  persons: readonly Person[];
  refs: NarrativeRefs;
  /** Political prisoners in custody on `asOf` (the "there are N now" figure), when known. */
  imprisonedNow: number | null;
  /** `YYYY-MM-DD`. */
  asOf: string;
  /** ISO timestamp of the draft. */
  now: string;
  /**
   * For a releases digest, `releasesInMonth` of the candidates that are not internal, when
   * the caller has it already (it is the same for every language); computed otherwise.
   */
  releases?: MonthReleases | undefined;
}

/**
 * A fresh draft (status `draft`). Internal persons are left out.
 *
 * @example
 * const digest = draftDigest({ kind: 'releases', month: '2024-01', lang: 'en', persons, refs, imprisonedNow: 1416, asOf: '2024-02-02', now });
 * digest.opening.title; // '5 political prisoners released in January having served their sentences'
 */
export function draftDigest(input: DraftInput): Digest {
  if (!MONTH_RE.test(input.month)) {
    throw new DomainError('invalid-month', `A digest month is written YYYY-MM; got "${input.month}".`);
  }
  const persons = input.persons.filter((p) => p.visibility !== 'internal');
  const { entries, figures } = buildEntries(input, persons);
  const opening = buildOpening(input.kind, input.month, input.lang, figures);
  return {
    id: digestId(input.kind, input.month, input.lang),
    kind: input.kind,
    month: input.month,
    lang: input.lang,
    status: 'draft',
    opening,
    openingBase: { title: opening.title, paragraphs: [...opening.paragraphs] },
    figures,
    entries,
    dropped: [],
    warnings: [],
    changes: [],
    generatedAt: input.now,
    updatedAt: input.now,
    publishedAt: null,
    republishedAt: null,
    acknowledged: null,
  };
}

function buildEntries(
  input: DraftInput,
  persons: readonly Person[],
): { entries: DigestEntry[]; figures: DigestFigures } {
  const base = { asOf: input.asOf, imprisonedNow: input.imprisonedNow };
  const byId = new Map(persons.map((p) => [p.id, p]));
  const book = phrasebook(input.lang);
  if (input.kind === 'releases') {
    const { summary, entries: releases } = input.releases ?? releasesInMonth(persons, input.month);
    const entries = digestOrder(releases).map((release) =>
      entryFor('releases', byId.get(release.personId)!, input.month, input.lang, input.refs, { release, book })!,
    );
    const figures: DigestFigures = {
      ...base,
      count: summary.released,
      termServed: summary.termServed,
      termServedOverThreeYears: summary.termServedOverThreeYears,
      termServedOverThreeYearsUnknown: summary.termServedOverThreeYearsUnknown,
      homeConfinement: summary.homeConfinement,
      openInstitution: summary.openInstitution,
    };
    return { entries, figures };
  }
  const eventKind = input.kind === 'convictions' ? 'verdict' : 'recognition';
  const dated = persons
    .map((p) => ({ p, e: eventsInMonth(p, eventKind, input.month)[0] }))
    .filter((x) => x.e !== undefined)
    .sort((a, b) => a.e!.date.localeCompare(b.e!.date) || (a.p.id < b.p.id ? -1 : 1));
  const entries = dated.map(({ p }) => entryFor(input.kind, p, input.month, input.lang, input.refs, { book })!);
  const figures: DigestFigures = {
    ...base,
    count: entries.length,
    termServed: 0,
    termServedOverThreeYears: 0,
    termServedOverThreeYearsUnknown: 0,
    homeConfinement: 0,
    openInstitution: 0,
  };
  return { entries, figures };
}

/** The headline and opening paragraphs for the figures. */
export function buildOpening(kind: DigestKind, month: string, lang: Lang, figures: DigestFigures): DigestOpening {
  const opening = openingTexts(kind, month, lang, figures);
  return { title: polish(opening.title, lang), paragraphs: opening.paragraphs.map((p) => polish(p, lang)) };
}

function openingTexts(kind: DigestKind, month: string, lang: Lang, figures: DigestFigures): DigestOpening {
  const t = createTranslator(lang);
  const when = inMonth(month, t);
  const now = figures.imprisonedNow === null ? [] : [t('digest.opening.now', { count: figures.imprisonedNow })];
  if (kind === 'releases') {
    const counts = [
      ...now,
      t('digest.opening.released', { count: figures.termServed, inMonth: when }),
      t('digest.overThreeYears', { count: figures.termServedOverThreeYears }),
    ];
    if (figures.homeConfinement > 0)
      counts.push(t('digest.opening.homeConfinement', { count: figures.homeConfinement }));
    if (figures.openInstitution > 0)
      counts.push(t('digest.opening.openInstitution', { count: figures.openInstitution }));
    return {
      title: t('digest.title.releases', { count: figures.termServed, inMonth: when }),
      paragraphs: [counts.join(' '), `${t('digest.caveat')} ${t('digest.callForTips')}`],
    };
  }
  const key = kind === 'convictions' ? 'convictions' : 'recognitions';
  const countLine = t(kind === 'convictions' ? 'digest.opening.convicted' : 'digest.opening.recognised', {
    count: figures.count,
    inMonth: when,
  });
  return {
    title: t(`digest.title.${key}`, { count: figures.count, inMonth: when }),
    paragraphs: [[...now, countLine].join(' '), general(t)],
  };
}

const general = (t: Translate): string => `${t('digest.caveat.general')} ${t('digest.callForTips.general')}`;
