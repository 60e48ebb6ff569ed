import { describe, expect, it } from 'vitest';
import { staffLayout, switchHref } from './layout.js';

describe('the staff language switch', () => {
  it('keeps what the page was asked, drops empty values and puts lang last', () => {
    const href = switchHref('/staff/persons', { q: 'Алесь Б', status: '', page: 2, lang: 'en' }, 'ru');
    expect(href).toBe(`/staff/persons?q=${encodeURIComponent('Алесь')}+${encodeURIComponent('Б')}&page=2&lang=ru`);
    expect(switchHref('/staff/', undefined, 'be')).toBe('/staff/?lang=be');
  });

  it('links each other language of a search page to the same search', () => {
    const page = staffLayout({
      lang: 'en',
      title: 'Persons',
      path: '/staff/persons',
      query: { q: 'Kavalenka', status: 'released' },
      body: '',
      user: null,
    });
    expect(page).toContain('href="/staff/persons?q=Kavalenka&amp;status=released&amp;lang=be"');
    expect(page).toContain('href="/staff/persons?q=Kavalenka&amp;status=released&amp;lang=ru"');
    expect(page).not.toContain('lang=en"');
  });
});
