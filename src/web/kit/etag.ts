/**
 * Validators of public responses: the ETag is a hash of the bytes sent, nothing else.
 * A validator built from the data version (or sent with a Last-Modified from the data
 * stamp) would change with every internal edit and let any visitor count and time staff
 * work (issue 11 item 6); a hash of the body changes only when the public bytes do.
 *
 * @example
 * const etag = bodyEtag(bytes);                      // '"Qm9keS1oYXNoLW9mLXRoZS1ieXRlcw"'
 * if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
 */
import { createHash, type Hash } from 'node:crypto';

/** Characters of the base64url SHA-256 kept (27 × 6 = 162 bits). */
const LENGTH = 27;

/**
 * A strong ETag (quoted) of a response body: SHA-256 of its bytes (a string is hashed
 * as UTF-8), base64url. Compute it once, where the body is rendered or cached.
 * @example bodyEtag('{"ok":true}') // '"…27 characters…"'
 */
export function bodyEtag(body: Uint8Array | string): string {
  return etagOfHash(createHash('sha256').update(body));
}

/**
 * The ETag of a body hashed in chunks (a file written in a stream): pass the SHA-256
 * `Hash` that saw every chunk, before its `digest` was called.
 * @example const hash = createHash('sha256'); for (const c of chunks) hash.update(c); etagOfHash(hash)
 */
export function etagOfHash(hash: Hash): string {
  return `"${hash.digest('base64url').slice(0, LENGTH)}"`;
}

/**
 * The tag of `If-None-Match` that names `etag`, or null: `*`, the tag itself, its weak
 * form (RFC 9110's weak comparison, which If-None-Match uses), or the tag of a compressed
 * representation of the same bytes (`"…-br"`, `"…-gz"`, see `src/http/compression.ts`).
 * @example matchingTag('W/"a-br", "b"', '"a"') // '"a-br"'
 */
export function matchingTag(header: string | undefined | null, etag: string): string | null {
  if (!header) return null;
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === '*' || tag === etag || tag.replace(ENCODED, '"') === etag) return tag === '*' ? etag : tag;
  }
  return null;
}

/**
 * True when an `If-None-Match` header names `etag` (see {@link matchingTag}).
 * @example etagMatches('W/"a", "b"', '"a"') // true
 */
export function etagMatches(header: string | undefined | null, etag: string): boolean {
  return matchingTag(header, etag) !== null;
}

/** The suffix a compressed representation adds inside the quotes. */
const ENCODED = /-(br|gz)"$/;

/**
 * The ETag of a compressed representation: the identity's with `-br` or `-gz` inside the
 * quotes (each representation has its own strong validator).
 * @example encodedEtag('"abc"', 'br') // '"abc-br"'
 */
export function encodedEtag(etag: string, encoding: 'br' | 'gzip'): string {
  const suffix = encoding === 'br' ? '-br' : '-gz';
  return etag.endsWith('"') ? `${etag.slice(0, -1)}${suffix}"` : etag;
}
