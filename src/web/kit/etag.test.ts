import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bodyEtag, encodedEtag, etagMatches, etagOfHash, matchingTag } from './etag.js';

describe('bodyEtag', () => {
  it('is a strong, quoted hash of the bytes only', () => {
    const etag = bodyEtag('<p>x</p>');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(bodyEtag(new TextEncoder().encode('<p>x</p>'))).toBe(etag);
    expect(bodyEtag('<p>y</p>')).not.toBe(etag);
    expect(etagOfHash(createHash('sha256').update('<p>').update('x</p>'))).toBe(etag);
  });
});

describe('etagMatches', () => {
  it('matches If-None-Match lists, weak tags and *', () => {
    expect(etagMatches('"a", "b"', '"b"')).toBe(true);
    expect(etagMatches('W/"b"', '"b"')).toBe(true);
    expect(etagMatches('*', '"b"')).toBe(true);
    expect(etagMatches('"c"', '"b"')).toBe(false);
    expect(etagMatches(undefined, '"b"')).toBe(false);
  });
});

describe('compressed representations', () => {
  it('have their own tag, which If-None-Match matches back to the identity', () => {
    expect(encodedEtag('"abc"', 'br')).toBe('"abc-br"');
    expect(encodedEtag('"abc"', 'gzip')).toBe('"abc-gz"');
    expect(matchingTag('"x", W/"abc-gz"', '"abc"')).toBe('"abc-gz"');
    expect(matchingTag('"abc-br"', '"abc"')).toBe('"abc-br"');
    expect(matchingTag('*', '"abc"')).toBe('"abc"');
    expect(matchingTag('"abd-br"', '"abc"')).toBeNull();
    expect(etagMatches('"abc-zz"', '"abc"')).toBe(false);
  });
});
