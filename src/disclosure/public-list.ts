/**
 * The public API's list entry: a person as a table row a reader can use — the display
 * name in every public name form, the status, the first detention and last release dates
 * as the record states them, and the current facility (only while imprisoned) — never the
 * search key or any internal day number.
 */
import type { PersonSummaryRow } from '../app/ports.js';
import type { Localized } from '../domain/record.js';
import type { PublicPerson } from './public-person.js';

export interface PublicListEntry {
  id: string;
  /** The primary Latin form ("Family Given Patronymic"), else the first public form. */
  name: string;
  names: Array<{ system: string; primary: boolean; text: string }>;
  status: string;
  sex: string | null;
  region: string | null;
  /** First custody date, partial (`2021`, `2021-05`, `2021-05-13`, `~…`). */
  detained: string | null;
  /** The last release date, when the last event of custody is a release. */
  released: string | null;
  facility: { id: string; name: Localized } | null;
}

const CUSTODY_STARTS = new Set(['detention', 'administrative_arrest', 're_detention']);

/** "Family Given Patronymic". */
function fullName(n: PublicPerson['names'][number]): string {
  return [n.family, n.given, n.patronymic].filter(Boolean).join(' ');
}

/**
 * @example presentListEntry(card.person, card.row, facilities) // { id: 'p-1', name: 'Mikhniuk Zinaida', … }
 */
export function presentListEntry(
  person: PublicPerson,
  row: PersonSummaryRow,
  facilities: ReadonlyMap<string, { id: string; name: Localized }>,
): PublicListEntry {
  const latin =
    person.names.find((n) => n.primary && !n.system.endsWith('cyrl')) ??
    person.names.find((n) => !n.system.endsWith('cyrl')) ??
    person.names[0];
  const starts = person.events.filter((e) => CUSTODY_STARTS.has(e.kind)).map((e) => e.date);
  const releases = person.events.filter((e) => e.kind === 'release').map((e) => e.date);
  const facility =
    row.status === 'imprisoned' && row.currentFacilityId ? facilities.get(row.currentFacilityId) : undefined;
  return {
    id: person.id,
    name: latin ? fullName(latin) : person.id,
    names: person.names.map((n) => ({ system: n.system, primary: n.primary, text: fullName(n) })),
    status: row.status,
    sex: row.sex,
    region: row.region,
    detained: earliest(starts) ?? null,
    released: row.status === 'released' ? (latest(releases) ?? null) : null,
    facility: facility ? { id: facility.id, name: facility.name } : null,
  };
}

/** Partial dates compare by their text once the "about" mark is dropped (ISO order). */
const plain = (d: string) => d.replace(/^~/, '');
function earliest(dates: readonly string[]): string | undefined {
  return [...dates].sort((a, b) => plain(a).localeCompare(plain(b)))[0];
}
function latest(dates: readonly string[]): string | undefined {
  return [...dates].sort((a, b) => plain(b).localeCompare(plain(a)))[0];
}
