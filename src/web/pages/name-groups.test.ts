import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import { createPerson, deletePerson, getPerson, writePerson } from '../../app/persons.js';
import { forgetPart } from '../../app/read-model/index.js';
import { LANGS, type Lang } from '../../domain/record.js';
import { nameGroups, type NameGroup } from './name-groups.js';

let env: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 120, internal: true });
}, 60_000);
afterAll(() => env.cleanup());

const AT = '2026-01-01T00:00:00Z';
const ids = (groups: readonly NameGroup[]) => groups.map((g) => [g.letter, g.cards.map((c) => c.person.id)]);

/** The groups as built from scratch (the part forgotten first). */
async function built(lang: Lang) {
  forgetPart(env.ctx.store, { name: `name-groups:${lang}`, audience: 'public' });
  return ids(await nameGroups(env.ctx, lang));
}

describe('name index groups', () => {
  it('carried through a new surname letter, a new person, one made internal and a deletion, equal the groups built afresh', async () => {
    const before = new Map<Lang, NameGroup[]>();
    for (const lang of LANGS) before.set(lang, await nameGroups(env.ctx, lang));
    const first = before.get('en')!;
    const [moved, hidden, deleted] = first.flatMap((g) => g.cards.map((c) => c.person.id)).slice(3, 6);
    const person = await getPerson(env.ctx, moved!);
    const renamed = person.names.map((n) => ({ ...n, family: n.system.includes('latn') ? 'Ŭzbekaŭ' : 'Ўзбекаў' }));
    await env.ctx.store.write((r) => writePerson(r, { ...person, names: renamed }, { actor: 't' }, AT));
    const hiding = await getPerson(env.ctx, hidden!);
    await env.ctx.store.write((r) => writePerson(r, { ...hiding, visibility: 'internal' }, { actor: 't' }, AT));
    await deletePerson(env.ctx, deleted!, { actor: 't' });
    await createPerson(
      env.ctx,
      {
        id: 'p-new-letter',
        names: [{ family: 'Ёлкін', given: 'Ян', system: 'be-cyrl' }],
        region: 'minsk',
        sex: 'male',
      },
      { actor: 't' },
    );
    for (const lang of LANGS) {
      const carried = ids(await nameGroups(env.ctx, lang));
      expect(carried).toEqual(await built(lang));
      const all = carried.flatMap(([, people]) => people as string[]);
      expect(all).toContain(moved);
      expect(all).toContain('p-new-letter');
      expect(all).not.toContain(hidden);
      expect(all).not.toContain(deleted);
      expect(all).not.toContain('p-demo-internal');
      // The old snapshot's groups were not changed by the carry.
      expect(before.get(lang)!.flatMap((g) => g.cards.map((c) => c.person.id))).toContain(deleted);
    }
  });
});
