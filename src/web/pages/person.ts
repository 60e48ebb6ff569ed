/**
 * A person's page: names in all forms, photo, status, time served, charges and sentence,
 * the timeline, place of detention with the address for letters, and public sources.
 * Only the public view of the record reaches it (see `personPageData`).
 */
import { personPageData, type PersonPageData } from '../../app/site-queries.js';
import { isSitePhotoRef, type Localized, type Region } from '../../domain/record.js';
import { breadcrumb, definitionList, html, type PageContext, type SafeHtml } from '../kit/index.js';
import {
  htmlPage,
  nameLang,
  nameText,
  PageNotFound,
  pageContext,
  paths,
  personName,
  personNameText,
  type PageRequest,
  type PageResult,
} from './common.js';
import { chargesList, orderedEvents, punishmentText, servedText } from './person-facts.js';
import { formatTerm } from '../../i18n/index.js';
import { writeToSection } from './letters.js';
import { paragraphIn, plainIn, textIn } from './text-lang.js';

const SYSTEM_LABEL_KEYS = {
  'be-cyrl': 'page.person.system.be-cyrl',
  'ru-cyrl': 'page.person.system.ru-cyrl',
  'be-latn-place': 'page.person.system.latn',
  'be-latn-passport': 'page.person.system.latn',
  'ru-latn-bgn': 'page.person.system.latn',
  'ru-latn-icao': 'page.person.system.latn',
  latn: 'page.person.system.latn',
} as const;

function namesSection(ctx: PageContext, data: PersonPageData): SafeHtml {
  const items = data.person.names.map(
    (n) =>
      html`<li><span lang="${nameLang(n.system)}">${nameText(n, 'full')}</span> <span class="muted">(${ctx.t(SYSTEM_LABEL_KEYS[n.system])})</span></li>`,
  );
  return html`<section aria-labelledby="names"><h2 id="names">${ctx.t('page.person.names')}</h2><ul>${items}</ul></section>`;
}

function photo(ctx: PageContext, data: PersonPageData): SafeHtml {
  const p = data.person.photo;
  // Only a file on this site (the presenter drops any other ref): no third-party image.
  if (!p || !p.ref.startsWith('/') || !isSitePhotoRef(p.ref)) return html``;
  const caption = textIn(ctx, p.caption);
  const credit = photoCredit(ctx, p.credit);
  const src = ctx.href(p.ref);
  return html`<figure class="photo"><img src="${src}" alt="${personNameText(data.person, ctx.lang)}" width="240" loading="lazy"><figcaption>${caption ?? ''}${credit}</figcaption></figure>`;
}

/** "Photo: …" with the credit in the page's language when it has one per language. */
function photoCredit(ctx: PageContext, credit: string | Localized | undefined): SafeHtml | '' {
  const text = typeof credit === 'string' ? (credit ? html`${credit}` : undefined) : textIn(ctx, credit);
  if (!text) return '';
  const [before = '', after = ''] = ctx.t('page.person.photoCredit', { credit: '\u0000' }).split('\u0000');
  return html` <span class="credit">${before}${text}${after}</span>`;
}

function facts(ctx: PageContext, data: PersonPageData): SafeHtml {
  const { person, status, served, projected, currentFacility } = data;
  const servedLabel = served.ongoing ? ctx.t('page.person.servedSoFar') : ctx.t('page.person.servedTotal');
  const hasCustody = person.events.some((e) => ['detention', 'administrative_arrest', 're_detention'].includes(e.kind));
  const facility = currentFacility
    ? html`<a href="${ctx.href(paths.facility(ctx.lang, currentFacility.id))}">${textIn(ctx, currentFacility.name) ?? currentFacility.id}</a>`
    : undefined;
  const release = projected
    ? projected.date
      ? ctx.date(projected.date)
      : ctx.t('page.person.between', { from: ctx.date(projected.min), to: ctx.date(projected.max) })
    : undefined;
  return definitionList([
    [ctx.t('table.status'), statusText(ctx, status, person.sex)],
    [ctx.t('table.born'), person.birthDate ? ctx.date(person.birthDate) : undefined],
    [ctx.t('table.region'), person.region ? ctx.t(`region.${person.region as Region}`) : undefined],
    [ctx.t('person.occupation'), textIn(ctx, person.occupation)],
    [servedLabel, hasCustody ? servedText(ctx, served) : undefined],
    ...statedServedRows(ctx, data),
    [ctx.t('page.person.expectedRelease'), release],
    [ctx.t('table.facility'), facility],
  ]);
}

