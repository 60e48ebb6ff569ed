/**
 * The page shell: `<html lang>`, skip link, header with site name, main navigation and
 * language switch, `<main>`, footer. No JavaScript; every link is relative (see `links.ts`).
 */
import { LANGS, type Lang } from '../../domain/record.js';
import { pathInLang, splitLangPath, type MessageKey } from '../../i18n/index.js';
import { createPageContext, type PageContext } from './context.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';
import type { LinkMode } from './links.js';

/** Main navigation: message key and path below the language prefix. */
export const NAV_ITEMS: ReadonlyArray<{ key: MessageKey; path: string }> = [
  { key: 'nav.home', path: '/' },
  { key: 'nav.persons', path: '/persons/' },
  { key: 'nav.figures', path: '/figures/' },
  { key: 'nav.facilities', path: '/facilities/' },
  { key: 'nav.articles', path: '/articles/' },
  { key: 'nav.digests', path: '/digests/' },
  { key: 'nav.report', path: '/report/' },
  { key: 'nav.data', path: '/data/' },
];

/** Site path of the stylesheet. */
export const STYLESHEET_PATH = '/assets/site.css';

export interface LayoutOptions {
  lang: Lang;
  /** Page title (without the site name). */
  title: string;
  /** Site path of this page, e.g. `/en/persons/p-1/`. */
  path: string;
  /** Meta description: one or two plain sentences. */
  description: string;
  body: HtmlValue;
  /** Links are written for the server (`…/`) or a static mirror (`…/index.html`). Default `server`. */
  mode?: LinkMode;
  /** The same page in other languages; default: the same path under each language prefix. */
  alternates?: Partial<Record<Lang, string>>;
  /** Site name shown in the header; default the `site.name` message. */
  siteName?: string;
  /** Extra trusted markup for `<head>` (e.g. a feed link). */
  head?: HtmlValue;
}

function navigation(ctx: PageContext): SafeHtml {
  const here = splitLangPath(ctx.path).rest;
  const items = NAV_ITEMS.map(({ key, path }) => {
    const current = here === path ? 'page' : path !== '/' && here.startsWith(path) ? 'true' : undefined;
    const aria = current ? html` aria-current="${current}"` : '';
    return html`<li><a href="${ctx.href(`/${ctx.lang}${path}`)}"${aria}>${ctx.t(key)}</a></li>`;
  });
  return html`<nav class="site-nav" aria-label="${ctx.t('site.navLabel')}"><ul>${items}</ul></nav>`;
}

function languageSwitch(ctx: PageContext, alternates: Partial<Record<Lang, string>>): SafeHtml {
  const items = LANGS.map((lang) => {
    const label = ctx.t(`lang.${lang}`);
    if (lang === ctx.lang) return html`<li><span aria-current="true" lang="${lang}">${label}</span></li>`;
    const target = alternates[lang] ?? `/${lang}/`;
    return html`<li><a href="${ctx.href(target)}" hreflang="${lang}" lang="${lang}">${label}</a></li>`;
  });
  return html`<nav class="lang-switch" aria-label="${ctx.t('site.langLabel')}"><ul>${items}</ul></nav>`;
}

function footer(ctx: PageContext): SafeHtml {
  return html`<footer class="site-footer">
<p>${ctx.t('footer.text')}</p>
<p><a href="${ctx.href(`/${ctx.lang}/report/`)}">${ctx.t('report.call')}</a></p>
<p><a href="${ctx.href(`/${ctx.lang}/data/`)}">${ctx.t('footer.openData')}</a></p>
</footer>`;
}

/**
 * A complete HTML document.
 * @example
 * layout({ lang: 'en', title: 'Figures', path: '/en/figures/', description: '…', body: html`<h1>Figures</h1>` })
 */
export function layout(options: LayoutOptions): string {
  const ctx = createPageContext({ lang: options.lang, path: options.path, mode: options.mode });
  const alternates =
    options.alternates ?? Object.fromEntries(LANGS.map((lang) => [lang, pathInLang(options.path, lang)]));
  const siteName = options.siteName ?? ctx.t('site.name');
  const fullTitle = options.title === siteName ? siteName : `${options.title} — ${siteName}`;
  const alternateLinks = LANGS.filter((lang) => alternates[lang] !== undefined).map(
    (lang) => html`<link rel="alternate" hreflang="${lang}" href="${ctx.href(alternates[lang] as string)}">`,
  );
  const document = html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${options.description}">
<link rel="stylesheet" href="${ctx.href(STYLESHEET_PATH)}">
${alternateLinks}
${options.head}
</head>
<body>
<a class="skip-link" href="#main">${ctx.t('site.skipLink')}</a>
<header class="site-header">
<p class="site-name"><a href="${ctx.href(`/${ctx.lang}/`)}">${siteName}</a></p>
${navigation(ctx)}
${languageSwitch(ctx, alternates)}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
${footer(ctx)}
</body>
</html>
`;
  return document.value;
}
