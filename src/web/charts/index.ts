/** Server-rendered SVG charts (Vega) with their tables and CSV. */
export { renderLineChartSvg, lineChartSpec } from './line.js';
export type { LinePoint, LineChartOptions } from './line.js';
export { renderBarChartSvg, barChartSpec } from './bar.js';
export type { Bar, BarChartOptions } from './bar.js';
export { chartTable, chartCsv, chartSize } from './table.js';
export type { ChartData } from './table.js';
