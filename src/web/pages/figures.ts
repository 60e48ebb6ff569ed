/**
 * Figures: charts of the count over time, monthly flows and breakdowns, each with its
 * table and CSV; and the upcoming releases (the birthdays calendar is in `birthdays.ts`).
 */
import { siteStats, upcomingReleases } from '../../app/site-queries.js';
import { addTerm } from '../../domain/duration.js';
import { breadcrumb, dataTable, html } from '../kit/index.js';
import { chartBlock, FIGURE_CHARTS, figureChart } from './charts.js';
import {
  fictionalMark,
  htmlPage,
  pageContext,
  paths,
  personName,
  type PageRequest,
  type PageResult,
} from './common.js';

/** How far ahead the upcoming releases look. */
export const UPCOMING_MONTHS = 3;

export const figurePaths = {
  upcoming: (lang: string) => `/${lang}/figures/upcoming/`,
  birthdays: (lang: string) => `/${lang}/figures/birthdays/`,
};

/** The figures page: every chart, and links to the calendars. */
export async function figuresPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const title = ctx.t('nav.figures');
  const [charts, stats] = await Promise.all([
    Promise.all(FIGURE_CHARTS.map((name) => figureChart(req, name))),
    siteStats(req.app, req.today),
  ]);
  const blocks = charts.map((chart, i) => {
    const name = FIGURE_CHARTS[i]!;
    return chartBlock(ctx, chart, `/${req.lang}/figures/${name}`, `chart-${name}`);
  });
  const body = html`${breadcrumb(ctx, [{ label: ctx.t('nav.home'), path: paths.home(req.lang) }, { label: title }])}
<h1>${title}</h1>
<p>${ctx.t('page.figures.intro', { date: ctx.date(req.today) })}</p>
<ul class="inline">
<li><a href="${ctx.href(figurePaths.upcoming(req.lang))}">${ctx.t('home.upcoming')}</a></li>
<li><a href="${ctx.href(figurePaths.birthdays(req.lang))}">${ctx.t('home.birthdays')}</a></li>
</ul>
<section aria-labelledby="term-ended">
<h2 id="term-ended">${ctx.t('page.figures.termEndedTitle')}</h2>
<p>${ctx.t('page.figures.termEnded', { count: stats.termEnded })}</p>
</section>
${blocks}`;
  return htmlPage(req, { title, description: ctx.t('page.figures.description'), body });
}

/** Upcoming releases: people whose projected release falls in the next months, by date. */
export async function upcomingPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const title = ctx.t('home.upcoming');
  const to = addTerm(req.today, { years: 0, months: UPCOMING_MONTHS, days: 0 });
  const entries = await upcomingReleases(req.app, req.today, to);
  const rows = entries.map((e) => [
    e.date ? ctx.date(e.date) : ctx.t('page.person.between', { from: ctx.date(e.min), to: ctx.date(e.max) }),
    html`<a href="${ctx.href(paths.person(req.lang, e.person.id))}">${personName(e.person, req.lang)}</a>${fictionalMark(ctx, e.person)}`,
  ]);
  const body = html`${breadcrumb(ctx, [
    { label: ctx.t('nav.home'), path: paths.home(req.lang) },
    { label: ctx.t('nav.figures'), path: paths.figures(req.lang) },
    { label: title },
  ])}
<h1>${title}</h1>
<p>${ctx.t('page.upcoming.intro', { from: ctx.date(req.today), to: ctx.date(to) })}</p>
${dataTable({
  caption: title,
  captionHidden: true,
  columns: [{ header: ctx.t('page.upcoming.date') }, { header: ctx.t('table.name'), rowHeader: true }],
  rows,
  empty: ctx.t('table.empty'),
})}`;
  return htmlPage(req, { title, description: ctx.t('page.upcoming.description'), body });
}
