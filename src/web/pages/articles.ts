/**
 * Articles of the Criminal Code: the index (how many people are charged under each) and an
 * article's page (who is charged under it, paginated, and the count over time).
 */
import { articleIndex, publicCatalog, publicNamePage } from '../../app/site-queries.js';
import { formatCharge } from '../../domain/reference-data.js';
import { shownStatus } from '../../domain/custody-state.js';
import { isoToDay } from '../../domain/partial-date.js';
import type { Lang } from '../../domain/record.js';
import { breadcrumb, dataTable, html, pagination } from '../kit/index.js';
import { articleChart, chartBlock } from './charts.js';
import {
  fictionalMark,
  articleLabel,
  htmlPage,
  PageNotFound,
  pageContext,
  paths,
  personName,
  type PageRequest,
  type PageResult,
  catalogPage,
} from './common.js';

export const ARTICLE_PAGE_SIZE = 100;

/** Path of page `n` of an article's list of people. */
export function articlePagePath(lang: Lang, code: string, page: number): string {
  return page === 1 ? paths.article(lang, code) : `${paths.article(lang, code)}page/${page}/`;
}

/** The list of articles that appear in public charges. */
export async function articlesPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const title = ctx.t('nav.articles');
  const [entries, { articles }] = await Promise.all([articleIndex(req.app), publicCatalog(req.app)]);
  const rows = entries.map((e) => [
    html`<a href="${ctx.href(paths.article(req.lang, e.code))}">${formatCharge({ article: e.code }, req.lang)}</a>`,
    articleLabel(e.code, req.lang, articles),
    ctx.number(e.persons),
  ]);
  return catalogPage(req, {
    title,
    intro: ctx.t('page.articles.intro'),
    columns: [
      { header: ctx.t('filter.article'), rowHeader: true },
      { header: ctx.t('page.articles.title') },
      { header: ctx.t('page.articles.persons'), numeric: true },
    ],
    rows,
  });
}

/** One article; an article nobody public is charged under is a 404. */
export async function articlePage(req: PageRequest, code: string, page: number): Promise<PageResult> {
  const ctx = pageContext(req);
  const known = (await articleIndex(req.app)).find((a) => a.code === code);
  if (!known) throw new PageNotFound(req.path);
  const { articles } = await publicCatalog(req.app);
  const list = await publicNamePage(req.app, {
    audience: 'public',
    article: code,
    sort: 'name',
    offset: (page - 1) * ARTICLE_PAGE_SIZE,
    limit: ARTICLE_PAGE_SIZE,
  });
  const pageCount = Math.max(1, Math.ceil(list.total / ARTICLE_PAGE_SIZE));
  if (page > pageCount) {
    throw new PageNotFound(req.path, { pages: pageCount, path: articlePagePath(req.lang, code, pageCount) });
  }
  const heading = formatCharge({ article: code }, req.lang);
  const titleText = articleLabel(code, req.lang, articles);
  const chart = await articleChart(req, code);
  const rows = list.cards.map(({ person, row }) => [
    html`<a href="${ctx.href(paths.person(req.lang, person.id))}">${personName(person, req.lang)}</a>${fictionalMark(ctx, row)}`,
    ctx.t(`status.${shownStatus(row.status, row.termEndMax, isoToDay(req.today))}`, { sex: row.sex ?? 'unknown' }),
  ]);
  const body = html`${breadcrumb(ctx, [
    { label: ctx.t('nav.home'), path: paths.home(req.lang) },
    { label: ctx.t('nav.articles'), path: paths.articles(req.lang) },
    { label: heading },
  ])}
<h1>${heading}${titleText !== heading ? html`: ${titleText}` : ''}</h1>
<p>${ctx.t('page.article.charged', { count: list.total })}</p>
${page === 1 ? chartBlock(ctx, chart, `/${req.lang}/articles/${code}/count`, 'chart-count') : ''}
<h2>${ctx.t('nav.persons')}</h2>
${dataTable({
  caption: ctx.t('nav.persons'),
  captionHidden: true,
  columns: [{ header: ctx.t('table.name'), rowHeader: true }, { header: ctx.t('table.status') }],
  rows,
  empty: ctx.t('table.empty'),
})}
${pagination(ctx, { page, pageCount, pagePath: (n) => articlePagePath(req.lang, code, n) })}`;
  return htmlPage(req, { title: heading, description: `${heading}: ${titleText}`, body });
}
