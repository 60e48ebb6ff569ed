/**
 * Reads a registry JSON file in any valid layout (pretty-printed, compact on one
 * line, one record per line, …) from a stream of byte chunks, in bounded memory:
 * the top-level keys are read one by one and every record of a section is cut
 * out as its own JSON text, so no more than one record (at most
 * {@link LIMITS.recordBytes}) is held at once, whatever the size of the file.
 * Pure: it is handed the bytes and does no I/O.
 *
 * Whitespace between the tokens of a record, line breaks included, becomes a
 * space, so every record comes out on one line, as in the one-record-per-line
 * layout (`src/app/registry-lines.ts`, the fast path for Rollcall's own files).
 *
 * @example
 * const scanner = new RegistryScanner();
 * for await (const chunk of createReadStream(path)) for (const item of scanner.feed(chunk)) …;
 * scanner.finish(); // throws `truncated` when the file ends early
 */
import { RollcallError } from '../domain/errors.js';
import { LIMITS } from '../domain/record.js';
import { SECTIONS, type Section } from './format.js';

/** What the scanner finds, in file order. */
export type ScanItem =
  /** A top-level key that is not a section, with its value's JSON text (`format`, `version`, `end`, or a stray key). */
  | { kind: 'key'; key: string; json: string }
  /** A section's array begins. */
  | { kind: 'section'; section: Section }
  /** A record: its section, its 1-based row and its JSON text on one line, as UTF-8 bytes. */
  | { kind: 'record'; section: Section; row: number; bytes: Uint8Array }
  /** A record longer than the limit, skipped without being held. */
  | { kind: 'too-large'; section: Section; row: number; bytes: number };

