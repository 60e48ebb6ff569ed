/**
 * Issue 11 item 5 through the privacy fixture: digests are published, then a
 * person in them is made internal. No public output (digest pages, Atom feeds,
 * the rest of the site, the API, the downloads, the mirror) may name her or link
 * to her afterwards. (`public-outputs.test.ts` publishes after visibility is set.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPerson, updatePerson } from '../app/persons.js';
import { crawl, type Fetched } from './crawl.js';
import { privacyRegistry } from './fixture.js';
import { apiUrls, siteUrls } from './public-urls.js';
import { mirrorFiles, serveRegistry, type Served } from './serve.js';

/** In the January releases digest; her names are the demo's real ones. */
const HIDDEN = 'p-bialiauski';
/** Her entry header and her name as the pages write it (be, ru, en). */
const HER = ['Political prisoner Andrei Bialiauski', 'Андрэй Бяляўскі', 'Андрей Белявский', `/persons/${HIDDEN}`];

let served: Served;
let pages: Map<string, Fetched>;

beforeAll(async () => {
  const fixture = privacyRegistry({ synthetic: 2 });
  served = await serveRegistry(fixture.registry);
  // Before: each language's digest and feed name her (so the checks below can fail).
  for (const [lang, text] of [
    ['en', HER[0]],
    ['be', HER[1]],
    ['ru', HER[2]],
  ] as const) {
    for (const path of [`/${lang}/digests/d-releases-2024-01-${lang}/`, `/${lang}/digests/feed.xml`])
      expect(await (await served.app.request(path)).text(), path).toContain(text);
  }
  const person = await getPerson(served.ctx, HIDDEN);
  await updatePerson(
    served.ctx,
    HIDDEN,
    { ...person, visibility: 'internal' },
    { actor: 'test', note: 'family asked' },
  );
  const values = {
    personIds: fixture.registry.persons.map((p) => p.id),
    facilityIds: fixture.registry.facilities.map((f) => f.id),
    sourceIds: fixture.registry.sources.map((s) => s.id),
    articles: ['368'],
    queries: ['Bialiauski', 'Бяляўскі'],
    digestIds: served.digestIds,
  };
  pages = await crawl(served.app, [...siteUrls(values), ...apiUrls(values)], 20_000);
}, 120_000);
afterAll(() => served?.cleanup());

const named = (where: string, text: string) => HER.filter((s) => text.includes(s)).map((s) => `${where}: ${s}`);

describe('a person made internal after her digest was published', () => {
  it('is named by no page, feed, API answer or download', () => {
    const found = [...pages.values()].filter((p) => !p.path.includes(HIDDEN)).flatMap((p) => named(p.path, p.body));
    expect(found).toEqual([]);
    expect(pages.get('/en/digests/d-releases-2024-01-en/')?.status).toBe(200);
  });

  it('is in no mirror file', async () => {
    const { files } = await mirrorFiles(served);
    expect([...files].flatMap(([name, text]) => [...named(`name ${name}`, name), ...named(name, text)])).toEqual([]);
  }, 60_000);
});
