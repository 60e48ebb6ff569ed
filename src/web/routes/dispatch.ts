/**
 * The site's URL scheme (see `../routes.md`): from a site path to the function that renders
 * it. The server and the mirror both go through {@link resolveSitePath}, so a mirrored file
 * is the page the server renders in `mirror` link mode.
 */
import { LANGS, type Lang } from '../../domain/record.js';
import { articlePage, articlesPage } from '../pages/articles.js';
import { articleChart, chartFile, figureChart, figureChartName } from '../pages/charts.js';
import { BadFilterValue, type PageRequest, type PageResult } from '../pages/common.js';
import { facilitiesPage, facilityPage } from '../pages/facilities.js';
import { birthdayEnvelopesPage, birthdaysPage } from '../pages/birthdays.js';
import { figuresPage, upcomingPage } from '../pages/figures.js';
import { homePage } from '../pages/home.js';
import { personPage } from '../pages/person.js';
import { nameIndexPage, nameLetterPage } from '../pages/name-index.js';
import { ListParams, personsListPage, STATUS_TABS, type StatusTab } from '../pages/persons-list.js';
import { digestFeedRoute, digestIndexRoute, digestRoute } from '../pages/digests.js';
import { followUpStartPage, reportPage } from '../pages/report.js';
import { lettersPage } from '../pages/letters.js';
import { openDataPage } from '../opendata/page.js';

/** A resolved site path: the renderer, and whether the query string matters to it. */
export interface Route {
  render: (req: PageRequest) => Promise<PageResult>;
  /** Only the list page reads the query; other pages ignore it (and caches key without it). */
  usesQuery: boolean;
  /**
   * The person whose page this is: it shows that person's record, the public catalogue and
   * the day, nothing else, so it is kept while other people change (`web/page-cache.ts`).
   */
  person?: string;
}

const ID_RE = /^[a-z]{1,3}-[A-Za-z0-9_-]{1,64}$/;
const ARTICLE_RE = /^\d{1,3}(-\d{1,2})?$/;
const PAGE_RE = /^[1-9]\d{0,5}$/;

const page = (render: Route['render']): Route => ({ render, usesQuery: false });

/** The language of a site path, or null. */
export function pathLang(path: string): Lang | null {
  const first = path.split('/')[1] ?? '';
  return (LANGS as readonly string[]).includes(first) ? (first as Lang) : null;
}

/**
 * The route for a site path (without query), or null when the site has no such page.
 * Pages end in `/`; files (`.svg`, `.csv`) do not.
 * @example resolveSitePath('/en/persons/released/page/2/') // the list, status released, page 2
 */
export function resolveSitePath(path: string): Route | null {
  const lang = pathLang(path);
  if (!lang) return null;
  const isPage = path.endsWith('/');
  const segments = path
    .split('/')
    .slice(2)
    .filter((s, i, all) => !(s === '' && i === all.length - 1));
  if (segments.some((s) => s === '')) return null;
  const [section, ...rest] = segments;
  if (section === undefined) return isPage ? page(homePage) : null;
  switch (section) {
    case 'persons':
      return isPage ? personsRoute(rest) : null;
    case 'facilities':
      return isPage ? facilitiesRoute(rest) : null;
    case 'articles':
      return articlesRoute(rest, isPage);
    case 'figures':
      return figuresRoute(rest, isPage);
    case 'digests':
      return digestsRoute(rest, isPage);
    case 'data':
      return isPage && rest.length === 0 ? page(openDataPage) : null;
    case 'report':
      if (isPage && rest.length === 1 && rest[0] === 'follow-up') return page(followUpStartPage);
      // Reads `?person=` (from a person's page): the form then names who it is about.
      return isPage && rest.length === 0 ? { render: reportPage, usesQuery: true } : null;
    case 'letters':
      return isPage && rest.length === 0 ? page(lettersPage) : null;
    default:
      return null;
  }
}

