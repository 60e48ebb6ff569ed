/**
 * The header checks every registry reader shares.
 *
 * Rollcall writes its JSON export with one record per line (see
 * docs/exchange-format.md and `src/exchange/registry-json.ts`), read fast by
 * `registry-lines.ts`; files laid out otherwise stream through
 * `src/exchange/registry-scan.ts`. Both read any size in bounded memory.
 */
import { RollcallError } from '../domain/errors.js';

import {
  REGISTRY_FORMAT as FORMAT,
  REGISTRY_FORMAT_VERSION as VERSION,
  READABLE_VERSIONS,
  readableVersions,
  type Section,
} from '../exchange/format.js';

export type { Section };

export interface RecordItem {
  section: Section;
  /** 1-based position of the record within its section. */
  row: number;
  value: unknown;
}

/** Throws unless `header` names this format and version. */
export function checkRegistryHeader(header: { format?: unknown; version?: unknown }): void {
  if (header.format !== FORMAT) {
    throw new RollcallError(
      'invalid-format',
      `This is not a Rollcall registry file (format is ${JSON.stringify(header.format)}, expected "${FORMAT}").`,
    );
  }
  if (typeof header.version !== 'number' || !READABLE_VERSIONS.includes(header.version)) {
    throw new RollcallError(
      'unsupported-version',
      `This file has format version ${JSON.stringify(header.version)}; this Rollcall reads versions ${readableVersions()} (and writes ${VERSION}). Export it again with a matching Rollcall.`,
    );
  }
}
