/**
 * The digest's warnings in the staff pages' languages: every code of the digest's own checks
 * (and the registry's, through the same texts) has a text; in English it is the warning's
 * `message` word for word, in Belarusian and Russian it names events in the language and
 * leaves no English behind.
 */
import { describe, expect, it } from 'vitest';
import { demoRegistry } from '../demo/digest-2024-01.js';
import { CRIMINAL_CODE_ARTICLES } from '../domain/reference-data.js';
import type { FindingText } from '../domain/checks-core.js';
import { DIGEST_TEXT_IDS } from '../domain/checks-core.js';
import type { Person } from '../domain/record.js';
import { digestWarnings } from '../domain/digest/checks.js';
import { draftDigest } from '../domain/digest/draft.js';
import { entryFor } from '../domain/digest/entries.js';
import { addEntry } from '../domain/digest/edit.js';
import { DigestWarning } from '../domain/digest/schema.js';
import { findingText } from './findings.js';

/** The demo's January release digest, changed so that each of the digest's own checks fires. */
function warnings(): DigestWarning[] {
  const registry = demoRegistry({ synthetic: 0 });
  const persons = registry.persons;
  const refs = {
    facilities: new Map(registry.facilities.map((f) => [f.id, f])),
    sources: new Map(registry.sources.map((s) => [s.id, s])),
    articles: CRIMINAL_CODE_ARTICLES,
  };
  const base = { month: '2024-01', lang: 'en' as const, persons, refs, imprisonedNow: 1416, asOf: '2024-02-02' };
  let digest = draftDigest({ kind: 'releases', ...base, now: '2024-02-02T12:00:00.000Z' });
  const takarchuk = persons.find((p) => p.id === 'p-takarchuk')!;
  digest = addEntry(digest, entryFor('releases', takarchuk, '2024-01', 'en', refs, { anyMonth: true })!, 'now');
  const [gone, internal, noEvent, noSource, retitled] = digest.entries.map((e) => e.personId);
  const byId = new Map<string, Person>(persons.map((p) => [p.id, p]));
  byId.delete(gone!);
  const change = (id: string, f: (p: Person) => Person) => byId.set(id, f(byId.get(id)!));
  change(internal!, (p) => ({ ...p, visibility: 'internal' }));
  const eventOf = (id: string) => digest.entries.find((e) => e.personId === id)!.facts.eventId;
  change(noEvent!, (p) => ({ ...p, events: p.events.filter((e) => e.id !== eventOf(noEvent!)) }));
  change(noSource!, (p) => ({
    ...p,
    events: p.events.map((e) => (e.id === eventOf(noSource!) ? { ...e, sourceIds: [] } : e)),
  }));
  digest = {
    ...digest,
    entries: digest.entries.map((e) => (e.personId === retitled ? { ...e, heading: 'A heading without a term' } : e)),
  };
  const ctx = {
    today: '2024-02-02',
    facilityIds: new Set(refs.facilities.keys()),
    sourceIds: new Set(refs.sources.keys()),
  };
  return digestWarnings(digest, byId, ctx).map((w) => DigestWarning.parse(w));
}

describe('digest warnings', () => {
  const all = warnings();

  it('come from every check of the digest, each with a text', () => {
    expect(new Set(all.map((w) => w.text?.id).filter((id) => id?.startsWith('digest.')))).toEqual(
      new Set(DIGEST_TEXT_IDS),
    );
    expect(all.every((w) => w.text !== undefined)).toBe(true);
  });

  it('read in English as their message, word for word', () => {
    for (const w of all) expect(findingText(w.text as FindingText, 'en'), w.code).toBe(w.message);
  });

  it('of the digest’s own checks read in Belarusian and Russian without English, events named in the language', () => {
    // (The registry's findings are checked in findings.test.ts; they may quote the record's own English notes.)
    for (const lang of ['be', 'ru'] as const)
      for (const w of all.filter((x) => x.text?.id.startsWith('digest.'))) {
        const text = findingText(w.text as FindingText, lang);
        const words = text.replace(/\b[a-z]+(-[a-z0-9]+)+\b/g, ''); // ids such as e-ivanou-release stay as they are
        expect(words, `${lang} ${w.code}`).not.toMatch(/\b(release|detention|the|of|entry|record|digest)\b/);
        if (w.code === 'event-outside-month' || w.code === 'entry-without-source')
          expect(text).toMatch(/«[А-ЯЁІЎ][^»]*»/);
      }
  });
});
