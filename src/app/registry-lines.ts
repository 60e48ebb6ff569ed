/**
 * Reading a registry JSON file for import, fast: the file is split into lines
 * as bytes, and the person records (almost all of a file) are handed on in
 * batches of raw UTF-8 lines, to be decoded, parsed and validated by workers.
 * Records of the small sections are parsed here. Files in any other JSON layout
 * (pretty-printed, compact) go through the exchange format's streaming reader
 * (`src/exchange/registry-scan.ts`) into the same batches, in bounded memory.
 *
 * Either way the reader checks that the file is complete (a file cut short is
 * refused, never imported in part), refuses text that is not UTF-8 and records
 * over {@link LIMITS.recordBytes} naming the record, and ends with an
 * `end` chunk that the pipeline checks against the counts and checksum it read.
 */
import { open } from 'node:fs/promises';
import type { Problem } from '../domain/errors.js';
import { LIMITS } from '../domain/record.js';
import { RegistryScanner, ScanError } from '../exchange/registry-scan.js';
import { RollcallError } from '../domain/errors.js';
import { BufferPool, ByteBuffer } from './byte-buffer.js';
import { checkRegistryHeader, type RecordItem, type Section } from './json-lines.js';

/** Person record lines, back to back, each ended by `\n`; `firstRow` is the 1-based row of the first. */
export interface PersonLineBatch {
  kind: 'person-lines';
  firstRow: number;
  count: number;
  /** UTF-8 bytes (when read from a file) or text of the lines. */
  lines: Uint8Array | string;
}

/** A problem the reader found in one record (it is left out). */
export interface RecordProblem {
  kind: 'problem';
  problem: Problem & { section: Section; row: number };
}

/** The file's last chunk: its format version and its end marker (`undefined` when it has none). */
export interface RegistryEndChunk {
  kind: 'end';
  version: number;
  end: unknown;
}

export type RegistryChunk = ({ kind: 'record' } & RecordItem) | PersonLineBatch | RecordProblem | RegistryEndChunk;

export const PERSON_BATCH = 500;
/** A batch ends early once it holds this many bytes (a bound on what a worker holds at once). */
export const PERSON_BATCH_BYTES = 2 << 20;
const READ_SIZE = 1 << 20;
/** Room for a batch of lines: a batch ends once past PERSON_BATCH_BYTES, usually by less than this margin. */
export const LINES_BLOCK = PERSON_BATCH_BYTES + (256 << 10);
const NEWLINE = 10;
const SECTION_RE = /^"(articles|creditRatios|courts|facilities|sources|persons)": \[(\],?)?$/;
const HEADER_RE = /^"(format|version|exportedAt)": .*$/;
const END_RE = /^"end": (.*)$/;

interface LineState {
  section: Section | null;
  row: number;
  header: Record<string, unknown>;
  end: unknown;
  closed: boolean;
}

/**
 * Yields the records of a registry file in file order, persons in batches, then
 * an `end` chunk. `readSize` is the size of each read (tests make it small to
 * split lines across reads). Batches are written into blocks taken from `pool`;
 * whoever is done with a batch's lines may give its block back.
 *
 * @example
 * for await (const chunk of readRegistryChunks('registry.json')) if (chunk.kind === 'person-lines') …
 */
export async function* readRegistryChunks(
  path: string,
  readSize = READ_SIZE,
  pool = new BufferPool(),
): AsyncGenerator<RegistryChunk> {
  const lines = byteLines(path, readSize, LIMITS.recordBytes);
  try {
    yield* readLines(path, lines, pool, readSize);
  } finally {
    await lines.return(undefined);
  }
}

async function* readLines(
  path: string,
  lines: AsyncGenerator<Uint8Array | number>,
  pool: BufferPool,
  readSize: number,
): AsyncGenerator<RegistryChunk> {
  const first = await lines.next();
  const opening = first.done || typeof first.value === 'number' ? null : lenient(first.value).trim(); // decoded before the next read reuses its bytes
  const second = await lines.next();
  if (
    opening !== '{' ||
    second.done ||
    typeof second.value === 'number' ||
    !lenient(second.value).trim().startsWith('"format":')
  ) {
    yield* scanFile(path, pool, readSize);
    return;
  }
  const state: LineState = { section: null, row: 0, header: {}, end: undefined, closed: false };
  let batch = new BatchBuilder(1, pool);
  let lineNo = 2;
  let yielded = false;
  for (let next: IteratorResult<Uint8Array | number> = second; !next.done; next = await lines.next(), lineNo++) {
    const line = next.value;
    if (state.closed) {
      if (typeof line === 'number' || trimBytes(line).length > 0) afterEnd(lineNo);
      continue;
    }
    if (typeof line === 'number') {
      if (state.section === null)
        throw new RollcallError('invalid-json', `Line ${lineNo} is too long for a registry file.`);
      state.row++;
      if (batch.count > 0) {
        yield batch.done();
        batch = new BatchBuilder(state.row + 1, pool);
      }
      yield tooLarge(state.section, state.row, line);
      batch = new BatchBuilder(state.row + 1, pool);
      continue;
    }
    const bytes = trimBytes(line);
    if (bytes.length > 0 && bytes[0] === 0x7b /* { */ && state.section !== null) {
      if (bytes.length === 1 && !yielded) {
        // A record spread over lines: pretty-printed JSON, not the one-record-per-line layout.
        yield* scanFile(path, pool, readSize);
        return;
      }
      yielded = true;
      state.row++;
      if (state.section !== 'persons') {
        yield recordChunk(state.section, state.row, bytes);
        continue;
      }
      batch.add(bytes);
      if (batch.count >= PERSON_BATCH || batch.bytes >= PERSON_BATCH_BYTES) {
        yield batch.done();
        batch = new BatchBuilder(state.row + 1, pool);
      }
      continue;
    }
    if (batch.count > 0) {
      yield batch.done();
      batch = new BatchBuilder(state.row + 1, pool);
    }
    structuralLine(bytes, lineNo, state);
    if (state.section === 'persons' && state.row === 0) batch = new BatchBuilder(1, pool);
  }
  if (batch.count > 0) yield batch.done();
  if (!state.closed) truncated(state.section, state.row);
  checkRegistryHeader(state.header);
  yield { kind: 'end', version: state.header.version as number, end: state.end };
}