/**
 * A court's name in the page's language from the court catalogue; a court the catalogue
 * does not have is named as the source wrote it, marked with the language of its letters.
 */
function courtText(
  ctx: PageContext,
  data: PersonPageData,
  courtId: string | undefined,
  written: string | undefined,
): SafeHtml | undefined {
  const known = courtId === undefined ? undefined : data.courts.get(courtId);
  return (known ? textIn(ctx, known.name) : undefined) ?? plainIn(ctx, written);
}

/** The appeals of a case: their outcome, and the court in the page's language. */
function appealsText(
  ctx: PageContext,
  data: PersonPageData,
  appeals: PersonPageData['person']['cases'][number]['appeals'],
): SafeHtml | undefined {
  if (appeals.length === 0) return undefined;
  const items = appeals.map((a, i) => {
    const court = courtText(ctx, data, a.courtId, a.court);
    return html`${i > 0 ? '; ' : ''}${ctx.t(`page.person.appeal.${a.outcome}`)}${court ? html` (${court})` : ''}`;
  });
  return html`${items}`;
}

/** The status, with what "term ended, release not confirmed" means. */
function statusText(ctx: PageContext, status: PersonPageData['status'], sex: string | undefined): SafeHtml {
  const label = ctx.t(`status.${status}`, { sex: sex ?? 'unknown' });
  if (status !== 'term_ended') return html`${label}`;
  return html`${label}. <span class="muted">${ctx.t('status.term_ended.explain')}</span>`;
}

/** A source's stated time served beside what the dates allow, where the two differ. */
function statedServedRows(ctx: PageContext, data: PersonPageData): Array<[string, SafeHtml]> {
  return data.statedServed.map((item) => {
    const source = item.sourceIds.map((id) => data.sources.get(id)).find(Boolean);
    const name = source ? (source.publisher ?? source.title) : undefined;
    const term = formatTerm(item.stated, ctx.lang);
    const stated = name ? ctx.t('page.person.statedServed', { term, source: name }) : term;
    return [
      ctx.t('page.person.statedServedLabel'),
      html`${stated}. <span class="muted">${ctx.t('page.person.statedServedDiffers', { range: servedText(ctx, item.served) })}</span>`,
    ];
  });
}

function casesSection(ctx: PageContext, data: PersonPageData): SafeHtml {
  if (data.person.cases.length === 0) return html``;
  const cases = data.person.cases.map(
    (c) =>
      html`<li>${chargesList(ctx, c.charges, data.articles)}${definitionList([
        [ctx.t('page.person.court'), courtText(ctx, data, c.courtId, c.court)],
        [ctx.t('page.person.verdictDate'), c.verdictDate ? ctx.date(c.verdictDate) : undefined],
        [ctx.t('person.sentence'), c.punishment ? punishmentText(ctx, c.punishment) : undefined],
        [ctx.t('page.person.appeals'), appealsText(ctx, data, c.appeals)],
      ])}</li>`,
  );
  return html`<section aria-labelledby="charges"><h2 id="charges">${ctx.t('person.charges')}</h2><ul class="cases">${cases}</ul></section>`;
}

/** The number of each public source (its place in the catalogue, from 1), once per catalogue. */
function sourceNumbers(sources: PersonPageData['sources']): Map<string, number> {
  let numbers = numbering.get(sources);
  if (!numbers) {
    numbers = new Map([...sources.keys()].map((id, i) => [id, i + 1]));
    numbering.set(sources, numbers);
  }
  return numbers;
}
const numbering = new WeakMap<PersonPageData['sources'], Map<string, number>>();

