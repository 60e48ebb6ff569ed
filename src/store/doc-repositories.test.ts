import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repos, Store } from '../app/ports.js';
import { Article, CreditRatio, Facility, Source } from '../domain/record.js';
import { openTempStore, type TempStore } from './testing/temp-store.js';

let temp: TempStore;
let store: Store;
beforeEach(async () => {
  temp = await openTempStore();
  store = temp.store;
});
afterEach(() => temp.dispose());

const ik4 = Facility.parse({
  id: 'f-ik4',
  kind: 'colony',
  number: '4',
  city: { en: 'Homieĺ', be: 'Гомель' },
  name: { en: 'Correctional colony No. 4' },
  aliases: ['IK-4', "Gomel women's colony"],
});
const sizo1 = Facility.parse({ id: 'f-sizo1', kind: 'pretrial', city: { en: 'Minsk' }, name: { en: 'SIZO No. 1' } });
const viasna = Source.parse({ id: 's-1', kind: 'organisation', title: 'Viasna', url: 'https://spring96.org' });

async function appendDoc(repos: Repos, entityType: 'facility' | 'source', doc: { id: string }): Promise<number> {
  return repos.revisions.append({
    entityType,
    entityId: doc.id,
    actor: 't',
    note: null,
    at: '2024-01-01T00:00:00Z',
    doc,
  });
}

describe('FacilityRepository and SourceRepository', () => {
  it('save, get, list in id order, update and remove', async () => {
    await store.write(async (repos) => {
      await repos.facilities.save(sizo1, await appendDoc(repos, 'facility', sizo1));
      await repos.facilities.saveMany([{ facility: ik4, revisionId: await appendDoc(repos, 'facility', ik4) }]);
      await repos.sources.save(viasna, await appendDoc(repos, 'source', viasna));
    });
    await store.read(async (repos) => {
      expect(await repos.facilities.get('f-ik4')).toEqual(ik4);
      expect(await repos.facilities.get('f-none')).toBeUndefined();
      expect((await repos.facilities.list()).map((f) => f.id)).toEqual(['f-ik4', 'f-sizo1']);
      expect(await repos.sources.list()).toEqual([viasna]);
    });
    const moved = { ...ik4, aliases: ['IK-4'] };
    await store.write(async (repos) => {
      await repos.facilities.save(moved, await appendDoc(repos, 'facility', moved));
      await repos.sources.remove('s-1');
    });
    await store.read(async (repos) => {
      expect(await repos.facilities.get('f-ik4')).toEqual(moved);
      expect(await repos.facilities.list()).toHaveLength(2);
      expect(await repos.sources.get('s-1')).toBeUndefined();
    });
  });

  it('refuses a revision of another kind of record', async () => {
    await expect(
      store.write(async (repos) => repos.sources.save(viasna, await appendDoc(repos, 'facility', viasna))),
    ).rejects.toMatchObject({ code: 'revision-mismatch' });
  });
});

describe('ReferenceRepository', () => {
  it('upserts articles by code and replaces credit ratios in order', async () => {
    const a368 = Article.parse({ code: '368', title: { en: 'Insulting the President' } });
    const a411 = Article.parse({ code: '411', title: { en: 'Disobedience' } });
    const ratios = [
      CreditRatio.parse({
        from: '2021-06-19',
        punishment: 'deprivation_of_liberty',
        regimes: ['general'],
        ratio: 1.5,
        basis: 'Law 112-Z',
        verified: true,
      }),
      CreditRatio.parse({
        from: '1999-01-01',
        to: '2021-06-19',
        punishment: 'deprivation_of_liberty',
        ratio: 1,
        basis: 'Art. 75',
        verified: false,
      }),
    ];
    await store.write(async (repos) => {
      await repos.reference.saveArticles([a411, a368]);
      await repos.reference.saveCreditRatios(ratios);
    });
    const renamed = { ...a411, title: { en: 'Malicious disobedience' } };
    await store.write(async (repos) => {
      await repos.reference.saveArticles([renamed]);
      await repos.reference.saveCreditRatios([ratios[1] as CreditRatio, ratios[0] as CreditRatio]);
    });
    await store.read(async (repos) => {
      expect(await repos.reference.articles()).toEqual([a368, renamed]);
      expect(await repos.reference.creditRatios()).toEqual([ratios[1], ratios[0]]);
    });
    await store.write((repos) => repos.reference.saveCreditRatios([]));
    expect(await store.read((repos) => repos.reference.creditRatios())).toEqual([]);
  });
});

describe('MetaRepository', () => {
  it('starts the data version at 0 on a new store and counts bumps', async () => {
    const fresh = await store.dataVersion();
    expect(fresh).toBe(0);
    await store.write(async (repos) => {
      await repos.meta.bumpDataVersion();
      // Not committed yet: the store still answers the committed version.
      expect(await store.dataVersion()).toBe(0);
    });
    // The explicit bump plus the one every write makes on commit.
    expect(await store.dataVersion()).toBe(2);
  });
});