/** Any other layout, through the exchange format's streaming reader; the same chunks come out. */
async function* scanFile(path: string, pool: BufferPool, readSize: number): AsyncGenerator<RegistryChunk> {
  const scanner = new RegistryScanner(LIMITS.recordBytes);
  const header: Record<string, unknown> = {};
  let end: unknown;
  let batch: BatchBuilder | null = null;
  const file = await open(path, 'r');
  try {
    const buf = new Uint8Array(readSize);
    for (;;) {
      const { bytesRead } = await file.read(buf, 0, readSize, null);
      if (bytesRead === 0) break;
      for (const item of feed(scanner, buf.subarray(0, bytesRead))) {
        if (item.kind === 'key') {
          const value = parseJsonValue(item.json, item.key);
          if (item.key === 'end') end = value;
          else if (HEADER_RE.test(`"${item.key}": `)) header[item.key] = value;
          else throw new RollcallError('unknown-field', `"${item.key}" is not part of the registry format; remove it.`);
          continue;
        }
        if (batch && (item.kind !== 'record' || item.section !== 'persons')) {
          if (batch.count > 0) yield batch.done();
          batch = null;
        }
        if (item.kind === 'section') {
          if (header.format !== undefined) checkRegistryHeader(header);
        } else if (item.kind === 'too-large') {
          yield tooLarge(item.section, item.row, item.bytes);
        } else if (item.section !== 'persons') {
          yield recordChunk(item.section, item.row, item.bytes);
        } else if (item.bytes.includes(NEWLINE)) {
          yield problem('persons', item.row, 'invalid-json', `persons record ${item.row} is not valid JSON`);
        } else {
          batch ??= new BatchBuilder(item.row, pool);
          batch.add(item.bytes);
          if (batch.count >= PERSON_BATCH || batch.bytes >= PERSON_BATCH_BYTES) {
            yield batch.done();
            batch = null;
          }
        }
      }
    }
    feed(scanner, null);
  } finally {
    await file.close();
  }
  if (batch && batch.count > 0) yield batch.done();
  checkRegistryHeader(header);
  yield { kind: 'end', version: header.version as number, end };
}

/** The scanner's items, its errors as the import's; `null` ends the file. */
function feed(scanner: RegistryScanner, bytes: Uint8Array | null) {
  try {
    if (bytes) return scanner.feed(bytes);
    scanner.finish();
    return [];
  } catch (error) {
    if (error instanceof ScanError) throw new RollcallError(error.code, error.message);
    throw error;
  }
}

function structuralLine(bytes: Uint8Array, lineNo: number, state: LineState): void {
  const line = strict(bytes, `Line ${lineNo}`);
  if (line === '') return;
  if (line === '}') {
    state.closed = true;
    return;
  }
  const opened = SECTION_RE.exec(line);
  const end = state.section === null ? END_RE.exec(line) : null;
  if (state.section === null && HEADER_RE.test(line)) {
    Object.assign(state.header, parseJsonValue(`{${line.replace(/,$/, '')}}`, 'header') as object);
  } else if (end) {
    state.end = parseJsonValue(end[1]!.replace(/,$/, ''), 'end');
  } else if (opened) {
    if (Object.keys(state.header).length > 0) checkRegistryHeader(state.header);
    state.section = opened[2] ? null : (opened[1] as Section);
    state.row = 0;
  } else if (line === '],' || line === ']') {
    state.section = null;
  } else {
    throw new RollcallError(
      'invalid-json',
      `Line ${lineNo} is not where a registry file can have it: ${line.slice(0, 80)}`,
    );
  }
}

function truncated(section: Section | null, row: number): never {
  const where = section ? ` after record ${row} of "${section}"` : '';
  throw new RollcallError(
    'truncated',
    `The file ends before the registry does${where}: it is cut short. Nothing was imported; copy or export the file again.`,
  );
}

