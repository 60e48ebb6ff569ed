/**
 * A growing buffer of bytes, for building one transferable block out of many
 * pieces (the import's batches of lines and of serialised documents).
 */
const encoder = new TextEncoder();

export class ByteBuffer {
  #buf: Uint8Array;
  #used = 0;

  constructor(initialSize = 1 << 20) {
    this.#buf = new Uint8Array(initialSize);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.#used;
  }

  /** Appends `bytes`; returns the new length. */
  append(bytes: Uint8Array): number {
    this.#reserve(bytes.length);
    this.#buf.set(bytes, this.#used);
    return (this.#used += bytes.length);
  }

  /** Appends one byte; returns the new length. */
  appendByte(byte: number): number {
    this.#reserve(1);
    this.#buf[this.#used] = byte;
    return ++this.#used;
  }

  /** Appends `text` as UTF-8; returns the new length. */
  appendText(text: string): number {
    this.#reserve(text.length * 3); // a UTF-16 code unit never takes more than 3 bytes
    return (this.#used += encoder.encodeInto(text, this.#buf.subarray(this.#used)).written);
  }

  /** The bytes written, as a view (valid until the next append that grows the buffer). */
  bytes(): Uint8Array {
    return this.#buf.subarray(0, this.#used);
  }

  #reserve(more: number): void {
    if (this.#used + more <= this.#buf.length) return;
    const bigger = new Uint8Array(Math.max(this.#buf.length * 2, this.#used + more));
    bigger.set(this.#buf.subarray(0, this.#used));
    this.#buf = bigger;
  }
}
