/**
 * Issue 11, "Tests": nothing internal reaches any public output.
 *
 * One registry R (`fixture.ts`): every public person carries internal name forms,
 * cases (with punishments), events (at an internal facility, citing an internal
 * source), notes, tags, photo and birth date; there are wholly internal persons,
 * facilities and sources. R' = withoutInternal(R). Both are served by two temp
 * apps on the same day, with the month's digests published after visibility is set.
 *
 * 1. Canaries: no marker planted in R appears in any page (every language, every
 *    list filter, everything linked), API response (every public GET route of the
 *    route policy), download, feed, digest text, public export or mirror file.
 * 2. Differential: every one of these outputs is byte-identical between R and R'
 *    (counts, orders and links included), as is the set of URLs the crawl reaches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, fetchAll, type Fetched } from './crawl.js';
import { privacyRegistry, type PrivacyFixture } from './fixture.js';
import { apiUrls, publicGetRoutes, routePattern, siteUrls, type UrlValues } from './public-urls.js';
import { mirrorFiles, offlineOutputs, serveRegistry, type Served } from './serve.js';
import { withoutInternal } from './without-internal.js';
import { firstDifference, normaliseBody, normaliseHeaders, stripOwnMarkers } from './compare.js';
import { LANGS } from '../domain/record.js';
import { exportRegistry } from '../app/export.js';

let fixture: PrivacyFixture;
let full: Served;
let pub: Served;
/** Path → response, from R (`full`) and R' (`pub`), for the same paths. */
let pagesR: Map<string, Fetched>;
let pagesP: Map<string, Fetched>;
let reachedR: Set<string>;
let reachedP: Set<string>;

beforeAll(async () => {
  fixture = privacyRegistry({ synthetic: 8 });
  [full, pub] = await Promise.all([serveRegistry(fixture.registry), serveRegistry(withoutInternal(fixture.registry))]);
  expect(pub.digestIds).toEqual(full.digestIds);
  const values = urlValues(fixture, full.digestIds);
  const start = [...siteUrls(values), ...apiUrls(values)];
  [pagesR, pagesP] = await Promise.all([crawl(full.app, start, 20_000), crawl(pub.app, start, 20_000)]);
  reachedR = new Set(pagesR.keys());
  reachedP = new Set(pagesP.keys());
  // Each app is also asked for what only the other one linked to (a difference the differential reports).
  const fill = async (app: Served['app'], pages: Map<string, Fetched>, from: Set<string>) => {
    for (const page of await fetchAll(
      app,
      [...from].filter((p) => !pages.has(p)),
    ))
      pages.set(page.path, page);
  };
  await Promise.all([fill(full.app, pagesR, reachedP), fill(pub.app, pagesP, reachedR)]);
}, 120_000);
afterAll(async () => {
  await Promise.all([full?.cleanup(), pub?.cleanup()]);
});

function urlValues(f: PrivacyFixture, digestIds: string[]): UrlValues {
  const { persons, facilities, sources } = f.registry;
  const articles = new Set(persons.flatMap((p) => p.cases.flatMap((c) => c.charges.map((ch) => ch.article))));
  const names = persons.slice(0, 3).flatMap((p) => p.names.map((n) => n.family));
  return {
    personIds: persons.map((p) => p.id),
    facilityIds: facilities.map((x) => x.id),
    sourceIds: sources.map((x) => x.id),
    articles: [...articles],
    queries: [...names, ...persons.filter((p) => p.visibility === 'internal').map((p) => p.names[0]!.family)],
    digestIds,
  };
}

/** The mirror of each app, run once (both describe blocks read it). */
const mirrors = new Map<Served, ReturnType<typeof mirrorFiles>>();
const mirrorOf = (s: Served) => mirrors.get(s) ?? mirrors.set(s, mirrorFiles(s)).get(s)!;

async function staffExport(served: Served): Promise<string> {
  let text = '';
  await exportRegistry(served.ctx, { format: 'json', audience: 'staff' }, (chunk) => {
    text += chunk;
  });
  return text;
}

const leaksIn = (where: string, body: string) => fixture.markers.find(body).map((field) => `${where}: ${field}`);

