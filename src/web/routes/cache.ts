/**
 * HTTP caching for pages that change only when the data (or the day) changes: a strong
 * ETag from a hash of the data version, the day, the link mode, the path and the query;
 * Last-Modified from the data stamp; 304 for `If-None-Match` / `If-Modified-Since`; and a
 * small in-memory cache of rendered bodies keyed by the ETag, so a page asked for again
 * is not rendered again until the data changes (an `Lru` from `src/util/lru.ts`, in `site.ts`).
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
