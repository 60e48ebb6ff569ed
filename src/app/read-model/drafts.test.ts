import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { withPublicEvents } from '../../domain/project-person.js';
import { DIGEST_KINDS, digestWarnings, draftDigest as draftDocument, type Digest } from '../../domain/digest/index.js';
import { monthDays } from '../../domain/partial-date.js';
import { LANGS, type Lang } from '../../domain/record.js';
import { todayIso, type AppContext } from '../context.js';
import { loadDemo } from '../demo.js';
import { EVENT_OF_KIND, checkContextOf, draftReader } from './drafts.js';
import { draftDigest, type DraftRequest } from '../digests.js';
import { countAt } from '../figures.js';
import { deletePerson, getPerson, updatePerson } from '../persons.js';
import { getFacility, listSources, saveFacility, saveSource } from '../catalog.js';

const editor = { actor: 'editor' };

/** The draft as computed before the memo: every record read and checked afresh. */
async function uncached(ctx: AppContext, req: DraftRequest): Promise<Digest> {
  const [fromDay, toDay] = monthDays(req.month);
  const asOf = todayIso(ctx);
  const imprisonedNow = (await countAt(ctx, asOf, 'public')).certain;
  return ctx.store.read(async (repos) => {
    const ids = await repos.persons.idsWithEvent(EVENT_OF_KIND[req.kind], fromDay, toDay);
    const persons = await repos.persons.getMany(ids);
    const [facilities, sources, articles] = await Promise.all([
      repos.facilities.list(),
      repos.sources.list(),
      repos.reference.articles(),
    ]);
    const refs = {
      facilities: new Map(facilities.map((f) => [f.id, f])),
      sources: new Map(sources.map((s) => [s.id, s])),
      articles: articles.length > 0 ? articles : undefined,
    };
    const now = ctx.now().toISOString();
    const fresh = draftDocument({ ...req, persons: persons.map(withPublicEvents), refs, imprisonedNow, asOf, now });
    const checkCtx = checkContextOf(refs, asOf, await repos.reference.creditRatios());
    return { ...fresh, warnings: digestWarnings(fresh, new Map(persons.map((p) => [p.id, p])), checkCtx) };
  });
}

/** Every kind and language of `month`: the drafted digest equals the uncached computation. */
async function expectAllAsUncached(ctx: AppContext, month: string): Promise<Digest[]> {
  const out: Digest[] = [];
  for (const kind of DIGEST_KINDS) {
    for (const lang of LANGS as readonly Lang[]) {
      const req = { kind, month, lang };
      const { digest } = await draftDigest(ctx, req);
      expect(digest).toEqual(await uncached(ctx, req));
      out.push(digest);
    }
  }
  return out;
}

