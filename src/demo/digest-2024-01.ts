/**
 * Demo data from the real example digest (Viasna, "35 political prisoners released
 * in January having served their sentences", published 2024-02-02): five people
 * with every fact the digest states, written as the digest writes them (errors
 * included), plus the editor's corrections to apply later as revisions.
 *
 * Missing detention dates are inferred from the stated time served with
 * `inferredDetentionEvent`, never computed by hand. Facts outside the digest are
 * not added; where a field is a reading of the text (a region from the court's
 * town) the internal note says so.
 */
import { inferStartFromTimeServed, inferredDetentionEvent } from '../domain/inference.js';
import type { Event, Facility, Person, Source } from '../domain/record.js';
import { DIGEST, DIGEST_SOURCES, reDetentionTwoDaysAfter } from './digest-2024-01-kit.js';
import { PERSONS_AS_WRITTEN } from './digest-2024-01-people.js';
import { FACILITIES } from './facilities.js';
import { generateRegistry, syntheticSources } from './generator.js';
import { DEMO_INTERNAL_FACILITY, DEMO_INTERNAL_PERSON, DEMO_INTERNAL_SOURCE, withInternalFacts } from './internal.js';

export { DIGEST_SOURCE_ID } from './digest-2024-01-kit.js';

/** The actor recorded on demo revisions. */
export const DEMO_ACTOR = 'demo-editor';

export interface DemoCorrection {
  personId: string;
  note: string;
  apply: (p: Person) => Person;
}

/** The real facility catalogue (the digest names SIZO No. 7 Brest and colonies No. 3, 4 and 15). */
export const demoFacilities: Facility[] = FACILITIES.map((f) => structuredClone(f));

/** The digest itself, Brest Viasna (which it cites) and the TikTok video it mentions. */
export const demoSources: Source[] = DIGEST_SOURCES.map((s) => structuredClone(s));

/** The five people as the digest writes them, including its two errors. */
export const demoPersonsAsWritten: Person[] = PERSONS_AS_WRITTEN.map((p) => structuredClone(p));

function releaseOf(p: Person): Event {
  const release = p.events.find((e) => e.kind === 'release');
  if (!release) throw new Error(`demo person ${p.id} has no release`);
  return release;
}

/** Mikhniuk: "detained on March 25, 2020" cannot be; 1y 10m 4d before 2024-01-29 is 2022-03-25. */
function correctMikhniuk(p: Person): Person {
  const release = releaseOf(p);
  const fitting = inferStartFromTimeServed(
    release.date,
    release.statedTimeServed as NonNullable<Event['statedTimeServed']>,
  );
  const wrong = DIGEST.mikhniukDetentionAsWritten;
  return {
    ...p,
    events: p.events.map((e) => {
      if (e.date !== wrong) return e;
      const reasoning = e.inferred
        ? e.inferred.reasoning.replace(wrong, fitting.date)
        : `${fitting.reasoning}; the digest's "March 25, 2020" does not fit and is read as 2022`;
      return { ...e, date: fitting.date, inferred: { rule: e.inferred?.rule ?? 'time-served', reasoning } };
    }),
  };
}

/** Takarchuk: released "on May 6" in a January digest; the day is unknown, the month is January 2024. */
function correctTakarchuk(p: Person): Person {
  const release: Event = { ...releaseOf(p), date: '2024-01' };
  const detention = inferredDetentionEvent(release, 'e-takarchuk-detention');
  const old = p.events.find((e) => e.id === detention.id);
  if (old?.note) detention.note = old.note;
  return {
    ...p,
    events: p.events.map((e) => {
      if (e.id === release.id) return release;
      if (e.id === detention.id) return detention;
      if (e.id === 'e-takarchuk-re-detention') return reDetentionTwoDaysAfter(e, detention);
      return e;
    }),
  };
}

/** The editor's corrections, applied after the import as revisions with these notes. */
export const demoCorrections: DemoCorrection[] = [
  {
    personId: 'p-mikhniuk',
    note:
      'Detention corrected from 2020-03-25 to 2022-03-25: the digest states 1 year, 10 months and 4 days ' +
      'of imprisonment up to the release on 2024-01-29, which only fits a detention on 2022-03-25 ' +
      '(and the verdict of May 2022 followed it).',
    apply: correctMikhniuk,
  },
  {
    personId: 'p-takarchuk',
    note:
      'Release corrected from 2024-05-06 to January 2024: the digest lists him among the January releases ' +
      'and was published on 2024-02-02, so "May 6" cannot be right; the day is unknown. The detention is ' +
      're-inferred from the stated 3 years, 3 months and 22 days.',
    apply: correctTakarchuk,
  },
];

export interface DemoRegistry {
  facilities: Facility[];
  sources: Source[];
  persons: Person[];
  corrections: DemoCorrection[];
}

/**
 * Everything the demo site loads: the five digest people (as written) plus
 * `synthetic` fictional people (default 200, seed 1, generated as of `today`, default the
 * generator's fixed day) so that figures have a history; with `internal`, internal records
 * (`internal.ts`: a person, a facility, a source, and a name form, case and event), as the
 * demo site (`serve --demo`, `rollcall demo`) loads it.
 * Apply `corrections` afterwards, as revisions by {@link DEMO_ACTOR}.
 *
 * @example
 * const demo = demoRegistry({ synthetic: 1000 });
 */
export function demoRegistry(
  opts: { synthetic?: number; seed?: number; today?: string; internal?: boolean } = {},
): DemoRegistry {
  const generated = generateRegistry({
    size: opts.synthetic ?? 200,
    seed: opts.seed ?? 1,
    ...(opts.today ? { today: opts.today } : {}),
  });
  const base = {
    facilities: demoFacilities.map((f) => structuredClone(f)),
    sources: [...demoSources.map((s) => structuredClone(s)), ...syntheticSources()],
    persons: [...demoPersonsAsWritten.map((p) => structuredClone(p)), ...generated.persons],
    corrections: demoCorrections,
  };
  return opts.internal ? withInternalRecords(base, demoPersonsAsWritten.length) : base;
}

/** The registry with the internal demo records (`internal.ts`) added; the first generated person gets internal facts. */
function withInternalRecords(demo: DemoRegistry, firstGenerated: number): DemoRegistry {
  const persons = demo.persons.map((p, i) => (i === firstGenerated ? withInternalFacts(p) : p));
  return {
    ...demo,
    facilities: [...demo.facilities, structuredClone(DEMO_INTERNAL_FACILITY)],
    sources: [...demo.sources, structuredClone(DEMO_INTERNAL_SOURCE)],
    persons: [...persons, structuredClone(DEMO_INTERNAL_PERSON)],
  };
}
