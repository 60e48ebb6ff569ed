/**
 * The URLs the public-output tests request, besides what crawling finds: every
 * public GET route of the route policy (`ROUTE_POLICY`, so a new route is
 * requested without touching this file: its `:id` is expanded with every id of
 * its kind, a route without parameters is requested bare), the query variants
 * of each API route, and the site's list pages with every filter, asked for
 * public and internal values alike.
 *
 * @example
 * const paths = [...apiUrls(values), ...siteUrls(values)];
 */
import { ROUTE_POLICY } from '../http/route-policy.js';
import { LANGS, REGIONS } from '../domain/record.js';

/** The values to fill in: every id and article of the registry served, public or not. */
export interface UrlValues {
  personIds: readonly string[];
  facilityIds: readonly string[];
  sourceIds: readonly string[];
  articles: readonly string[];
  /** Name searches: public names and internal name markers. */
  queries: readonly string[];
  digestIds: readonly string[];
}

/** The public GET routes of the policy, as registered (`GET /api/v1/persons/:id`). */
export function publicGetRoutes(): string[] {
  return Object.entries(ROUTE_POLICY)
    .filter(([key, policy]) => key.startsWith('GET ') && policy.resource === 'public' && policy.action === 'read')
    .map(([key]) => key);
}

/**
 * The paths a route key matches, as a regular expression (`:param` one segment,
 * `:lang{be|ru|en}` one of its values, `*` the rest), query string allowed.
 *
 * @example
 * routePattern('GET /api/v1/persons/:id').test('/api/v1/persons/p-1?x=1'); // true
 */
export function routePattern(key: string): RegExp {
  const path = key.slice(key.indexOf(' ') + 1);
  const source = path
    .split(/(:\w+(?:\{[^}]*\})?|\*)/)
    .map((part) => {
      if (part === '*') return '.+';
      const param = /^:\w+(?:\{([^}]*)\})?$/.exec(part);
      if (param) return param[1] ? `(?:${param[1]})` : '[^/?]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}(\\?|$)`);
}

const STATUSES = ['all', 'imprisoned', 'released', 'deceased', 'other'];
const DAYS = ['2021-06-30', '2022-12-31', '2023-06-15', '2024-01-10', '2024-01-31', '2024-02-02'];

/** Query variants per API route (the filters people and figures are asked by). */
function apiQueries(v: UrlValues): Record<string, string[]> {
  const filters = personFilters(
    v,
    STATUSES.filter((s) => s !== 'all'),
  );
  return {
    'GET /api/v1/persons': ['', '?limit=500', ...filters.map((f) => `?limit=500&${f}`)],
    'GET /api/v1/stats': ['', ...DAYS.map((d) => `?at=${d}`)],
    'GET /api/v1/series': [
      '?from=2020-01-01&to=2024-12-31',
      '?from=2023-12-01&to=2024-02-29&step=day',
      '?from=2021-01-01&to=2024-02-02&step=month',
    ],
    'GET /api/v1/flows': ['?from=2020-01&to=2025-06', '?from=2024-01&to=2024-01'],
    'GET /api/v1/releases': ['2021-08', '2023-06', '2023-12', '2024-01', '2024-02'].map((m) => `?month=${m}`),
    'GET /api/v1/expected': ['?from=2024-01-01&to=2040-12-31', '?from=2024-02-02&to=2024-05-02'],
  };
}

/** `key=value` filters of the person lists (API and pages), each alone and a few combined. */
function personFilters(v: UrlValues, statuses: readonly string[]): string[] {
  const q = encodeURIComponent;
  return [
    ...statuses.map((s) => `status=${s}`),
    ...REGIONS.map((r) => `region=${r}`),
    'sex=female',
    'sex=male',
    ...v.articles.map((a) => `article=${a}`),
    ...v.facilityIds.map((f) => `facility=${q(f)}`),
    ...v.facilityIds.map((f) => `facility=${q(f)}&status=released`),
    ...[2020, 2021, 2022, 2023, 2024].map((y) => `year=${y}`),
    'sort=name',
    'sort=name&order=desc',
    'sort=detention',
    'sort=detention&order=desc',
    ...v.queries.map((s) => `q=${q(s)}`),
    'article=356&status=released',
    'article=342&sex=female&sort=detention',
  ];
}

/** Every public GET route of the policy that is not a site page, expanded (see the module comment). */
export function apiUrls(v: UrlValues): string[] {
  const queries = apiQueries(v);
  const ids: Record<string, readonly string[]> = {
    persons: v.personIds,
    facilities: v.facilityIds,
    sources: v.sourceIds,
  };
  const out: string[] = [];
  for (const key of publicGetRoutes()) {
    const path = key.slice(4);
    if (path.includes(':lang') || path === '/') continue; // site pages: siteUrls() and the crawl
    const param = /\/(\w+)\/:id$/.exec(path);
    const expanded = param ? (ids[param[1]!] ?? []).map((id) => path.replace(':id', encodeURIComponent(id))) : [path];
    if (param && expanded.length === 0) throw new Error(`No ids to expand ${key} with: add its kind to apiUrls().`);
    for (const url of expanded) for (const query of queries[key] ?? ['']) out.push(url + query);
  }
  return out;
}

/** Site pages per language: the homes, the list with every filter, and pages of internal records. */
export function siteUrls(v: UrlValues): string[] {
  const out = ['/', '/assets/site.css', '/assets/report-pow.js'];
  for (const lang of LANGS) {
    out.push(`/${lang}/`, `/${lang}/persons/`, `/${lang}/data/`, `/${lang}/digests/`, `/${lang}/digests/feed.xml`);
    out.push(...personFilters(v, STATUSES.slice(0, 3)).map((f) => `/${lang}/persons/?${f}`));
    out.push(...v.personIds.map((id) => `/${lang}/persons/${id}/`));
    out.push(...v.facilityIds.map((id) => `/${lang}/facilities/${id}/`));
    out.push(...v.digestIds.map((id) => `/${lang}/digests/${id}/`));
    for (const a of v.articles) out.push(`/${lang}/articles/${a}/`, `/${lang}/articles/${a}/count.csv`);
    out.push(`/${lang}/figures/upcoming/`, `/${lang}/figures/birthdays/`);
    // Pages this session added: letters, envelopes, the name index (also reached by links).
    out.push(`/${lang}/letters/`, `/${lang}/figures/birthdays/envelopes/`, `/${lang}/persons/names/`);
    // The report form (served apart from the site's cache), also about each person, public or not.
    out.push(`/${lang}/report/`, ...v.personIds.map((id) => `/${lang}/report/?person=${id}`));
  }
  return out;
}
