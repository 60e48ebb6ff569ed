/**
 * Issue 11 item 5: a person made internal (or deleted) after a digest was published. The
 * write warns with the fix; the public digest pages and Atom feeds withhold her entry at
 * once (figures as published, with a note); `republishDigest` regenerates the digest
 * without her as a new revision (the old one stays in the history), audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { createSiteRoutes } from '../web/site.js';
import { recentAudit, verifyAudit } from './audit.js';
import { loadDemo } from './demo.js';
import { republishDigest } from './digest-republish.js';
import { digestHistory, draftDigest, editDigest, getDigest, publishDigest, publishedDigest } from './digests.js';
import { deletePerson, getPerson, updatePerson } from './persons.js';
import { publishedExposures } from './published.js';

const editor = { actor: 'editor' };
const EN = 'd-releases-2024-01-en';
const BE = 'd-releases-2024-01-be';
let app: Awaited<ReturnType<typeof tempApp>>;
let site: ReturnType<typeof createSiteRoutes>;
/** Her entry's heading as published in English and Belarusian (her public name in both). */
const headings: Record<string, string> = {};

const page = async (path: string) => {
  const res = await site.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
};

beforeAll(async () => {
  app = await tempApp();
  await loadDemo(app.ctx, { synthetic: 0 });
  site = createSiteRoutes(app.ctx);
  for (const lang of ['en', 'be'] as const) {
    const { digest } = await draftDigest(app.ctx, { kind: 'releases', month: '2024-01', lang }, editor);
    // An editor's own words on another entry: a republish keeps them.
    const entries = digest.entries.map((e) =>
      e.personId === 'p-babich' ? { ...e, paragraphs: ['Written by the editor.'] } : e,
    );
    await editDigest(app.ctx, digest.id, { entries }, editor);
    await publishDigest(app.ctx, digest.id, { acknowledgeWarnings: true }, editor);
    headings[lang] = digest.entries.find((e) => e.personId === 'p-luchynovich')!.heading;
  }
}, 60_000);
afterAll(() => app.cleanup());

