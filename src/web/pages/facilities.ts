/**
 * Facilities: the index (how many are held in each now) and a facility's page (who is
 * held there now and who was, its address for letters).
 */
import { facilityIndex, facilityPageData, type NameCard, type PublicFacility } from '../../app/site-queries.js';
import { envelopeAddress } from '../../domain/letters.js';
import { breadcrumb, definitionList, html, pagination, type PageContext, type SafeHtml } from '../kit/index.js';
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
  catalogPage,
} from './common.js';
import { uncheckedNote } from './letters.js';
import { plainIn, textIn } from './text-lang.js';
import { byName } from './collation.js';

/** The list of public facilities with the number held in each now. */
export async function facilitiesPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const entries = (await facilityIndex(req.app)).sort(
    (a, b) =>
      b.now - a.now || facilityName(a.facility, req.lang).localeCompare(facilityName(b.facility, req.lang), req.lang),
  );
  const title = ctx.t('nav.facilities');
  const rows = entries.map(({ facility, now }) => [
    html`<a href="${ctx.href(paths.facility(req.lang, facility.id))}">${textIn(ctx, facility.name) ?? facility.id}</a>`,
    ctx.t(`facilityKind.${facility.kind}`),
    textIn(ctx, facility.city) ?? '',
    ctx.number(now),
  ]);
  return catalogPage(req, {
    title,
    intro: ctx.t('page.facilities.intro'),
    columns: [
      { header: ctx.t('table.facility'), rowHeader: true },
      { header: ctx.t('page.facilities.kind') },
      { header: ctx.t('page.facilities.city') },
      { header: ctx.t('page.facilities.now'), numeric: true },
    ],
    rows,
  });
}

/** Names per facility page, over its three lists (held now, released from here, held before). */
export const FACILITY_PAGE_SIZE = 200;

/** Site path of page `n` of a facility. */
export function facilityPagePath(lang: PageRequest['lang'], id: string, n: number): string {
  return n === 1 ? paths.facility(lang, id) : `${paths.facility(lang, id)}page/${n}/`;
}

interface PeopleSection {
  id: string;
  heading: string;
  /** Everyone in the section (the heading counts them all). */
  all: readonly NameCard[];
  /** Those on this page. */
  shown: readonly NameCard[];
  empty?: string;
}

function peopleList(ctx: PageContext, section: PeopleSection): SafeHtml {
  const items = section.shown.map(
    ({ person, row }) =>
      html`<li><a href="${ctx.href(paths.person(ctx.lang, person.id))}">${personName(person, ctx.lang, 'list')}</a>${fictionalMark(ctx, row)}</li>`,
  );
  const list =
    items.length > 0
      ? html`<ul class="columns">${items}</ul>`
      : section.all.length === 0
        ? html`<p>${section.empty ?? ctx.t('table.empty')}</p>`
        : '';
  return html`<section aria-labelledby="${section.id}"><h2 id="${section.id}">${section.heading} (${ctx.number(section.all.length)})</h2>${list}</section>`;
}

/** The sections of one page: the three lists laid end to end, cut into pages of {@link FACILITY_PAGE_SIZE}. */
function pageSections(sections: ReadonlyArray<Omit<PeopleSection, 'shown'>>, page: number): PeopleSection[] {
  let start = (page - 1) * FACILITY_PAGE_SIZE;
  let room = FACILITY_PAGE_SIZE;
  return sections.map((section) => {
    const shown = section.all.slice(start, start + room);
    start = Math.max(0, start - section.all.length);
    room -= shown.length;
    return { ...section, shown };
  });
}

/** The address for letters as on an envelope (in Russian), or undefined. */
function lettersAddress(facility: PublicFacility): SafeHtml | undefined {
  if (!facility.letters) return undefined;
  const lines = envelopeAddress(facility.letters);
  return html`<address class="envelope" lang="ru">${lines.map((line, i) => html`${i > 0 ? html`<br>` : ''}${line}`)}</address>`;
}

/** One facility (page `n` of its people); unknown or not public is a 404, a page past the end too. */
export async function facilityPage(req: PageRequest, id: string, n = 1): Promise<PageResult> {
  const data = await facilityPageData(req.app, id);
  if (!data) throw new PageNotFound(req.path);
  const ctx = pageContext(req);
  const total = data.current.length + data.released.length + data.former.length;
  // Surname first, in the page language's order, across all pages of the facility.
  const sorted = (cards: readonly NameCard[]) => byName(cards, req.lang, (card) => card.person);
  const pageCount = Math.max(1, Math.ceil(total / FACILITY_PAGE_SIZE));
  if (n > pageCount) {
    throw new PageNotFound(req.path, { pages: pageCount, path: facilityPagePath(req.lang, id, pageCount) });
  }
  const sections = pageSections(
    [
      { id: 'now', heading: ctx.t('page.facilities.heldNow'), all: sorted(data.current) },
      {
        id: 'released',
        heading: ctx.t('page.facility.releasedFrom'),
        all: sorted(data.released),
        empty: ctx.t('page.facility.releasedNone'),
      },
      { id: 'before', heading: ctx.t('page.facilities.heldBefore'), all: sorted(data.former) },
    ],
    n,
  );
  const { facility } = data;
  const name = facilityName(facility, req.lang);
  const address = textIn(ctx, facility.address);
  const aliases = facility.aliases.map((alias, i) => html`${i > 0 ? ', ' : ''}${plainIn(ctx, alias)}`);
  const body = html`${breadcrumb(ctx, [
    { label: ctx.t('nav.home'), path: paths.home(req.lang) },
    { label: ctx.t('nav.facilities'), path: paths.facilities(req.lang) },
    { label: name },
  ])}
<h1>${textIn(ctx, facility.name) ?? name}</h1>
${definitionList([
  [ctx.t('page.facilities.kind'), ctx.t(`facilityKind.${facility.kind}`)],
  [ctx.t('page.facilities.regime'), facility.regime ? ctx.t(`regime.${facility.regime}`) : undefined],
  [ctx.t('page.facilities.city'), textIn(ctx, facility.city)],
  [ctx.t('person.address'), lettersAddress(facility) ?? (address ? html`<address>${address}</address>` : undefined)],
  [ctx.t('page.facilities.aliases'), aliases.length > 0 ? html`${aliases}` : undefined],
])}
${address || facility.letters ? html`<p>${ctx.t('page.facilities.letters')}</p>${uncheckedNote(ctx, facility.letters)}` : ''}
${sections.map((section) => peopleList(ctx, section))}
${pagination(ctx, { page: n, pageCount, pagePath: (k) => facilityPagePath(req.lang, id, k) })}`;
  return htmlPage(req, {
    title: name,
    description: ctx.t('page.facilities.description', { name, count: data.current.length }),
    body,
  });
}
