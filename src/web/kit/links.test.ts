import { describe, expect, it } from 'vitest';
import { createHref, relativeHref } from './links.js';

describe('relativeHref', () => {
  const cases: Array<[string, string, string, string]> = [
    // from, to, server, mirror
    ['/en/persons/p-1/', '/en/persons/', '../', '../index.html'],
    ['/en/persons/p-1/', '/be/persons/p-1/', '../../../be/persons/p-1/', '../../../be/persons/p-1/index.html'],
    ['/en/persons/', '/en/persons/', './', 'index.html'],
    ['/en/', '/en/persons/', 'persons/', 'persons/index.html'],
    ['/en/', '/assets/site.css', '../assets/site.css', '../assets/site.css'],
    ['/', '/en/', 'en/', 'en/index.html'],
    ['/en/persons/p-1/', '/', '../../../', '../../../index.html'],
    ['/en/figures/', '/en/data/persons.csv', '../data/persons.csv', '../data/persons.csv'],
    [
      '/en/persons/',
      '/en/persons/?status=released&page=2',
      './?status=released&page=2',
      'index.html?status=released&page=2',
    ],
    ['/en/persons/', '/en/persons/p-1/#timeline', 'p-1/#timeline', 'p-1/index.html#timeline'],
    ['/en/persons', '/en/figures', '../figures/', '../figures/index.html'],
    ['/en/data/index.html', '/en/persons/', '../persons/', '../persons/index.html'],
  ];
  for (const [from, to, server, mirror] of cases) {
    it(`${from} -> ${to}`, () => {
      expect(relativeHref(from, to, 'server')).toBe(server);
      expect(relativeHref(from, to, 'mirror')).toBe(mirror);
    });
  }

  it('leaves external links and fragments alone', () => {
    for (const to of ['https://example.org/x', 'mailto:a@b.c', '//cdn.example/x', '#main', 'tg://resolve?domain=x']) {
      expect(relativeHref('/en/', to, 'mirror')).toBe(to);
    }
  });

  it('resolves back to the target from the page (round trip)', () => {
    const pages = ['/', '/en/', '/en/persons/', '/ru/persons/p-12/', '/be/figures/2024/01/', '/assets/site.css'];
    for (const from of pages) {
      for (const to of pages) {
        const link = relativeHref(from, to, 'server');
        expect(new URL(link, `http://h${from}`).pathname).toBe(to);
        const mirrored = new URL(relativeHref(from, to, 'mirror'), `file:///site${from}`).pathname;
        expect(mirrored).toBe(to.endsWith('/') ? `/site${to}index.html` : `/site${to}`);
      }
    }
  });

  for (const bad of ['en/persons/', '/en//persons/', '/en/../x/', '/./en/', '']) {
    it(`rejects the path "${bad}"`, () => {
      expect(() => relativeHref(bad, '/en/', 'server')).toThrow(expect.objectContaining({ code: 'invalid-path' }));
      expect(() => relativeHref('/en/', bad, 'server')).toThrow(expect.objectContaining({ code: 'invalid-path' }));
    });
  }

  it('gives the same links for a target seen before, and rejects a bad one every time', () => {
    const first = ['/en/', '/en/persons/p-1/', '/be/x/y/'].map((from) =>
      relativeHref(from, '/en/persons/?page=2', 'mirror'),
    );
    const again = ['/en/', '/en/persons/p-1/', '/be/x/y/'].map((from) =>
      relativeHref(from, '/en/persons/?page=2', 'mirror'),
    );
    expect(again).toEqual(first);
    expect(first).toEqual([
      'persons/index.html?page=2',
      '../index.html?page=2',
      '../../../en/persons/index.html?page=2',
    ]);
    for (let i = 0; i < 2; i++) expect(() => relativeHref('/en/', '/en//x/', 'server')).toThrow();
  });

  it('createHref checks the page path at once', () => {
    expect(() => createHref('relative/', 'server')).toThrow(expect.objectContaining({ code: 'invalid-path' }));
    expect(createHref('/be/', 'mirror')('/be/persons/')).toBe('persons/index.html');
  });
});
