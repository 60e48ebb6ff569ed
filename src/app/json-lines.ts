/**
 * The registry JSON file as a stream of records.
 *
 * Rollcall writes its JSON export with one record per line (see
 * docs/exchange-format.md and `src/exchange/registry-json.ts`), so a file of
 * any size can be read record by record in bounded memory while remaining
 * ordinary JSON. Files laid out otherwise are
 * still accepted: they are parsed whole (up to {@link MAX_WHOLE_FILE} bytes).
 */
import { createReadStream, statSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
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

const SECTION_RE = /^"(articles|creditRatios|facilities|sources|persons)": \[(\],?)?$/;
const HEADER_RE = /^"(format|version|exportedAt)": .*$/;

/** Yields every record of a registry JSON file, in file order. */
export async function* readRegistryRecords(path: string): AsyncGenerator<RecordItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const [first, second] = [await iterator.next(), await iterator.next()];
  if (first.done || first.value.trim() !== '{' || second.done || !second.value.trim().startsWith('"format":')) {
    lines.close();
    yield* readWhole(path);
    return;
  }
  const header: Record<string, unknown> = {};
  let section: Section | null = null;
  let row = 0;
  let lineNo = 2;
  for (let next: IteratorResult<string> = second; !next.done; next = await iterator.next(), lineNo++) {
    const line = next.value.trim();
    const opened = SECTION_RE.exec(line);
    if (line === '' || line === '}') continue;
    if (section === null && HEADER_RE.test(line)) {
      Object.assign(header, JSON.parse(`{${line.replace(/,$/, '')}}`));
    } else if (opened) {
      if (Object.keys(header).length > 0) checkHeader(header);
      section = opened[2] ? null : (opened[1] as Section);
      row = 0;
    } else if (line === '],' || line === ']') {
      section = null;
    } else if (section && line.startsWith('{')) {
      row++;
      yield { section, row, value: parseLine(line, section, row) };
    } else {
      throw new AppError(
        'invalid-json',
        `Line ${lineNo} is not where a registry file can have it: ${line.slice(0, 80)}`,
      );
    }
  }
  if (Object.keys(header).length === 0 || header.format === undefined) checkHeader(header);
}

function parseLine(line: string, section: Section, row: number): unknown {
  const text = line.endsWith(',') ? line.slice(0, -1) : line;
  try {
    return JSON.parse(text);
  } catch {
    return { __invalidJson: `${section} record ${row} is not valid JSON` };
  }
}

function checkHeader(header: { format?: unknown; version?: unknown }): void {
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

function* readWhole(path: string): Generator<RecordItem> {
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
  checkHeader(data);
  for (const section of SECTIONS) {
    const list = data[section] ?? [];
    if (!Array.isArray(list)) throw new AppError('invalid-format', `"${section}" must be an array.`);
    let row = 0;
    for (const value of list) yield { section, row: ++row, value };
  }
}
