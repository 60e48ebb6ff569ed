/**
 * The registry exchange format: names, version and the shape of the data it
 * carries. Documented in `docs/exchange-format.md`.
 */
import type { Article, CreditRatio, Facility, Person, Source } from '../domain/record.js';

export const REGISTRY_FORMAT = 'rollcall-registry';
/** The version written. Version 2 added the `end` key (record counts and a checksum). */
export const REGISTRY_FORMAT_VERSION = 2;
/** Versions read: 1 (without `end`, checked for completeness only) and 2. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/** The sections of a registry file, in the order they are written. */
export const SECTIONS = ['articles', 'creditRatios', 'facilities', 'sources', 'persons'] as const;
export type Section = (typeof SECTIONS)[number];

/** A whole registry in memory: what an export writes and an import returns. */
export interface RegistryData {
  /** ISO timestamp of the export; written only when the caller passes it. */
  exportedAt?: string;
  articles: Article[];
  creditRatios: CreditRatio[];
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
