/**
 * Registry JSON files read whole, and the header checks every reader shares.
 *
 * Rollcall writes its JSON export with one record per line (see
 * docs/exchange-format.md and `src/exchange/registry-json.ts`), so a file of
 * any size can be read record by record in bounded memory while remaining
 * ordinary JSON (`registry-lines.ts`). Files laid out otherwise are still
 * accepted: they are parsed whole (up to {@link MAX_WHOLE_FILE} bytes).
 */
import { statSync, readFileSync } from 'node:fs';
import { AppError } from './context.js';

import {
  REGISTRY_FORMAT as FORMAT,
  REGISTRY_FORMAT_VERSION as VERSION,
  SECTIONS,
  type Section,
} from '../exchange/format.js';

export type { Section };
export const MAX_WHOLE_FILE = 256 * 1024 * 1024;

export interface RecordItem {
  section: Section;
  /** 1-based position of the record within its section. */
  row: number;
  value: unknown;
}

/** Throws unless `header` names this format and version. */
export function checkRegistryHeader(header: { format?: unknown; version?: unknown }): void {
  if (header.format !== FORMAT) {
    throw new AppError(
      'invalid-format',
      `This is not a Rollcall registry file (format is ${JSON.stringify(header.format)}, expected "${FORMAT}").`,
    );
  }
  if (header.version !== VERSION) {
    throw new AppError(
      'unsupported-version',
      `This file has format version ${JSON.stringify(header.version)}; this Rollcall reads version ${VERSION}. Export it again with a matching Rollcall.`,
    );
  }
}

/** Yields every record of a registry file not laid out one record per line, by parsing it whole. */
export function* readRegistryWhole(path: string): Generator<RecordItem> {
  if (statSync(path).size > MAX_WHOLE_FILE) {
    throw new AppError(
      'file-too-large',
      'This JSON file is not in the one-record-per-line layout and is too large to load whole.',
    );
  }
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new AppError('invalid-json', `The file is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new AppError(
      'invalid-format',
      'A registry file is a JSON object with "format", "version" and record sections.',
    );
  }
  checkRegistryHeader(data);
  for (const section of SECTIONS) {
    const list = data[section] ?? [];
    if (!Array.isArray(list)) throw new AppError('invalid-format', `"${section}" must be an array.`);
    let row = 0;
    for (const value of list) yield { section, row: ++row, value };
  }
}
