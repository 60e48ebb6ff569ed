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
 * The body as the differential test compares them: as it is, but for one rule. Both
 * apps run on the same fixed clock (so generated-at times, Last-Modified and digest
 * publication dates agree), ids that exist only in R are requested from both (each
 * answers the same 404), and the mirror manifest lists the same files. The rule: the
 * report form's proof-of-work token (`name="pow" value="…"`) is new in every answer, made
 * of the second, 12 random bytes and an HMAC under a secret each process makes at random
 * (`http/proof-of-work.ts`); nothing of the registry is in it, so it is replaced by a
 * placeholder (the token's shape is kept: a body with anything else there still differs).
 * A rule added here must hide only a difference that is not a leak, and say why; status,
 * content type and every other byte stay compared.
 */
export function normaliseBody(_name: string, body: string): string {
  return body.replace(/(name="pow" value=")[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{22}"/g, '$1TOKEN"');
}

/**
 * Response headers as the differential test compares them: as they are. Nothing
 * is normalised: R is served with internal-only edits R' lacks, so equal ETags
 * mean the validators follow the public bytes only (issue 11 item 6), and
 * Last-Modified, Content-Length, Cache-Control, Content-Disposition and the rest
 * must be equal too. Kept as a function so that a header that may legitimately
 * differ gets its rule here, with its reason.
 */
export function normaliseHeaders(headers: string): string {
  return headers;
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
