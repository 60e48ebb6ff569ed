import { describe, expect, it } from 'vitest';
import { relativeHref } from './kit/links.js';
import { linkTarget, linkedPaths, mirrorFilePath, resolveLink } from './mirror-links.js';

/** What a browser would resolve (the reference the string resolver must agree with). */
function viaUrl(raw: string, from: string): string {
  const url = new URL(raw.replace(/&amp;/g, '&'), `http://mirror.invalid${from}`);
  const path = url.pathname.endsWith('/index.html') ? url.pathname.slice(0, -'index.html'.length) : url.pathname;
  return url.search ? `${path}${url.search}` : path;
}

describe('resolveLink', () => {
  const froms = ['/', '/en/', '/en/persons/p-1/', '/en/figures/count.svg', '/be/persons/released/page/2/'];
  const links = [
    'index.html',
    './',
    '../index.html',
    '../../index.html',
    '../../../assets/site.css',
    '../../../../../../too-far/index.html',
    'count.svg',
    '../facilities/f-1/index.html',
    '/en/persons/',
    '../persons/?status=released&amp;page=2',
    '?page=3',
    'page/2/index.html#top',
    '..',
    '.',
    'a%20b/index.html',
    'x//y/',
  ];
  it('agrees with the WHATWG URL resolver', () => {
    for (const from of froms)
      for (const link of links) expect(resolveLink(link, from), `${link} from ${from}`).toBe(viaUrl(link, from));
  });
  it('gives the same answers through the shared memo of linkedPaths', () => {
    for (const from of froms) {
      const page = links.map((link) => ` href="${link}"`).join('');
      const expected = [...new Set(links.map((link) => viaUrl(link, from)))];
      expect(linkedPaths(page, from), from).toEqual(expected);
      expect(linkedPaths(page, from), `${from} again`).toEqual(expected);
    }
  });
  it('leaves out external links, fragments and mail', () => {
    for (const link of ['https://x.org/', '//cdn.example/x.js', '#top', 'mailto:a@b', '', 'HTTP://X']) {
      expect(resolveLink(link, '/en/'), link).toBeNull();
    }
  });
  it('reads every href and src of a page once', () => {
    const page = '<a href="a/">1</a> <img src="a/index.html"> <link href="../assets/site.css"><a data-href="no">';
    expect(linkedPaths(page, '/en/')).toEqual(['/en/a/', '/assets/site.css']);
    expect(mirrorFilePath('/en/a/')).toBe('en/a/index.html');
  });
});

describe('linkTarget', () => {
  it('gives the site path that reading the written link back gives', () => {
    const froms = ['/', '/en/', '/en/persons/p-1/', '/be/persons/released/page/2/', '/en/figures/count.svg'];
    const targets = [
      '/',
      '/en/',
      '/en/persons/p-1/',
      '/en/persons/p-1/#names',
      '/en/persons',
      '/en/persons/?status=released&page=2',
      '/en/persons/?',
      '/en/figures/count.svg',
      '/assets/site.css',
      '/en/index.html',
      '/en/a b/',
      '/en/%41/',
    ];
    for (const mode of ['mirror', 'server'] as const) {
      for (const from of froms) {
        for (const to of targets) {
          const [read] = linkedPaths(`<a href="${relativeHref(from, to, mode).replace(/&/g, '&amp;')}">`, from);
          expect(linkTarget(to), `${mode} ${from} -> ${to}`).toBe(read ?? null);
        }
      }
    }
    for (const external of ['https://x.org/', 'mailto:a@b', '//cdn/x', '#top', ''])
      expect(linkTarget(external)).toBeNull();
  });
});
