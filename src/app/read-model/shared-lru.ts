/**
 * A bounded cache that consecutive snapshots share instead of copying: carrying it to a
 * new snapshot drops only the keys the change feed names (O(changes), not O(entries): at
 * 200 writes a second, copying a cache of 6,000 entries per version took the thread).
 *
 * What keeps it right: the cache knows the change-feed position it was carried to, and a
 * value is only ever put in by a reader of a snapshot at that position (`set` refuses any
 * other), so a value read before a change and put after the carry that dropped its key is
 * never kept. A reader of an older snapshot may be answered a value put for a newer one:
 * newer data, never older, as `snapshotAt` answers a superseded version from the newer
 * snapshot.
 *
 * @example
 * const cache = new SharedLru<string, Page>(1000, 7); // at feed position 7
 * cache.set('p-1', page, 7);              // kept
 * cache.carried(8, new Set(['p-1']));     // p-1 dropped; the cache is now position 8's
 * cache.set('p-1', stalePage, 7);         // refused: read at position 7
 */
import { Lru, type LruWeight } from '../../util/lru.js';

export class SharedLru<K, V> {
  private readonly lru: Lru<K, V>;
  private at: number;

  constructor(capacity: number, position: number, bound?: LruWeight<V>) {
    this.lru = new Lru<K, V>(capacity, bound);
    this.at = position;
  }

  /** The change-feed position the cache holds values for. */
  get position(): number {
    return this.at;
  }

  /** The value, made the most recently used. */
  get(key: K): V | undefined {
    return this.lru.get(key);
  }

  /** The value without touching its place in the order. */
  peek(key: K): V | undefined {
    return this.lru.peek(key);
  }

  /**
   * Keeps `value`, read for a snapshot at change-feed position `position`, unless the cache
   * has been carried past it meanwhile; true when kept.
   */
  set(key: K, value: V, position: number): boolean {
    if (position !== this.at) return false;
    this.lru.set(key, value);
    return true;
  }

  /** Brings the cache to change-feed position `position`: the values of `changed` keys are dropped. Returns the cache. */
  carried(position: number, changed: Iterable<K>): this {
    for (const key of changed) this.lru.delete(key);
    this.at = Math.max(this.at, position);
    return this;
  }

  get size(): number {
    return this.lru.size;
  }

  /** Entries from the least to the most recently used. */
  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.lru[Symbol.iterator]();
  }
}
