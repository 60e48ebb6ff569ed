import { describe, expect, it } from 'vitest';
import { Article, CreditRatio, LANGS } from './record.js';
import { articleTitle, CREDIT_RATIOS, CRIMINAL_CODE_ARTICLES, formatCharge } from './reference-data.js';

describe('CRIMINAL_CODE_ARTICLES', () => {
  it('holds valid, unique articles with titles in every language', () => {
    const codes = CRIMINAL_CODE_ARTICLES.map((a) => Article.parse(a).code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(['130', '293', '342', '361-4', '363', '368', '369-1', '411']));
    for (const a of CRIMINAL_CODE_ARTICLES) for (const l of LANGS) expect(a.title[l]?.length).toBeGreaterThan(3);
  });
});

describe('CREDIT_RATIOS', () => {
  it('are valid dated data', () => {
    for (const r of CREDIT_RATIOS) CreditRatio.parse(r);
    const general = CREDIT_RATIOS.filter(
      (r) => r.punishment === 'deprivation_of_liberty' && r.regimes?.includes('general'),
    );
    expect(general.map((r) => [r.from, r.to, r.ratio, r.verified])).toEqual([
      ['2001-01-01', '2021-06-19', 1, true],
      ['2021-06-19', undefined, 1.5, true],
    ]);
    expect(CREDIT_RATIOS.find((r) => r.punishment === 'restriction_of_freedom')).toMatchObject({
      ratio: 2,
      verified: false,
    });
    expect(CREDIT_RATIOS.find((r) => r.regimes?.includes('strict'))).toMatchObject({ ratio: 1, verified: false });
  });
});

describe('formatCharge', () => {
  it('writes charges in each language', () => {
    expect(formatCharge({ article: '368', part: 1 }, 'en')).toBe('Part 1 of Article 368');
    expect(formatCharge({ article: '368', part: 1 }, 'be')).toBe('ч. 1 арт. 368');
    expect(formatCharge({ article: '368', part: 1 }, 'ru')).toBe('ч. 1 ст. 368');
    expect(formatCharge({ article: '361-4' }, 'en')).toBe('Article 361-4');
    expect(formatCharge({ article: '361-4' }, 'be')).toBe('арт. 361-4');
  });
});

describe('articleTitle', () => {
  it('finds titles, falls back to English, then to the bare reference', () => {
    expect(articleTitle('368', 'en')).toBe('Insulting the President');
    expect(articleTitle('368', 'ru')).toBe('Оскорбление Президента Республики Беларусь');
    const custom = [{ code: '999', title: { en: 'Test article' } }];
    expect(articleTitle('999', 'be', custom)).toBe('Test article');
    expect(articleTitle('998', 'ru')).toBe('ст. 998');
    expect(articleTitle('998', 'en', [])).toBe('Article 998');
  });
});