describe('a person made internal after publication', () => {
  it('is shown on the public digest pages and feeds before the change (the test can fail)', async () => {
    expect(await page(`/en/digests/${EN}/`)).toContain(headings.en!);
    expect(await page('/be/digests/feed.xml')).toContain('p-luchynovich');
    expect(await publishedExposures(app.ctx)).toEqual([]);
  });

  it('warns the writer, naming the digests and the command that fixes them', async () => {
    const person = await getPerson(app.ctx, 'p-luchynovich');
    const { warnings } = await updatePerson(app.ctx, person.id, { ...person, visibility: 'internal' }, editor);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'published-exposure', personId: 'p-luchynovich', digests: [BE, EN] });
    expect(warnings[0]!.fix).toBe(`rollcall digest republish ${BE} ${EN} --note "<why>"`);
    expect(warnings[0]!.message).toContain(warnings[0]!.fix);
    const exposures = await publishedExposures(app.ctx);
    expect(exposures.map((x) => [x.digestId, x.entries.map((e) => `${e.personId}:${e.reasons.join()}`)])).toEqual([
      [BE, ['p-luchynovich:person-internal']],
      [EN, ['p-luchynovich:person-internal']],
    ]);
    // An unrelated edit of someone public warns about nothing.
    const other = await getPerson(app.ctx, 'p-mikhniuk');
    expect((await updatePerson(app.ctx, other.id, { ...other, region: other.region }, editor)).warnings).toEqual([]);
  });

  it('is withheld from the public at once: pages and feeds in every language, figures as published, with a note', async () => {
    const view = await publishedDigest(app.ctx, EN);
    expect(view.withheld).toBe(true);
    expect(view.entries.map((e) => e.personId)).not.toContain('p-luchynovich');
    expect(view.figures).toEqual((await getDigest(app.ctx, EN)).figures);
    for (const [lang, id] of [
      ['en', EN],
      ['be', BE],
    ] as const) {
      const html = await page(`/${lang}/digests/${id}/`);
      const feed = await page(`/${lang}/digests/feed.xml`);
      for (const body of [html, feed]) {
        expect(body).not.toContain(headings[lang]!);
        expect(body).not.toContain('p-luchynovich');
      }
      expect(html).toContain('digest-correction');
      expect(feed).toContain('digest-correction');
    }
    expect(await page(`/en/digests/${EN}/`)).toContain('Part of this digest has been withdrawn since publication');
    expect(await page(`/be/digests/${BE}/`)).toContain('Частка гэтага дайджэста знятая');
    // Staff still read the digest as published.
    expect((await getDigest(app.ctx, EN)).entries.map((e) => e.personId)).toContain('p-luchynovich');
  });

  it('republishes without her: figures recounted, edits kept, a new revision, audited, shown with its date', async () => {
    const before = await getDigest(app.ctx, EN);
    const revisions = (await digestHistory(app.ctx, EN)).length;
    await expect(republishDigest(app.ctx, EN, { actor: 'editor' })).rejects.toMatchObject({ code: 'note-required' });
    const { digest, removed } = await republishDigest(app.ctx, EN, { actor: 'editor', note: 'made internal' });
    expect(removed).toEqual(['p-luchynovich']);
    expect(digest).toMatchObject({
      status: 'published',
      publishedAt: before.publishedAt,
      republishedAt: digest.updatedAt,
    });
    expect(digest.entries.map((e) => e.personId)).not.toContain('p-luchynovich');
    expect(digest.figures.termServed).toBe(before.figures.termServed - 1);
    expect(digest.opening.title).toMatch(/^4 political prisoners released in January/);
    expect(digest.entries.find((e) => e.personId === 'p-babich')!.paragraphs).toEqual(['Written by the editor.']);
    // Nothing lost: the published version with her entry is the previous revision.
    const history = await digestHistory(app.ctx, EN);
    expect(history).toHaveLength(revisions + 1);
    const previous = history.at(-2)!.doc as { entries: Array<{ personId: string }> };
    expect(previous.entries.map((e) => e.personId)).toContain('p-luchynovich');
    const [entry] = await recentAudit(app.ctx, 1);
    expect(entry).toMatchObject({ action: 'digest.republish', resourceId: EN, actor: 'editor' });
    expect(entry!.details).toMatchObject({ removed: ['p-luchynovich'], note: 'made internal' });
    expect((await verifyAudit(app.ctx)).ok).toBe(true);

    const view = await publishedDigest(app.ctx, EN);
    expect(view.withheld).toBe(false);
    const html = await page(`/en/digests/${EN}/`);
    expect(html).toContain('Corrected February 2, 2024: this digest was revised after publication.');
    expect(html).not.toContain('withdrawn since publication');
    expect(html).toContain('4 political prisoners released in January');
    const feed = await page('/en/digests/feed.xml');
    expect(feed).toContain(`<updated>${digest.republishedAt}</updated>`);
    expect(feed).toContain(`<published>${before.publishedAt}</published>`);
    expect(await publishedExposures(app.ctx)).toEqual([expect.objectContaining({ digestId: BE })]);
  });

  it('a deleted person is an exposure too, and republishing refuses a digest that is not published', async () => {
    const { warnings } = await deletePerson(app.ctx, 'p-mikhniuk', editor);
    expect(warnings[0]).toMatchObject({ code: 'published-exposure', digests: [BE, EN] });
    const exposures = await publishedExposures(app.ctx, { personIds: ['p-mikhniuk'] });
    expect(exposures.flatMap((x) => x.entries.map((e) => e.reasons))).toEqual([['person-deleted'], ['person-deleted']]);
    expect(await page(`/en/digests/${EN}/`)).not.toContain('Mikhniuk');
    const { removed } = await republishDigest(app.ctx, BE, { actor: 'editor', note: 'corrections' });
    expect(removed.sort()).toEqual(['p-luchynovich', 'p-mikhniuk']);
    await expect(republishDigest(app.ctx, 'd-releases-2023-12-en', { ...editor, note: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
