import { describe, expect, it } from 'vitest';
import { digestAtom, digestHtmlDocument, digestMarkdown } from './render.js';
import type { Digest } from './schema.js';

const digest: Digest = {
  id: 'd-releases-2024-01-en',
  kind: 'releases',
  month: '2024-01',
  lang: 'en',
  status: 'published',
  opening: { title: '5 released <in> January', paragraphs: ['Figures & facts.'] },
  openingBase: null,
  figures: {
    asOf: '2024-02-02',
    imprisonedNow: 1,
    count: 1,
    termServed: 1,
    termServedOverThreeYears: 0,
    termServedOverThreeYearsUnknown: 0,
    homeConfinement: 0,
    openInstitution: 0,
  },
  entries: [
    {
      personId: 'p-1',
      heading: 'Political prisoner *A* — 1 year',
      paragraphs: ['<script>alert(1)</script>', '# not a heading'],
      base: null,
      origin: 'added',
      facts: { sourceIds: [] },
    },
  ],
  dropped: [],
  warnings: [],
  changes: [],
  generatedAt: '2024-02-02T10:00:00.000Z',
  updatedAt: '2024-02-02T12:00:00.000Z',
  publishedAt: '2024-02-02T12:00:00.000Z',
  acknowledged: null,
};

describe('digest exports', () => {
  it('writes Markdown with headings and escaped text', () => {
    const md = digestMarkdown(digest);
    expect(
      md.startsWith('# 5 released \\<in\\> January\n\nFigures & facts.\n\n## Political prisoner \\*A\\* — 1 year\n'),
    ).toBe(true);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\# not a heading');
  });

  it('writes an HTML document that never passes markup through', () => {
    const html = digestHtmlDocument(digest);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>5 released &lt;in&gt; January</h1>');
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).not.toContain('<script>');
  });

  it('writes an Atom feed of published digests in one language', () => {
    const draft: Digest = { ...digest, id: 'd-releases-2024-02-en', status: 'draft', publishedAt: null };
    const russian: Digest = { ...digest, id: 'd-releases-2024-01-ru', lang: 'ru' };
    const xml = digestAtom([digest, draft, russian], { lang: 'en', baseUrl: 'https://example.org/' });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toContain('<id>https://example.org/en/digests/d-releases-2024-01-en/</id>');
    expect(xml).toContain('href="https://example.org/en/digests/feed.xml"');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain('&lt;p&gt;&amp;lt;script&amp;gt;');
    expect(xml).not.toContain('<script>');
  });

  it('writes an empty but valid feed when nothing is published', () => {
    const xml = digestAtom([], { lang: 'be', baseUrl: 'https://example.org', updatedFallback: '2024-01-01T00:00:00Z' });
    expect(xml).toContain('<updated>2024-01-01T00:00:00Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});
