/** Interface and generated texts in Belarusian, Russian and English. */
export { createTranslator, formatNumber, CATALOGS, MESSAGE_KEYS } from './translator.js';
export type { MessageKey, MessageValues, Translate } from './translator.js';
export { formatDate, parsePartialDate, monthName } from './dates.js';
export type { DateParts } from './dates.js';
export { formatTerm } from './term.js';
export { DEFAULT_LANG, langFromPath, splitLangPath, pathInLang } from './lang.js';
