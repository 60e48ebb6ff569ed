/**
 * Reading a registry JSON file for import, fast: the file is split into lines
 * as bytes, and the person records (almost all of a file) are handed on in
 * batches of raw UTF-8 lines, to be decoded, parsed and validated by workers.
 * Records of the small sections are parsed here. Files not laid out one record
 * per line are read whole by {@link readRegistryWhole}.
 */
import { open } from 'node:fs/promises';
import { AppError } from './context.js';
import { ByteBuffer } from './byte-buffer.js';
import { readRegistryWhole, checkRegistryHeader, type RecordItem, type Section } from './json-lines.js';

/** Person record lines, back to back, each ended by `\n`; `firstRow` is the 1-based row of the first. */
export interface PersonLineBatch {
  kind: 'person-lines';
  firstRow: number;
  count: number;
  /** UTF-8 bytes (when read from a file) or text of the lines. */
  lines: Uint8Array | string;
}

export type RegistryChunk = ({ kind: 'record' } & RecordItem) | PersonLineBatch;

export const PERSON_BATCH = 500;
/** A batch ends early once it holds this many bytes (a bound on what a worker holds at once). */
export const PERSON_BATCH_BYTES = 2 << 20;
const READ_SIZE = 1 << 20;
const NEWLINE = 10;
const SECTION_RE = /^"(articles|creditRatios|facilities|sources|persons)": \[(\],?)?$/;
const HEADER_RE = /^"(format|version|exportedAt)": .*$/;

/**
 * Yields the records of a registry file in file order, persons in batches.
 * `readSize` is the size of each read (tests make it small to split lines across reads).
 *
 * @example
 * for await (const chunk of readRegistryChunks('registry.json')) if (chunk.kind === 'person-lines') …
 */
export async function* readRegistryChunks(path: string, readSize = READ_SIZE): AsyncGenerator<RegistryChunk> {
  const lines = byteLines(path, readSize);
  try {
    yield* readLines(path, lines);
  } finally {
    await lines.return(undefined);
  }
}

async function* readLines(path: string, lines: AsyncGenerator<Uint8Array>): AsyncGenerator<RegistryChunk> {
  const first = await lines.next();
  const second = await lines.next();
  const layout = !first.done && !second.done && text(first.value).trim() === '{';
  if (!layout || !text(second.value).trim().startsWith('"format":')) {
    yield* wholeFile(path);
    return;
  }
  const header: Record<string, unknown> = {};
  const state = { section: null as Section | null, row: 0 };
  let batch = new BatchBuilder(1);
  let lineNo = 2;
  let yielded = false;
  for (let next: IteratorResult<Uint8Array> = second; !next.done; next = await lines.next(), lineNo++) {
    const bytes = trimBytes(next.value);
    if (bytes.length > 0 && bytes[0] === 0x7b /* { */ && state.section !== null) {
      if (bytes.length === 1 && !yielded) {
        // A record spread over lines: pretty-printed JSON, not the one-record-per-line layout.
        yield* wholeFile(path);
        return;
      }
      yielded = true;
      state.row++;
      if (state.section !== 'persons') {
        yield { kind: 'record', section: state.section, row: state.row, value: parseRecord(bytes, state) };
        continue;
      }
      batch.add(bytes);
      if (batch.count >= PERSON_BATCH || batch.bytes >= PERSON_BATCH_BYTES) {
        yield batch.done();
        batch = new BatchBuilder(state.row + 1);
      }
      continue;
    }
    if (batch.count > 0) {
      yield batch.done();
      batch = new BatchBuilder(state.row + 1);
    }
    structuralLine(text(bytes), lineNo, header, state);
    if (state.section === 'persons' && state.row === 0) batch = new BatchBuilder(1);
  }
  if (batch.count > 0) yield batch.done();
  if (Object.keys(header).length === 0 || header.format === undefined) checkRegistryHeader(header);
}

function* wholeFile(path: string): Generator<RegistryChunk> {
  for (const item of readRegistryWhole(path)) yield { kind: 'record', ...item };
}

function structuralLine(
  line: string,
  lineNo: number,
  header: Record<string, unknown>,
  state: { section: Section | null; row: number },
): void {
  if (line === '' || line === '}') return;
  const opened = SECTION_RE.exec(line);
  if (state.section === null && HEADER_RE.test(line)) {
    Object.assign(header, JSON.parse(`{${line.replace(/,$/, '')}}`));
  } else if (opened) {
    if (Object.keys(header).length > 0) checkRegistryHeader(header);
    state.section = opened[2] ? null : (opened[1] as Section);
    state.row = 0;
  } else if (line === '],' || line === ']') {
    state.section = null;
  } else {
    throw new AppError('invalid-json', `Line ${lineNo} is not where a registry file can have it: ${line.slice(0, 80)}`);
  }
}

function parseRecord(bytes: Uint8Array, state: { section: Section | null; row: number }): unknown {
  const line = text(bytes);
  try {
    return JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
  } catch {
    return { __invalidJson: `${state.section} record ${state.row} is not valid JSON` };
  }
}

/** Collects lines into one growing buffer. */
class BatchBuilder {
  count = 0;
  readonly #lines = new ByteBuffer(PERSON_BATCH * 4096);

  constructor(readonly firstRow: number) {}

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

const decoder = new TextDecoder('utf-8');

function text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Without leading spaces/tabs and trailing spaces/tabs/CR. */
function trimBytes(bytes: Uint8Array): Uint8Array {
  let start = 0;
  let end = bytes.length;
  while (start < end && (bytes[start] === 0x20 || bytes[start] === 0x09)) start++;
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09 || bytes[end - 1] === 0x0d)) end--;
  return bytes.subarray(start, end);
}

/** The file's lines as byte views (valid until the next line is read). */
async function* byteLines(path: string, readSize: number): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  try {
    let carry = new Uint8Array(0);
    for (;;) {
      const chunk = new Uint8Array(carry.length + readSize);
      chunk.set(carry);
      const { bytesRead } = await file.read(chunk, carry.length, readSize, null);
      const end = carry.length + bytesRead;
      let start = 0;
      for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1 && nl < end; nl = chunk.indexOf(NEWLINE, start)) {
        yield chunk.subarray(start, nl);
        start = nl + 1;
      }
      carry = chunk.slice(start, end);
      if (bytesRead === 0) break;
    }
    if (carry.length > 0) yield carry;
  } finally {
    await file.close();
  }
}
