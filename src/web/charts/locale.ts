/**
 * Vega locale definitions (d3-format / d3-time-format style) for be, ru and en, so that axis
 * numbers and dates read as on the rest of the site ("1,416" / "1 416", "Jan 2024" / "студз. 2024").
 * Thousands are always grouped, as `formatNumber` does.
 */
import type { NumberLocale, TimeLocale } from 'vega';
import type { Lang } from '../../domain/record.js';
import { monthName } from '../../i18n/index.js';

export type VegaNumberLocale = NumberLocale;
export type VegaTimeLocale = TimeLocale;
type Twelve = TimeLocale['months'];

const SHORT_MONTHS: Record<Lang, Twelve> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  be: ['студз.', 'лют.', 'сак.', 'крас.', 'трав.', 'чэрв.', 'ліп.', 'жн.', 'вер.', 'кастр.', 'ліст.', 'снеж.'],
};

const DAYS: Record<Lang, VegaTimeLocale['days']> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  be: ['нядзеля', 'панядзелак', 'аўторак', 'серада', 'чацвер', 'пятніца', 'субота'],
};

const SHORT_DAYS: Record<Lang, VegaTimeLocale['shortDays']> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  ru: ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'],
  be: ['нд', 'пн', 'аў', 'ср', 'чц', 'пт', 'сб'],
};

/** Number locale for Vega. */
export function vegaNumberLocale(lang: Lang): VegaNumberLocale {
  return lang === 'en'
    ? { decimal: '.', thousands: ',', grouping: [3], currency: ['', ''], minus: '-' }
    : { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', ''], minus: '-' };
}

/** Time locale for Vega (month names shared with `formatDate`). */
export function vegaTimeLocale(lang: Lang): VegaTimeLocale {
  const months = Array.from({ length: 12 }, (_, i) => monthName(i + 1, lang)) as unknown as Twelve;
  return {
    dateTime: '%x %X',
    date: lang === 'en' ? '%m/%d/%Y' : '%d.%m.%Y',
    time: '%H:%M:%S',
    periods: lang === 'en' ? ['AM', 'PM'] : ['', ''],
    days: DAYS[lang],
    shortDays: SHORT_DAYS[lang],
    months,
    shortMonths: SHORT_MONTHS[lang],
  };
}
