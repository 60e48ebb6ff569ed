/**
 * HTTP caching for pages that change only when the data (or the day) changes: a strong
 * ETag from a hash of the data version, the day, the link mode, the path and the query;
 * Last-Modified from the data stamp; 304 for `If-None-Match` / `If-Modified-Since`; and a
 * small in-memory cache of rendered bodies keyed by the ETag, so a page asked for again
 * is not rendered again until the data changes.
 */
import { createHash } from 'node:crypto';

/** Bumped when page markup changes, so that browsers drop pages cached by an older build. */
export const MARKUP_VERSION = '1';

/**
 * The ETag of a page.
 * @example pageEtag({ version: 7, today: '2024-02-02', mode: 'server', key: '/en/persons/?page=2' })
 */
export function pageEtag(parts: { version: number; today: string; mode: string; key: string }): string {
  const hash = createHash('sha256')
    .update(`${MARKUP_VERSION}\n${parts.version}\n${parts.today}\n${parts.mode}\n${parts.key}`)
    .digest('base64url')
    .slice(0, 27);
  return `"${hash}"`;
}

/** True when an `If-None-Match` header lists `etag` (or `*`); weak validators compare by their value. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((raw) => {
    const tag = raw.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/** True when `If-Modified-Since` is at or after `lastModified` (whole seconds, as HTTP dates are). */
export function notModifiedSince(header: string | undefined, lastModified: Date): boolean {
  if (!header) return false;
  const since = Date.parse(header);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** An optional second bound: the total weight (e.g. bytes) of the entries kept. */
export interface LruWeight<V> {
  maxWeight: number;
  weigh: (value: V) => number;
}

/**
 * A bounded map that forgets the least recently used entry, bounded by a number of entries
 * and optionally by their total weight. An entry heavier than the whole budget is not kept.
 * @example const pages = new LruCache<string>(1000, { maxWeight: 1e6, weigh: (s) => s.length });
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private weight = 0;
  constructor(
    private readonly capacity: number,
    private readonly bound?: LruWeight<V>,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a whole number >= 1');
    if (bound && !(bound.maxWeight > 0)) throw new RangeError('maxWeight must be > 0');
  }
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }
  set(key: string, value: V): void {
    this.delete(key);
    const weight = this.bound ? this.bound.weigh(value) : 0;
    if (this.bound && weight > this.bound.maxWeight) return;
    this.entries.set(key, { value, weight });
    this.weight += weight;
    while (this.entries.size > this.capacity || (this.bound && this.weight > this.bound.maxWeight)) {
      this.delete(this.entries.keys().next().value as string);
    }
  }
  get size(): number {
    return this.entries.size;
  }
  /** The total weight of the entries kept (0 without a weight bound). */
  get totalWeight(): number {
    return this.weight;
  }
  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.weight -= entry.weight;
  }
}
