/**
 * The public website as a Hono sub-app: server-rendered pages in three languages, with
 * ETags that are a hash of the bytes sent (`kit/etag.ts`). The same app in `mirror` link mode renders the static mirror.
 *
 * @example
 * app.route('/', createSiteRoutes(ctx));               // the server
 * const mirror = createSiteRoutes(ctx, { mode: 'mirror' }); // what `rollcall mirror` fetches
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { todayIso, type AppContext } from '../app/context.js';
import { httpStatus, RollcallError } from '../domain/errors.js';
import { dataStamp, pinnedAt } from '../app/read-model/index.js';
import { LANGS, type Lang } from '../domain/record.js';
import { createTranslator, DEFAULT_LANG, type MessageKey } from '../i18n/index.js';
import { createHref, html, layout, type LinkMode } from './kit/index.js';
import { FAVICON_PATH } from './kit/layout.js';
import { FAVICON_ETAG, FAVICON_SVG } from './favicon.js';
import { ROBOTS_TXT } from './robots.js';
import { BadFilterValue, PageNotFound, type PageRequest, type PageResult } from './pages/common.js';
import { rootPage } from './pages/home.js';
import { bodyEtag, etagMatches } from './kit/etag.js';
import { pageCache, type Rendered } from './page-cache.js';
import { pathLang, resolveSitePath, type Route } from './routes/dispatch.js';
import { configuredPublicUrl, siteOrigin } from './origin.js';
import { MOVED_CACHE_CONTROL, movedPersonPath } from './person-redirect.js';

export interface SiteOptions {
  /** Links for the server (`…/`, default) or for a static mirror (`…/index.html`). */
  mode?: LinkMode;
  /** Rendered bodies kept in memory (default 20,000). */
  cacheSize?: number;
  /** Most bytes of rendered bodies kept in memory (default 96 MB). */
  cacheBytes?: number;
}

const encoder = new TextEncoder();

const TYPES: Record<PageResult['type'] | 'css', string> = {
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** The stylesheet, next to this module (`npm run build` copies `src/web/assets` into `dist`). */
export function siteCss(): string {
  try {
    return readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');
  } catch {
    throw new RollcallError('missing-asset', 'site.css is missing next to the server code; run "npm run build" again.');
  }
}

/** The language a visitor asked for in Accept-Language, else the default. */
export function preferredLang(header: string | undefined): Lang {
  const wanted = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { lang: tag.split('-')[0] ?? '', q: q === undefined ? 1 : Number(q) };
    })
    .filter((x) => (LANGS as readonly string[]).includes(x.lang) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  return (wanted[0]?.lang as Lang | undefined) ?? DEFAULT_LANG;
}

/** What an error page says beyond its title: the message and, past the end of a list, a link to its last page. */
interface ErrorDetail {
  message: string;
  lastPage?: { pages: number; path: string } | undefined;
}

function errorPage(
  lang: Lang,
  path: string,
  mode: LinkMode,
  status: number,
  detail: ErrorDetail,
  origin?: string,
): string {
  const t = createTranslator(lang);
  const title = status === 404 ? t('page.error.notFound') : t('page.error.title');
  const pagePath = pathLang(path) && !/\.[a-z]+$/.test(path) ? path : `/${lang}/`;
  const href = createHref(pagePath, mode);
  const last = detail.lastPage
    ? html`<p>${t('page.error.pastEnd', { pages: detail.lastPage.pages })} <a href="${href(detail.lastPage.path)}">${t('page.error.lastPage')}</a></p>`
    : '';
  const body = html`<h1>${title}</h1><p>${detail.message}</p>${last}<p><a href="${href(`/${lang}/`)}">${t('nav.home')}</a></p>`;
  return layout({ lang, path: pagePath, mode, title, description: title, body, origin });
}

/**
 * The 404 page for a path under a language prefix that nothing serves, in that language.
 * @example notFoundPage('/ru/no-such/', 'server') // "Страница не найдена" page, or null outside /be|ru|en/
 */
export function notFoundPage(path: string, mode: LinkMode = 'server', origin?: string): string | null {
  const lang = pathLang(path);
  if (!lang) return null;
  return errorPage(lang, path, mode, 404, { message: createTranslator(lang)('page.error.notFoundText') }, origin);
}

/** The field names of the list's filters, as the form labels them. */
const FILTER_LABELS = {
  q: 'filter.name',
  status: 'filter.status',
  region: 'filter.region',
  sex: 'filter.sex',
  article: 'filter.article',
  facility: 'filter.facility',
  year: 'filter.detentionYear',
  sort: 'sort.label',
  order: 'page.list.order',
  page: 'pagination.label',
} as const satisfies Record<string, MessageKey>;

/**
 * The page at a site path (no query) in `mode`, exactly as the site routes answer it; null
 * when the site has no such path. The static mirror renders through this function.
 * @example const page = await renderSitePath(ctx, '/en/persons/p-1/', 'mirror');
 */
export async function renderSitePath(
  ctx: AppContext,
  path: string,
  mode: LinkMode,
  query: Readonly<Record<string, string>> = {},
): Promise<PageResult | null> {
  const route = resolveSitePath(path);
  if (!route) return null;
  const req: PageRequest = {
    app: ctx,
    path,
    mode,
    today: todayIso(ctx),
    lang: pathLang(path) as Lang,
    query,
    origin: configuredPublicUrl(),
  };
  return renderSafely(req, () => route.render(req));
}

