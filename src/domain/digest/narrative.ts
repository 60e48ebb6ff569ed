/**
 * The case narrative of one digest entry, built from the record: detention and where the
 * person was held, the charges with article titles, court and sentence, where the term
 * was served, the release (or recognition) with its date and source, then any text an
 * editor wrote for the person (`biography` in the digest's language).
 *
 * Only public parts of a record are used: a digest is written for publication.
 */
import type { Translate } from '../../i18n/index.js';
import { dayRange } from '../partial-date.js';
import type { Article, Case, Event, Facility, Lang, Person, Source } from '../record.js';
import { phrasebook, type Phrasebook } from './phrasebook.js';
import { capitalise, personName, polish, publicNames } from './phrases.js';

/** Reference records a narrative may name. */
export interface NarrativeRefs {
  facilities: ReadonlyMap<string, Facility>;
  sources: ReadonlyMap<string, Source>;
  articles?: readonly Article[];
}

/** What the narrative is about: the event the entry reports, and the first event of its custody. */
export interface NarrativeFocus {
  kind: 'release' | 'verdict' | 'recognition';
  event: Event;
  /** Event that started the custody period concerned (absent when none is recorded). */
  custodyStart?: Event | undefined;
}

const DETENTION = new Set(['detention', 're_detention', 'administrative_arrest']);
const SERVING = new Set(['colony', 'colony_settlement', 'prison', 'open_institution', 'medical']);

const isPublic = (x: { visibility?: string }): boolean => x.visibility !== 'internal';

/**
 * Paragraphs of the entry's narrative in `lang`. Pass one `book` for all entries of a
 * draft so that recurring phrases are formatted once.
 *
 * @example
 * buildNarrative(luchynovich, { kind: 'release', event: release, custodyStart: detention }, 'en', refs)
 * // ['Aliaksandr Luchynovich was detained on March 31, 2022. …', 'In July 2022, the court sentenced him to …', …]
 */
export function buildNarrative(
  person: Person,
  focus: NarrativeFocus,
  lang: Lang,
  refs: NarrativeRefs,
  book: Phrasebook = phrasebook(lang),
): string[] {
  const t = book.t;
  const name = personName(publicNames(person), lang);
  const sex = person.sex ?? 'other';
  const events = eventsOfStory(person, focus);
  const cases = casesOfStory(person, events, focus);
  const facility = (id: string | undefined) => {
    const f = id ? refs.facilities.get(id) : undefined;
    return f && isPublic(f) ? (f.name[lang] ?? f.name.en ?? f.name.be ?? f.name.ru) : undefined;
  };
  const paragraphs = [
    detentionParagraph(t, book, { name, sex, events, cases, focus, facility, refs }),
    sentenceParagraph(t, book, sex, cases, focus.kind === 'release' ? servedIn(events, refs, facility) : undefined),
    focusParagraph(t, book, sex, focus, refs),
  ]
    .filter((p) => p.length > 0)
    .map((p) => polish(p, lang));
  const editorText = person.biography[lang];
  if (editorText) paragraphs.push(...splitParagraphs(editorText));
  return paragraphs;
}

/** Splits free text into paragraphs at blank lines. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Public events of the custody period up to the focus event (or all events up to it). */
function eventsOfStory(person: Person, focus: NarrativeFocus): Event[] {
  const [, focusMax] = dayRange(focus.event.date);
  const startMin = focus.custodyStart ? dayRange(focus.custodyStart.date)[0] : Number.NEGATIVE_INFINITY;
  return person.events.filter((e) => {
    if (!isPublic(e)) return false;
    const [min, max] = dayRange(e.date);
    return max >= startMin && min <= focusMax;
  });
}

/** Cases the story's events point at; else cases with a verdict in the story; else all public cases. */
function casesOfStory(person: Person, events: readonly Event[], focus: NarrativeFocus): Case[] {
  const cases = person.cases.filter(isPublic);
  const ids = new Set(events.map((e) => e.caseId).filter(Boolean));
  if (focus.event.caseId) ids.add(focus.event.caseId);
  const linked = cases.filter((c) => ids.has(c.id));
  return linked.length > 0 ? linked : cases;
}

interface DetentionFacts {
  name: string;
  sex: string;
  events: readonly Event[];
  cases: readonly Case[];
  focus: NarrativeFocus;
  facility: (id: string | undefined) => string | undefined;
  refs: NarrativeRefs;
}

function detentionParagraph(t: Translate, book: Phrasebook, f: DetentionFacts): string {
  const out: string[] = [];
  const detention = f.focus.custodyStart ?? f.events.find((e) => DETENTION.has(e.kind));
  if (detention) out.push(t('digest.story.detained', { name: f.name, sex: f.sex, when: book.date(detention.date) }));
  const pretrial = f.events.find((e) => e.facilityId && f.refs.facilities.get(e.facilityId)?.kind === 'pretrial');
  const pretrialName = f.facility(pretrial?.facilityId);
  if (pretrialName) out.push(t('digest.story.heldIn', { facility: pretrialName }));
  const charges = f.cases.flatMap((c) => c.charges);
  if (charges.length > 0) out.push(t('digest.story.charged', { charges: book.charges(charges, f.refs.articles) }));
  return out.join(' ');
}

function sentenceParagraph(
  t: Translate,
  book: Phrasebook,
  sex: string,
  cases: readonly Case[],
  servedInName: string | undefined,
): string {
  const out: string[] = [];
  for (const c of cases) {
    if (c.punishment) {
      const punishment = book.punishment(c.punishment);
      out.push(
        c.verdictDate
          ? t('digest.story.sentenced', { when: capitalise(book.date(c.verdictDate)), sex, punishment })
          : t('digest.story.sentencedUndated', { sex, punishment }),
      );
    }
    if (c.court) out.push(t('digest.story.court', { court: c.court }));
  }
  if (servedInName) out.push(t('digest.story.servedIn', { facility: servedInName }));
  return out.join(' ');
}

/** The last colony, prison or open institution named in the story. */
function servedIn(
  events: readonly Event[],
  refs: NarrativeRefs,
  facility: (id: string | undefined) => string | undefined,
): string | undefined {
  const serving = events.filter((e) => {
    const kind = e.facilityId ? refs.facilities.get(e.facilityId)?.kind : undefined;
    return kind !== undefined && SERVING.has(kind);
  });
  return facility(serving[serving.length - 1]?.facilityId);
}

function focusParagraph(
  t: Translate,
  book: Phrasebook,
  sex: string,
  focus: NarrativeFocus,
  refs: NarrativeRefs,
): string {
  const out: string[] = [];
  const when = capitalise(book.date(focus.event.date));
  if (focus.kind === 'release') {
    out.push(t('digest.story.released', { when, sex, reason: focus.event.releaseReason ?? 'other' }));
  } else if (focus.kind === 'recognition') {
    out.push(t('digest.story.recognised', { when, sex }));
  }
  const sources = focus.event.sourceIds
    .map((id) => refs.sources.get(id))
    .filter((s): s is Source => s !== undefined && isPublic(s))
    .map((s) => (s.publisher && !s.title.includes(s.publisher) ? `${s.publisher}, ${s.title}` : s.title));
  if (sources.length > 0) {
    out.push(t('digest.story.source', { count: sources.length, sources: sources.join('; ') }));
  }
  return out.join(' ');
}
