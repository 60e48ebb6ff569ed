/**
 * The list of people: search by name in any script, filters, sorting and pages. Every
 * filter state is a URL. The unfiltered list, the status tabs and their pages also have
 * path-style URLs (`/en/persons/released/page/2/`), which are the ones the static
 * mirror writes: a plain directory cannot answer query strings.
 */
import { z } from 'zod';
import { listPersons } from '../../app/list.js';
import { shownStatus } from '../../domain/custody-state.js';
import { isoToDay } from '../../domain/partial-date.js';
import {
  articleIndex,
  cardsFor,
  publicCatalog,
  publicPersonPage,
  type CardPage,
  type PublicFacility,
} from '../../app/site-queries.js';
import type { PublicListQuery } from '../../app/ports.js';
import { REGIONS, Region, Sex, type Lang } from '../../domain/record.js';
import { html, dataTable, filterForm, pagination, breadcrumb, type FilterField, type SafeHtml } from '../kit/index.js';
import {
  fictionalMark,
  facilityName,
  htmlPage,
  PageNotFound,
  pageContext,
  paths,
  personName,
  type PageRequest,
  type PageResult,
} from './common.js';
import { firstCustodyDate } from './person-facts.js';

export const PAGE_SIZE = 50;
/** Status tabs: `all` is the bare list. */
export const STATUS_TABS = ['all', 'imprisoned', 'released'] as const;
export type StatusTab = (typeof STATUS_TABS)[number];

/** The list's query string; anything else in it is ignored, a bad value is a 400. */
export const ListParams = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(STATUS_TABS).optional(),
  region: Region.optional(),
  sex: Sex.optional(),
  article: z
    .string()
    .regex(/^\d{1,3}(-\d{1,2})?$/)
    .optional(),
  facility: z
    .string()
    .regex(/^[a-z]{1,3}-[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  sort: z.enum(['name', 'detention']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});
export type ListParams = z.infer<typeof ListParams>;

/** The path-style URL of a status tab's page (what the mirror writes). */
export function tabPath(lang: Lang, tab: StatusTab, page = 1): string {
  const base = tab === 'all' ? paths.persons(lang) : `${paths.persons(lang)}${tab}/`;
  return page === 1 ? base : `${base}page/${page}/`;
}

/** True when only the status and page are set: the state has a path-style URL. */
function isPlain(p: ListParams): boolean {
  return [p.q, p.region, p.sex, p.article, p.facility, p.year, p.sort, p.order].every(
    (v) => v === undefined || v === '',
  );
}

/** The server URL of a filter state (query string), keeping every set value. */
export function listUrl(lang: Lang, p: ListParams): string {
  if (isPlain(p)) return tabPath(lang, p.status ?? 'all', p.page ?? 1);
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(p)) {
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) search.set(key, String(value));
  }
  return `${paths.persons(lang)}?${search.toString()}`;
}

