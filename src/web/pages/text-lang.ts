/**
 * Text in the reader's language, or marked as another (WCAG 3.1.2). A localized field shows
 * the page's language when the record has it; otherwise the nearest other language, inside
 * an element with its own `lang` and labelled "(in English)", never passed off as the
 * page's language. Plain strings of unknown language (aliases, titles, courts written as
 * text) get the language their letters show.
 *
 * @example
 * textIn(ctx, { en: 'Teacher' })          // <span lang="en">Teacher</span> <span class="lang-note">(по-английски)</span>
 * textIn(ctx, { ru: 'Учитель' })          // Учитель (on a ru page)
 */
import type { Lang, Localized } from '../../domain/record.js';
import { html, type PageContext, type SafeHtml } from '../kit/index.js';

/** Languages to fall back to, nearest first: be and ru readers usually read the other. */
const FALLBACK: Record<Lang, readonly Lang[]> = {
  be: ['be', 'ru', 'en'],
  ru: ['ru', 'be', 'en'],
  en: ['en', 'ru', 'be'],
};

/** A text with the language it is written in. */
export interface LangText {
  text: string;
  lang: Lang;
}

/** The text of a localized field for a page in `lang`, with the language it is in. */
export function pickLocalized(text: Localized | undefined, lang: Lang): LangText | undefined {
  if (!text) return undefined;
  for (const l of FALLBACK[lang]) {
    const value = text[l];
    if (value !== undefined && value.trim() !== '') return { text: value, lang: l };
  }
  return undefined;
}

/**
 * The language a plain string is written in, by its letters: Latin is English, Cyrillic
 * with і, ў or "цэ"/"рэ" is Belarusian, other Cyrillic Russian; undefined when it has no letters.
 * @example guessLang('Court of the Centraĺny District') // 'en'
 * @example guessLang('Суд Цэнтральнага раёна')          // 'be'
 */
export function guessLang(text: string): Lang | undefined {
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  const latin = /\p{Script=Latin}/u.test(text);
  if (cyrillic && (!latin || cyrillicShare(text) >= 0.5)) return BELARUSIAN_LETTERS.test(text) ? 'be' : 'ru';
  return latin ? 'en' : undefined;
}

/** і, ў, or э after a hard consonant ("цэ", "рэ"): Belarusian, rare in Russian. */
const BELARUSIAN_LETTERS = /[іўІЎ]|[цчшжрЦЧШЖР]э/u;

function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
  return letters.length === 0 ? 0 : cyrillic / letters.length;
}

/** Inline markup for a text in `textLang` on the page: plain when it is the page's, else marked and labelled. */
export function markLang(ctx: PageContext, text: string, textLang: Lang | undefined): SafeHtml {
  if (textLang === undefined || textLang === ctx.lang) return html`${text}`;
  return html`<span lang="${textLang}">${text}</span> <span class="lang-note">(${ctx.t('text.inLang', { lang: textLang })})</span>`;
}

/** A localized field as inline markup (see {@link markLang}); undefined when it has no text. */
export function textIn(ctx: PageContext, text: Localized | undefined): SafeHtml | undefined {
  const picked = pickLocalized(text, ctx.lang);
  return picked ? markLang(ctx, picked.text, picked.lang) : undefined;
}

/** A plain string of unknown language as inline markup, marked by the language of its letters. */
export function plainIn(ctx: PageContext, text: string | undefined, known?: Lang): SafeHtml | undefined {
  if (text === undefined || text === '') return undefined;
  return markLang(ctx, text, known ?? guessLang(text));
}

/** A localized field as a paragraph: `<p lang>` when in another language, with the label after it. */
export function paragraphIn(ctx: PageContext, text: Localized | undefined): SafeHtml {
  const picked = pickLocalized(text, ctx.lang);
  if (!picked) return html``;
  if (picked.lang === ctx.lang) return html`<p>${picked.text}</p>`;
  return html`<p><span class="lang-note">${ctx.t('text.inLang', { lang: picked.lang })}:</span> <span lang="${picked.lang}">${picked.text}</span></p>`;
}
