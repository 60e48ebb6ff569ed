/**
 * Reading a registry JSON file for import, fast: the file is split into lines
 * as bytes, and the person records (almost all of a file) are handed on in
 * batches of raw UTF-8 lines, to be decoded, parsed and validated by workers.
 * Records of the small sections are parsed here. Files not laid out one record
 * per line are read whole by {@link readRegistryWhole}.
 */
import { open } from 'node:fs/promises';
import { AppError } from './context.js';
import { BufferPool, ByteBuffer } from './byte-buffer.js';
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
/** Room for a batch of lines: a batch ends once past PERSON_BATCH_BYTES, usually by less than this margin. */
export const LINES_BLOCK = PERSON_BATCH_BYTES + (256 << 10);
const NEWLINE = 10;
const SECTION_RE = /^"(articles|creditRatios|facilities|sources|persons)": \[(\],?)?$/;
const HEADER_RE = /^"(format|version|exportedAt)": .*$/;

/**
 * Yields the records of a registry file in file order, persons in batches.
 * `readSize` is the size of each read (tests make it small to split lines across reads).
 * Batches are written into blocks taken from `pool`; whoever is done with a batch's
 * lines may give its block back.
 *
 * @example
 * for await (const chunk of readRegistryChunks('registry.json')) if (chunk.kind === 'person-lines') …
 */
export async function* readRegistryChunks(
  path: string,
  readSize = READ_SIZE,
  pool = new BufferPool(),
): AsyncGenerator<RegistryChunk> {
  const lines = byteLines(path, readSize);
  try {
    yield* readLines(path, lines, pool);
  } finally {
    await lines.return(undefined);
  }
}

async function* readLines(
  path: string,
  lines: AsyncGenerator<Uint8Array>,
  pool: BufferPool,
): AsyncGenerator<RegistryChunk> {
  const first = await lines.next();
  const opening = first.done ? null : text(first.value).trim(); // decoded before the next read reuses its bytes
  const second = await lines.next();
  if (opening !== '{' || second.done || !text(second.value).trim().startsWith('"format":')) {
    yield* wholeFile(path);
    return;
  }
  const header: Record<string, unknown> = {};
  const state = { section: null as Section | null, row: 0 };
  let batch = new BatchBuilder(1, pool);
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
        batch = new BatchBuilder(state.row + 1, pool);
      }
      continue;
    }
    if (batch.count > 0) {
      yield batch.done();
      batch = new BatchBuilder(state.row + 1, pool);
    }
    structuralLine(text(bytes), lineNo, header, state);
    if (state.section === 'persons' && state.row === 0) batch = new BatchBuilder(1, pool);
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

/**
 * The file's lines as byte views into one reused read buffer: a view is valid until
 * the next line is asked for (the buffer is refilled in place).
 */
async function* byteLines(path: string, readSize: number): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  try {
    let buf = new Uint8Array(readSize * 2);
    let carry = 0; // bytes of an unfinished line at the start of buf
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
        yield filled.subarray(start, nl);
        start = nl + 1;
      }
      buf.copyWithin(0, start, filled.length);
      carry = filled.length - start;
      if (bytesRead === 0) break;
    }
    if (carry > 0) yield buf.subarray(0, carry);
  } finally {
    await file.close();
  }
}