function personsRoute(rest: string[]): Route | null {
  const listRoute = (status: StatusTab, n: number): Route => ({
    render: (req) => {
      // A GET form sends unselected filters as empty strings: they mean "any".
      const given = Object.fromEntries(Object.entries(req.query).filter(([, v]) => v !== ''));
      const parsed = ListParams.safeParse(given);
      if (!parsed.success) throw new BadFilterValue(String(parsed.error.issues[0]?.path[0] ?? 'q'));
      const params = parsed.data;
      return personsListPage(req, { ...params, status: params.status ?? status, page: params.page ?? n });
    },
    usesQuery: true,
  });
  const [a, b, c, d] = rest;
  if (a === undefined) return listRoute('all', 1);
  if (a === 'names') {
    if (b === undefined) return page(nameIndexPage);
    return /^[0-9a-f]{1,6}$/.test(b) && c === undefined ? page((req) => nameLetterPage(req, b)) : null;
  }
  if (a === 'page' && b !== undefined && PAGE_RE.test(b) && c === undefined) return listRoute('all', Number(b));
  if ((STATUS_TABS as readonly string[]).includes(a) && a !== 'all') {
    if (b === undefined) return listRoute(a as StatusTab, 1);
    if (b === 'page' && c !== undefined && PAGE_RE.test(c) && d === undefined)
      return listRoute(a as StatusTab, Number(c));
    return null;
  }
  if (ID_RE.test(a) && b === undefined) return { render: (req) => personPage(req, a), usesQuery: false, person: a };
  return null;
}

function facilitiesRoute(rest: string[]): Route | null {
  const [id, b, c, d] = rest;
  if (id === undefined) return page(facilitiesPage);
  if (!ID_RE.test(id)) return null;
  if (b === undefined) return page((req) => facilityPage(req, id));
  if (b === 'page' && c !== undefined && PAGE_RE.test(c) && d === undefined) {
    return page((req) => facilityPage(req, id, Number(c)));
  }
  return null;
}

function digestsRoute(rest: string[], isPage: boolean): Route | null {
  const [first, second] = rest;
  if (first === undefined) return isPage ? page(digestIndexRoute) : null;
  if (second !== undefined) return null;
  if (first === 'feed.xml' && !isPage) return page(digestFeedRoute);
  return isPage && ID_RE.test(first) ? page((req) => digestRoute(req, first)) : null;
}

function articlesRoute(rest: string[], isPage: boolean): Route | null {
  const [code, b, c, d] = rest;
  if (code === undefined) return isPage ? page(articlesPage) : null;
  if (!ARTICLE_RE.test(code)) return null;
  if (b === undefined) return isPage ? page((req) => articlePage(req, code, 1)) : null;
  if (isPage && b === 'page' && c !== undefined && PAGE_RE.test(c) && d === undefined) {
    return page((req) => articlePage(req, code, Number(c)));
  }
  if (!isPage && (b === 'count.svg' || b === 'count.csv') && c === undefined) {
    return page(async (req) => chartFile(req, await articleChart(req, code), b === 'count.svg' ? 'svg' : 'csv'));
  }
  return null;
}

function figuresRoute(rest: string[], isPage: boolean): Route | null {
  const [name, more, extra] = rest;
  if (name === 'birthdays' && more === 'envelopes' && extra === undefined)
    return isPage ? page(birthdayEnvelopesPage) : null;
  if (more !== undefined) return null;
  if (name === undefined) return isPage ? page(figuresPage) : null;
  if (isPage) {
    if (name === 'upcoming') return page(upcomingPage);
    if (name === 'birthdays') return page(birthdaysPage);
    return null;
  }
  const match = /^([a-z]+)\.(svg|csv)$/.exec(name);
  if (!match) return null;
  const ext = match[2] as 'svg' | 'csv';
  const chartName = match[1]!;
  return page(async (req) => chartFile(req, await figureChart(req, figureChartName(chartName)), ext));
}
