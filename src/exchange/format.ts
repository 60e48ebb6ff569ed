/**
 * The registry exchange format: names, version and the shape of the data it
 * carries. Documented in `docs/exchange-format.md`.
 */
import type { Article, Court, CreditRatio, Facility, Person, Source } from '../domain/record.js';

export const REGISTRY_FORMAT = 'rollcall-registry';
/**
 * The version written. Version 2 added the `end` key (record counts and a checksum),
 * version 3 the `courts` section (the court catalogue).
 */
export const REGISTRY_FORMAT_VERSION = 3;
/** Versions read: 1 (without `end`, checked for completeness only), 2 (without `courts`) and 3. */
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3];

/** The versions read, for messages: "1, 2 and 3". */
export function readableVersions(): string {
  return `${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${READABLE_VERSIONS.at(-1)}`;
}

/** The sections of a registry file, in the order they are written. */
export const SECTIONS = ['articles', 'creditRatios', 'courts', 'facilities', 'sources', 'persons'] as const;
export type Section = (typeof SECTIONS)[number];

const WITHOUT_COURTS = SECTIONS.filter((s) => s !== 'courts');

/** The sections a file of `version` must have: version 2 has no `courts`, version 1 may lack it. */
export function sectionsOf(version: number): readonly Section[] {
  return version >= 3 ? SECTIONS : WITHOUT_COURTS;
}

/**
 * The sections a file of `version` may have: version 2 never has `courts`; version 1 (the
 * format without an end marker, also what a version 3 file edited by hand becomes) may.
 */
export function allowedSectionsOf(version: number): readonly Section[] {
  return version === 2 ? WITHOUT_COURTS : SECTIONS;
}

/** A whole registry in memory: what an export writes and an import returns. */
export interface RegistryData {
  /** ISO timestamp of the export; written only when the caller passes it. */
  exportedAt?: string;
  articles: Article[];
  creditRatios: CreditRatio[];
  /** The court catalogue (a file before version 3 has none: read as `[]`; absent when writing: none). */
  courts?: Court[];
  facilities: Facility[];
  sources: Source[];
  persons: Person[];
}

/**
 * What the serializer accepts: like {@link RegistryData}, but `persons` may be any
 * iterable (e.g. a store cursor) that yields people in ascending id order.
 */
export interface RegistryExport extends Omit<RegistryData, 'persons'> {
  persons: Iterable<Person>;
}
