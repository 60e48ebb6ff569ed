/**
 * Small components for pages: data table, pagination, filter form, definition list,
 * breadcrumb, figure headline. Each returns {@link SafeHtml}; every text is escaped.
 */
import type { PageContext } from './context.js';
import { attrs, html, type HtmlValue, type SafeHtml } from './html.js';

export interface TableColumn {
  header: HtmlValue;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Cells of this column are row headers (`<th scope="row">`), e.g. the name. */
  rowHeader?: boolean;
}

/**
 * A data table with a caption, column headers and an optional empty message. It sits in a
 * focusable, labelled region so that keyboard users can scroll it on small screens.
 */
export function dataTable(options: {
  caption: string;
  columns: readonly TableColumn[];
  rows: readonly (readonly HtmlValue[])[];
  empty?: HtmlValue;
  /** Hide the caption visually (it stays for screen readers). */
  captionHidden?: boolean;
}): SafeHtml {
  const { caption, columns, rows } = options;
  const numClass = (c: TableColumn | undefined) => (c?.numeric ? html` class="num"` : '');
  const head = columns.map((c) => html`<th scope="col"${numClass(c)}>${c.header}</th>`);
  const body =
    rows.length === 0
      ? html`<tr><td colspan="${columns.length}">${options.empty ?? ''}</td></tr>`
      : rows.map((row) => html`<tr>${row.map((cell, i) => tableCell(cell, columns[i]))}</tr>`);
  const captionClass = options.captionHidden ? html` class="visually-hidden"` : '';
  return html`<div class="table-wrap" role="region" aria-label="${caption}" tabindex="0"><table>
<caption${captionClass}>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>${body}</tbody>
</table></div>`;
}

/** A cell; data cells carry their column's header as `data-label`, which narrow screens show beside them (the table reflows). */
function tableCell(cell: HtmlValue, column: TableColumn | undefined): SafeHtml {
  const numClass = column?.numeric ? html` class="num"` : '';
  if (column?.rowHeader) return html`<th scope="row"${numClass}>${cell}</th>`;
  const label = typeof column?.header === 'string' ? html` data-label="${column.header}"` : '';
  return html`<td${numClass}${label}>${cell}</td>`;
}

/** Page numbers to show: first, last, and a window around the current page; `null` is a gap. */
export function pageWindow(page: number, pageCount: number, radius = 2): Array<number | null> {
  const pages: Array<number | null> = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) pages.push(p);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}

/**
 * Pagination links. `pagePath(n)` gives the site path of page n (for a static mirror use
 * path-style pages such as `/en/persons/page/2/`). Renders nothing for a single page.
 */
export function pagination(
  ctx: PageContext,
  options: { page: number; pageCount: number; pagePath: (page: number) => string },
): SafeHtml {
  const { page, pageCount, pagePath } = options;
  if (pageCount <= 1) return html``;
  const link = (n: number, label: HtmlValue, extra: Record<string, string | undefined> = {}) =>
    html`<a href="${ctx.href(pagePath(n))}"${attrs(extra)}>${label}</a>`;
  const numbers = pageWindow(page, pageCount).map((n) => {
    if (n === null) return html`<li aria-hidden="true">…</li>`;
    const label = ctx.t('pagination.page', { page: ctx.number(n) });
    const current = n === page ? 'page' : undefined;
    return html`<li>${link(n, ctx.number(n), { 'aria-label': label, 'aria-current': current })}</li>`;
  });
  const previous = page > 1 && html`<li>${link(page - 1, ctx.t('pagination.previous'), { rel: 'prev' })}</li>`;
  const next = page < pageCount && html`<li>${link(page + 1, ctx.t('pagination.next'), { rel: 'next' })}</li>`;
  return html`<nav class="pagination" aria-label="${ctx.t('pagination.label')}">
<p class="pagination-status">${ctx.t('pagination.status', { page: ctx.number(page), pages: ctx.number(pageCount) })}</p>
<ul>${previous}${numbers}${next}</ul>
</nav>`;
}

export type FilterField =
  | {
      type: 'select';
      name: string;
      label: string;
      options: ReadonlyArray<{ value: string; label: string }>;
      value?: string;
    }
  | { type: 'search' | 'number'; name: string; label: string; value?: string; min?: number; max?: number };

function filterControl(ctx: PageContext, field: FilterField, id: string): SafeHtml {
  if (field.type === 'select') {
    const options = [{ value: '', label: ctx.t('filter.any') }, ...field.options].map(
      (o) => html`<option${attrs({ value: o.value, selected: (field.value ?? '') === o.value })}>${o.label}</option>`,
    );
    return html`<select${attrs({ id, name: field.name })}>${options}</select>`;
  }
  const inputMode = field.type === 'number' ? 'numeric' : undefined;
  // A void element: no end tag.
  return html`<input${attrs({
    id,
    name: field.name,
    type: field.type === 'number' ? 'text' : 'search',
    inputmode: inputMode,
    pattern: field.type === 'number' ? '[0-9]*' : undefined,
    value: field.value ?? '',
  })}>`;
}

/**
 * A GET form of filters: works without JavaScript (the query string carries the state).
 * `action` is a site path; the reset link points to it without a query.
 */
export function filterForm(ctx: PageContext, options: { action: string; fields: readonly FilterField[] }): SafeHtml {
  const controls = options.fields.map((field) => {
    const id = `filter-${field.name}`;
    return html`<div class="field"><label for="${id}">${field.label}</label>${filterControl(ctx, field, id)}</div>`;
  });
  return html`<form class="filters" method="get" action="${ctx.href(options.action)}">
<fieldset><legend>${ctx.t('filter.legend')}</legend>
${controls}
<div class="actions"><button type="submit">${ctx.t('filter.apply')}</button> <a href="${ctx.href(options.action)}">${ctx.t('filter.reset')}</a></div>
</fieldset>
</form>`;
}

/** A definition list; pairs whose value is empty, null or undefined are left out. */
export function definitionList(items: ReadonlyArray<readonly [HtmlValue, HtmlValue]>): SafeHtml {
  const shown = items.filter(([, value]) => value !== null && value !== undefined && value !== '' && value !== false);
  if (shown.length === 0) return html``;
  return html`<dl class="facts">${shown.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`;
}

/** A breadcrumb trail; the last item is the current page. */
export function breadcrumb(ctx: PageContext, items: ReadonlyArray<{ label: string; path?: string }>): SafeHtml {
  const last = items.length - 1;
  const entries = items.map((item, i) =>
    i === last || item.path === undefined
      ? html`<li${i === last ? html` aria-current="page"` : ''}>${item.label}</li>`
      : html`<li><a href="${ctx.href(item.path)}">${item.label}</a></li>`,
  );
  return html`<nav class="breadcrumb" aria-label="${ctx.t('site.breadcrumbLabel')}"><ol>${entries}</ol></nav>`;
}

/**
 * The headline figure: "There are 1,416 political prisoners in Belarus", "as of February 2, 2024".
 * `asOf` is a partial date string.
 */
export function figureHeadline(ctx: PageContext, options: { count: number; asOf: string; link?: string }): SafeHtml {
  const text = ctx.t('headline.count', { count: options.count });
  const body = options.link ? html`<a href="${ctx.href(options.link)}">${text}</a>` : text;
  return html`<div class="figure-headline">
<p class="figure-headline-text">${body}</p>
<p class="figure-headline-date">${ctx.t('headline.asOf', { date: ctx.date(options.asOf) })}</p>
</div>`;
}
