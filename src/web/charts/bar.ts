/** Horizontal bar chart of categories (by region, article, sex…), rendered to SVG on the server. */
import type * as vega from 'vega';
import { RollcallError } from '../../domain/errors.js';
import type { Lang } from '../../domain/record.js';
import { createTranslator, formatNumber } from '../../i18n/index.js';
import { baseConfig, CHART_COLORS, CHART_FONT_SIZE, CHART_WIDTH, renderSpecToSvg, stableId } from './svg.js';

export interface Bar {
  /** What the chart writes beside the bar (short: "IK-15 Mahilioŭ"). */
  label: string;
  value: number;
  /** The full name, for the table and the CSV, when the label is short. */
  fullLabel?: string;
}

export interface BarChartOptions {
  title: string;
  bars: readonly Bar[];
  lang: Lang;
  /** Width of the whole chart in pixels (default 400: shown at its size on a phone, text ≥ 12 px). */
  width?: number;
  /** Height of one bar row in pixels (default 28). */
  rowHeight?: number;
  id?: string;
}

/** Checks the bars; throws `invalid-chart-data` for an empty list, a bad value or a repeated label. */
export function checkBars(bars: readonly Bar[]): void {
  if (bars.length === 0) throw new RollcallError('invalid-chart-data', 'A bar chart needs at least one bar.');
  const seen = new Set<string>();
  bars.forEach((bar, i) => {
    if (typeof bar.label !== 'string' || bar.label.trim() === '') {
      throw new RollcallError('invalid-chart-data', `Bar ${i}: the label must be a non-empty text.`);
    }
    if (seen.has(bar.label))
      throw new RollcallError('invalid-chart-data', `Bar ${i}: the label "${bar.label}" is repeated.`);
    seen.add(bar.label);
    if (typeof bar.value !== 'number' || !Number.isFinite(bar.value) || bar.value < 0) {
      throw new RollcallError(
        'invalid-chart-data',
        `Bar ${i} (${bar.label}): the value must be a number ≥ 0; got ${String(bar.value)}.`,
      );
    }
  });
}

/** The Vega spec (exported for inspection and tests). Bars keep the order given. */
export function barChartSpec(options: BarChartOptions): vega.Spec {
  checkBars(options.bars);
  const width = options.width ?? CHART_WIDTH;
  const rowHeight = options.rowHeight ?? 28;
  const values = options.bars.map((bar, i) => ({
    i,
    label: bar.label,
    value: bar.value,
    text: formatNumber(bar.value, options.lang),
  }));
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width,
    height: rowHeight * values.length,
    padding: 8,
    autosize: { type: 'fit-x', contains: 'padding' },
    config: baseConfig(options.lang),
    title: { text: options.title },
    data: [{ name: 'bars', values }],
    scales: [
      {
        name: 'y',
        type: 'band',
        domain: { data: 'bars', field: 'label', sort: { field: 'i', op: 'min' } },
        range: 'height',
        padding: 0.25,
      },
      { name: 'x', type: 'linear', domain: { data: 'bars', field: 'value' }, range: 'width', zero: true, nice: true },
    ],
    axes: [
      { orient: 'left', scale: 'y', labelLimit: 160, ticks: false, domain: false },
      { orient: 'bottom', scale: 'x', format: ',d', tickCount: Math.max(2, Math.floor(width / 100)), grid: true },
    ],
    marks: [
      {
        type: 'rect',
        from: { data: 'bars' },
        aria: false,
        encode: {
          enter: {
            y: { scale: 'y', field: 'label' },
            height: { scale: 'y', band: 1 },
            x: { scale: 'x', value: 0 },
            x2: { scale: 'x', field: 'value' },
            fill: { value: CHART_COLORS.mark },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'bars' },
        aria: false,
        encode: {
          enter: {
            y: { scale: 'y', field: 'label', band: 0.5 },
            x: { scale: 'x', field: 'value', offset: 4 },
            baseline: { value: 'middle' },
            text: { field: 'text' },
            fill: { value: CHART_COLORS.text },
            fontSize: { value: CHART_FONT_SIZE },
          },
        },
      },
    ],
  } as vega.Spec;
}

function summary(bars: readonly Bar[], lang: Lang): string {
  const largest = bars.reduce((best, bar) => (bar.value > best.value ? bar : best), bars[0] as Bar);
  return createTranslator(lang)('chart.barSummary', {
    count: bars.length,
    label: largest.label,
    value: formatNumber(largest.value, lang),
  });
}

/**
 * Renders a bar chart to an accessible SVG string (same input, same bytes).
 * @example await renderBarChartSvg({ title: 'By region', bars: [{ label: 'Minsk', value: 500 }], lang: 'en' })
 */
export async function renderBarChartSvg(options: BarChartOptions): Promise<string> {
  const spec = barChartSpec(options);
  return renderSpecToSvg(spec, {
    id: options.id ?? stableId('chart', `bar|${options.title}`),
    title: options.title,
    summary: summary(options.bars, options.lang),
  });
}
