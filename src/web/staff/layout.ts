/**
 * The frame of staff pages: no public navigation, never indexed, a language
 * switch that keeps the page, and the signed-in user's menu. Pages load no
 * script; forms post back with a CSRF token field.
 *
 * @example
 * staffLayout({ lang: 'be', title: t('staff.signIn.title'), path: '/staff/sign-in', body, user: null })
 */
import { html, type HtmlValue, type SafeHtml } from '../kit/html.js';
import { STYLESHEET_PATH } from '../kit/layout.js';
import { createTranslator, type MessageKey, type Translate } from '../../i18n/translator.js';
import { decide } from '../../domain/policy.js';
import type { Role } from '../../domain/access.js';
import { LANGS, type Lang } from '../../domain/record.js';

export interface StaffUser {
  email: string;
  role: string;
  /** The CSRF token for this session's forms. */
  csrf: string;
}

export interface StaffLayoutOptions {
  lang: Lang;
  title: string;
  /** The page's path (without `?lang`), for the language switch. */
  path: string;
  /** What the page was asked (a search, a filter, a page number): kept by the language switch. */
  query?: Readonly<Record<string, string | number | undefined>>;
  body: HtmlValue;
  user: StaffUser | null;
  /** Load the passkey script (`/staff/assets/passkey.js`), the only script staff pages use. */
  passkeys?: boolean;
  /** One more script file of a page, served under `/staff/assets/` (e.g. the person form's). */
  script?: string;
}

export const PASSKEY_SCRIPT = '/staff/assets/passkey.js';

export function staffLayout(o: StaffLayoutOptions): string {
  const t = createTranslator(o.lang);
  const langLinks = LANGS.map((lang) =>
    lang === o.lang
      ? html`<span aria-current="true" lang="${lang}">${t(`lang.${lang}`)}</span>`
      : html`<a href="${switchHref(o.path, o.query, lang)}" lang="${lang}" hreflang="${lang}">${t(`lang.${lang}`)}</a>`,
  );
  return html`<!doctype html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${o.title} — ${t('staff.name')}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${o.passkeys ? html`<script src="${PASSKEY_SCRIPT}" defer></script>` : ''}
${o.script ? html`<script src="${o.script}" defer></script>` : ''}
</head>
<body>
<a class="skip-link" href="#main">${t('site.skipLink')}</a>
<header class="site-header">
<p class="site-name">${t('staff.name')}</p>
<nav aria-label="${t('site.langLabel')}"><p class="langs">${langLinks}</p></nav>
${o.user ? userMenu(t, o.lang, o.user) : ''}
</header>
<main id="main">
<h1>${o.title}</h1>
${o.body}
</main>
</body>
</html>`.toString();
}

/**
 * The same page in another language: its query kept, empty values dropped, `lang` last.
 * @example switchHref('/staff/persons', { q: 'Ales', page: 2 }, 'ru') // '/staff/persons?q=Ales&page=2&lang=ru'
 */
export function switchHref(path: string, query: StaffLayoutOptions['query'], lang: Lang): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (key !== 'lang' && value !== undefined && value !== '') params.set(key, String(value));
  }
  params.set('lang', lang);
  return `${path}?${params.toString()}`;
}

function userMenu(t: Translate, lang: Lang, user: StaffUser): SafeHtml {
  return html`<nav aria-label="${t('site.navLabel')}"><ul class="nav">
<li><a href="/staff/?lang=${lang}">${t('desk.nav.desk')}</a></li>
${deskLinks(t, lang, user)}
${/* desk: staff navigation links go here */ ''}
${decide(user.role as Role, 'read', 'person') !== 'deny' ? html`<li><a href="/staff/duplicates?lang=${lang}">${t('merge.nav')}</a></li>` : ''}
${user.role === 'editor' || user.role === 'researcher' ? html`<li><a href="/staff/persons/new?lang=${lang}">${t('staff.nav.newPerson')}</a></li>` : ''}
${decide(user.role as Role, 'read', 'digest') === 'allow' ? html`<li><a href="/staff/digests?lang=${lang}">${t('digests.nav')}</a></li>` : ''}
<li><a href="/staff/sessions?lang=${lang}">${t('staff.nav.sessions')}</a></li>
<li><a href="/staff/passkeys?lang=${lang}">${t('staff.nav.passkeys')}</a></li>
${user.role === 'admin' ? html`<li><a href="/staff/users?lang=${lang}">${t('staff.nav.users')}</a></li><li><a href="/staff/audit?lang=${lang}">${t('staff.nav.audit')}</a></li>` : ''}
<li><form method="post" action="/staff/sign-out?lang=${lang}"><input type="hidden" name="csrf" value="${user.csrf}"><button type="submit">${t('staff.signOut')}</button></form></li>
</ul></nav>`;
}

/** The registry's staff pages, each shown to the roles that may read it. */
function deskLinks(t: Translate, lang: Lang, user: StaffUser): SafeHtml {
  const role = user.role as Role;
  const links: Array<[string, MessageKey, boolean]> = [
    ['/staff/proposals', 'desk.nav.proposals', decide(role, 'read', 'proposal') !== 'deny'],
    ['/staff/persons', 'desk.nav.persons', decide(role, 'read', 'person') !== 'deny'],
    ['/staff/facilities', 'desk.nav.facilities', decide(role, 'read', 'facility') !== 'deny'],
    ['/staff/sources', 'desk.nav.sources', decide(role, 'read', 'source') !== 'deny'],
    ['/staff/deleted', 'desk.nav.deleted', decide(role, 'restore', 'person') !== 'deny'],
    ['/staff/tips', 'tips.staff.nav', decide(role, 'read', 'tip') === 'allow'],
  ];
  return html`${links.filter(([, , shown]) => shown).map(([href, key]) => html`<li><a href="${href}?lang=${lang}">${t(key)}</a></li>`)}`;
}

/** An error message box (`role="alert"`), or nothing. */
export function errorBox(message: string | null): HtmlValue {
  return message ? html`<p class="error" role="alert">${message}</p>` : null;
}
