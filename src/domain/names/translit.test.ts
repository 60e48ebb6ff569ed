import { describe, expect, it } from 'vitest';
import { RollcallError } from '../errors.js';
import { detectScript, displayForm, guessNameSystem, suggestLatinForms, transliterate } from './translit.js';
import type { LatinSystem } from './translit-tables.js';

describe('transliterate', () => {
  it.each([
    ['Гомель', 'be-latn-place', 'Homieĺ'],
    ['Магілёў', 'be-latn-place', 'Mahilioŭ'],
    ['Аляксандр Лучыновіч', 'be-latn-passport', 'Aliaksandr Luchynovich'],
    ['Арцём Такарчук', 'be-latn-passport', 'Artsiom Takarchuk'],
    ['Зінаіда Міхнюк', 'be-latn-passport', 'Zinaida Mikhniuk'],
    ['Бяляўскі', 'be-latn-passport', 'Bialiauski'],
    ['Яўген', 'be-latn-passport', 'Yauhen'],
    ['Яўген', 'be-latn-place', 'Jaŭhien'],
    ['Ціханоўская', 'be-latn-place', 'Cichanoŭskaja'],
    ['Вераб’ёў', 'be-latn-place', 'Vierabjoŭ'],
    ['Хадасевіч', 'be-latn-place', 'Chadasievič'],
    ['Белявский', 'ru-latn-bgn', 'Belyavskiy'],
    ['Ковалёв', 'ru-latn-bgn', 'Kovalëv'],
    ['Ольга', 'ru-latn-bgn', 'Olʹga'],
    ['Белявский', 'ru-latn-icao', 'Beliavskii'],
    ['Юлия Щербакова', 'ru-latn-icao', 'Iuliia Shcherbakova'],
    ['Объедков', 'ru-latn-icao', 'Obieedkov'],
  ] as Array<[string, LatinSystem, string]>)('%s in %s -> %s', (input, system, expected) => {
    expect(transliterate(input, system)).toBe(expected);
  });

  it('keeps all-capital words capital and passes Latin and digits through', () => {
    expect(transliterate('ЦІХАНОЎСКАЯ', 'be-latn-passport')).toBe('TSIKHANOUSKAYA');
    expect(transliterate('ИК-4 Gomel', 'ru-latn-icao')).toBe('IK-4 Gomel');
  });

  it('rejects an unknown system with a stable code', () => {
    expect(() => transliterate('Гомель', 'klingon' as LatinSystem)).toThrow(RollcallError);
    try {
      transliterate('x', 'klingon' as LatinSystem);
    } catch (e) {
      expect((e as RollcallError).code).toBe('unknown-translit-system');
    }
  });

  it('handles empty text', () => {
    expect(transliterate('', 'be-latn-place')).toBe('');
  });
});

describe('detectScript and guessNameSystem', () => {
  it.each([
    ['Лучыновіч', 'be-cyrl'],
    ['Лучинович', 'ru-cyrl'],
    ['Иван Щукин', 'ru-cyrl'],
    ['Марозаў', 'be-cyrl'],
    ['Бабак', 'cyrl'],
    ['Luchynovich', 'latn'],
    ['Kupreviсh', 'mixed'],
    ['', 'latn'],
  ])('%s -> %s', (text, script) => expect(detectScript(text)).toBe(script));

  it('recognises the 2007 system by its letters', () => {
    expect(guessNameSystem('Lučynovič')).toBe('be-latn-place');
    expect(guessNameSystem('Kovalëv')).toBe('ru-latn-bgn');
    expect(guessNameSystem('Luchynovich')).toBe('latn');
    expect(guessNameSystem('Лучыновіч')).toBe('be-cyrl');
  });
});

describe('suggestLatinForms and displayForm', () => {
  const be = { family: 'Міхнюк', given: 'Зінаіда', system: 'be-cyrl', primary: true, visibility: 'public' } as const;

  it('proposes passport and place-name forms for a Belarusian form', () => {
    const forms = suggestLatinForms(be);
    expect(forms.map((f) => [f.system, f.given, f.family])).toEqual([
      ['be-latn-passport', 'Zinaida', 'Mikhniuk'],
      ['be-latn-place', 'Zinaida', 'Michniuk'],
    ]);
    expect(forms.every((f) => !f.primary && f.visibility === 'public')).toBe(true);
  });

  it('proposes nothing for a Latin form and keeps patronymics', () => {
    expect(suggestLatinForms({ ...be, system: 'latn' })).toEqual([]);
    const ru = suggestLatinForms({ ...be, family: 'Михнюк', patronymic: 'Ивановна', system: 'ru-cyrl' });
    expect(ru[0]).toMatchObject({ system: 'ru-latn-icao', family: 'Mikhniuk', patronymic: 'Ivanovna' });
  });

  it('shows the page script, transliterating for English when only Cyrillic exists', () => {
    const ru = { ...be, family: 'Михнюк', system: 'ru-cyrl', primary: false } as const;
    expect(displayForm([ru, be], 'be')?.family).toBe('Міхнюк');
    expect(displayForm([be, ru], 'ru')?.family).toBe('Михнюк');
    expect(displayForm([be, ru], 'en')?.family).toBe('Mikhniuk');
    expect(displayForm([], 'en')).toBeUndefined();
  });
});
