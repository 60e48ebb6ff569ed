/** What every page and component needs: language, translator, link function and formatters. */
import type { Lang } from '../../domain/record.js';
import { createTranslator, formatDate, formatNumber, type Translate } from '../../i18n/index.js';
import { createHref, type Href, type LinkMode } from './links.js';

export interface PageContext {
  lang: Lang;
  /** Site path of the page being rendered, e.g. `/en/persons/`. */
  path: string;
  mode: LinkMode;
  t: Translate;
  /** Relative link from this page to a site path. */
  href: Href;
  /** `formatNumber` bound to the language. */
  number: (n: number) => string;
  /** `formatDate` bound to the language (partial dates welcome). */
  date: (partialDate: string) => string;
}

/**
 * @example const ctx = createPageContext({ lang: 'ru', path: '/ru/persons/', mode: 'server' });
 */
export function createPageContext(options: { lang: Lang; path: string; mode?: LinkMode }): PageContext {
  const mode = options.mode ?? 'server';
  const { lang, path } = options;
  return {
    lang,
    path,
    mode,
    t: createTranslator(lang),
    href: createHref(path, mode),
    number: (n) => formatNumber(n, lang),
    date: (d) => formatDate(d, lang),
  };
}
