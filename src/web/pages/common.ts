/**
 * What the site's pages share: the request a page renders for, what it returns, names in
 * the script of the page's language, and labels for records.
 */
import type { AppContext } from '../../app/context.js';
import type { PublicFacility } from '../../app/site-queries.js';
import type { PublicPerson } from '../../http/presenters/public-person.js';
import type { Lang, Localized, NameSystem } from '../../domain/record.js';
import { articleTitle } from '../../domain/reference-data.js';
import type { Article } from '../../domain/record.js';
import {
  breadcrumb,
  createPageContext,
  dataTable,
  html,
  layout,
  type PageContext,
  type SafeHtml,
} from '../kit/index.js';
import type { HtmlValue, TableColumn } from '../kit/index.js';
import type { LayoutOptions, LinkMode } from '../kit/index.js';

/** One page to render: the site path, its language and query, the link mode and today's date. */
export interface PageRequest {
  app: AppContext;
  lang: Lang;
  /** Site path without the query, e.g. `/en/persons/`. */
  path: string;
  query: Readonly<Record<string, string>>;
  mode: LinkMode;
  /** `YYYY-MM-DD`: the day the page's figures are true for. */
  today: string;
}

/** What a page returns: a body and its media type. */
export interface PageResult {
  status?: number;
  type: 'html' | 'csv' | 'svg' | 'atom';
  body: string;
}

/** Thrown by a page when what the URL names does not exist (rendered as a 404 page). */
export class PageNotFound extends Error {
  readonly code = 'not-found';
  /** For a page past the end of a list: how many pages there are and the site path of the last. */
  readonly lastPage: { pages: number; path: string } | undefined;
  constructor(what: string, lastPage?: { pages: number; path: string }) {
    super(`Nothing at ${what}.`);
    this.lastPage = lastPage;
  }
}

/** Thrown when a filter in the query has a value the page does not accept (a 400 naming the field). */
export class BadFilterValue extends Error {
  readonly code = 'bad-filter';
  constructor(readonly field: string) {
    super(`The filter "${field}" has a value the page does not accept.`);
  }
}

/** The page context for a request. */
export function pageContext(req: PageRequest): PageContext {
  return createPageContext({ lang: req.lang, path: req.path, mode: req.mode });
}

/** A full HTML page through the kit's layout (the only way pages produce documents). */
export function htmlPage(req: PageRequest, options: Omit<LayoutOptions, 'lang' | 'path' | 'mode'>): PageResult {
  return { type: 'html', body: layout({ ...options, lang: req.lang, path: req.path, mode: req.mode }) };
}

/** Name systems to prefer for each page language, best first. */
const NAME_ORDER: Record<Lang, readonly NameSystem[]> = {
  be: ['be-cyrl', 'ru-cyrl', 'be-latn-passport', 'latn', 'be-latn-place', 'ru-latn-icao', 'ru-latn-bgn'],
  ru: ['ru-cyrl', 'be-cyrl', 'ru-latn-icao', 'latn', 'be-latn-passport', 'ru-latn-bgn', 'be-latn-place'],
  en: ['be-latn-passport', 'latn', 'ru-latn-icao', 'be-latn-place', 'ru-latn-bgn', 'be-cyrl', 'ru-cyrl'],
};

/** The language tag of a name form's script, for `lang` attributes. */
export function nameLang(system: NameSystem): string {
  if (system === 'be-cyrl') return 'be';
  if (system === 'ru-cyrl') return 'ru';
  if (system.startsWith('be-latn')) return 'be-Latn';
  if (system.startsWith('ru-latn')) return 'ru-Latn';
  return 'und-Latn';
}

type PublicName = PublicPerson['names'][number];

/** The name form to show on a page in `lang`: the page's script when the record has it. */
export function pickName(names: readonly PublicName[], lang: Lang): PublicName | undefined {
  for (const system of NAME_ORDER[lang]) {
    const form = names.find((n) => n.system === system && n.primary) ?? names.find((n) => n.system === system);
    if (form) return form;
  }
  return names[0];
}