/** The file is not JSON of the registry's shape, or it ends early; the message says where. */
export class ScanError extends RollcallError {
  declare readonly code: 'invalid-json' | 'invalid-section' | 'truncated';
  constructor(
    code: 'invalid-json' | 'invalid-section' | 'truncated',
    message: string,
    /** 1-based line where the file stops being JSON, when known. */
    readonly line?: number,
  ) {
    super(code, message, line === undefined ? undefined : { line });
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const BOM = [0xef, 0xbb, 0xbf];
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const SECTION_NAMES: ReadonlySet<string> = new Set(SECTIONS);
const utf8 = new TextDecoder('utf-8');

type Mode = 'start' | 'key' | 'colon' | 'value' | 'after-value' | 'open-section' | 'element' | 'after-element' | 'done';

/** Cuts registry files into keys and records; feed it the bytes in order, then call {@link finish}. */
export class RegistryScanner {
  #mode: Mode = 'start';
  #key = '';
  #section: Section | null = null;
  #row = 0;
  #offset = 0;
  /** 1-based line of the byte being read, for messages. */
  #line = 1;
  /** Whether the top-level object has a key yet (a `}` right after `,` is not JSON). */
  #keys = 0;
  // The value being cut out.
  #cutting: 'key' | 'value' | 'element' | null = null;
  #depth = 0;
  #inString = false;
  #escaped = false;
  #scalar = false;
  #buf = new Uint8Array(1 << 16);
  #length = 0;
  #seen = 0;

  constructor(private readonly limit: number = LIMITS.recordBytes) {}

  /** The items completed by this chunk of bytes. */
  feed(chunk: Uint8Array): ScanItem[] {
    const out: ScanItem[] = [];
    let i = 0;
    while (i < chunk.length) {
      if (this.#cutting) {
        const end = this.#cut(chunk, i);
        this.#keep(chunk, i, end < 0 ? chunk.length : end);
        if (end < 0) break;
        i = end;
        this.#finishValue(out);
        continue;
      }
      const c = chunk[i]!;
      if (isSpace(c)) {
        if (c === 0x0a) this.#line++;
        i++;
        continue;
      }
      const at = this.#offset + i;
      if (this.#mode === 'start' && at < 3 && c === BOM[at]) {
        i++; // a UTF-8 byte order mark at the very start (editors on Windows write one)
        continue;
      }
      i = this.#token(c, i, out);
    }
    this.#offset += chunk.length;
    return out;
  }

  /** Throws unless the registry object was closed (the file was not cut short). */
  finish(): void {
    if (this.#mode === 'done') return;
    const where = this.#section ? ` after record ${this.#row} of "${this.#section}"` : '';
    throw new ScanError(
      'truncated',
      `The file ends before the registry does${where}: it is cut short. Nothing was imported; copy or export the file again.`,
    );
  }

  /** A byte outside any value: structure. Returns the next index. */
  #token(c: number, i: number, out: ScanItem[]): number {
    switch (this.#mode) {
      case 'start':
        if (c !== OPEN_OBJECT) this.#fail(i, 'a registry file is one JSON object, { … }');
        this.#mode = 'key';
        return i + 1;
      case 'key':
        if (c === CLOSE_OBJECT && this.#keys === 0) return this.#close(i);
        if (c !== QUOTE) this.#fail(i, 'expected a key in double quotes');
        return this.#begin('key', c, i);
      case 'colon':
        if (c !== COLON) this.#fail(i, `expected ":" after "${this.#key}"`);
        this.#mode = SECTION_NAMES.has(this.#key) ? 'open-section' : 'value';
        return i + 1;
      case 'value':
        if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY) this.#fail(i, `"${this.#key}" has no value`);
        return this.#begin('value', c, i);
      case 'open-section':
        if (c !== OPEN_ARRAY) {
          throw new ScanError(
            'invalid-section',
            `"${this.#key}" must be an array of records, [ … ] (write [] when there are none); line ${this.#line}.`,
            this.#line,
          );
        }
        this.#section = this.#key as Section;
        this.#row = 0;
        this.#mode = 'element';
        out.push({ kind: 'section', section: this.#section });
        return i + 1;
      case 'element':
        if (c === CLOSE_ARRAY && this.#row === 0) return this.#endSection(i);
        if (c === CLOSE_ARRAY || c === COMMA || c === CLOSE_OBJECT) {
          this.#fail(i, `expected a record after record ${this.#row} of "${this.#section}"`);
        }
        return this.#begin('element', c, i);
      case 'after-element':
        if (c === COMMA) this.#mode = 'element';
        else if (c === CLOSE_ARRAY) return this.#endSection(i);
        else this.#fail(i, `expected "," or "]" after record ${this.#row} of "${this.#section}"`);
        return i + 1;
      case 'after-value':
        if (c === COMMA) {
          this.#mode = 'key';
          this.#key = '';
        } else if (c === CLOSE_OBJECT) return this.#close(i);
        else this.#fail(i, `expected "," or "}" after "${this.#key}"`);
        return i + 1;
      case 'done':
        return this.#fail(i, 'there is more after the end of the registry object');
    }
  }

  #endSection(i: number): number {
    this.#mode = 'after-value';
    return i + 1;
  }

  #close(i: number): number {
    this.#mode = 'done';
    return i + 1;
  }

  #begin(what: 'key' | 'value' | 'element', c: number, i: number): number {
    this.#cutting = what;
    this.#depth = 0;
    this.#inString = false;
    this.#escaped = false;
    this.#scalar = c !== QUOTE && c !== OPEN_OBJECT && c !== OPEN_ARRAY;
    this.#length = 0;
    this.#seen = 0;
    return i;
  }

  /** Scans the value being cut from `i`: the index just past its end, or -1 if it goes on past the chunk. */
  #cut(chunk: Uint8Array, i: number): number {
    for (; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.#inString) {
        if (this.#escaped) this.#escaped = false;
        else if (c === BACKSLASH) this.#escaped = true;
        else if (c === QUOTE) {
          this.#inString = false;
          if (this.#depth === 0) return i + 1;
        }
      } else if (this.#scalar) {
        if (isSpace(c) || c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY) return i;
      } else if (c === QUOTE) this.#inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.#depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (--this.#depth === 0) return i + 1;
      } else if (c === 0x0a || c === 0x0d) {
        if (c === 0x0a) this.#line++;
        chunk[i] = 0x20; // between tokens: the record stays on one line
      }
    }
    return -1;
  }

  /** Keeps bytes of the value being cut, up to the limit (past it, only counts them). */
  #keep(chunk: Uint8Array, from: number, to: number): void {
    const n = to - from;
    this.#seen += n;
    if (this.#seen > this.limit) return;
    if (this.#length + n > this.#buf.length) {
      const bigger = new Uint8Array(Math.max(this.#buf.length * 2, this.#length + n));
      bigger.set(this.#buf.subarray(0, this.#length));
      this.#buf = bigger;
    }
    this.#buf.set(chunk.subarray(from, to), this.#length);
    this.#length += n;
  }

  #finishValue(out: ScanItem[]): void {
    const what = this.#cutting;
    this.#cutting = null;
    const over = this.#seen > this.limit;
    const bytes = over ? null : this.#buf.slice(0, this.#length);
    if (this.#length > 1 << 20) this.#buf = new Uint8Array(1 << 16); // a large record does not keep its buffer
    if (what === 'element') {
      this.#row++;
      this.#mode = 'after-element';
      const section = this.#section!;
      out.push(
        bytes
          ? { kind: 'record', section, row: this.#row, bytes }
          : { kind: 'too-large', section, row: this.#row, bytes: this.#seen },
      );
      return;
    }
    if (!bytes) this.#fail(0, `the value of "${this.#key}" is too large`);
    const text = utf8.decode(bytes!);
    if (what === 'key') {
      this.#key = parseKey(text, () => this.#fail(0, `the key ${text.slice(0, 40)} is not a JSON string`));
      this.#keys++;
      this.#mode = 'colon';
      return;
    }
    this.#mode = 'after-value';
    out.push({ kind: 'key', key: this.#key, json: text });
  }

  #fail(at: number, what: string): never {
    throw new ScanError(
      'invalid-json',
      `The file is not valid JSON at line ${this.#line} (byte ${this.#offset + at}): ${what}.`,
      this.#line,
    );
  }
}

function parseKey(text: string, fail: () => never): string {
  try {
    const key: unknown = JSON.parse(text);
    return typeof key === 'string' && key !== '' ? key : fail();
  } catch {
    return fail();
  }
}
