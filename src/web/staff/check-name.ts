/**
 * The name of what a consistency check found, in the page's language, shown before its
 * detailed message (`i18n/findings.ts` for a person's findings). A code without a name (a
 * warning stored by an older version) shows as itself.
 *
 * @example
 * checkName(createTranslator('ru'), 'date-in-future') // 'Дата в будущем'
 */
import { MESSAGE_KEYS, type MessageKey, type Translate } from '../../i18n/translator.js';

const NAMED = new Set<string>(MESSAGE_KEYS);

export function checkName(t: Translate, code: string): string {
  const key = `check.${code}`;
  return NAMED.has(key) ? t(key as MessageKey) : code;
}