/** "Given Family" (lists) or "Family Given Patronymic" (full). */
export function nameText(form: PublicName, style: 'short' | 'full' = 'short'): string {
  const parts = style === 'full' ? [form.family, form.given, form.patronymic] : [form.given, form.family];
  return parts.filter(Boolean).join(' ');
}

/** A person's name as markup, with a `lang` attribute when its script is not the page's. */
export function personName(
  person: Pick<PublicPerson, 'names' | 'id'>,
  lang: Lang,
  style: 'short' | 'full' = 'short',
): SafeHtml {
  const form = pickName(person.names, lang);
  if (!form) return html`${person.id}`;
  const tag = nameLang(form.system);
  const sameScript = lang === 'en' ? tag.endsWith('-Latn') : tag === lang;
  return sameScript ? html`${nameText(form, style)}` : html`<span lang="${tag}">${nameText(form, style)}</span>`;
}

/**
 * " (fictional)" after the name of a generated, fictional person, so that no page passes one
 * off as real; nothing for a real person.
 *
 * @example html`${personName(card.person, lang)}${fictionalMark(ctx, card.row)}`
 */
export function fictionalMark(ctx: PageContext, who: { fictional?: boolean | undefined }): SafeHtml {
  return who.fictional ? html` <span class="fictional">(${ctx.t('common.fictional')})</span>` : html``;
}

/** Plain text of a person's name in the page's script (titles, alt texts). */
export function personNameText(
  person: Pick<PublicPerson, 'names' | 'id'>,
  lang: Lang,
  style: 'short' | 'full' = 'short',
): string {
  const form = pickName(person.names, lang);
  return form ? nameText(form, style) : person.id;
}

/** A localized text in the page language, else Belarusian, Russian, English. */
export function localized(text: Localized | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  return text[lang] ?? text.be ?? text.ru ?? text.en;
}

/** A facility's name in the page language. */
export function facilityName(facility: PublicFacility, lang: Lang): string {
  return localized(facility.name, lang) ?? facility.id;
}

/** "Art. 342 — title". */
export function articleLabel(code: string, lang: Lang, articles: readonly Article[]): string {
  return articleTitle(code, lang, articles);
}

/** Site path helpers: one place for the URL scheme (documented in `routes.md`). */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  persons: (lang: Lang) => `/${lang}/persons/`,
  person: (lang: Lang, id: string) => `/${lang}/persons/${id}/`,
  facilities: (lang: Lang) => `/${lang}/facilities/`,
  facility: (lang: Lang, id: string) => `/${lang}/facilities/${id}/`,
  articles: (lang: Lang) => `/${lang}/articles/`,
  article: (lang: Lang, code: string) => `/${lang}/articles/${code}/`,
  figures: (lang: Lang) => `/${lang}/figures/`,
  chart: (lang: Lang, name: string, ext: 'svg' | 'csv') => `/${lang}/figures/${name}.${ext}`,
  digests: (lang: Lang) => `/${lang}/digests/`,
  report: (lang: Lang) => `/${lang}/report/`,
};

/**
 * A catalogue page (facilities, articles): breadcrumb, heading, an introduction
 * and one table whose caption is the page title.
 */
export function catalogPage(
  req: PageRequest,
  opts: { title: string; intro: string; columns: readonly TableColumn[]; rows: readonly (readonly HtmlValue[])[] },
): PageResult {
  const ctx = pageContext(req);
  const body = html`${breadcrumb(ctx, [{ label: ctx.t('nav.home'), path: paths.home(req.lang) }, { label: opts.title }])}
<h1>${opts.title}</h1>
<p>${opts.intro}</p>
${dataTable({
  caption: opts.title,
  captionHidden: true,
  columns: opts.columns,
  rows: opts.rows,
  empty: ctx.t('table.empty'),
})}`;
  return htmlPage(req, { title: opts.title, description: opts.intro, body });
}