async function findPage(req: PageRequest, p: ListParams): Promise<CardPage> {
  const page = p.page ?? 1;
  const filters: PublicListQuery = {
    status: p.status === 'all' ? undefined : p.status,
    region: p.region,
    sex: p.sex,
    article: p.article,
    facilityId: p.facility,
    detentionYear: p.year,
    sort: p.sort ?? 'name',
    order: p.order ?? 'asc',
    audience: 'public',
  };
  if (!p.q) return publicPersonPage(req.app, { ...filters, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  // The same search as the API: matches filtered, ranked by name match unless a sort is chosen.
  const found = await listPersons(req.app, {
    ...filters,
    q: p.q,
    sort: p.sort,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  return { total: found.total, cards: await cardsFor(req.app, found.rows) };
}

async function filters(req: PageRequest, p: ListParams): Promise<FilterField[]> {
  const { t } = pageContext(req);
  const [{ facilities }, articles] = await Promise.all([publicCatalog(req.app), articleIndex(req.app)]);
  const facilityOptions = facilityChoices(facilities, req.lang);
  return [
    { type: 'search', name: 'q', label: t('filter.name'), value: p.q },
    {
      type: 'select',
      name: 'status',
      label: t('filter.status'),
      options: (['imprisoned', 'released'] as const).map((s) => ({
        value: s,
        label: t(`status.${s}`, { sex: 'unknown' }),
      })),
      value: p.status === 'all' ? '' : p.status,
    },
    {
      type: 'select',
      name: 'region',
      label: t('filter.region'),
      options: REGIONS.map((r) => ({ value: r, label: t(`region.${r}`) })),
      value: p.region,
    },
    {
      type: 'select',
      name: 'sex',
      label: t('filter.sex'),
      options: Sex.options.map((s) => ({ value: s, label: t(`sex.${s}`) })),
      value: p.sex,
    },
    {
      type: 'select',
      name: 'article',
      label: t('filter.article'),
      options: articles.map((a) => ({ value: a.code, label: a.code })),
      value: p.article,
    },
    { type: 'select', name: 'facility', label: t('filter.facility'), options: facilityOptions, value: p.facility },
    { type: 'number', name: 'year', label: t('filter.detentionYear'), value: p.year?.toString() },
    {
      type: 'select',
      name: 'sort',
      label: t('sort.label'),
      options: (['name', 'detention'] as const).map((s) => ({ value: s, label: t(`sort.${s}`) })),
      value: p.sort,
    },
    {
      type: 'select',
      name: 'order',
      label: t('page.list.order'),
      options: (['asc', 'desc'] as const).map((s) => ({ value: s, label: t(`sort.${s}`) })),
      value: p.order,
    },
  ];
}

type FacilityChoices = ReadonlyArray<{ value: string; label: string }>;
const choices = new WeakMap<ReadonlyMap<string, PublicFacility>, Partial<Record<Lang, FacilityChoices>>>();

/** The facility filter's options by name in the page's language (once per catalogue and language). */
function facilityChoices(facilities: ReadonlyMap<string, PublicFacility>, lang: Lang): FacilityChoices {
  const byLang = choices.get(facilities) ?? {};
  choices.set(facilities, byLang);
  let options = byLang[lang];
  if (!options) {
    const collator = new Intl.Collator(lang); // what `localeCompare(…, lang)` compares with
    options = [...facilities.values()]
      .map((f) => ({ value: f.id, label: facilityName(f, lang) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    byLang[lang] = options;
  }
  return options;
}

function tabs(req: PageRequest, current: StatusTab | null): SafeHtml {
  const ctx = pageContext(req);
  const items = STATUS_TABS.map((tab) => {
    const label = tab === 'all' ? ctx.t('page.list.all') : ctx.t(`status.${tab}`, { sex: 'unknown' });
    const aria = tab === current ? html` aria-current="page"` : '';
    return html`<li><a href="${ctx.href(tabPath(req.lang, tab))}"${aria}>${label}</a></li>`;
  });
  return html`<nav class="tabs" aria-label="${ctx.t('filter.status')}"><ul>${items}</ul></nav>`;
}

/** Renders the list for a filter state (from the path and the query string). */
export async function personsListPage(req: PageRequest, params: ListParams): Promise<PageResult> {
  const ctx = pageContext(req);
  const page = params.page ?? 1;
  const result = await findPage(req, params);
  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (page > pageCount) {
    throw new PageNotFound(req.path, { pages: pageCount, path: listUrl(req.lang, { ...params, page: pageCount }) });
  }
  const { facilities } = await publicCatalog(req.app);
  const rows = result.cards.map(({ person, row }) => {
    const facility = row.currentFacilityId ? facilities.get(row.currentFacilityId) : undefined;
    const detained = firstCustodyDate(person);
    return [
      html`<a href="${ctx.href(paths.person(req.lang, person.id))}">${personName(person, req.lang)}</a>${fictionalMark(ctx, row)}`,
      ctx.t(`status.${shownStatus(row.status, row.termEndMax, isoToDay(req.today))}`, { sex: row.sex ?? 'unknown' }),
      row.region ? ctx.t(`region.${row.region as Region}`) : '',
      detained ? ctx.date(detained) : '',
      facility && row.status === 'imprisoned'
        ? html`<a href="${ctx.href(paths.facility(req.lang, facility.id))}">${facilityName(facility, req.lang)}</a>`
        : '',
    ];
  });
  const plain = isPlain(params);
  const title =
    plain && params.status && params.status !== 'all'
      ? ctx.t(`page.list.title.${params.status}`)
      : ctx.t('nav.persons');
  const controls =
    req.mode === 'mirror'
      ? html`<p class="note">${ctx.t('page.list.mirrorNote')}</p>`
      : filterForm(ctx, { action: paths.persons(req.lang), fields: await filters(req, params) });
  const body = html`${breadcrumb(ctx, [{ label: ctx.t('nav.home'), path: paths.home(req.lang) }, { label: title }])}
<h1>${title}</h1>
${tabs(req, plain ? (params.status ?? 'all') : null)}
${controls}
<p role="status">${ctx.t('filter.found', { count: result.total })}</p>
${dataTable({
  caption: title,
  captionHidden: true,
  columns: [
    { header: ctx.t('table.name'), rowHeader: true },
    { header: ctx.t('table.status') },
    { header: ctx.t('table.region') },
    { header: ctx.t('table.detained') },
    { header: ctx.t('table.facility') },
  ],
  rows,
  empty: ctx.t('table.empty'),
})}
${pagination(ctx, { page, pageCount, pagePath: (n) => listUrl(req.lang, { ...params, page: n }) })}`;
  return htmlPage(req, { title, description: ctx.t('page.list.description'), body });
}
