/**
 * The page shell: `<html lang>`, skip link, header with site name, main navigation and
 * language switch, `<main>`, footer. No JavaScript; every link is relative (see `links.ts`).
 */
import { LANGS, type Lang } from '../../domain/record.js';
import { pathInLang, splitLangPath, type MessageKey } from '../../i18n/index.js';
import { createPageContext, type PageContext } from './context.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';
import { recordLinks, tellLinks, type LinkMode } from './links.js';

/** Main navigation: message key and path below the language prefix. */
export const NAV_ITEMS: ReadonlyArray<{ key: MessageKey; path: string }> = [
  { key: 'nav.home', path: '/' },
  { key: 'nav.persons', path: '/persons/' },
  { key: 'nav.figures', path: '/figures/' },
  { key: 'nav.facilities', path: '/facilities/' },
  { key: 'nav.articles', path: '/articles/' },
  { key: 'nav.digests', path: '/digests/' },
  { key: 'nav.letters', path: '/letters/' },
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

/** The parts of the shell that depend only on the language, the link mode and where the page sits. */
interface Shell {
  stylesheet: string;
  home: string;
  nav: SafeHtml;
  footer: SafeHtml;
  /** The link targets of the parts above (told again each time the shell is used). */
  targets: string[];
}
const shells = new Map<string, Shell>();
const SHELL_MEMO_LIMIT = 1000;

/**
 * The shell of a page, made once per language, mode and place: links depend only on how
 * deep the page is and on its section (the first segment after the language), and so does
 * which navigation item is current; segments deeper than the section are left out of the key.
 */
function shellFor(ctx: PageContext): Shell {
  const key = shellKey(ctx);
  let shell = key === null ? undefined : shells.get(key);
  if (shell) tellLinks(shell.targets);
  else {
    const { value, targets } = recordLinks(() => ({
      stylesheet: ctx.href(STYLESHEET_PATH),
      home: ctx.href(`/${ctx.lang}/`),
      nav: navigation(ctx),
      footer: footer(ctx),
    }));
    shell = { ...value, targets };
    if (key !== null) {
      if (shells.size >= SHELL_MEMO_LIMIT) shells.clear();
      shells.set(key, shell);
    }
  }
  return shell;
}

function shellKey(ctx: PageContext): string | null {
  if (!ctx.path.endsWith('/')) return null;
  const parts = ctx.path.split('/');
  for (let i = 3; i < parts.length - 1; i++) parts[i] = '*';
  return `${ctx.lang}|${ctx.mode}|${parts.join('/')}`;
}

/**
 * A complete HTML document.
 * @example
 * layout({ lang: 'en', title: 'Figures', path: '/en/figures/', description: '…', body: html`<h1>Figures</h1>` })
 */
export function layout(options: LayoutOptions): string {
  const ctx = createPageContext({ lang: options.lang, path: options.path, mode: options.mode });
  const shell = shellFor(ctx);
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
<link rel="stylesheet" href="${shell.stylesheet}">
${alternateLinks}
${options.head}
</head>
<body>
<a class="skip-link" href="#main">${ctx.t('site.skipLink')}</a>
<header class="site-header">
<p class="site-name"><a href="${shell.home}">${siteName}</a></p>
${shell.nav}
${languageSwitch(ctx, alternates)}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
${shell.footer}
</body>
</html>
`;
  return document.value;
}
