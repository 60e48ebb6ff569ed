/**
 * Facilities: the index (how many are held in each now) and a facility's page (who is
 * held there now and who was, its address for letters).
 */
import { facilityIndex, facilityPageData, type NameCard, type PublicFacility } from '../../app/site-queries.js';
import { envelopeAddress } from '../../domain/letters.js';
import { breadcrumb, definitionList, html, type PageContext, type SafeHtml } from '../kit/index.js';
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

function peopleList(ctx: PageContext, cards: readonly NameCard[], heading: string, id: string): SafeHtml {
  const items = cards.map(
    ({ person, row }) =>
      html`<li><a href="${ctx.href(paths.person(ctx.lang, person.id))}">${personName(person, ctx.lang)}</a>${fictionalMark(ctx, row)}</li>`,
  );
  const list = items.length > 0 ? html`<ul class="columns">${items}</ul>` : html`<p>${ctx.t('table.empty')}</p>`;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading} (${ctx.number(cards.length)})</h2>${list}</section>`;
}

/** The address for letters as on an envelope (in Russian), or undefined. */
function lettersAddress(facility: PublicFacility): SafeHtml | undefined {
  if (!facility.letters) return undefined;
  const lines = envelopeAddress(facility.letters);
  return html`<address class="envelope" lang="ru">${lines.map((line, i) => html`${i > 0 ? html`<br>` : ''}${line}`)}</address>`;
}

/** One facility; unknown or not public is a 404. */
export async function facilityPage(req: PageRequest, id: string): Promise<PageResult> {
  const data = await facilityPageData(req.app, id);
  if (!data) throw new PageNotFound(req.path);
  const ctx = pageContext(req);
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
${peopleList(ctx, data.current, ctx.t('page.facilities.heldNow'), 'now')}
${peopleList(ctx, data.former, ctx.t('page.facilities.heldBefore'), 'before')}`;
  return htmlPage(req, {
    title: name,
    description: ctx.t('page.facilities.description', { name, count: data.current.length }),
    body,
  });
}
