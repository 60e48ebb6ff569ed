import { describe, expect, it } from 'vitest';
import type { Digest } from '../../domain/digest/index.js';
import { atomFeed, digestIndexPage, digestPage } from './digests.js';

const published: Digest = {
  id: 'd-releases-2024-01-be',
  kind: 'releases',
  month: '2024-01',
  lang: 'be',
  status: 'published',
  opening: { title: '5 палітвязняў выйшлі на волю ў студзені', paragraphs: ['Адкрыццё <b>.'] },
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
      heading: 'Палітвязніца Зінаіда Міхнюк',
      paragraphs: ['<script>x</script>'],
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
const draft: Digest = {
  ...published,
  id: 'd-convictions-2024-01-be',
  kind: 'convictions',
  status: 'draft',
  publishedAt: null,
  opening: { title: 'Чарнавік', paragraphs: [] },
};

describe('public digest pages', () => {
  it('lists only published digests of the language, with relative links and a feed link', () => {
    const page = digestIndexPage([published, draft], { lang: 'be' });
    expect(page).toContain('<html lang="be">');
    expect(page).toContain('href="d-releases-2024-01-be/"');
    expect(page).not.toContain('Чарнавік');
    expect(page).toContain('type="application/atom+xml"');
    expect(digestIndexPage([published], { lang: 'en' })).toContain('No digests have been published yet.');
  });

  it('renders a digest page with escaped texts and alternates in other languages', () => {
    const page = digestPage(published, { mode: 'mirror' });
    expect(page).toContain('<h1>5 палітвязняў выйшлі на волю ў студзені</h1>');
    expect(page).toContain('<p>&lt;script&gt;x&lt;/script&gt;</p>');
    expect(page).not.toContain('<script>');
    expect(page).toContain('hreflang="ru"');
    expect(page).toContain('../../../ru/digests/d-releases-2024-01-ru/index.html');
    expect(() => digestPage(draft)).toThrow(/not published/);
  });

  it('builds the Atom feed per language', () => {
    const xml = atomFeed([published, draft], 'be', 'https://example.org');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain('https://example.org/be/digests/d-releases-2024-01-be/');
  });
});
