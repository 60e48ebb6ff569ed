/**
 * Writes people as a CSV table, one row per person, with the columns of the
 * registry's public table (see {@link CSV_COLUMNS}). Derived columns (status,
 * first detention, current or last facility, release) come from the same domain
 * rules as the site: `projectPerson` and the custody periods.
 */
import { csvText } from './csv-write.js';
import { custodyPeriods } from '../domain/custody.js';
import { isoToDay, dayRange } from '../domain/partial-date.js';
import { projectPerson, sortNameForm, withPublicFacts } from '../domain/project-person.js';
import type { Case, Event, Facility, NameForm, Person } from '../domain/record.js';
import type { Audience } from '../domain/access.js';
import { CSV_COLUMNS, type CsvColumn, formatCharge, formatName, formatPenalty } from './csv-fields.js';

export interface CsvExportOptions {
  /** Status as of this day (`YYYY-MM-DD`); default: everything recorded has happened. */
  today?: string;
  /** Who reads: `public` leaves out non-public people and every non-public name, birthday, case and event. */
  audience: Audience;
  /** Write the header row (default true); false for the pages after the first in a streamed export. */
  header?: boolean;
}

function primaryForm(names: readonly NameForm[], system: NameForm['system']): NameForm | undefined {
  const forms = names.filter((n) => n.system === system);
  return forms.find((n) => n.primary) ?? forms[0];
}

/** The case whose verdict is latest (by first possible day), or the last case. */
function latestCase(cases: readonly Case[]): Case | undefined {
  let best: Case | undefined;
  let bestDay = -Infinity;
  for (const c of cases) {
    const day = c.verdictDate ? dayRange(c.verdictDate)[0] : -Infinity;
    if (!best || day >= bestDay) [best, bestDay] = [c, day];
  }
  return best;
}

function lastFacility(events: readonly Event[]): string | undefined {
  let id: string | undefined;
  for (const e of [...events].sort((a, b) => dayRange(a.date)[0] - dayRange(b.date)[0]))
    if (e.facilityId) id = e.facilityId;
  return id;
}

/**
 * Only what the public may see (see {@link CsvExportOptions.audience}): public names,
 * cases and events, and no facility the public may not see (an event there reads as
 * naming no facility, so the `prison` column never names or ids it).
 */
function publicView(p: Person, shown: ReadonlyMap<string, Facility>): Person {
  const facts = withPublicFacts(p);
  return {
    ...facts,
    names: p.names.filter((n) => n.visibility === 'public'),
    ...(p.birthDateVisibility === 'public' ? {} : { birthDate: undefined }),
    events: facts.events.map((e) =>
      e.facilityId === undefined || shown.has(e.facilityId) ? e : { ...e, facilityId: undefined },
    ),
  };
}

/** One person's row, keyed by column. */
export function personRow(
  person: Person,
  facilities: ReadonlyMap<string, Facility>,
  today?: number,
): Record<CsvColumn, string> {
  const projection = projectPerson(person, today);
  const periods = custodyPeriods(person);
  const last = periods[periods.length - 1];
  const ended = last?.endEvent?.kind === 'release' ? last.endEvent : undefined;
  const verdictCase = latestCase(person.cases);
  const facilityId = projection.currentFacilityId ?? lastFacility(person.events);
  const charges = new Set(person.cases.flatMap((c) => c.charges.map(formatCharge)));
  const death = person.events.find((e) => e.kind === 'death');
  return {
    id: person.id,
    name: formatName(sortNameForm(person.names)),
    name_be: formatName(primaryForm(person.names, 'be-cyrl')),
    name_ru: formatName(primaryForm(person.names, 'ru-cyrl')),
    birthday: person.birthDate ?? '',
    gender: person.sex ?? '',
    region: person.region ?? '',
    status: projection.status,
    arrested: periods[0]?.startEvent.date ?? '',
    articles: [...charges].join('; '),
    verdict_date: verdictCase?.verdictDate ?? '',
    penalty: formatPenalty(verdictCase?.punishment),
    prison: facilityId ? (facilities.get(facilityId)?.name.en ?? facilityId) : '',
    release_date: ended?.date ?? '',
    release_reason: ended?.releaseReason ?? '',
    died: death?.date ?? '',
  };
}

/**
 * People as CSV text (header row first, rows in the order given, `\n` line ends).
 * Prison names are the facilities' English names.
 *
 * @example
 * personsToCsv(persons, facilities, { audience: 'public' });
 */
export function personsToCsv(
  persons: Iterable<Person>,
  facilities: readonly Facility[],
  opts: CsvExportOptions,
): string {
  const shown = opts.audience === 'public' ? facilities.filter((f) => f.visibility === 'public') : facilities;
  const byId = new Map(shown.map((f) => [f.id, f]));
  const today = opts.today === undefined ? undefined : isoToDay(opts.today);
  const rows: string[][] = [];
  for (const person of persons) {
    if (opts.audience === 'public' && person.visibility !== 'public') continue;
    const row = personRow(opts.audience === 'public' ? publicView(person, byId) : person, byId, today);
    rows.push(CSV_COLUMNS.map((c) => row[c]));
  }
  return csvText(rows, { header: (opts.header ?? true) ? CSV_COLUMNS : undefined });
}