describe('drafts share records and checks within a data version', () => {
  let app: Awaited<ReturnType<typeof tempApp>>;
  beforeAll(async () => {
    app = await tempApp();
    await loadDemo(app.ctx, { synthetic: 300, asWritten: true });
  });
  afterAll(() => app.cleanup());

  it('drafts the same digests as reading every record afresh, again and again', async () => {
    const first = await expectAllAsUncached(app.ctx, '2024-01');
    expect(first.some((d) => d.entries.length > 5 && d.warnings.length > 0)).toBe(true);
    expect(await expectAllAsUncached(app.ctx, '2024-01')).toEqual(first);
    await expectAllAsUncached(app.ctx, '2023-06');
  });

  it('keeps no part of a returned digest that a caller could change', async () => {
    const req = { kind: 'releases', month: '2024-01', lang: 'en' } as const;
    const { digest } = await draftDigest(app.ctx, req);
    const before = structuredClone(digest);
    for (const entry of digest.entries) {
      entry.facts.sourceIds.push('s-changed');
      for (const term of [entry.facts.timeServed, entry.facts.timeServedMin, entry.facts.timeServedMax]) {
        if (term) term.days += 1;
      }
    }
    expect(digest.entries.some((e) => e.facts.timeServed)).toBe(true);
    expect(digest.warnings.length).toBeGreaterThan(0);
    for (const warning of digest.warnings) warning.message = 'changed';
    digest.warnings.length = 0;
    expect((await draftDigest(app.ctx, req)).digest).toEqual(before);
  });

  it('sees every change to a record, a deletion and a change of a facility at once', async () => {
    const { digest } = await draftDigest(app.ctx, { kind: 'releases', month: '2024-01', lang: 'en' });
    const [a, b] = digest.entries.map((e) => e.personId);
    const person = await getPerson(app.ctx, a!);
    await updatePerson(
      app.ctx,
      person.id,
      {
        ...person,
        names: person.names.map((n) => ({ ...n, given: `${n.given}-x` })),
        events: person.events.map((e) => (e.kind === 'release' ? { ...e, sourceIds: [] } : e)),
      },
      editor,
    );
    await deletePerson(app.ctx, b!, editor);
    const after = await expectAllAsUncached(app.ctx, '2024-01');
    const releases = after.find((d) => d.kind === 'releases' && d.lang === 'en')!;
    expect(releases.entries.map((e) => e.personId)).not.toContain(b);
    expect(releases.entries.find((e) => e.personId === a)!.heading).toContain('-x');
    expect(releases.warnings).toContainEqual(expect.objectContaining({ personId: a, code: 'entry-without-source' }));

    const facilityId = person.events.find((e) => e.facilityId)?.facilityId;
    if (facilityId) {
      const facility = await getFacility(app.ctx, facilityId);
      await saveFacility(app.ctx, { ...facility, name: { ...facility.name, en: 'Renamed Colony' } }, editor);
      await expectAllAsUncached(app.ctx, '2024-01');
    }
  });

  it('keeps the records of people not changed since, and sees changes to what the checks read', async () => {
    const req = { kind: 'releases', month: '2024-01', lang: 'en' } as const;
    const [fromDay, toDay] = monthDays(req.month);
    const recordsNow = () =>
      app.ctx.store.read(async (repos) => {
        const reader = await draftReader(app.ctx.store, repos);
        return reader.persons(await reader.idsWithEvent('releases', fromDay, toDay));
      });
    await draftDigest(app.ctx, req);
    const before = await recordsNow();
    const [a, b] = before;
    await updatePerson(app.ctx, a!.id, { ...a!, events: a!.events.filter((e) => e.kind !== 'transfer') }, editor);
    await expectAllAsUncached(app.ctx, '2024-01');
    const after = await recordsNow();
    expect(after.find((p) => p.id === b!.id)).toBe(b);
    expect(after.find((p) => p.id === a!.id)).not.toBe(a);

    // A source dated after the events it reports: the kept records' checks change.
    const drafted = new Set((await draftDigest(app.ctx, req)).digest.entries.map((e) => e.personId));
    const cited = after.filter((p) => drafted.has(p.id)).flatMap((p) => p.events.filter((e) => e.date >= '2016'));
    const soleSource = cited.find((e) => e.sourceIds.length === 1)!.sourceIds[0];
    const source = (await listSources(app.ctx)).find((s) => s.id === soleSource)!;
    await saveSource(app.ctx, { ...source, date: '2015-01-01' }, editor);
    const redated = await expectAllAsUncached(app.ctx, '2024-01');
    await saveSource(app.ctx, source, editor);
    expect(await expectAllAsUncached(app.ctx, '2024-01')).not.toEqual(redated);

    // Credit ratios are saved without a revision: the checks still see them.
    const ratios = await app.ctx.store.read((r) => r.reference.creditRatios());
    await app.ctx.store.write((r) => r.reference.saveCreditRatios(ratios.map((x) => ({ ...x, ratio: 3 }))));
    await expectAllAsUncached(app.ctx, '2024-01');
    await app.ctx.store.write((r) => r.reference.saveCreditRatios(ratios));
    await expectAllAsUncached(app.ctx, '2024-01');
  });
});
