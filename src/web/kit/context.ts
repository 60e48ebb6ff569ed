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
    t: translatorFor(lang),
    href: createHref(path, mode),
    number: (n) => formatNumber(n, lang),
    date: (d) => remember(dates[lang], d, () => formatDate(d, lang)),
  };
}

/** Formatted texts that depend only on their key: the catalogues and calendars do not change at run time. */
const plainMessages = memoByLang();
const dates = memoByLang();

function memoByLang(): Record<Lang, Map<string, string>> {
  return { be: new Map(), ru: new Map(), en: new Map() };
}
const translators = new Map<Lang, Translate>();
/** A bound on each memo, so that odd input cannot grow it for ever. */
const MEMO_LIMIT = 50_000;

function remember(memo: Map<string, string>, key: string, make: () => string): string {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, value);
  }
  return value;
}

/** The translator of a language; messages without values are formatted once. */
function translatorFor(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    const base = createTranslator(lang);
    t = (key, values) =>
      values === undefined ? remember(plainMessages[lang], key, () => base(key)) : base(key, values);
    translators.set(lang, t);
  }
  return t;
}