function afterEnd(lineNo: number): never {
  throw new RollcallError('invalid-json', `Line ${lineNo} comes after the end of the registry object; remove it.`);
}

function recordChunk(section: Exclude<Section, 'persons'> | Section, row: number, bytes: Uint8Array): RegistryChunk {
  const line = decodeStrict(bytes);
  if (line === null) return invalidUtf8(section, row);
  try {
    return { kind: 'record', section, row, value: JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) };
  } catch {
    return problem(section, row, 'invalid-json', `${section} record ${row} is not valid JSON`);
  }
}

export function invalidUtf8(section: Section, row: number): RecordProblem {
  return problem(
    section,
    row,
    'invalid-utf8',
    `${section} record ${row} is not valid UTF-8 (its text would be stored garbled); save the file as UTF-8.`,
  );
}

function tooLarge(section: Section, row: number, bytes: number): RecordProblem {
  const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;
  return problem(
    section,
    row,
    'record-too-large',
    `${section} record ${row} is ${mb(bytes)}; a record may be at most ${mb(LIMITS.recordBytes)}. Shorten its texts or lists.`,
  );
}

function problem(section: Section, row: number, code: string, message: string): RecordProblem {
  return { kind: 'problem', problem: { section, row, code, message } };
}

function parseJsonValue(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RollcallError('invalid-json', `The value of "${what}" is not valid JSON: ${text.slice(0, 80)}`);
  }
}

/** Collects lines into one growing buffer (a block from the pool). */
class BatchBuilder {
  count = 0;
  readonly #lines: ByteBuffer;

  constructor(
    readonly firstRow: number,
    pool: BufferPool,
  ) {
    this.#lines = new ByteBuffer(pool.take(LINES_BLOCK));
  }

  get bytes(): number {
    return this.#lines.length;
  }

  add(line: Uint8Array): void {
    this.#lines.append(line);
    this.#lines.appendByte(NEWLINE);
    this.count++;
  }

  done(): PersonLineBatch {
    return { kind: 'person-lines', firstRow: this.firstRow, count: this.count, lines: this.#lines.bytes() };
  }
}

const fatal = new TextDecoder('utf-8', { fatal: true });
const replacing = new TextDecoder('utf-8');

/** The text, or null when the bytes are not UTF-8. */
export function decodeStrict(bytes: Uint8Array): string | null {
  try {
    return fatal.decode(bytes);
  } catch {
    return null;
  }
}

function strict(bytes: Uint8Array, what: string): string {
  const text = decodeStrict(bytes);
  if (text === null) throw new RollcallError('invalid-utf8', `${what} is not valid UTF-8; save the file as UTF-8.`);
  return text;
}

/** For sniffing the layout only. */
function lenient(bytes: Uint8Array): string {
  return replacing.decode(bytes);
}

/** Without leading spaces/tabs and trailing spaces/tabs/CR. */
function trimBytes(bytes: Uint8Array): Uint8Array {
  let start = 0;
  let end = bytes.length;
  while (start < end && (bytes[start] === 0x20 || bytes[start] === 0x09)) start++;
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09 || bytes[end - 1] === 0x0d)) end--;
  return bytes.subarray(start, end);
}

/**
 * The file's lines as byte views into one reused read buffer: a view is valid until
 * the next line is asked for (the buffer is refilled in place). A line longer than
 * `maxLine` is not held: it comes as its length, read past in bounded memory.
 */
async function* byteLines(path: string, readSize: number, maxLine: number): AsyncGenerator<Uint8Array | number> {
  const file = await open(path, 'r');
  try {
    let buf = new Uint8Array(readSize * 2);
    let carry = 0; // bytes of an unfinished line at the start of buf
    let skipped = -1; // bytes of an over-long line read past so far (-1: none)
    for (;;) {
      if (carry + readSize > buf.length) {
        const bigger = new Uint8Array((carry + readSize) * 2); // a line longer than a read
        bigger.set(buf.subarray(0, carry));
        buf = bigger;
      }
      const { bytesRead } = await file.read(buf, carry, readSize, null);
      const filled = buf.subarray(0, carry + bytesRead);
      let start = 0;
      for (let nl = filled.indexOf(NEWLINE); nl !== -1; nl = filled.indexOf(NEWLINE, start)) {
        if (skipped >= 0) {
          yield skipped + nl - start;
          skipped = -1;
        } else yield nl - start > maxLine ? nl - start : filled.subarray(start, nl);
        start = nl + 1;
      }
      carry = filled.length - start;
      if (skipped >= 0 || carry > maxLine) {
        skipped = Math.max(skipped, 0) + carry; // too long to hold: count it and drop the bytes
        carry = 0;
      } else buf.copyWithin(0, start, filled.length);
      if (bytesRead === 0) break;
    }
    if (skipped >= 0) yield skipped;
    else if (carry > 0) yield carry > maxLine ? carry : buf.subarray(0, carry);
  } finally {
    await file.close();
  }
}
