/**
 * Dates for readers, honouring partial and approximate dates ({@link PartialDateString}):
 * `2022` -> "2022"; `2022-05` -> "May 2022" / "май 2022 г." / "травень 2022 г.";
 * `2024-01-13` -> "January 13, 2024" / "13 января 2024 г." / "13 студзеня 2024 г.";
 * `~2022-05` -> "c. May 2022" / "около мая 2022 г." / "каля траўня 2022 г.".
 * Month names are data here (not CLDR) so that output does not change with the ICU version
 * and Belarusian uses the traditional names (травень, not май).
 */
import { RollcallError } from '../domain/errors.js';
import { PARTIAL_DATE_RE, type Lang } from '../domain/record.js';
import { createTranslator } from './translator.js';

interface MonthNames {
  /** "May 2022" (nominative). */
  standalone: readonly string[];
  /** "13 May", "около мая" (genitive). */
  genitive: readonly string[];
}

const MONTHS: Record<Lang, MonthNames> = {
  en: {
    standalone: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    genitive: [],
  },
  ru: {
    standalone: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    genitive: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
  },
  be: {
    standalone: [
      'студзень',
      'люты',
      'сакавік',
      'красавік',
      'травень',
      'чэрвень',
      'ліпень',
      'жнівень',
      'верасень',
      'кастрычнік',
      'лістапад',
      'снежань',
    ],
    genitive: [
      'студзеня',
      'лютага',
      'сакавіка',
      'красавіка',
      'траўня',
      'чэрвеня',
      'ліпеня',
      'жніўня',
      'верасня',
      'кастрычніка',
      'лістапада',
      'снежня',
    ],
  },
};

/** A partial date split into its parts. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  approximate: boolean;
}

/**
 * Parses a partial date string, checking that the day exists in its month.
 * Throws `invalid-date` otherwise.
 */
export function parsePartialDate(value: string): DateParts {
  if (!PARTIAL_DATE_RE.test(value)) {
    throw new RollcallError(
      'invalid-date',
      `Dates are written YYYY, YYYY-MM or YYYY-MM-DD (prefix ~ if approximate); got "${value}".`,
    );
  }
  const approximate = value.startsWith('~');
  const [year, month, day] = value.replace('~', '').split('-').map(Number) as [number, number?, number?];
  if (month !== undefined && day !== undefined) {
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1) {
      throw new RollcallError(
        'invalid-date',
        `The date "${value}" does not exist: month ${month} of ${year} has fewer days.`,
      );
    }
  }
  return { year, month, day, approximate };
}

/** Month name (1-based month) in the language; `genitive` for "13 мая" / "около мая". */
export function monthName(month: number, lang: Lang, form: 'standalone' | 'genitive' = 'standalone'): string {
  const names = MONTHS[lang];
  const list = form === 'genitive' && names.genitive.length > 0 ? names.genitive : names.standalone;
  const name = list[month - 1];
  if (name === undefined) throw new RollcallError('invalid-date', `Months are numbered 1 to 12; got ${month}.`);
  return name;
}

function exactDate({ year, month, day }: DateParts, lang: Lang, genitive: boolean): string {
  const suffix = lang === 'en' ? '' : ' г.';
  if (month === undefined) return `${year}${genitive ? suffix : ''}`;
  if (day === undefined) return `${monthName(month, lang, genitive ? 'genitive' : 'standalone')} ${year}${suffix}`;
  if (lang === 'en') return `${monthName(month, lang)} ${day}, ${year}`;
  return `${day} ${monthName(month, lang, 'genitive')} ${year}${suffix}`;
}

/**
 * Formats a partial date for readers.
 * @example
 * formatDate('2022-05', 'be') // "травень 2022 г."
 * formatDate('~2022', 'en')   // "c. 2022"
 */
export function formatDate(value: string, lang: Lang): string {
  const parts = parsePartialDate(value);
  if (!parts.approximate) return exactDate(parts, lang, false);
  // "около" / "каля" take the genitive: "около мая 2022 г.", "около 2022 г.".
  return createTranslator(lang)('date.approx', { date: exactDate(parts, lang, true) });
}
