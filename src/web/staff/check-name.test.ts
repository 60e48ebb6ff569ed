import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../domain/checks-core.js';
import { DIGEST_WARNING_CODES } from '../../domain/digest/checks.js';
import { LANGS } from '../../domain/record.js';
import { createTranslator } from '../../i18n/translator.js';
import { checkName } from './check-name.js';

describe('checkName', () => {
  it('names every code the registry and digest checks report, in every language', () => {
    for (const lang of LANGS) {
      const t = createTranslator(lang);
      const names = new Set<string>();
      for (const code of [...FINDING_CODES, ...DIGEST_WARNING_CODES]) {
        const name = checkName(t, code);
        expect(name, `${lang} ${code}`).not.toBe(code);
        names.add(name);
      }
      expect(names.size, `${lang}: two codes share a name`).toBe(FINDING_CODES.length + DIGEST_WARNING_CODES.length);
    }
  });

  it('names a check in the page language and shows an unknown stored code as itself', () => {
    expect(checkName(createTranslator('ru'), 'date-in-future')).toBe('Дата в будущем');
    expect(checkName(createTranslator('be'), 'date-in-future')).toBe('Дата ў будучыні');
    expect(checkName(createTranslator('en'), 'retired-check')).toBe('retired-check');
  });
});
