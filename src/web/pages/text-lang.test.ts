import { describe, expect, it } from 'vitest';
import { createPageContext } from '../kit/index.js';
import { guessLang, markLang, paragraphIn, pickLocalized, plainIn, textIn } from './text-lang.js';

const ctx = (lang: 'be' | 'ru' | 'en') => createPageContext({ lang, path: `/${lang}/persons/p-1/`, mode: 'server' });

describe('text in the reader’s language', () => {
  it('picks the page language, else the nearest one', () => {
    expect(pickLocalized({ be: 'Настаўнік', ru: 'Учитель', en: 'Teacher' }, 'ru')).toEqual({
      text: 'Учитель',
      lang: 'ru',
    });
    expect(pickLocalized({ ru: 'Учитель', en: 'Teacher' }, 'be')).toEqual({ text: 'Учитель', lang: 'ru' });
    expect(pickLocalized({ be: 'Настаўнік', en: 'Teacher' }, 'en')).toEqual({ text: 'Teacher', lang: 'en' });
    expect(pickLocalized({ en: '  ' }, 'en')).toBeUndefined();
    expect(pickLocalized(undefined, 'en')).toBeUndefined();
  });

  it('leaves text in the page language unmarked', () => {
    expect(textIn(ctx('ru'), { ru: 'Учитель' })?.value).toBe('Учитель');
    expect(paragraphIn(ctx('en'), { en: 'Teacher.' }).value).toBe('<p>Teacher.</p>');
  });

  it('marks text in another language with its lang and a label in the page language', () => {
    expect(textIn(ctx('ru'), { en: 'Teacher' })?.value).toBe(
      '<span lang="en">Teacher</span> <span class="lang-note">(по-английски)</span>',
    );
    expect(textIn(ctx('be'), { en: 'Teacher' })?.value).toContain('(па-англійску)');
    expect(textIn(ctx('en'), { ru: 'Учитель' })?.value).toContain('<span lang="ru">Учитель</span>');
    expect(textIn(ctx('en'), { ru: 'Учитель' })?.value).toContain('(in Russian)');
    expect(paragraphIn(ctx('ru'), { en: 'Born in Brest.' }).value).toBe(
      '<p><span class="lang-note">по-английски:</span> <span lang="en">Born in Brest.</span></p>',
    );
  });

  it('guesses the language of plain strings by their letters', () => {
    expect(guessLang('Court of the Centraĺny District of Homieĺ')).toBe('en');
    expect(guessLang('Суд Цэнтральнага раёна г. Гомеля')).toBe('be');
    expect(guessLang('Суд Центрального района г. Гомеля')).toBe('ru');
    expect(guessLang('IK-15')).toBe('en');
    expect(guessLang('15')).toBeUndefined();
    expect(plainIn(ctx('ru'), 'Court of the Centraĺny District')?.value).toContain('lang="en"');
    expect(plainIn(ctx('ru'), 'Суд Центрального района')?.value).toBe('Суд Центрального района');
    expect(plainIn(ctx('ru'), '')).toBeUndefined();
  });

  it('escapes the text', () => {
    expect(markLang(ctx('ru'), '<b>x</b>', 'en').value).toContain('&lt;b&gt;');
  });
});
