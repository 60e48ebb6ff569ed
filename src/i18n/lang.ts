/** Language of a page from its URL: `/be/…`, `/ru/…`, `/en/…`. */
import { LANGS, type Lang } from '../domain/record.js';

/** The language the site falls back to when a URL names none. */
export const DEFAULT_LANG: Lang = 'be';

/**
 * The language named by the first segment of a URL path, or null.
 * @example langFromPath('/ru/persons/?page=2') // 'ru'; langFromPath('/persons/') // null
 */
export function langFromPath(path: string): Lang | null {
  const match = /^\/?([a-z]{2})(?:[/?#]|$)/.exec(path);
  const code = match?.[1];
  return code !== undefined && (LANGS as readonly string[]).includes(code) ? (code as Lang) : null;
}

/**
 * Splits a site path into its language and the rest (always starting with `/`).
 * @example splitLangPath('/en/persons/p-1/') // { lang: 'en', rest: '/persons/p-1/' }
 */
export function splitLangPath(path: string): { lang: Lang | null; rest: string } {
  const lang = langFromPath(path);
  if (!lang) return { lang: null, rest: path.startsWith('/') ? path : `/${path}` };
  const rest = path.replace(/^\/?[a-z]{2}/, '');
  return { lang, rest: rest.startsWith('/') ? rest : `/${rest}` };
}

/**
 * The same page in another language.
 * @example pathInLang('/en/persons/', 'be') // '/be/persons/'
 */
export function pathInLang(path: string, lang: Lang): string {
  return `/${lang}${splitLangPath(path).rest}`;
}
