import { describe, expect, it } from 'vitest';
import { apiUrls, publicGetRoutes, routePattern, siteUrls, type UrlValues } from './public-urls.js';

const values: UrlValues = {
  personIds: ['p-1', 'p-hidden'],
  facilityIds: ['f-1'],
  sourceIds: ['s-1'],
  articles: ['342'],
  queries: ['Kavalenka'],
  digestIds: ['d-releases-2024-01-en'],
};

describe('routePattern', () => {
  it('matches one segment per parameter, a listed value, the rest for *, and a query', () => {
    expect(routePattern('GET /api/v1/persons/:id').test('/api/v1/persons/p-1?x=1')).toBe(true);
    expect(routePattern('GET /api/v1/persons/:id').test('/api/v1/persons/p-1/history')).toBe(false);
    expect(routePattern('GET /:lang{be|ru|en}/*').test('/ru/persons/')).toBe(true);
    expect(routePattern('GET /:lang{be|ru|en}/*').test('/de/persons/')).toBe(false);
    expect(routePattern('GET /assets/site.css').test('/assets/siteXcss')).toBe(false);
  });
});

describe('the URLs requested', () => {
  it('include every public GET route of the policy (API and downloads directly, site pages per language)', () => {
    const urls = [...apiUrls(values), ...siteUrls(values)];
    for (const route of publicGetRoutes())
      expect(
        urls.some((u) => routePattern(route).test(u)),
        route,
      ).toBe(true);
    expect(publicGetRoutes()).not.toContain('GET /api/v1/records/persons/:id');
  });

  it('expand ids of every kind, public or not, and ask the filters with internal values too', () => {
    const urls = apiUrls(values);
    expect(urls).toEqual(expect.arrayContaining(['/api/v1/persons/p-1', '/api/v1/persons/p-hidden']));
    expect(urls).toContain('/api/v1/persons?limit=500&facility=f-1');
    expect(siteUrls(values)).toEqual(
      expect.arrayContaining([
        '/be/persons/?article=342',
        '/en/persons/?q=Kavalenka',
        '/ru/digests/d-releases-2024-01-en/',
      ]),
    );
  });
});
