import { describe, expect, it } from 'vitest';
import {
  breadcrumb,
  dataTable,
  definitionList,
  figureHeadline,
  filterForm,
  pageWindow,
  pagination,
} from './components.js';
import { createPageContext } from './context.js';
import { html } from './html.js';

const evil = '<script>x</script>';
const en = createPageContext({ lang: 'en', path: '/en/persons/', mode: 'server' });
const beMirror = createPageContext({ lang: 'be', path: '/be/persons/page/2/', mode: 'mirror' });

describe('dataTable', () => {
  it('has a caption, column headers, row headers and numeric cells', () => {
    const out = dataTable({
      caption: 'People',
      columns: [
        { header: 'Name', rowHeader: true },
        { header: 'Years', numeric: true },
      ],
      rows: [
        [html`<a href="x">A</a>`, 3],
        [evil, 1],
      ],
    }).toString();
    expect(out).toContain('role="region" aria-label="People" tabindex="0"');
    expect(out).toContain('<caption>People</caption>');
    expect(out).toContain('<th scope="col">Name</th><th scope="col" class="num">Years</th>');
    expect(out).toContain('<tr><th scope="row"><a href="x">A</a></th><td class="num" data-label="Years">3</td></tr>');
    expect(out).not.toContain('<script>');
  });

  it('shows the empty message across all columns', () => {
    const out = dataTable({ caption: 'c', columns: [{ header: 'a' }, { header: 'b' }], rows: [], empty: 'None' });
    expect(out.toString()).toContain('<td colspan="2">None</td>');
  });
});

describe('pagination', () => {
  it('computes the window of pages with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, null, 3, 4, 5, 6, 7, null, 10]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
  });

  it('renders nothing for one page', () => {
    expect(pagination(en, { page: 1, pageCount: 1, pagePath: (n) => `/en/persons/page/${n}/` }).toString()).toBe('');
  });

  it('links previous, next and numbers relatively, marking the current page', () => {
    const out = pagination(beMirror, { page: 2, pageCount: 3, pagePath: (n) => `/be/persons/page/${n}/` }).toString();
    expect(out).toContain('aria-label="Старонкі"');
    expect(out).toContain('<a href="../1/index.html" rel="prev">Назад</a>');
    expect(out).toContain('<a href="../3/index.html" rel="next">Далей</a>');
    expect(out).toContain('<a href="index.html" aria-label="Старонка 2" aria-current="page">2</a>');
    expect(out).toContain('Старонка 2 з 3');
  });

  it('has no previous link on the first page nor next on the last', () => {
    const first = pagination(en, { page: 1, pageCount: 2, pagePath: (n) => `/en/persons/?page=${n}` }).toString();
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('<a href="./?page=2" rel="next">Next</a>');
    const last = pagination(en, { page: 2, pageCount: 2, pagePath: (n) => `/en/persons/?page=${n}` }).toString();
    expect(last).not.toContain('rel="next"');
  });
});

describe('filterForm', () => {
  it('is a GET form with labelled controls keeping the current values', () => {
    const out = filterForm(en, {
      action: '/en/persons/',
      fields: [
        {
          type: 'select',
          name: 'status',
          label: 'Status',
          options: [{ value: 'released', label: 'Released' }],
          value: 'released',
        },
        { type: 'search', name: 'q', label: 'Search by name', value: evil },
        { type: 'number', name: 'year', label: 'Year of detention' },
      ],
    }).toString();
    expect(out).toContain('<form class="filters" method="get" action="./">');
    expect(out).toContain('<label for="filter-status">Status</label><select id="filter-status" name="status">');
    expect(out).toContain('<option value="">Any</option><option value="released" selected>Released</option>');
    expect(out).toContain(
      '<label for="filter-q">Search by name</label><input id="filter-q" name="q" type="search" value="&lt;script&gt;',
    );
    expect(out).toContain('inputmode="numeric"');
    expect(out).toContain('<button type="submit">Show</button>');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('</input'); // a void element: one tag, no end tag
    expect(out.match(/<input /g)).toHaveLength(2);
  });
});

describe('definitionList, breadcrumb, figureHeadline', () => {
  it('leaves out empty values', () => {
    expect(
      definitionList([
        ['Born', '1980'],
        ['Region', undefined],
        ['Note', ''],
      ]).toString(),
    ).toBe('<dl class="facts"><div><dt>Born</dt><dd>1980</dd></div></dl>');
    expect(definitionList([['a', null]]).toString()).toBe('');
  });

  it('marks the current page in the breadcrumb', () => {
    const ctx = createPageContext({ lang: 'en', path: '/en/persons/p-1/' });
    const out = breadcrumb(ctx, [
      { label: 'Home', path: '/en/' },
      { label: 'Political prisoners', path: '/en/persons/' },
      { label: evil },
    ]).toString();
    expect(out).toContain('<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="../../">Home</a></li>');
    expect(out).toContain('<li><a href="../">Political prisoners</a></li><li aria-current="page">&lt;script&gt;');
  });

  it('formats the headline figure per language', () => {
    const ru = createPageContext({ lang: 'ru', path: '/ru/' });
    const out = figureHeadline(ru, { count: 1416, asOf: '2024-02-02', link: '/ru/persons/' }).toString();
    expect(out).toContain('<a href="persons/">В Беларуси 1\u00a0416 политзаключённых</a>');
    expect(out).toContain('по состоянию на 2 февраля 2024 г.');
  });
});
