/**
 * Comparing public outputs for the privacy tests: where two bodies first differ
 * (short enough to read in a test failure), the normalisations the
 * differential test allows, and removing markers a request itself carried.
 *
 * @example
 * firstDifference('a count of 3', 'a count of 4'); // 'at 11: "…count of 3" vs "…count of 4"'
 */
import type { Markers } from './markers.js';

/** Null when equal, else where and how the two texts first differ. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  const show = (s: string) => JSON.stringify(s.slice(from, i + 60));
  return `at ${i} of ${a.length}/${b.length}: ${show(a)} vs ${show(b)}`;
}

/**
 * The body as the differential test compares it. Every rule here hides a
 * difference between R and R' that is not a leak; each says why. Nothing else
 * is normalised: status, content type and every other byte must be equal.
 */
export function normaliseBody(_name: string, body: string): string {
  return body;
}

/**
 * Response headers as the differential test compares them. Only `ETag` is
 * blanked: page ETags are still a hash of the data version, which internal-only
 * edits move too (issue 11 item 6, the `hardening` helper's; R is served with
 * internal-only edits R' lacks, so this test checks item 6 once the line below
 * is removed). Every other header (Last-Modified, Content-Length, Cache-Control,
 * Content-Disposition, ...) must be equal.
 */
export function normaliseHeaders(headers: string): string {
  return headers.replace(/^etag: .*$/gm, 'etag: (normalised, see normaliseHeaders)');
}

/**
 * The body without the markers and internal values the request path itself
 * carries (`?q=zqleak12x`, `/persons/p-zqleak-held/`): a page may echo what it
 * was asked for without leaking anything.
 */
export function stripOwnMarkers(body: string, path: string, markers: Markers): string {
  let out = body;
  const decoded = decodeURIComponent(path);
  for (const own of markers.all()) if (decoded.includes(own)) out = out.replaceAll(own, '');
  return out;
}