/** Renders a page, turning "not found" and bad input into HTML error pages. */
async function renderSafely(req: PageRequest, render: () => Promise<PageResult>): Promise<PageResult> {
  try {
    return await render();
  } catch (error) {
    const t = createTranslator(req.lang);
    if (error instanceof PageNotFound) {
      const detail = { message: t('page.error.notFoundText'), lastPage: error.lastPage };
      return { status: 404, type: 'html', body: errorPage(req.lang, req.path, req.mode, 404, detail, req.origin) };
    }
    if (error instanceof BadFilterValue) {
      const key = FILTER_LABELS[error.field as keyof typeof FILTER_LABELS] ?? 'filter.legend';
      const message = t('page.error.badFilter', { field: t(key) });
      return { status: 400, type: 'html', body: errorPage(req.lang, req.path, req.mode, 400, { message }, req.origin) };
    }
    const status = error instanceof RollcallError ? httpStatus(error.code) : 500;
    if (error instanceof RollcallError && status < 500) {
      return {
        status,
        type: 'html',
        body: errorPage(req.lang, req.path, req.mode, status, { message: error.message }, req.origin),
      };
    }
    throw error;
  }
}

/**
 * The page routes. Paths the site does not know fall through to later routes (digests,
 * open data), so this app can be mounted before them.
 */
export function createSiteRoutes(ctx: AppContext, options: SiteOptions = {}): Hono {
  const mode = options.mode ?? 'server';
  // Rendered pages are parts of the read model: a person's page is dropped when that person
  // changes, every other page when any record does (`page-cache.ts`).
  const pages = pageCache(options);
  const site = new Hono();
  const css = { body: '', etag: '' };

  site.get('/', (c) => {
    if (mode === 'mirror')
      return c.body(rootPage({ ...baseRequest(c.req.path), lang: DEFAULT_LANG, query: {} }).body, 200, {
        'Content-Type': TYPES.html,
      });
    c.header('Vary', 'Accept-Language');
    return c.redirect(`/${preferredLang(c.req.header('Accept-Language'))}/`, 302);
  });

  site.get(FAVICON_PATH, (c) => icon(c.req.header('If-None-Match')));
  // Browsers that ignore the icon link ask for /favicon.ico: the same icon, no 404 in their console.
  site.get('/favicon.ico', (c) => icon(c.req.header('If-None-Match')));
  site.get('/robots.txt', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(ROBOTS_TXT, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
  });

  site.get('/assets/site.css', (c) => {
    if (!css.body) {
      css.body = siteCss();
      css.etag = bodyEtag(css.body);
    }
    c.header('ETag', css.etag);
    c.header('Cache-Control', 'public, max-age=86400');
    if (etagMatches(c.req.header('If-None-Match'), css.etag)) return c.body(null, 304);
    return c.body(css.body, 200, { 'Content-Type': TYPES.css });
  });

  site.get('/:lang{be|ru|en}/*', async (c, next) => {
    const path = c.req.path;
    const route = resolveSitePath(path) ?? resolveSitePath(`${path}/`);
    if (!route) return next();
    if (!path.endsWith('/') && !/\.[a-z]+$/.test(path)) return c.redirect(`${path}/${queryString(c.req.url)}`, 301);
    const query = route.usesQuery ? c.req.query() : {};
    const stamp = await dataStamp(ctx);
    const today = todayIso(ctx);
    // In mirror mode only the configured URL: a mirror must not depend on who fetched it.
    const origin = mode === 'mirror' ? configuredPublicUrl() : siteOrigin(c.req.url);
    const key = `${origin ?? ''}${route.usesQuery ? `${path}?${new URLSearchParams(query).toString()}` : path}`;
    // One entry per data version, day and page: once rendered, the body and its ETag.
    const app = pinnedAt(ctx, stamp.version);
    const { entry, keep } = await pages.slot(app, `${today}\n${key}`, route.person);
    let rendered = entry.page;
    if (!rendered) {
      // Requests for a page being rendered wait for that rendering instead of starting their own.
      entry.rendering ??= renderEncoded(route, {
        app,
        path,
        mode,
        today,
        lang: pathLang(path) as Lang,
        query,
        origin,
      }).finally(() => (entry.rendering = undefined));
      rendered = await entry.rendering;
      // Only a page is kept: error pages are rendered again (and cost no memory).
      if (rendered.status === 200 && !entry.page) {
        entry.page = rendered;
        keep(); // weighed again, with its body
      }
    }
    const moved = rendered.status === 404 && mode === 'server' ? await movedPersonPath(app, path) : null;
    if (moved !== null) {
      c.header('Cache-Control', MOVED_CACHE_CONTROL);
      return c.redirect(moved, 301);
    }
    // No Last-Modified: the data stamp would tell when staff last wrote anything.
    c.header('ETag', rendered.etag);
    c.header('Cache-Control', 'public, max-age=60');
    if (etagMatches(c.req.header('If-None-Match'), rendered.etag)) return c.body(null, 304);
    return c.body(rendered.bytes, rendered.status as 200, { 'Content-Type': TYPES[rendered.type] });
  });

  async function renderEncoded(route: Route, req: PageRequest): Promise<Rendered> {
    const result = await renderSafely(req, () => route.render(req));
    const bytes = encoder.encode(result.body);
    return { status: result.status ?? 200, type: result.type, bytes, etag: bodyEtag(bytes) };
  }

  function icon(ifNoneMatch: string | undefined): Response {
    const headers = { ETag: FAVICON_ETAG, 'Cache-Control': 'public, max-age=86400' };
    if (etagMatches(ifNoneMatch, FAVICON_ETAG)) return new Response(null, { status: 304, headers });
    return new Response(FAVICON_SVG, { status: 200, headers: { ...headers, 'Content-Type': TYPES.svg } });
  }

  function baseRequest(path: string): Omit<PageRequest, 'lang' | 'query'> {
    return { app: ctx, path, mode, today: todayIso(ctx) };
  }
  return site;
}

function queryString(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at);
}
