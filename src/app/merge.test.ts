import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app.js';
import { Person, type PersonInput } from '../domain/record.js';
import { RollcallError } from '../domain/errors.js';
import { writeRecord } from './record-writes.js';
import { listMerges, mergePersonsInto, undoMerge } from './merge.js';
import { publicRedirect, redirectTarget } from './read-model/index.js';
import type { AppContext } from './context.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
beforeAll(async () => {
  env = await tempApp();
  ctx = env.ctx;
});
afterAll(() => env.cleanup());

const ACTOR = 'ed@example.org';

async function create(input: PersonInput): Promise<number> {
  const res = await writeRecord(ctx, {
    type: 'person',
    id: input.id,
    record: Person.parse(input),
    baseRevisionId: null,
    actor: ACTOR,
    effect: 'allow',
  });
  if (res.status !== 'written') throw new Error('not written');
  return res.revisionId;
}

const person = (id: string, extra: Partial<PersonInput> = {}): PersonInput => ({
  id,
  names: [{ family: 'Шпак', given: 'Ігар', system: 'be-cyrl', primary: true }],
  events: [{ id: `e-${id}-d`, kind: 'detention', date: '2022-03-01' }],
  ...extra,
});

async function latest(id: string) {
  return ctx.store.read((r) => r.revisions.latestFor('person', id));
}

async function caught(p: Promise<unknown>): Promise<RollcallError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RollcallError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('mergePersonsInto', () => {
  it('writes the merged survivor, deletes the duplicate, redirects and audits in one write', async () => {
    const intoRev = await create(person('p-m1'));
    const fromRev = await create(
      person('p-m2', {
        region: 'brest',
        names: [
          { family: 'Шпак', given: 'Игорь', system: 'ru-cyrl', primary: true },
          { family: 'Shpak', given: 'Ihar', system: 'latn', visibility: 'internal' },
        ],
        events: [{ id: 'e-p-m2-s', kind: 'search', date: '2022-02-01', visibility: 'internal' }],
      }),
    );
    const res = await mergePersonsInto(ctx, {
      intoId: 'p-m1',
      fromId: 'p-m2',
      intoBaseRevisionId: intoRev,
      fromBaseRevisionId: fromRev,
      choices: { region: 'from' },
      actor: ACTOR,
      note: 'same man',
    });
    expect(res.record.region).toBe('brest');
    expect(res.record.names).toHaveLength(3);
    expect(res.record.events.map((e) => [e.id, e.visibility])).toEqual([
      ['e-p-m2-s', 'internal'],
      ['e-p-m1-d', 'public'],
    ]);
    expect(res.warnings).toEqual([]);
    const [into, from] = [await latest('p-m1'), await latest('p-m2')];
    expect(into).toMatchObject({ id: res.revisionId, actor: ACTOR, note: 'merged p-m2 into p-m1: same man' });
    expect(from).toMatchObject({ id: res.fromRevisionId, doc: null, note: 'merged p-m2 into p-m1: same man' });
    const history = await ctx.store.read((r) => r.revisions.listFor('person', 'p-m2'));
    expect(history.map((h) => h.doc === null)).toEqual([false, true]); // both histories kept
    expect(await ctx.store.read((r) => r.persons.get('p-m2'))).toBeUndefined();
    expect(await redirectTarget(ctx, 'p-m2')).toBe('p-m1');
    expect(await publicRedirect(ctx, 'p-m2')).toBe('p-m1');
    const audit = await ctx.store.read((r) => r.audit.latest(2));
    expect(audit.map((a) => [a.action, a.resourceId, a.revisionId])).toEqual([
      ['record.merge', 'p-m2', res.fromRevisionId],
      ['record.merge', 'p-m1', res.revisionId],
    ]);
    expect((await listMerges(ctx))[0]).toMatchObject({ id: res.mergeId, fromId: 'p-m2', toId: 'p-m1', undone: null });
  });

  it('refuses a stale base on either side and changes nothing', async () => {
    const a = await create(person('p-s1'));
    const b = await create(person('p-s2'));
    const before = await ctx.store.read((r) => r.audit.head());
    for (const bases of [
      [a, b - 100],
      [a - 100, b],
    ] as const) {
      const err = await caught(
        mergePersonsInto(ctx, {
          intoId: 'p-s1',
          fromId: 'p-s2',
          intoBaseRevisionId: bases[0],
          fromBaseRevisionId: bases[1],
          actor: ACTOR,
        }),
      );
      expect(err.code).toBe('stale-revision');
    }
    expect((await latest('p-s1'))?.id).toBe(a);
    expect((await latest('p-s2'))?.id).toBe(b);
    expect(await redirectTarget(ctx, 'p-s2')).toBeNull();
    expect(await ctx.store.read((r) => r.audit.head())).toEqual(before);
  });

  it('refuses merging a person into itself', async () => {
    const err = await caught(
      mergePersonsInto(ctx, {
        intoId: 'p-s1',
        fromId: 'p-s1',
        intoBaseRevisionId: 1,
        fromBaseRevisionId: 1,
        actor: ACTOR,
      }),
    );
    expect(err.code).toBe('invalid-input');
  });

  it('follows chains to the final survivor, and redirects publicly only to a public one', async () => {
    const x = await create(person('p-c1'));
    const y = await create(person('p-c2'));
    const z = await create(person('p-c3', { visibility: 'internal' }));
    const first = await mergePersonsInto(ctx, {
      intoId: 'p-c2',
      fromId: 'p-c1',
      intoBaseRevisionId: y,
      fromBaseRevisionId: x,
      actor: ACTOR,
    });
    expect(await publicRedirect(ctx, 'p-c1')).toBe('p-c2');
    const second = await mergePersonsInto(ctx, {
      intoId: 'p-c3',
      fromId: 'p-c2',
      intoBaseRevisionId: z,
      fromBaseRevisionId: first.revisionId,
      actor: ACTOR,
    });
    expect(await redirectTarget(ctx, 'p-c1')).toBe('p-c3');
    expect(await publicRedirect(ctx, 'p-c1')).toBeNull(); // the final survivor is internal
    expect(await publicRedirect(ctx, 'p-c2')).toBeNull();
    // Undoing the first merge now is refused: p-c2 changed (merged away) since.
    expect((await caught(undoMerge(ctx, { mergeId: first.mergeId, actor: ACTOR }))).code).toBe('stale-revision');
    await undoMerge(ctx, { mergeId: second.mergeId, actor: ACTOR });
    expect(await publicRedirect(ctx, 'p-c1')).toBe('p-c2');
    expect(await redirectTarget(ctx, 'p-c2')).toBeNull();
  });
});

