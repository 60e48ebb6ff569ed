/**
 * A growing buffer of bytes, for building one transferable block out of many
 * pieces (the import's batches of lines and of serialised documents), and a
 * pool that hands spent blocks out again.
 */
const encoder = new TextEncoder();

export class ByteBuffer {
  #buf: Uint8Array;
  #used = 0;

  /** Starts with `initial` bytes of room, or writes into `initial` (a spent block from a {@link BufferPool}). */
  constructor(initial: number | Uint8Array = 1 << 20) {
    this.#buf = typeof initial === 'number' ? new Uint8Array(initial) : initial;
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

/**
 * Spent blocks kept for reuse, so that a steady flow of batches (the import's
 * lines and documents, passed between threads) allocates no new ones: without
 * it each batch leaves megabytes of garbage outside the JS heap, which V8 lets
 * pile up to tens of megabytes before collecting.
 *
 * @example
 * const pool = new BufferPool();
 * const buf = new ByteBuffer(pool.take(2 << 20)); … ; pool.give(buf.bytes().buffer);
 */
export class BufferPool {
  readonly #free: ArrayBuffer[] = [];

  /** Keeps at most `keep` blocks; more are left to the garbage collector. */
  constructor(readonly keep = 8) {}

  /** A whole block of at least `size` bytes: a kept one, or a new one. Its contents are garbage. */
  take(size: number): Uint8Array {
    const i = this.#free.findIndex((b) => b.byteLength >= size);
    if (i === -1) return new Uint8Array(size);
    return new Uint8Array(this.#free.splice(i, 1)[0]!);
  }

  /** Gives back a block no longer read (whatever views of it exist must not be used again). */
  give(buffer: ArrayBufferLike): void {
    if (buffer instanceof ArrayBuffer && buffer.byteLength > 0 && this.#free.length < this.keep)
      this.#free.push(buffer);
  }

  /** Blocks kept now. */
  get size(): number {
    return this.#free.length;
  }
}
