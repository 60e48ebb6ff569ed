/**
 * The numbers behind a chart, as an accessible HTML table and as CSV, so that every chart
 * has a text alternative and a download.
 */
import { csvText } from '../../exchange/csv-write.js';
import type { Lang } from '../../domain/record.js';
import { createTranslator, formatDate, formatNumber } from '../../i18n/index.js';
import { dataTable } from '../kit/components.js';
import type { SafeHtml } from '../kit/html.js';
import type { Bar } from './bar.js';
import { checkBars } from './bar.js';
import { checkSeries, type LinePoint } from './line.js';
import { CHART_WIDTH } from './svg.js';

/** A chart's data: a time series (line) or categories (bar). */
export type ChartData = { kind: 'line'; series: readonly LinePoint[] } | { kind: 'bar'; bars: readonly Bar[] };

/** Rows of a bar chart: each `ROW_HEIGHT` px, plus the title, the axis and the padding. */
const BAR_ROW_HEIGHT = 28;
const BAR_CHROME_HEIGHT = 57;
const LINE_HEIGHT = 240;

/**
 * The size the SVG of a chart is drawn at (its `width` and `height`), so that pages can
 * give the image its size before it loads (no layout shift). A test renders each kind and
 * compares.
 * @example chartSize({ kind: 'bar', bars: [{ label: 'a', value: 1 }] }) // { width: 400, height: 85 }
 */
export function chartSize(data: ChartData): { width: number; height: number } {
  if (data.kind === 'line') return { width: CHART_WIDTH, height: LINE_HEIGHT };
  return { width: CHART_WIDTH, height: BAR_ROW_HEIGHT * data.bars.length + BAR_CHROME_HEIGHT };
}

function rowsOf(data: ChartData): Array<[string, number]> {
  if (data.kind === 'line') return checkSeries(data.series).map((p) => [p.x, p.y]);
  checkBars(data.bars);
  return data.bars.map((b) => [b.fullLabel ?? b.label, b.value]);
}

/**
 * The chart's numbers as an HTML table (dates and numbers formatted for the language).
 * @example chartTable({ caption: 'Political prisoners by month', lang: 'en', data: { kind: 'line', series } })
 */
export function chartTable(options: {
  caption: string;
  lang: Lang;
  data: ChartData;
  /** Column headers; default "Date"/"Category" and "Number" in the language. */
  headers?: [string, string];
}): SafeHtml {
  const { lang, data } = options;
  const t = createTranslator(lang);
  const headers = options.headers ?? [t(data.kind === 'line' ? 'chart.date' : 'chart.label'), t('chart.value')];
  const rows = rowsOf(data).map(([x, y]) => [data.kind === 'line' ? formatDate(x, lang) : x, formatNumber(y, lang)]);
  return dataTable({
    caption: options.caption,
    columns: [
      { header: headers[0], rowHeader: true },
      { header: headers[1], numeric: true },
    ],
    rows,
  });
}

/**
 * The chart's numbers as CSV (RFC 4180, `\n` line ends, raw ISO dates and plain numbers;
 * labels neutralised against formula injection by {@link csvText}).
 * @example chartCsv({ kind: 'bar', bars: [{ label: 'Minsk', value: 500 }] }) // "label,value\nMinsk,500\n"
 */
export function chartCsv(data: ChartData, headers?: [string, string]): string {
  const header = headers ?? (data.kind === 'line' ? ['date', 'value'] : ['label', 'value']);
  return csvText(
    rowsOf(data).map(([x, y]) => [x, String(y)]),
    { header },
  );
}
