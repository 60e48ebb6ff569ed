/**
 * Digest entries: who belongs in a month's digest of each kind, and one entry per
 * person (heading, narrative paragraphs and the facts behind them).
 */
import type { Translate } from '../../i18n/index.js';
import { CUSTODY_START_KINDS } from '../custody.js';
import { monthRange } from '../figures-months.js';
import { dayRange } from '../partial-date.js';
import type { Event, Lang, Person } from '../record.js';
import { releasesInMonth, type ReleaseEntry } from '../releases.js';
import { buildNarrative, type NarrativeFocus, type NarrativeRefs } from './narrative.js';
import { phrasebook, type Phrasebook } from './phrasebook.js';
import { personName, polish, publicNames, termText } from './phrases.js';
import type { DigestEntry, DigestKind, EntryFacts } from './schema.js';

const isPublic = (x: { visibility?: string }): boolean => x.visibility !== 'internal';

/** Release entries of the month ordered as the digest lists them: served terms first, then by date. */
export function releaseEntriesOf(persons: Iterable<Person>, month: string): ReleaseEntry[] {
  return digestOrder(releasesInMonth(persons, month).entries);
}

/** Served terms first, then the others, each in date order. */
export function digestOrder(entries: readonly ReleaseEntry[]): ReleaseEntry[] {
  const rank = (e: ReleaseEntry) => (e.reason === 'term_served' ? 0 : 1);
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => e);
}

/** Public events of `kind` whose whole date range lies in `month`, in date order. */
export function eventsInMonth(person: Person, kind: 'verdict' | 'recognition', month: string): Event[] {
  const [from, to] = monthRange(month);
  return person.events.filter((e) => {
    if (e.kind !== kind || !isPublic(e)) return false;
    const [min, max] = dayRange(e.date);
    return min >= from && max <= to;
  });
}

/**
 * The entry for one person in a digest of `kind` for `month`, or null when the person
 * has nothing to report that month. With `anyMonth`, falls back to the person's latest
 * event of the kind (used when an editor adds someone by hand; the checks then warn that
 * the date lies outside the month). A draft passes one `book` for all its entries.
 */
export function entryFor(
  kind: DigestKind,
  person: Person,
  month: string,
  lang: Lang,
  refs: NarrativeRefs,
  opts: { anyMonth?: boolean; release?: ReleaseEntry; book?: Phrasebook } = {},
): DigestEntry | null {
  const book = opts.book ?? phrasebook(lang);
  if (kind === 'releases') {
    const release =
      opts.release ?? releaseEntriesOf([person], month)[0] ?? (opts.anyMonth ? latestRelease(person) : undefined);
    return release ? releaseEntry(person, release, lang, refs, book) : null;
  }
  const eventKind = kind === 'convictions' ? 'verdict' : 'recognition';
  const event =
    eventsInMonth(person, eventKind, month)[0] ?? (opts.anyMonth ? latestEvent(person, eventKind) : undefined);
  return event ? eventEntry(kind, person, event, lang, refs, book) : null;
}

function latestRelease(person: Person): ReleaseEntry | undefined {
  const releases = person.events.filter((e) => e.kind === 'release' && isPublic(e) && !e.date.startsWith('~'));
  for (const release of releases.reverse()) {
    if (release.date.length < 7) continue;
    const found = releasesInMonth([person], release.date.slice(0, 7)).entries.find(
      (r) => r.releaseEventId === release.id,
    );
    if (found) return found;
  }
  return undefined;
}

function latestEvent(person: Person, kind: Event['kind']): Event | undefined {
  return person.events.filter((e) => e.kind === kind && isPublic(e)).pop();
}

function releaseEntry(
  person: Person,
  release: ReleaseEntry,
  lang: Lang,
  refs: NarrativeRefs,
  book: Phrasebook,
): DigestEntry {
  const t = book.t;
  const event = person.events.find((e) => e.id === release.releaseEventId)!;
  const custodyStart = person.events.find((e) => e.date === release.custodyStart && CUSTODY_START_KINDS.has(e.kind));
  const focus: NarrativeFocus = { kind: 'release', event, custodyStart };
  const served = release.timeServed;
  const term = served.exact ?? release.statedTimeServed;
  const name = personName(publicNames(person), lang);
  const sex = person.sex ?? 'other';
  const stated = term ? termText(term, lang) : `${termText(served.min, lang)} – ${termText(served.max, lang)}`;
  const heading = markFictional(person, polish(t('digest.personHeading', { sex, name, term: stated }), lang), t);
  const facts: EntryFacts = {
    eventId: event.id,
    eventDate: event.date,
    custodyStart: release.custodyStart,
    releaseReason: release.reason ?? undefined,
    overThreeYears: release.overThreeYears,
    sourceIds: [...event.sourceIds],
  };
  // Copies: the release may be shared by several drafts.
  if (served.exact) facts.timeServed = { ...served.exact };
  else {
    facts.timeServedMin = { ...served.min };
    facts.timeServedMax = { ...served.max };
  }
  return generated(person.id, heading, buildNarrative(person, focus, lang, refs, book), facts);
}

function eventEntry(
  kind: DigestKind,
  person: Person,
  event: Event,
  lang: Lang,
  refs: NarrativeRefs,
  book: Phrasebook,
): DigestEntry {
  const t: Translate = book.t;
  const sex = person.sex ?? 'other';
  const plain = t('digest.personHeadingPlain', { sex, name: personName(publicNames(person), lang) });
  const focus: NarrativeFocus = { kind: kind === 'convictions' ? 'verdict' : 'recognition', event };
  let heading = plain;
  if (kind === 'convictions') {
    const verdictCase =
      person.cases.find((c) => c.id === event.caseId) ??
      person.cases.find((c) => c.verdictDate !== undefined && c.verdictDate === event.date);
    if (verdictCase?.punishment) heading = `${plain} — ${book.punishment(verdictCase.punishment)}`;
  }
  const facts: EntryFacts = { eventId: event.id, eventDate: event.date, sourceIds: [...event.sourceIds] };
  return generated(
    person.id,
    markFictional(person, polish(heading, lang), t),
    buildNarrative(person, focus, lang, refs, book),
    facts,
  );
}

/** A fictional person's heading says so, so that no digest passes one off as real. */
function markFictional(person: Person, heading: string, t: Translate): string {
  return person.fictional ? `${heading} ${t('digest.fictional')}` : heading;
}

function generated(personId: string, heading: string, paragraphs: string[], facts: EntryFacts): DigestEntry {
  return { personId, heading, paragraphs, base: { heading, paragraphs: [...paragraphs] }, origin: 'generated', facts };
}
