import { describe, expect, it } from 'vitest';
import { etagMatches, notModifiedSince, pageEtag } from './cache.js';
import { resolveSitePath } from './dispatch.js';

describe('pageEtag', () => {
  it('changes with each part and is stable otherwise', () => {
    const base = { version: 3, today: '2024-02-02', mode: 'server', key: '/en/' };
    const etag = pageEtag(base);
    expect(pageEtag({ ...base })).toBe(etag);
    for (const change of [{ version: 4 }, { today: '2024-02-03' }, { mode: 'mirror' }, { key: '/be/' }]) {
      expect(pageEtag({ ...base, ...change })).not.toBe(etag);
    }
  });
});

describe('conditional headers', () => {
  it('matches If-None-Match lists, weak tags and *', () => {
    expect(etagMatches('"a", "b"', '"b"')).toBe(true);
    expect(etagMatches('W/"b"', '"b"')).toBe(true);
    expect(etagMatches('*', '"b"')).toBe(true);
    expect(etagMatches('"c"', '"b"')).toBe(false);
    expect(etagMatches(undefined, '"b"')).toBe(false);
  });
  it('compares If-Modified-Since in whole seconds and ignores bad dates', () => {
    const at = new Date('2024-02-02T10:00:00.700Z');
    expect(notModifiedSince(at.toUTCString(), at)).toBe(true);
    expect(notModifiedSince(new Date('2024-02-02T09:59:59Z').toUTCString(), at)).toBe(false);
    expect(notModifiedSince('yesterday', at)).toBe(false);
  });
});

describe('resolveSitePath', () => {
  it('knows the URL scheme', () => {
    for (const path of [
      '/en/',
      '/en/persons/',
      '/en/persons/page/3/',
      '/ru/persons/released/page/2/',
      '/be/persons/p-1/',
      '/en/facilities/f-ik-1/',
      '/en/articles/361-4/page/2/',
      '/en/articles/361-4/count.csv',
      '/en/figures/count.svg',
      '/en/figures/birthdays/',
    ]) {
      expect(resolveSitePath(path), path).not.toBeNull();
    }
  });
  it('rejects what it does not know', () => {
    for (const path of [
      '/de/',
      '/en/persons/page/0/',
      '/en/persons/all/',
      '/en/persons/p-1/extra/',
      '/en/persons//',
      '/en/articles/abc/',
      '/en/figures/count.svg/',
      '/en/figures/x/y/',
      '/en/nothing/',
    ]) {
      expect(resolveSitePath(path), path).toBeNull();
    }
  });
});
