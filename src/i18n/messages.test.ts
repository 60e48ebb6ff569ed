import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  EVENT_KINDS,
  LANGS,
  PunishmentKind,
  REGIONS,
  RELEASE_REASONS,
  Regime,
  FacilityKind,
} from '../domain/record.js';
import { CATALOGS, createTranslator, MESSAGE_KEYS, type MessageKey } from './translator.js';

type Arg = { name: string; kind: 'plural' | 'select' | 'text' };

/** The arguments an ICU AST uses, found by walking it (types from @formatjs/icu-messageformat-parser). */
function argsOf(ast: unknown[], found = new Map<string, Arg['kind']>()): Map<string, Arg['kind']> {
  for (const node of ast as Array<{ type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }>) {
    if (node.type === 6) found.set(String(node.value), 'plural');
    else if (node.type === 5) found.set(String(node.value), 'select');
    else if (node.type >= 1 && node.type <= 4) found.set(String(node.value), 'text');
    for (const option of Object.values(node.options ?? {})) argsOf(option.value, found);
  }
  return found;
}

function sampleValues(args: Map<string, Arg['kind']>, n: number): Record<string, string | number> {
  return Object.fromEntries(
    [...args].map(([name, kind]) => [name, kind === 'plural' ? n : kind === 'select' ? 'x' : 'X']),
  );
}

describe('message catalogs', () => {
  it('have exactly the same keys in be, ru and en', () => {
    const enKeys = Object.keys(CATALOGS.en).sort();
    expect(Object.keys(CATALOGS.ru).sort()).toEqual(enKeys);
    expect(Object.keys(CATALOGS.be).sort()).toEqual(enKeys);
  });

  it('have a message for every event kind, release reason, region, punishment, regime and facility kind', () => {
    const needed = [
      ...EVENT_KINDS.map((k) => `event.${k}`),
      ...RELEASE_REASONS.map((r) => `release.${r}`),
      ...REGIONS.map((r) => `region.${r}`),
      ...PunishmentKind.options.map((p) => `punishment.${p}`),
      ...Regime.options.map((r) => `regime.${r}`),
      ...FacilityKind.options.map((f) => `facilityKind.${f}`),
    ];
    const missing = needed.filter((key) => !(MESSAGE_KEYS as string[]).includes(key));
    expect(missing).toEqual([]);
  });

  for (const lang of LANGS) {
    it(`${lang}: every message parses, uses the same arguments as English and formats`, () => {
      const t = createTranslator(lang);
      for (const key of MESSAGE_KEYS) {
        const source = CATALOGS[lang][key];
        expect(source.trim(), `${lang} ${key} is empty`).not.toBe('');
        const args = argsOf(new IntlMessageFormat(source, lang).getAst());
        const enArgs = argsOf(new IntlMessageFormat(CATALOGS.en[key], 'en').getAst());
        expect([...args].sort(), `${lang} ${key} arguments`).toEqual([...enArgs].sort());
        for (const n of [0, 1, 2, 5, 21, 1416]) {
          const out = t(key, sampleValues(args, n));
          expect(out).not.toMatch(/[{}]/);
          expect(out.length).toBeGreaterThan(0);
        }
      }
    });
  }
});

describe('createTranslator', () => {
  const cases: Array<[(typeof LANGS)[number], number, string]> = [
    ['en', 1416, 'There are 1,416 political prisoners in Belarus'],
    ['en', 1, 'There is 1 political prisoner in Belarus'],
    ['ru', 1416, 'В Беларуси 1\u00a0416 политзаключённых'],
    ['ru', 21, 'В Беларуси 21 политзаключённый'],
    ['ru', 22, 'В Беларуси 22 политзаключённых'],
    ['be', 1416, 'У Беларусі 1\u00a0416 палітвязняў'],
    ['be', 22, 'У Беларусі 22 палітвязні'],
    ['be', 31, 'У Беларусі 31 палітвязень'],
  ];
  for (const [lang, count, expected] of cases) {
    it(`formats the headline for ${count} in ${lang}`, () => {
      expect(createTranslator(lang)('headline.count', { count })).toBe(expected);
    });
  }

  it('selects by sex in the digest heading', () => {
    const t = createTranslator('ru');
    expect(t('digest.personHeading', { sex: 'female', name: 'Зинаида Михнюк', term: '1 год' })).toBe(
      'Политзаключённая Зинаида Михнюк — 1 год за решёткой',
    );
    expect(t('digest.personHeading', { sex: 'male', name: 'А', term: '2 года' })).toBe(
      'Политзаключённый А — 2 года за решёткой',
    );
  });

  it('throws an actionable error for a missing value', () => {
    expect(() => createTranslator('en')('headline.asOf')).toThrow(
      expect.objectContaining({ code: 'message-format-failed' }),
    );
  });

  it('throws for an unknown key or language', () => {
    expect(() => createTranslator('en')('no.such.key' as MessageKey)).toThrow(
      expect.objectContaining({ code: 'unknown-message' }),
    );
    expect(() => createTranslator('de' as 'en')).toThrow(expect.objectContaining({ code: 'unknown-language' }));
  });
});
