/** The HTML kit: safe templating, relative links, page layout and small components. */
export { SafeHtml, html, raw, render, escapeHtml, attrs } from './html.js';
export type { HtmlValue } from './html.js';
export { relativeHref, createHref } from './links.js';
export type { LinkMode, Href } from './links.js';
export { createPageContext } from './context.js';
export type { PageContext } from './context.js';
export { layout, NAV_ITEMS, STYLESHEET_PATH } from './layout.js';
export type { LayoutOptions } from './layout.js';
export {
  dataTable,
  pagination,
  pageWindow,
  filterForm,
  definitionList,
  breadcrumb,
  figureHeadline,
} from './components.js';
export type { TableColumn, FilterField } from './components.js';
