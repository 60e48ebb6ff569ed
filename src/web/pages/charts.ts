/**
 * The site's charts by name: each one's data comes from the figure use cases, and the same
 * data gives the SVG, the accessible table and the CSV (`/{lang}/figures/{name}.svg|csv`).
 */
import type { BreakdownKey } from '../../app/figures.js';
import { articleSeries, publicCatalog, publicFlows, siteCountSeries, siteStats } from '../../app/site-queries.js';
import type { PublicFacility } from '../../app/site-queries.js';
import type { Lang, Region } from '../../domain/record.js';
import {
  chartCsv,
  chartSize,
  chartTable,
  renderBarChartSvg,
  renderLineChartSvg,
  type ChartData,
} from '../charts/index.js';
import type { Bar } from '../charts/bar.js';
import { facilityShortLabel } from './facility-label.js';
import { html, type PageContext, type SafeHtml } from '../kit/index.js';
import { facilityName, PageNotFound, pageContext, type PageRequest, type PageResult } from './common.js';

/** Figures start here: the first month the charts show. */
export const SERIES_START = '2020-01';

export const FIGURE_CHARTS = ['count', 'detentions', 'releases', 'region', 'sex', 'article', 'facility'] as const;
export type FigureChart = (typeof FIGURE_CHARTS)[number];

export interface Chart {
  title: string;
  data: ChartData | null;
}

async function breakdownBars(req: PageRequest, key: BreakdownKey): Promise<ChartData | null> {
  const ctx = pageContext(req);
  const stats = await siteStats(req.app, req.today);
  const { facilities } = await publicCatalog(req.app);
  const label = (k: string | null): string => {
    if (k === null) return ctx.t('common.unknown');
    if (key === 'region') return ctx.t(`region.${k as Region}`);
    if (key === 'sex') return ctx.t(`sex.${k as 'male' | 'female'}`);
    if (key === 'article') return ctx.t('page.figures.articleBar', { article: k });
    const f = facilities.get(k);
    return f ? facilityName(f, req.lang) : ctx.t('common.unknown');
  };
  const merged = new Map<string, number>();
  for (const row of stats.breakdowns[key]) merged.set(label(row.key), (merged.get(label(row.key)) ?? 0) + row.count);
  const bars: Bar[] = [...merged].map(([l, value]) => ({ label: l, value }));
  if (key === 'facility') shortenFacilityLabels(bars, [...facilities.values()], req.lang);
  return bars.length === 0 ? null : { kind: 'bar', bars };
}

/**
 * Facility bars get short labels ("IK-15 Mahilioŭ") with the full name kept for the table;
 * a short label two facilities would share stays the full name.
 */
function shortenFacilityLabels(bars: Bar[], facilities: readonly PublicFacility[], lang: Lang): void {
  const byName = new Map(facilities.map((f) => [facilityName(f, lang), f]));
  const shortOf = new Map(
    bars.map((bar) => {
      const f = byName.get(bar.label);
      return [bar.label, f ? facilityShortLabel(f, lang) : bar.label];
    }),
  );
  const uses = new Map<string, number>();
  for (const short of shortOf.values()) uses.set(short, (uses.get(short) ?? 0) + 1);
  for (const bar of bars) {
    const short = shortOf.get(bar.label)!;
    if (short !== bar.label && uses.get(short) === 1) {
      bar.fullLabel = bar.label;
      bar.label = short;
    }
  }
}

async function flowSeries(req: PageRequest, field: 'detentions' | 'releases'): Promise<ChartData | null> {
  const months = await publicFlows(req.app, SERIES_START, req.today.slice(0, 7));
  const series = months.map((m) => ({ x: m.month, y: m[field] }));
  return series.length === 0 ? null : { kind: 'line', series };
}

/** A figures chart by name (title in the page language and its data; null data = nothing to draw). */
export async function figureChart(req: PageRequest, name: FigureChart): Promise<Chart> {
  const { t } = pageContext(req);
  const title = t(`page.figures.chart.${name}`);
  switch (name) {
    case 'count': {
      const points = await siteCountSeries(req.app, `${SERIES_START}-01`, req.today);
      const series = points.map((p) => ({ x: p.date, y: p.count }));
      return { title, data: series.length > 0 ? { kind: 'line', series } : null };
    }
    case 'detentions':
    case 'releases':
      return { title, data: await flowSeries(req, name) };
    default:
      return { title, data: await breakdownBars(req, name) };
  }
}

/** The count over time of people charged under one article. */
export async function articleChart(req: PageRequest, code: string): Promise<Chart> {
  const { t } = pageContext(req);
  const series = (await articleSeries(req.app, code, SERIES_START, req.today)).map((p) => ({ x: p.date, y: p.count }));
  return {
    title: t('page.article.chart', { article: code }),
    data: series.length > 0 ? { kind: 'line', series } : null,
  };
}

/** The SVG or CSV of a chart; a chart with nothing to draw is a 404. */
export async function chartFile(req: PageRequest, chart: Chart, ext: 'svg' | 'csv'): Promise<PageResult> {
  if (!chart.data) throw new PageNotFound(req.path);
  if (ext === 'csv') return { type: 'csv', body: chartCsv(chart.data) };
  const svg =
    chart.data.kind === 'line'
      ? await renderLineChartSvg({ title: chart.title, series: chart.data.series, lang: req.lang })
      : await renderBarChartSvg({ title: chart.title, bars: chart.data.bars, lang: req.lang });
  return { type: 'svg', body: svg };
}

/**
 * A chart block for a page: the SVG as an image, its numbers as a table and a CSV link.
 * `base` is the site path without extension, e.g. `/en/figures/count`.
 */
export function chartBlock(ctx: PageContext, chart: Chart, base: string, id: string): SafeHtml {
  if (!chart.data) {
    return html`<section class="chart" aria-labelledby="${id}"><h2 id="${id}">${chart.title}</h2><p>${ctx.t('chart.noData')}</p></section>`;
  }
  // The image's size is known before it loads: no layout shift.
  const size = chartSize(chart.data);
  return html`<section class="chart" aria-labelledby="${id}">
<h2 id="${id}">${chart.title}</h2>
<figure><img src="${ctx.href(`${base}.svg`)}" alt="${chart.title}" width="${size.width}" height="${size.height}" loading="lazy"></figure>
<details><summary>${ctx.t('chart.dataTable')}</summary>
${chartTable({ caption: chart.title, lang: ctx.lang, data: chart.data })}
</details>
<p><a href="${ctx.href(`${base}.csv`)}" download>${ctx.t('chart.downloadCsv')}</a></p>
</section>`;
}

/** Looks up a figures chart name from a URL segment. */
export function figureChartName(name: string): FigureChart {
  if (!(FIGURE_CHARTS as readonly string[]).includes(name)) throw new PageNotFound(name);
  return name as FigureChart;
}