describe('undoMerge', () => {
  it('restores both records as new revisions, removes the redirect and audits', async () => {
    const a = await create(person('p-u1', { sex: 'male' }));
    const b = await create(person('p-u2', { sex: 'female', internalNote: 'internal' }));
    const merged = await mergePersonsInto(ctx, {
      intoId: 'p-u1',
      fromId: 'p-u2',
      intoBaseRevisionId: a,
      fromBaseRevisionId: b,
      choices: { sex: 'from' },
      actor: ACTOR,
    });
    const undo = await undoMerge(ctx, { mergeId: merged.mergeId, actor: 'other@example.org' });
    const [into, from] = [await latest('p-u1'), await latest('p-u2')];
    expect(into?.id).toBe(undo.intoRevisionId);
    expect((into?.doc as Person).sex).toBe('male');
    expect((into?.doc as Person).events).toHaveLength(1);
    expect(from?.id).toBe(undo.fromRevisionId);
    expect(from?.doc).toEqual((await ctx.store.read((r) => r.revisions.get(b)))?.doc);
    expect(await ctx.store.read((r) => r.persons.get('p-u2'))).toBeDefined();
    expect(await redirectTarget(ctx, 'p-u2')).toBeNull();
    const audit = await ctx.store.read((r) => r.audit.latest(2));
    expect(audit.map((e) => [e.action, e.actor])).toEqual([
      ['record.unmerge', 'other@example.org'],
      ['record.unmerge', 'other@example.org'],
    ]);
    const listed = (await listMerges(ctx)).find((m) => m.id === merged.mergeId);
    expect(listed?.undone).toMatchObject({ actor: 'other@example.org' });
    expect((await caught(undoMerge(ctx, { mergeId: merged.mergeId, actor: ACTOR }))).code).toBe('conflict');
  });

  it('refuses when the survivor was edited after the merge', async () => {
    const a = await create(person('p-v1'));
    const b = await create(person('p-v2'));
    const merged = await mergePersonsInto(ctx, {
      intoId: 'p-v1',
      fromId: 'p-v2',
      intoBaseRevisionId: a,
      fromBaseRevisionId: b,
      actor: ACTOR,
    });
    await writeRecord(ctx, {
      type: 'person',
      id: 'p-v1',
      record: { ...merged.record, region: 'homiel' },
      baseRevisionId: merged.revisionId,
      actor: ACTOR,
      effect: 'allow',
    });
    expect((await caught(undoMerge(ctx, { mergeId: merged.mergeId, actor: ACTOR }))).code).toBe('stale-revision');
    expect(await redirectTarget(ctx, 'p-v2')).toBe('p-v1');
  });

  it('answers not-found for an unknown merge', async () => {
    expect((await caught(undoMerge(ctx, { mergeId: 999_999, actor: ACTOR }))).code).toBe('not-found');
  });
});
