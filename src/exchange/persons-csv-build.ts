/**
 * Builds one person record from the cells of a CSV row (see `persons-csv-parse.ts`).
 * Dates the table does not give are never invented: a facility is placed at the
 * verdict (or the arrest) with an `inferred` note saying so, and the recognition
 * is dated at the arrest for the same reason.
 */
import { dayRange } from '../domain/partial-date.js';
import type { Case, Event, NameForm, NameSystem, PersonInput, Region, ReleaseReason } from '../domain/record.js';
import { type CsvColumn, parseCharges, parseCsvDate, parseName, parsePenalty } from './csv-fields.js';
import type { ProblemList } from './problems.js';

export interface RowFacts {
  line: number;
  id: string | undefined;
  sex: 'male' | 'female' | undefined;
  region: Region | undefined;
  status: 'imprisoned' | 'released' | 'deceased' | 'other' | undefined;
  releaseReason: ReleaseReason | undefined;
  facilityId: string | undefined;
  /** Reads a cell with a parser, reporting a problem (and giving undefined) when it fails. */
  get: <T>(column: CsvColumn, read: (s: string) => T) => T | undefined;
}

interface BuildOptions {
  idPrefix: string;
  sourceId?: string;
  latinSystem?: NameSystem;
}

function names(facts: RowFacts, latin: NameSystem): NameForm[] {
  const form = (column: CsvColumn, system: NameSystem): NameForm[] => {
    const n = facts.get(column, parseName);
    return n ? [{ ...n, system, primary: true, visibility: 'public' }] : [];
  };
  return [...form('name', latin), ...form('name_be', 'be-cyrl'), ...form('name_ru', 'ru-cyrl')];
}

function first(date: string): number {
  return dayRange(date)[0];
}

/** The person, or null after adding problems for facts that do not fit together. */
export function buildPerson(facts: RowFacts, opts: BuildOptions, problems: ProblemList): PersonInput | null {
  const id = facts.id ?? `${opts.idPrefix}${facts.line}`;
  const key = id.slice(id.indexOf('-') + 1);
  const sourceIds = opts.sourceId ? [opts.sourceId] : [];
  const d = {
    birth: facts.get('birthday', parseCsvDate),
    arrested: facts.get('arrested', parseCsvDate),
    verdict: facts.get('verdict_date', parseCsvDate),
    release: facts.get('release_date', parseCsvDate),
    died: facts.get('died', parseCsvDate),
  };
  const charges = facts.get('articles', parseCharges) ?? [];
  const punishment = facts.get('penalty', parsePenalty);
  const problem = (code: string, field: CsvColumn, message: string) =>
    problems.add({ code, row: facts.line, field, id, message: `Line ${facts.line}, ${field}: ${message}` });

  const nameForms = names(facts, opts.latinSystem ?? 'latn');
  if (nameForms.length === 0) problem('missing-name', 'name', 'every person needs a name (name, name_be or name_ru).');
  if (facts.releaseReason && !d.release)
    problem('missing-release-date', 'release_date', 'a release reason needs the release date.');
  const needsArrest =
    d.release ?? d.verdict ?? facts.facilityId ?? (facts.status === 'imprisoned' || facts.status === 'released');
  if (needsArrest && !d.arrested)
    problem(
      'missing-arrested',
      'arrested',
      'give the date of the arrest; the other dates and the status depend on it.',
    );
  if (d.arrested && d.release && first(d.release) < first(d.arrested))
    problem('release-before-arrest', 'release_date', 'the release is before the arrest.');
  if (nameForms.length === 0 || (needsArrest && !d.arrested)) return null;

  const cases: Case[] = [];
  if (charges.length > 0 || d.verdict || punishment) {
    cases.push({
      id: `c-${key}-1`,
      charges,
      ...(d.verdict ? { verdictDate: d.verdict } : {}),
      ...(punishment ? { punishment } : {}),
      appeals: [],
      sourceIds,
      visibility: 'public',
    });
  }
  const caseId = cases[0]?.id;
  const ev = (suffix: string, kind: Event['kind'], date: string, extra: Partial<Event> = {}): Event => ({
    id: `e-${key}-${suffix}`,
    kind,
    date,
    sourceIds,
    visibility: 'public',
    ...extra,
  });
  const events: Event[] = [];
  if (d.arrested) {
    events.push(ev('arrest', 'detention', d.arrested));
    if (facts.status !== 'other') {
      events.push(
        ev('recognition', 'recognition', d.arrested, {
          inferred: {
            rule: 'listed',
            reasoning: `listed as a political prisoner in an imported table (line ${facts.line}); the table gives no date of recognition, so the arrest date is used`,
          },
        }),
      );
    }
  }
  if (d.verdict) events.push(ev('verdict', 'verdict', d.verdict, caseId ? { caseId } : {}));
  if (facts.facilityId && !d.release && d.arrested)
    events.push(placement(ev, facts.facilityId, d.arrested, d.verdict, facts.line));
  if (d.release) {
    events.push(
      ev('release', 'release', d.release, {
        releaseReason: facts.releaseReason ?? 'other',
        ...(facts.facilityId ? { facilityId: facts.facilityId } : {}),
      }),
    );
  }
  if (d.died) events.push(ev('death', 'death', d.died));

  return {
    id,
    names: nameForms,
    ...(facts.sex ? { sex: facts.sex } : {}),
    ...(d.birth ? { birthDate: d.birth } : {}),
    ...(facts.region ? { region: facts.region } : {}),
    cases,
    events,
  };
}

/** The facility a person is held in now: placed at the verdict (or the arrest), marked as inferred. */
function placement(
  ev: (suffix: string, kind: Event['kind'], date: string, extra?: Partial<Event>) => Event,
  facilityId: string,
  arrested: string,
  verdict: string | undefined,
  line: number,
): Event {
  const afterArrest = verdict !== undefined && first(verdict) >= first(arrested);
  const date = afterArrest ? verdict : arrested;
  const when = afterArrest ? 'the verdict date' : 'the arrest date';
  return ev('facility', afterArrest ? 'transfer' : 'pretrial_placement', date, {
    facilityId,
    inferred: {
      rule: 'listed',
      reasoning: `the imported table (line ${line}) names the place of detention but not since when; ${when} is used`,
    },
  });
}
