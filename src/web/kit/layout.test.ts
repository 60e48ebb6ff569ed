import { describe, expect, it, vi } from 'vitest';
import { html } from './html.js';
import { layout } from './layout.js';

const evil = '<script>alert(1)</script>';

function page(mode: 'server' | 'mirror', extra: Partial<Parameters<typeof layout>[0]> = {}): string {
  return layout({
    lang: 'ru',
    title: 'Политзаключённые',
    path: '/ru/persons/p-1/',
    description: 'Список',
    body: html`<h1>Title</h1>`,
    mode,
    ...extra,
  });
}

describe('layout', () => {
  it('is a complete document with lang, title, description and stylesheet', () => {
    const out = page('server');
    expect(out.startsWith('<!doctype html>\n<html lang="ru">')).toBe(true);
    expect(out).toContain('<title>Политзаключённые — Политзаключённые Беларуси</title>');
    expect(out).toContain('<meta name="description" content="Список">');
    expect(out).toContain('<link rel="stylesheet" href="../../../assets/site.css">');
    expect(out).not.toMatch(/<script/i);
  });

  it('has a skip link to main and the landmarks in order', () => {
    const out = page('server');
    const order = [
      'class="skip-link" href="#main"',
      '<header',
      '<nav class="site-nav" aria-label="Основное меню"',
      '<nav class="lang-switch" aria-label="Язык"',
      '<main id="main"',
      '<footer',
    ];
    const positions = order.map((needle) => out.indexOf(needle));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(out.match(/<main\b/g)).toHaveLength(1);
  });

  it('writes relative links for the server and for the mirror', () => {
    const server = page('server');
    expect(server).toContain('<a href="../" aria-current="true">Политзаключённые</a>');
    expect(server).toContain('href="../../../en/persons/p-1/" hreflang="en" lang="en">English</a>');
    // hreflang alternates are absolute or absent: relative ones are not valid.
    expect(server).not.toContain('<link rel="alternate"');
    const absolute = page('server', { origin: 'https://example.org' });
    expect(absolute).toContain('<link rel="alternate" hreflang="be" href="https://example.org/be/persons/p-1/">');
    expect(absolute).toContain('<link rel="canonical" href="https://example.org/ru/persons/p-1/">');
    const mirror = page('mirror');
    expect(mirror).toContain('<a href="../index.html" aria-current="true">Политзаключённые</a>');
    expect(mirror).toContain('href="../../../en/persons/p-1/index.html" hreflang="en"');
    expect(mirror).toContain('<p class="site-name"><a href="../../index.html">');
    expect(mirror).not.toMatch(/href="\/(?!\/)/);
    expect(server).not.toMatch(/href="\/(?!\/)/);
  });

  it('marks the current page in the navigation and language switch', () => {
    const out = layout({ lang: 'en', title: 'Figures', path: '/en/figures/', description: 'd', body: '' });
    expect(out).toContain('<a href="./" aria-current="page">Figures</a>');
    expect(out).toContain('<span aria-current="true" lang="en">English</span>');
    expect(out).toContain('<a href="../">Home</a>');
  });

  it('keeps the query string in the language switch', () => {
    const out = page('server', { switchQuery: '?region=brest&sex=female' });
    expect(out).toContain('href="../../../en/persons/p-1/?region=brest&amp;sex=female" hreflang="en"');
  });

  it('links a missing alternate to that language home page', () => {
    const out = page('server', { alternates: { ru: '/ru/persons/p-1/' }, origin: 'https://example.org' });
    expect(out).toContain('href="../../../en/" hreflang="en"');
    expect(out).not.toContain('hreflang="be" href=');
  });

  it('escapes the title, description and body text', () => {
    const out = page('server', { title: evil, description: `"${evil}`, body: evil });
    expect(out).not.toContain('<script>');
    expect(out).toContain('content="&quot;&lt;script&gt;');
  });
});

describe('layout shell memo', () => {
  it('gives every page the shell it would get on its own, in both link modes', async () => {
    const paths = [
      '/',
      '/en/',
      '/en/persons/',
      '/en/persons/p-1/',
      '/en/persons/p-2/',
      '/en/persons/released/page/2/',
      '/en/persons/released/page/3/',
      '/en/persons/released/',
      '/en/figures/',
      '/en/figures/upcoming/',
      '/en/facilities/f-1/',
      '/en/articles/342/page/2/',
      '/en/digests/d-1/',
      '/en/data/',
      '/en/report/',
      '/be/persons/p-1/',
      '/ru/persons/p-1/',
    ];
    const render = (make: typeof layout, path: string, mode: 'server' | 'mirror') =>
      make({
        lang: (path.split('/')[1] || 'be') as 'be',
        title: 'T',
        path,
        description: 'D',
        body: 'x & y',
        mode,
      });
    for (const mode of ['server', 'mirror'] as const) {
      for (const path of paths) {
        vi.resetModules();
        const fresh = (await import('./layout.js')).layout;
        expect(render(layout, path, mode)).toBe(render(fresh, path, mode));
      }
    }
  });
});
