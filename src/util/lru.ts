/**
 * The one least-recently-used map of the code base: every bounded cache (rendered pages,
 * person records kept for pages and drafts, check findings) is an {@link Lru}. Pure: it
 * imports nothing, so every layer may use it.
 */

/** An optional second bound: the total weight (e.g. bytes) of the entries kept. */
export interface LruWeight<V> {
  maxWeight: number;
  weigh: (value: V) => number;
}

/**
 * A bounded map that forgets the least recently used entry, bounded by a number of entries
 * and optionally by their total weight. An entry heavier than the whole budget is not kept.
 * `get` and `set` make an entry the most recently used; `peek` and `has` do not.
 * @example
 * const pages = new Lru<string, string>(1000, { maxWeight: 1e6, weigh: (s) => s.length });
 * pages.set('/en/', html);
 * pages.get('/en/'); // html, now the most recently used
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private weight = 0;
  constructor(
    readonly capacity: number,
    private readonly bound?: LruWeight<V>,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a whole number >= 1');
    if (bound && !(bound.maxWeight > 0)) throw new RangeError('maxWeight must be > 0');
  }

  /** The value, made the most recently used; undefined when not kept. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** The value without touching its place in the order. */
  peek(key: K): V | undefined {
    return this.entries.get(key)?.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Keeps `value` as the most recently used, then forgets the oldest entries over the bounds. */
  set(key: K, value: V): this {
    this.delete(key);
    const weight = this.bound ? this.bound.weigh(value) : 0;
    if (this.bound && weight > this.bound.maxWeight) return this;
    this.entries.set(key, { value, weight });
    this.weight += weight;
    while (this.entries.size > this.capacity || (this.bound && this.weight > this.bound.maxWeight)) {
      this.delete(this.entries.keys().next().value as K);
    }
    return this;
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.weight -= entry.weight;
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The total weight of the entries kept (0 without a weight bound). */
  get totalWeight(): number {
    return this.weight;
  }

  /** Entries from the least to the most recently used (without touching the order). */
  *[Symbol.iterator](): IterableIterator<[K, V]> {
    for (const [key, entry] of this.entries) yield [key, entry.value];
  }
}
