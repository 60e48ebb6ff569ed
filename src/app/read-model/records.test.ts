import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentPublicPerson } from '../../disclosure/public-person.js';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../demo.js';
import { cardsFor, publicCatalog, publicNamePage, publicPersonPage } from '../site-queries.js';
import { nameCardsFor, publicNameMap } from './records.js';

let env: Awaited<ReturnType<typeof tempApp>>;
beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 60 });
}, 120_000);
afterAll(() => env.cleanup());

const simple = (cards: ReadonlyArray<{ person: { id: string; names: unknown }; row: unknown }>) =>
  cards.map(({ person, row }) => ({ id: person.id, names: person.names, row }));

describe('name cards', () => {
  it('agree with full cards for every row, public or not, read cold', async () => {
    // All rows, public and internal, and an unknown id: the same people are left out.
    const rows = await env.ctx.store.read((r) => r.persons.list({ audience: 'staff', sort: 'name' }));
    const withUnknown = [...rows, { ...rows[0]!, id: 'p-unknown' }];
    const { sourceIds, facilities } = await publicCatalog(env.ctx);
    const facilityIds = new Set(facilities.keys());
    const present = (doc: Parameters<typeof presentPublicPerson>[0]) =>
      presentPublicPerson(doc, sourceIds, facilityIds);
    (await publicNameMap(env.ctx)).clear();
    const names = await nameCardsFor(env.ctx, withUnknown, present);
    const full = await cardsFor(env.ctx, withUnknown);
    expect(full.length).toBe(rows.length);
    expect(simple(names)).toEqual(simple(full));
    // Warm (names now known from the full cards too): still the same.
    expect(simple(await nameCardsFor(env.ctx, withUnknown, present))).toEqual(simple(full));
  });

  it('leave out people the presenter does not show', async () => {
    const rows = await env.ctx.store.read((r) => r.persons.list({ audience: 'staff', sort: 'name' }));
    const hidden = rows[1]!.id;
    (await publicNameMap(env.ctx)).clear();
    const { sourceIds, facilities } = await publicCatalog(env.ctx);
    const facilityIds = new Set(facilities.keys());
    const cards = await nameCardsFor(env.ctx, rows, (doc) =>
      doc.id === hidden ? null : presentPublicPerson(doc, sourceIds, facilityIds),
    );
    expect(cards.map(({ person }) => person.id)).toEqual(rows.map((row) => row.id).filter((id) => id !== hidden));
    (await publicNameMap(env.ctx)).clear();
  });

  it('give the same page of an article as full cards', async () => {
    const articles = await env.ctx.store.read((r) => r.reference.articles());
    expect(articles.length).toBeGreaterThan(0);
    for (const { code } of articles.slice(0, 5)) {
      const query = { audience: 'public' as const, article: code, sort: 'name' as const, offset: 0, limit: 10 };
      const [a, b] = [await publicNamePage(env.ctx, query), await publicPersonPage(env.ctx, query)];
      expect(a.total).toBe(b.total);
      expect(simple(a.cards)).toEqual(simple(b.cards));
    }
  });
});
