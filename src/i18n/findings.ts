/**
 * A consistency check's detailed message in a page's language: the finding's text
 * (`Finding.text`, an id and values) through the `finding.<id>` ICU message, with events,
 * dates of the record and terms written the language's way. In English it is the
 * finding's `message` word for word.
 *
 * @example
 * findingText(finding.text, 'ru')
 * // 'Перед событием «Освобождение» e-3 (2024-01-29) нет задержания. Добавьте задержание …'
 */
import type { FindingText, TextValue } from '../domain/checks-core.js';
import { formatTermEn } from '../domain/duration.js';
import type { Lang, Term } from '../domain/record.js';
import { formatTerm } from './term.js';
import { createTranslator, type MessageKey, type Translate } from './translator.js';

export function findingText(text: FindingText, lang: Lang): string {
  const t = createTranslator(lang);
  const values = Object.fromEntries(Object.entries(text.values).map(([k, v]) => [k, valueText(t, lang, v)]));
  return t(`finding.${text.id}` as MessageKey, values);
}

function valueText(t: Translate, lang: Lang, v: TextValue): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('as' in v) {
    const { kind, id, date } = v.event;
    const name = kindText(t, lang, kind);
    return v.as === 'full' ? `${name} ${id} (${date})` : v.as === 'id' ? `${name} ${id}` : `${name} ${date}`;
  }
  if ('kind' in v) return kindText(t, lang, v.kind);
  if ('date' in v) return t(`finding.date.${v.date}`, { caseId: v.caseId ?? '' });
  if ('term' in v) return termText(lang, v.term);
  const [min, max] = v.between.map((term) => termText(lang, term)) as [string, string];
  if (min === max) return min;
  return lang === 'en'
    ? t('finding.between', { min, max })
    : t('finding.between', {
        min: formatTerm(v.between[0], lang, 'genitive'),
        max: formatTerm(v.between[1], lang, 'genitive'),
      });
}

/** English names the kind as the record does ("pretrial placement"); the others quote the event's name. */
function kindText(t: Translate, lang: Lang, kind: string): string {
  return lang === 'en' ? kind.replace(/_/g, ' ') : `«${t(`event.${kind}` as MessageKey)}»`;
}

function termText(lang: Lang, term: Term): string {
  return lang === 'en' ? formatTermEn(term) : formatTerm(term, lang);
}
