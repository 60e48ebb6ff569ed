/**
 * Rendering a hand-written Vega spec to an accessible, deterministic SVG string on the server.
 */
import * as vega from 'vega';
import type { Lang } from '../../domain/record.js';
import { escapeHtml } from '../kit/html.js';
import { vegaNumberLocale, vegaTimeLocale } from './locale.js';

/** Colours with at least 4.5:1 contrast on white (WCAG AA for text and graphics). */
export const CHART_COLORS = {
  mark: '#1f4e79',
  text: '#1a1a1a',
  muted: '#4d4d4d',
  grid: '#d9d9d9',
  background: '#ffffff',
} as const;

export const CHART_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/**
 * Charts are drawn 400 px wide with 14 px text: a phone 390 px wide shows them at about
 * 90 % (the page's margins), so their text stays at 12 px or more; wider screens show
 * them at their size.
 */
export const CHART_WIDTH = 400;
export const CHART_FONT_SIZE = 14;

/** A short, stable id from text (FNV-1a), so that repeated renders give the same bytes. */
export function stableId(prefix: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}-${hash.toString(36)}`;
}

/** Shared configuration: fonts, colours, locale; no ARIA from Vega (the root gets role="img"). */
export function baseConfig(lang: Lang): vega.Config {
  const config: vega.Config = {
    locale: { number: vegaNumberLocale(lang), time: vegaTimeLocale(lang) },
    background: CHART_COLORS.background,
    text: { font: CHART_FONT },
    axis: {
      labelColor: CHART_COLORS.text,
      titleColor: CHART_COLORS.text,
      tickColor: CHART_COLORS.muted,
      domainColor: CHART_COLORS.muted,
      gridColor: CHART_COLORS.grid,
      labelFont: CHART_FONT,
      titleFont: CHART_FONT,
      labelFontSize: CHART_FONT_SIZE,
      titleFontSize: CHART_FONT_SIZE,
      aria: false,
    },
    title: { color: CHART_COLORS.text, font: CHART_FONT, fontSize: 16, anchor: 'start', aria: false },
  };
  return config;
}

/**
 * Renders a spec with the `none` renderer and makes the root accessible:
 * `role="img"`, `aria-label` (the title), `<title>` and `<desc>` (a summary of the numbers).
 */
export async function renderSpecToSvg(
  spec: vega.Spec,
  a11y: { id: string; title: string; summary: string },
): Promise<string> {
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return makeAccessible(svg, a11y);
  } finally {
    view.finalize();
  }
}

function makeAccessible(svg: string, a11y: { id: string; title: string; summary: string }): string {
  const open = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  const rootTag = svg
    .slice(0, open)
    .replace(
      '<svg ',
      `<svg role="img" aria-label="${escapeHtml(a11y.title)}" aria-describedby="${a11y.id}-desc" id="${a11y.id}" `,
    );
  const label = `<title>${escapeHtml(a11y.title)}</title><desc id="${a11y.id}-desc">${escapeHtml(a11y.summary)}</desc>`;
  return rootTag + label + svg.slice(open);
}
