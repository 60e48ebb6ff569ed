/**
 * Birthdays in the next 60 days of people held now, for letter campaigns: the day and
 * month (not a dated day), the age they turn, the facility and its address; an envelope
 * view for printing (print CSS, no JavaScript); and a link to the CSV of addresses.
 */
import { BIRTHDAY_DAYS, birthdaysAhead } from '../../app/letters.js';
import { shiftDay } from '../../domain/duration.js';
import { dayToIso, isoToDay } from '../../domain/partial-date.js';
import type { Lang } from '../../domain/record.js';
import { monthName } from '../../i18n/index.js';
import { breadcrumb, dataTable, html, type PageContext } from '../kit/index.js';
import {
  facilityName,
  fictionalMark,
  htmlPage,
  pageContext,
  paths,
  personName,
  type PageRequest,
  type PageResult,
} from './common.js';
import { envelopeBlock, envelopeLine, lettersPath, uncheckedNote } from './letters.js';

export const birthdayPaths = {
  page: (lang: Lang) => `/${lang}/figures/birthdays/`,
  envelopes: (lang: Lang) => `/${lang}/figures/birthdays/envelopes/`,
  /** The CSV of addresses for letters (served with the open data). */
  csv: '/data/letters.csv',
};

/**
 * A day and month without a year: "February 20", "20 февраля", "20 лютага".
 *
 * @example
 * dayAndMonth(2, 20, 'ru'); // '20 февраля'
 */
export function dayAndMonth(month: number, day: number, lang: Lang): string {
  return lang === 'en' ? `${monthName(month, 'en')} ${day}` : `${day} ${monthName(month, lang, 'genitive')}`;
}

function windowEnd(today: string): string {
  return dayToIso(shiftDay(isoToDay(today), { years: 0, months: 0, days: BIRTHDAY_DAYS - 1 }, 1));
}

function crumbs(ctx: PageContext, lang: Lang, here: Array<{ label: string; path?: string }>) {
  return breadcrumb(ctx, [
    { label: ctx.t('nav.home'), path: paths.home(lang) },
    { label: ctx.t('nav.figures'), path: paths.figures(lang) },
    ...here,
  ]);
}

/** The birthdays page: who has a birthday in the next 60 days, with age, facility and address. */
export async function birthdaysPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const title = ctx.t('birthdays.title');
  const entries = await birthdaysAhead(req.app, req.today);
  const rows = entries.map((e) => {
    const address = envelopeLine(e.facility?.letters);
    return [
      dayAndMonth(e.birthday.month, e.birthday.day, req.lang),
      html`<a href="${ctx.href(paths.person(req.lang, e.person.id))}">${personName(e.person, req.lang)}</a>${fictionalMark(ctx, e.person)}`,
      ctx.t('birthdays.turns', { age: e.birthday.age }),
      e.facility
        ? html`<a href="${ctx.href(paths.facility(req.lang, e.facility.id))}">${facilityName(e.facility, req.lang)}</a>`
        : ctx.t('common.unknown'),
      address ? html`<span lang="ru">${address}</span>` : '',
    ];
  });
  const from = dayAndMonth(Number(req.today.slice(5, 7)), Number(req.today.slice(8, 10)), req.lang);
  const end = windowEnd(req.today);
  const to = dayAndMonth(Number(end.slice(5, 7)), Number(end.slice(8, 10)), req.lang);
  const body = html`${crumbs(ctx, req.lang, [{ label: title }])}
<h1>${title}</h1>
<p>${ctx.t('birthdays.intro', { from, to })}</p>
<ul class="inline">
<li><a href="${ctx.href(birthdayPaths.envelopes(req.lang))}">${ctx.t('birthdays.envelopes')}</a></li>
<li><a href="${ctx.href(birthdayPaths.csv)}">${ctx.t('birthdays.csv')}</a></li>
<li><a href="${ctx.href(lettersPath(req.lang))}">${ctx.t('letters.guideLink')}</a></li>
</ul>
${dataTable({
  caption: title,
  captionHidden: true,
  columns: [
    { header: ctx.t('table.date') },
    { header: ctx.t('table.name'), rowHeader: true },
    { header: ctx.t('birthdays.age') },
    { header: ctx.t('table.facility') },
    { header: ctx.t('birthdays.address') },
  ],
  rows,
  empty: ctx.t('table.empty'),
})}`;
  return htmlPage(req, { title, description: ctx.t('birthdays.intro', { from, to }), body });
}

/** The envelope view: one envelope address per person with a birthday ahead, for printing. */
export async function birthdayEnvelopesPage(req: PageRequest): Promise<PageResult> {
  const ctx = pageContext(req);
  const title = ctx.t('birthdays.envelopesTitle');
  const entries = await birthdaysAhead(req.app, req.today);
  const items = entries.flatMap((e) => {
    const envelope = envelopeBlock(e.person, e.facility?.letters);
    if (!envelope) return [];
    const when = dayAndMonth(e.birthday.month, e.birthday.day, req.lang);
    return [
      html`<li><p class="screen-only">${when}: ${personName(e.person, req.lang)}${fictionalMark(ctx, e.person)}</p>${envelope}${uncheckedNote(ctx, e.facility?.letters)}</li>`,
    ];
  });
  const body = html`${crumbs(ctx, req.lang, [{ label: ctx.t('birthdays.title'), path: birthdayPaths.page(req.lang) }, { label: title }])}
<h1 class="screen-only">${title}</h1>
<p class="screen-only">${ctx.t('birthdays.envelopesIntro')}</p>
${items.length > 0 ? html`<ul class="envelopes">${items}</ul>` : html`<p>${ctx.t('table.empty')}</p>`}`;
  return htmlPage(req, { title, description: ctx.t('birthdays.envelopesIntro'), body });
}
