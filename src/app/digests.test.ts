import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { loadDemo } from './demo.js';
import {
  addDigestPerson,
  digestHistory,
  draftDigest,
  dropDigestPerson,
  editDigest,
  exportDigest,
  getDigest,
  listDigests,
  moveDigestEntry,
  publishDigest,
  publishedDigest,
  publishedDigests,
  unpublishDigest,
} from './digests.js';
import { httpStatus, type RollcallError } from '../domain/errors.js';
import { getPerson, updatePerson } from './persons.js';

const editor = { actor: 'editor' };
const JANUARY = { kind: 'releases', month: '2024-01', lang: 'en' } as const;

describe('digests over the demo registry (corrected)', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  beforeAll(async () => {
    app = await tempApp();
    await loadDemo(app.ctx, { synthetic: 0 });
  });
  afterAll(() => app.cleanup());

  it('drafts without saving, with figures and no warnings', async () => {
    const { digest, saved } = await draftDigest(app.ctx, JANUARY);
    expect(saved).toBe(false);
    expect(digest.figures).toMatchObject({ termServed: 5, termServedOverThreeYears: 2 });
    expect(digest.warnings).toEqual([]);
    expect(await listDigests(app.ctx)).toEqual([]);
  });

  it('saves a draft, edits, reorders, drops and adds people, with a revision for each change', async () => {
    const { digest } = await draftDigest(app.ctx, JANUARY, editor);
    expect(digest.id).toBe('d-releases-2024-01-en');
    const first = digest.entries[0]!;
    const edited = await editDigest(
      app.ctx,
      digest.id,
      {
        entries: digest.entries.map((e) => (e.personId === 'p-babich' ? { ...e, paragraphs: ['Edited by hand.'] } : e)),
      },
      editor,
    );
    expect(edited.status).toBe('edited');
    const moved = await moveDigestEntry(app.ctx, digest.id, first.personId, 4, editor);
    expect(moved.entries[4]!.personId).toBe(first.personId);
    const dropped = await dropDigestPerson(app.ctx, digest.id, 'p-luchynovich', editor);
    expect(dropped.entries.map((e) => e.personId)).not.toContain('p-luchynovich');
    const readded = await addDigestPerson(app.ctx, digest.id, 'p-luchynovich', editor);
    expect(readded.entries.at(-1)).toMatchObject({ personId: 'p-luchynovich', origin: 'added' });
    await expect(addDigestPerson(app.ctx, digest.id, 'p-nobody', editor)).rejects.toMatchObject({ code: 'not-found' });
    await expect(editDigest(app.ctx, digest.id, { entries: 'nope' }, editor)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect((await digestHistory(app.ctx, digest.id)).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('regenerates after the registry changed, keeping edits and listing changes', async () => {
    const person = await getPerson(app.ctx, 'p-bialiauski');
    const release = person.events.find((e) => e.kind === 'release')!;
    await updatePerson(
      app.ctx,
      person.id,
      {
        ...person,
        events: person.events.map((e) =>
          e === release ? { ...e, date: '2024-01-06', statedTimeServed: { years: 1, months: 8, days: 9 } } : e,
        ),
      },
      editor,
    );
    const { digest, regenerated } = await draftDigest(app.ctx, JANUARY, editor);
    expect(regenerated).toBe(true);
    const babich = digest.entries.find((e) => e.personId === 'p-babich')!;
    expect(babich.paragraphs).toEqual(['Edited by hand.']);
    const bialiauski = digest.entries.find((e) => e.personId === 'p-bialiauski')!;
    expect(bialiauski.heading).toBe(
      'Political prisoner Andrei Bialiauski — 1 year, 8 months, and 9 days of imprisonment',
    );
    expect(digest.changes.map((c) => `${c.kind} ${c.field} ${c.personId}`)).toEqual(
      expect.arrayContaining(['updated entry.heading p-bialiauski', 'updated entry.paragraphs p-bialiauski']),
    );
    expect(digest.status).toBe('edited');
  });

  it('publishes, lists, exports and refuses edits while published', async () => {
    const published = await publishDigest(app.ctx, 'd-releases-2024-01-en', {}, editor);
    expect(published).toMatchObject({ status: 'published', acknowledged: null });
    expect((await publishedDigests(app.ctx, 'en')).map((d) => d.id)).toEqual(['d-releases-2024-01-en']);
    expect(await publishedDigests(app.ctx, 'be')).toEqual([]);
    expect((await publishedDigest(app.ctx, 'd-releases-2024-01-en')).id).toBe('d-releases-2024-01-en');
    expect(await exportDigest(app.ctx, published.id, 'md')).toMatch(/^# 5 political prisoners released in January/);
    expect(await exportDigest(app.ctx, published.id, 'html')).toContain('<h2>Political prisoner Zinaida Mikhniuk');
    await expect(draftDigest(app.ctx, JANUARY, editor)).rejects.toMatchObject({ code: 'digest-published' });
    await expect(dropDigestPerson(app.ctx, published.id, 'p-babich', editor)).rejects.toMatchObject({
      code: 'digest-published',
    });
    const back = await unpublishDigest(app.ctx, published.id, editor);
    expect(back.status).toBe('edited');
    await expect(publishedDigest(app.ctx, published.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('rejects bad requests with stable codes', async () => {
    await expect(draftDigest(app.ctx, { ...JANUARY, month: '2024-1' })).rejects.toMatchObject({
      code: 'invalid-month',
    });
    await expect(draftDigest(app.ctx, { ...JANUARY, kind: 'births' as never })).rejects.toMatchObject({
      code: 'invalid-kind',
    });
    await expect(draftDigest(app.ctx, { ...JANUARY, lang: 'de' as never })).rejects.toMatchObject({
      code: 'invalid-language',
    });
    await expect(getDigest(app.ctx, 'd-nope')).rejects.toMatchObject({ code: 'not-found' });
    await expect(exportDigest(app.ctx, 'd-releases-2024-01-en', 'pdf' as never)).rejects.toMatchObject({
      code: 'invalid-format',
    });
  });
});

describe('digests over the demo registry as first written', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  beforeAll(async () => {
    app = await tempApp();
    await loadDemo(app.ctx, { synthetic: 0, asWritten: true });
  });
  afterAll(() => app.cleanup());

  it('carries the checks’ warnings and needs an acknowledgement to publish', async () => {
    const { digest } = await draftDigest(app.ctx, JANUARY, editor);
    expect(digest.warnings.map((w) => `${w.personId} ${w.code}`)).toContain('p-mikhniuk stated-time-served-mismatch');
    const withTakarchuk = await addDigestPerson(app.ctx, digest.id, 'p-takarchuk', editor);
    const codes = withTakarchuk.warnings.filter((w) => w.personId === 'p-takarchuk').map((w) => w.code);
    expect(codes).toContain('event-outside-month');
    const refused = await publishDigest(app.ctx, digest.id, {}, editor).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'unacknowledged-warnings' });
    expect(httpStatus((refused as RollcallError).code)).toBe(409);
    const published = await publishDigest(app.ctx, digest.id, { acknowledgeWarnings: true }, editor);
    expect(published.acknowledged).toMatchObject({ by: 'editor', warnings: withTakarchuk.warnings.length });
  });
});