describe('the fixture', () => {
  it('plants markers in many internal fields, where staff can read them', async () => {
    expect(fixture.markers.fields.size).toBeGreaterThan(300);
    const staff = await staffExport(full);
    const found = fixture.markers.find(staff);
    expect(found.length).toBeGreaterThan(fixture.markers.fields.size / 2);
    for (const field of ['letters basis', 'internal case judge', 'internalNote', 'internal ru-cyrl given', 'source'])
      expect(
        found.some((f) => f.includes(field)),
        field,
      ).toBe(true);
    // The two apps really hold different registries (else the differential could not fail).
    expect(fixture.markers.find(await staffExport(pub))).toEqual([]);
  });

  it('withoutInternal removes every marker and internal value', () => {
    expect(fixture.markers.find(JSON.stringify(withoutInternal(fixture.registry)))).toEqual([]);
  });

  it('the crawl covers every public GET route, every language and every public person', () => {
    const paths = [...pagesR.keys()];
    for (const route of publicGetRoutes()) {
      const re = routePattern(route);
      expect(
        paths.some((p) => re.test(p)),
        route,
      ).toBe(true);
    }
    for (const lang of LANGS) {
      for (const id of fixture.publicIds) expect(pagesR.get(`/${lang}/persons/${id}/`)?.status, id).toBe(200);
      for (const id of full.digestIds.filter((d) => d.endsWith(`-${lang}`)))
        expect(pagesR.get(`/${lang}/digests/${id}/`)?.status, id).toBe(200);
      expect(pagesR.get(`/${lang}/digests/feed.xml`)?.body).toContain('<entry');
    }
    expect(pagesR.size).toBeGreaterThan(600);
  });
});

describe('no public output contains a canary', () => {
  it('pages, API, downloads and feeds', () => {
    const found = [...pagesR.values()].flatMap((page) =>
      leaksIn(page.path, stripOwnMarkers(`${page.headers}\n${page.body}`, page.path, fixture.markers)),
    );
    expect(found).toEqual([]);
  });

  it('public exports and the published digests’ texts', async () => {
    const found = [...(await offlineOutputs(full))].flatMap(([name, text]) => leaksIn(name, text));
    expect(found).toEqual([]);
  });

  it('the mirror (file names and contents)', async () => {
    const { report, files } = await mirrorOf(full);
    expect(report.missing).toEqual([]);
    expect(files.size).toBeGreaterThan(LANGS.length * fixture.publicIds.length);
    const found = [...files].flatMap(([name, text]) => [...leaksIn(`name ${name}`, name), ...leaksIn(name, text)]);
    expect(found).toEqual([]);
  }, 60_000);
});

describe('every public output equals that of the registry without its internal items', () => {
  it('the crawl reaches the same URLs', () => {
    expect([...reachedR].filter((p) => !reachedP.has(p)).sort()).toEqual([]);
    expect([...reachedP].filter((p) => !reachedR.has(p)).sort()).toEqual([]);
  });

  it('pages, API, downloads and feeds answer the same status and bytes', () => {
    const diffs: string[] = [];
    for (const [path, r] of pagesR) {
      const p = pagesP.get(path)!;
      if (r.status !== p.status) diffs.push(`${path}: status ${r.status} vs ${p.status}`);
      else if (normaliseHeaders(r.headers) !== normaliseHeaders(p.headers))
        diffs.push(`${path}: headers ${firstDifference(normaliseHeaders(r.headers), normaliseHeaders(p.headers))}`);
      else {
        const d = firstDifference(normaliseBody(path, r.body), normaliseBody(path, p.body));
        if (d) diffs.push(`${path}: ${d}`);
      }
    }
    expect(diffs).toEqual([]);
  });

  it('public exports and digest texts', async () => {
    const [r, p] = await Promise.all([offlineOutputs(full), offlineOutputs(pub)]);
    expect([...p.keys()]).toEqual([...r.keys()]);
    const diffs = [...r].flatMap(([name, text]) => {
      const d = firstDifference(normaliseBody(name, text), normaliseBody(name, p.get(name)!));
      return d ? [`${name}: ${d}`] : [];
    });
    expect(diffs).toEqual([]);
  });

  it('the mirror: the same files with the same bytes', async () => {
    const [r, p] = await Promise.all([mirrorOf(full), mirrorOf(pub)]);
    expect([...r.files.keys()]).toEqual([...p.files.keys()]);
    const diffs = [...r.files].flatMap(([name, text]) => {
      const d = firstDifference(normaliseBody(name, text), normaliseBody(name, p.files.get(name)!));
      return d ? [`${name}: ${d}`] : [];
    });
    expect(diffs).toEqual([]);
  }, 60_000);
});
