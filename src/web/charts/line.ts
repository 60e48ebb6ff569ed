/** Line chart over time (counts per day or month), rendered to SVG on the server. */
import type * as vega from 'vega';
import { RollcallError } from '../../domain/errors.js';
import type { Lang } from '../../domain/record.js';
import { createTranslator, formatDate, formatNumber } from '../../i18n/index.js';
import { baseConfig, CHART_COLORS, CHART_WIDTH, renderSpecToSvg, stableId } from './svg.js';

export interface LinePoint {
  /** `YYYY-MM` or `YYYY-MM-DD`. */
  x: string;
  y: number;
}

export interface LineChartOptions {
  title: string;
  series: readonly LinePoint[];
  lang: Lang;
  width?: number;
  height?: number;
  /** Root id of the SVG; default derived from the title (stable). */
  id?: string;
}

const X_RE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/** Checks and sorts the points; throws `invalid-chart-data` with the offending index. */
export function checkSeries(series: readonly LinePoint[]): Array<LinePoint & { t: number }> {
  if (series.length === 0) throw new RollcallError('invalid-chart-data', 'A line chart needs at least one point.');
  const points = series.map((point, i) => {
    const match = X_RE.exec(point.x);
    if (!match) {
      throw new RollcallError('invalid-chart-data', `Point ${i}: x must be YYYY-MM or YYYY-MM-DD; got "${point.x}".`);
    }
    if (typeof point.y !== 'number' || !Number.isFinite(point.y)) {
      throw new RollcallError(
        'invalid-chart-data',
        `Point ${i} (${point.x}): y must be a finite number; got ${String(point.y)}.`,
      );
    }
    const t = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 1));
    return { x: point.x, y: point.y, t };
  });
  return points.sort((a, b) => a.t - b.t);
}

function summary(points: Array<LinePoint & { t: number }>, lang: Lang): string {
  const first = points[0] as LinePoint;
  const last = points[points.length - 1] as LinePoint;
  const max = points.reduce((best, p) => (p.y > best.y ? p : best), first);
  return createTranslator(lang)('chart.lineSummary', {
    from: formatDate(first.x, lang),
    to: formatDate(last.x, lang),
    first: formatNumber(first.y, lang),
    last: formatNumber(last.y, lang),
    max: formatNumber(max.y, lang),
    maxAt: formatDate(max.x, lang),
  });
}

/** The Vega spec (exported for inspection and tests). */
export function lineChartSpec(options: LineChartOptions): vega.Spec {
  const points = checkSeries(options.series);
  const width = options.width ?? CHART_WIDTH;
  const height = options.height ?? 240;
  const monthly = points.every((p) => p.x.length === 7);
  const integers = points.every((p) => Number.isInteger(p.y));
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width,
    height,
    padding: 8,
    autosize: { type: 'fit', contains: 'padding' },
    config: baseConfig(options.lang),
    title: { text: options.title },
    data: [{ name: 'points', values: points.map(({ t, y }) => ({ t, y })) }],
    scales: [
      { name: 'x', type: 'utc', domain: { data: 'points', field: 't' }, range: 'width' },
      { name: 'y', type: 'linear', domain: { data: 'points', field: 'y' }, range: 'height', zero: true, nice: true },
    ],
    axes: [
      {
        orient: 'bottom',
        scale: 'x',
        format: monthly ? '%b %Y' : '%-d %b %Y',
        formatType: 'utc',
        tickCount: Math.max(2, Math.floor(width / 110)),
        labelOverlap: 'greedy',
        labelFlush: true,
      },
      {
        orient: 'left',
        scale: 'y',
        format: integers ? ',d' : ',~f',
        tickCount: Math.max(2, Math.floor(height / 50)),
        grid: true,
      },
    ],
    marks: [
      {
        type: 'line',
        from: { data: 'points' },
        aria: false,
        encode: {
          enter: {
            x: { scale: 'x', field: 't' },
            y: { scale: 'y', field: 'y' },
            stroke: { value: CHART_COLORS.mark },
            strokeWidth: { value: 2.5 },
          },
        },
      },
      {
        type: 'symbol',
        from: { data: 'points' },
        aria: false,
        encode: {
          enter: {
            x: { scale: 'x', field: 't' },
            y: { scale: 'y', field: 'y' },
            size: { value: points.length > 24 ? 0 : 30 },
            fill: { value: CHART_COLORS.mark },
          },
        },
      },
    ],
  } as vega.Spec;
}

/**
 * Renders a line chart to an accessible SVG string (same input, same bytes).
 * @example await renderLineChartSvg({ title: 'Political prisoners', series: [{ x: '2024-01', y: 1416 }], lang: 'en' })
 */
export async function renderLineChartSvg(options: LineChartOptions): Promise<string> {
  const spec = lineChartSpec(options);
  const points = checkSeries(options.series);
  return renderSpecToSvg(spec, {
    id: options.id ?? stableId('chart', `line|${options.title}`),
    title: options.title,
    summary: summary(points, options.lang),
  });
}
