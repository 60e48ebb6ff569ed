/**
 * Published digests on the public site: index, page and Atom feed per language;
 * drafts stay private.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from '../app/demo.js';
import { draftDigest, publishDigest } from '../app/digests.js';
import { createHttpApp } from '../http/app.js';

let app: Awaited<ReturnType<typeof tempApp>>;
let http: ReturnType<typeof createHttpApp>;
let publishedId = '';
let draftId = '';

beforeAll(async () => {
  app = await tempApp(new Date('2024-02-02T12:00:00Z'));
  await loadDemo(app.ctx, { synthetic: 0 });
  const en = await draftDigest(app.ctx, { kind: 'releases', month: '2024-01', lang: 'en' }, { actor: 'editor' });
  publishedId = en.digest.id;
  await publishDigest(app.ctx, publishedId, { acknowledgeWarnings: true }, { actor: 'editor' });
  const ru = await draftDigest(app.ctx, { kind: 'releases', month: '2024-01', lang: 'ru' }, { actor: 'editor' });
  draftId = ru.digest.id;
  http = createHttpApp(app.ctx);
});
afterAll(() => app.cleanup());

describe('digest pages', () => {
  it('lists and shows a published digest with its entry headers', async () => {
    const index = await http.request('/en/digests/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain(`${publishedId}/`);
    const page = await http.request(`/en/digests/${publishedId}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(
      'Political prisoner Aliaksandr Luchynovich — 1 year, 9 months, and 13 days of imprisonment',
    );
  });

  it('serves an Atom feed per language with absolute links', async () => {
    const res = await http.request('/en/digests/feed.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    expect(xml).toContain('<feed');
    // The request's own host (no public URL configured), never a hard-coded one.
    expect(xml).toContain('http://localhost/en/digests/');
    expect(xml).not.toContain('localhost:8080');
  });

  it('keeps drafts and other languages private', async () => {
    expect((await http.request(`/ru/digests/${draftId}/`)).status).toBe(404);
    expect(await (await http.request('/ru/digests/')).text()).not.toContain(draftId);
    expect((await http.request(`/ru/digests/${publishedId}/`)).status).toBe(404);
  });
});