function sourceRefs(ctx: PageContext, ids: readonly string[], data: PersonPageData): SafeHtml {
  const known = ids.filter((id) => data.sources.has(id));
  if (known.length === 0) return html``;
  const numbers = sourceNumbers(data.sources);
  return html` <span class="refs">${known.map((id) => html`<a href="#${id}">[${numbers.get(id)!}]<span class="visually-hidden"> ${ctx.t('person.sources')}</span></a>`)}</span>`;
}

function timeline(ctx: PageContext, data: PersonPageData): SafeHtml {
  const items = orderedEvents(data.person).map((e) => {
    const facility = e.facilityId ? data.facilities.get(e.facilityId) : undefined;
    const place = facility
      ? html` — <a href="${ctx.href(paths.facility(ctx.lang, facility.id))}">${textIn(ctx, facility.name) ?? facility.id}</a>`
      : '';
    const reason = e.releaseReason ? html` (${ctx.t(`release.${e.releaseReason}`)})` : '';
    const note = e.note ? paragraphIn(ctx, e.note) : '';
    const inferred = e.inferred ? html` <span class="muted">${ctx.t('page.person.inferred')}</span>` : '';
    return html`<li><span class="date">${ctx.date(e.date)}</span>${inferred} <strong>${ctx.t(`event.${e.kind}`)}</strong>${reason}${place}${sourceRefs(ctx, e.sourceIds, data)}${note}</li>`;
  });
  if (items.length === 0) return html``;
  return html`<section aria-labelledby="timeline"><h2 id="timeline">${ctx.t('person.timeline')}</h2><ol class="timeline">${items}</ol></section>`;
}

function sourcesSection(ctx: PageContext, data: PersonPageData): SafeHtml {
  const cited = new Set([...data.person.events, ...data.person.cases].flatMap((x) => x.sourceIds));
  const numbers = sourceNumbers(data.sources);
  const items = [...numbers.keys()]
    .filter((id) => cited.has(id))
    .map((id) => {
      const s = data.sources.get(id)!;
      const title =
        s.url && /^https?:\/\//i.test(s.url)
          ? html`<a href="${s.url}" rel="noopener">${plainIn(ctx, s.title)}</a>`
          : plainIn(ctx, s.title);
      const meta = [s.publisher, s.date ? ctx.date(s.date) : undefined].filter(Boolean).join(', ');
      return html`<li id="${id}" value="${numbers.get(id)!}">${title}${meta ? html` — ${meta}` : ''}</li>`;
    });
  if (items.length === 0) return html``;
  return html`<section aria-labelledby="sources"><h2 id="sources">${ctx.t('person.sources')}</h2><ol class="sources">${items}</ol></section>`;
}

/** The person page; a person who is unknown or not public is a 404. */
export async function personPage(req: PageRequest, id: string): Promise<PageResult> {
  const data = await personPageData(req.app, id, req.today);
  if (!data) throw new PageNotFound(req.path);
  const ctx = pageContext(req);
  const name = personNameText(data.person, req.lang);

  const body = html`${breadcrumb(ctx, [
    { label: ctx.t('nav.home'), path: paths.home(req.lang) },
    { label: ctx.t('nav.persons'), path: paths.persons(req.lang) },
    { label: name },
  ])}
<article class="person">
<h1>${personName(data.person, req.lang)}</h1>
${data.person.fictional ? html`<p class="notice">${ctx.t('page.person.fictional')}</p>` : ''}
${photo(ctx, data)}
${facts(ctx, data)}
${data.status === 'imprisoned' || data.status === 'term_ended' ? writeToSection(ctx, data.person, data.currentFacility, data.status === 'term_ended') : ''}
${paragraphIn(ctx, data.person.biography)}
${namesSection(ctx, data)}
${casesSection(ctx, data)}
${timeline(ctx, data)}
${sourcesSection(ctx, data)}
<p class="report-about"><a href="${ctx.href(`/${req.lang}/report/`)}${req.mode === 'server' ? `?person=${encodeURIComponent(data.person.id)}` : ''}">${ctx.t('tips.form.aboutLink')}</a></p>
</article>`;
  const status = ctx.t(`status.${data.status}`, { sex: data.person.sex ?? 'unknown' });
  const description = ctx.t('page.person.description', { name, status });
  return htmlPage(req, { title: name, description, body });
}
