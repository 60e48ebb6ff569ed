import { describe, expect, it } from 'vitest';
import { coarseKey, fineKey, nameKeys, nameWords, phoneticKey } from './keys.js';
import { sameGivenName } from './given-names.js';
import { editDistance, keySimilarity } from './similarity.js';

describe('phoneticKey', () => {
  it.each([
    ['Бяляўскі', 'Белявский', 'Bialiauski', 'Belyavsky', 'Beliavskii', 'Bialiaŭski'],
    ['Кавалёў', 'Ковалёв', 'Kavaliou', 'Kovalev', 'Kovalyov', 'Kavalioŭ'],
    ['Лучыновіч', 'Лучинович', 'Luchynovich', 'Lučynovič', 'Luchinovich'],
    ['Гомель', 'Homieĺ', 'Homel', 'Gomel', 'Homiel'],
    ['Ціханоўская', 'Тихановская', 'Tsikhanouskaya', 'Tikhanovskaya', 'Cichanoŭskaja'],
    ['Дзмітры', 'Дмитрий', 'Dzmitry', 'Dmitriy'],
    ['Уладзімір', 'Владимир', 'Uladzimir', 'Vladimir'],
    ['Хадасевіч', 'Chadasievič', 'Khadasevich'],
    ['Шчасная', 'Счастная', 'Shchasnaya', 'Schastnaya'],
  ])('folds %s and its other spellings to one key', (...forms) => {
    expect(new Set(forms.map(phoneticKey)).size).toBe(1);
  });

  it('keeps different names apart', () => {
    expect(phoneticKey('Лучыновіч')).not.toBe(phoneticKey('Лукашэвіч'));
    expect(phoneticKey('Жук')).not.toBe(phoneticKey('Зук'));
    expect(phoneticKey('Хершэ')).not.toBe(phoneticKey('Чэршэ'));
  });

  it('reads a word typed with a mixed keyboard layout in its majority script', () => {
    expect(fineKey('Kupreviсh')).toBe(fineKey('Kuprevich'));
  });

  it('gives an empty key for text without letters', () => {
    expect(phoneticKey('—')).toBe('');
    expect(nameKeys('  ,. ')).toEqual([]);
  });

  it('merges ч/ц/т, ш/с, ж/з in the coarse key', () => {
    expect(coarseKey(phoneticKey('Lucynovic'))).toBe(coarseKey(phoneticKey('Лучыновіч')));
  });
});

describe('nameKeys and nameWords', () => {
  it('adds the key without a prothetic В/Г', () => {
    expect(nameKeys('Вольга Кавалёва')).toEqual(['valga', 'alga', 'kavalava']);
  });
  it('splits on spaces, hyphens and punctuation but keeps apostrophes inside words', () => {
    expect(nameWords('Шарэнда-Панасюк, Дар’я')).toEqual(['Шарэнда', 'Панасюк', 'Дар’я']);
  });
});

describe('given-name equivalents', () => {
  it.each([
    ['Вольга', 'Ольга'],
    ['Ганна', 'Anna'],
    ['Яўген', 'Евгений'],
    ['Алесь', 'Alexander'],
    ['Мікола', 'Nikolai'],
    ['Кацярына', 'Ekaterina'],
    ['Рыгор', 'Grigory'],
  ])('%s is %s', (a, b) => expect(sameGivenName(a, b)).toBe(true));

  it.each([
    ['Вольга', 'Ганна'],
    ['Сяргей', 'Аляксей'],
    ['', ''],
  ])('%s is not %s', (a, b) => expect(sameGivenName(a, b)).toBe(false));
});

describe('editDistance and keySimilarity', () => {
  it('counts swaps as one edit and stops early past the bound', () => {
    expect(editDistance('luCinaviC', 'luCniaviC')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcdefgh', 'hgfedcba', 2)).toBe(3);
  });
  it('scores typos below exact matches and refuses short keys', () => {
    expect(keySimilarity('kavalav', 'kavalav')).toBe(1);
    const typo = keySimilarity('kavalav', 'kavalov');
    expect(typo).toBeGreaterThan(0.5);
    expect(typo).toBeLessThan(0.9);
    expect(keySimilarity('zak', 'zuk')).toBe(0);
    expect(keySimilarity('', '')).toBe(0);
  });
});
