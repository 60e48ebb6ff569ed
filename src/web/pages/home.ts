/**
 * The home page: the number of political prisoners now with the date it is true for, the
 * count over time, the latest releases and digests, and the call to report a release.
 * Also the root language chooser the mirror writes as `/index.html`.
 */
import { siteReleasedIn, siteStats } from '../../app/site-queries.js';
import { LANGS } from '../../domain/record.js';
import { createTranslator } from '../../i18n/index.js';
import { figureHeadline, html, layout } from '../kit/index.js';
import { chartBlock, figureChart } from './charts.js';
import { htmlPage, pageContext, paths, type PageRequest, type PageResult } from './common.js';
import { figurePaths } from './figures.js';
import { tabPath } from './persons-list.js';

/** The month before `today` as `YYYY-MM`. */
export function previousMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The home page of one language. */
export async function homePage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const lastMonth = previousMonth(req.today);
  const [stats, chart, released] = await Promise.all([
    siteStats(req.app, req.today),
    figureChart(req, 'count'),
    siteReleasedIn(req.app, lastMonth),
  ]);
  const title = ctx.t('site.name');
  const body = html`<h1 class="visually-hidden">${title}</h1>
${figureHeadline(ctx, { count: stats.count, asOf: req.today, link: tabPath(req.lang, 'imprisoned') })}
${stats.termEnded > 0 ? html`<p class="muted">${ctx.t('page.home.termEnded', { count: stats.termEnded })} <a href="${ctx.href(paths.figures(req.lang))}#term-ended">${ctx.t('page.home.termEndedLink')}</a></p>` : ''}
<p class="call"><a class="button" href="${ctx.href(paths.report(req.lang))}">${ctx.t('report.call')}</a></p>
${chartBlock(ctx, chart, `/${req.lang}/figures/count`, 'chart-count')}
<section aria-labelledby="latest">
<h2 id="latest">${ctx.t('page.home.latest')}</h2>
<p>${ctx.t('page.home.releasedLastMonth', { count: released, month: ctx.date(lastMonth) })}</p>
<ul>
<li><a href="${ctx.href(paths.digests(req.lang))}">${ctx.t('page.home.digests')}</a></li>
<li><a href="${ctx.href(figurePaths.upcoming(req.lang))}">${ctx.t('home.upcoming')}</a></li>
<li><a href="${ctx.href(figurePaths.birthdays(req.lang))}">${ctx.t('home.birthdays')}</a></li>
<li><a href="${ctx.href(paths.figures(req.lang))}">${ctx.t('page.home.allFigures')}</a></li>
</ul>
</section>`;
  return htmlPage(req, { title, description: ctx.t('headline.count', { count: stats.count }), body });
}

/** `/` in the mirror: a language chooser (the server redirects instead). No JavaScript. */
export function rootPage(req: PageRequest): PageResult {
  const links = LANGS.map((lang) => {
    const t = createTranslator(lang);
    return html`<li lang="${lang}"><a href="${pageContext(req).href(paths.home(lang))}" hreflang="${lang}">${t('site.name')} — ${t(`lang.${lang}`)}</a></li>`;
  });
  const body = html`<h1>${createTranslator('be')('site.name')}</h1><ul class="languages">${links}</ul>`;
  const title = createTranslator('be')('site.name');
  return { type: 'html', body: layout({ lang: 'be', path: '/', mode: req.mode, title, description: title, body }) };
}
