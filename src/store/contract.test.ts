/**
 * What the use cases rely on from a store beyond the interfaces' types (see `Store` and
 * `ChangeFeed` in `src/app/ports.ts`), as a contract any store must pass: id order as
 * UTF-8 bytes, the data version, snapshot reads and the change feed. Run here against
 * the SQLite store; a PostgreSQL store would call `storeContract` with its own opener.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change, Repos, Store } from '../app/ports.js';
import type { Digest } from '../domain/digest/schema.js';
import { compareUtf8 } from '../domain/figures-changes.js';
import { Facility, Source } from '../domain/record.js';
import { openSqliteStore } from './sqlite.js';
import { syntheticPerson } from './testing/synthetic.js';
import { openTempStore, savePeople, type TempStore } from './testing/temp-store.js';

interface Opened {
  store: Store;
  /** A second store over the same data (another process's connection). */
  other(): Promise<Store>;
  dispose(): Promise<void>;
}

const at = '2024-01-01T00:00:00.000Z';
const facility = (id: string) => Facility.parse({ id, kind: 'colony', city: { en: 'Minsk' }, name: { en: id } });
const source = (id: string) => Source.parse({ id, kind: 'organisation', title: id });

async function appendDoc(repos: Repos, entityType: 'facility' | 'source' | 'digest', doc: { id: string }) {
  return repos.revisions.append({ entityType, entityId: doc.id, actor: 't', note: null, at, doc });
}

const person = (id: string, n = 1) => {
  const p = syntheticPerson(n);
  const events = p.person.events.map((e) => ({ ...e, id: `${e.id}-${n}` }));
  return { person: { ...p.person, id, events }, projection: { ...p.projection, personId: id } };
};

const feedOf = (changes: readonly Change[]) => changes.map((c) => `${c.entityType}:${c.entityId}`);

function storeContract(name: string, open: () => Promise<Opened>) {
  describe(`store contract: ${name}`, () => {
    let opened: Opened;
    let store: Store;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.dispose());

    it('orders ids as UTF-8 bytes (code points), not as UTF-16 or a locale would', async () => {
      // '-' < digits < upper case < '_' < lower case in bytes; U+FF5E before U+1F600 in UTF-8 (not in UTF-16).
      const ids = ['p-b', 'p-B', 'p-_', 'p-a', 'p-9', 'p-\u{1F600}', 'p-\uFF5E', 'p-é', 'p-z'];
      await store.write((repos) =>
        savePeople(
          repos,
          ids.map((id, i) => person(id, i + 1)),
        ),
      );
      const expected = [...ids].sort(compareUtf8);
      expect(expected.indexOf('p-\uFF5E')).toBeLessThan(expected.indexOf('p-\u{1F600}'));
      expect([...ids].sort()).not.toEqual(expected);
      await store.read(async (repos) => {
        expect(await repos.persons.ids(null, 100)).toEqual(expected);
        // Keyset pages go on after an id by the same order.
        expect(await repos.persons.ids(expected[3]!, 100)).toEqual(expected.slice(4));
        expect((await repos.persons.figureSubjects('staff')).map((s) => s.personId)).toEqual(expected);
        const some = [expected[5]!, expected[1]!, expected[7]!];
        expect((await repos.persons.figureSubjectsOf(some, 'staff')).map((s) => s.personId)).toEqual(
          [...some].sort(compareUtf8),
        );
      });
    });

    it('grows the data version with every committed write, of this store or another, and not on a rollback', async () => {
      const v0 = await store.dataVersion();
      await store.write(async () => undefined);
      const v1 = await store.dataVersion();
      expect(v1).toBeGreaterThan(v0);
      expect(await store.dataVersion()).toBe(v1);
      await expect(
        store.write(async (repos) => {
          await savePeople(repos, [person('p-1')]);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await store.dataVersion()).toBe(v1);
      const other = await opened.other();
      try {
        await other.write((repos) => savePeople(repos, [person('p-2')]));
        expect(await store.dataVersion()).toBeGreaterThan(v1);
        expect(await store.dataVersion()).toBe(await other.dataVersion());
      } finally {
        await other.close();
      }
    });

    it('reads a snapshot: a read sees one committed state while another connection commits', async () => {
      await store.write((repos) => savePeople(repos, [person('p-1')]));
      const other = await opened.other();
      try {
        await store.read(async (repos) => {
          const position = await repos.changes.position();
          await other.write((r) => savePeople(r, [person('p-2')]));
          expect(await repos.persons.ids(null, 10)).toEqual(['p-1']);
          expect(await repos.changes.position()).toBe(position);
          expect(await repos.changes.since(position, 10)).toEqual([]);
        });
        expect(await store.read((repos) => repos.persons.ids(null, 10))).toEqual(['p-1', 'p-2']);
      } finally {
        await other.close();
      }
    });

    it('enters every change of every entity type in the feed, each record once at its latest change', async () => {
      const start = await store.read((repos) => repos.changes.position());
      await store.write(async (repos) => {
        await savePeople(repos, [person('p-1'), person('p-2', 2)]);
        const f = facility('f-1');
        await repos.facilities.save(f, await appendDoc(repos, 'facility', f));
        const s = source('s-1');
        await repos.sources.save(s, await appendDoc(repos, 'source', s));
        await repos.reference.saveArticles([{ code: '342', title: { en: 'Riots' } }]);
        await repos.reference.saveCreditRatios([
          { from: '2021-06-19', punishment: 'deprivation_of_liberty', ratio: 1.5, basis: 'law', verified: true },
        ]);
      });
      const afterCreate = await store.read((repos) => repos.changes.since(start, 100));
      expect(feedOf(afterCreate).sort()).toEqual(
        ['person:p-1', 'person:p-2', 'facility:f-1', 'source:s-1', 'article:342', 'credit-ratio:1'].sort(),
      );
      const mid = await store.read((repos) => repos.changes.position());
      expect(mid).toBe(Math.max(...afterCreate.map((c) => c.seq)));
      // Edits, a deletion, a digest; p-1 changed twice is there once, at its latest change.
      await store.write(async (repos) => {
        await savePeople(repos, [person('p-1', 3)]);
        await repos.facilities.remove('f-1');
        await savePeople(repos, [person('p-1', 4)]);
        const digest = { id: 'd-x', kind: 'releases', month: '2024-01', lang: 'en', status: 'draft' } as const;
        const doc = { ...digest, opening: { title: 'x' }, updatedAt: at, publishedAt: null } as unknown as Digest;
        await repos.digests.save(doc, await appendDoc(repos, 'digest', doc));
      });
      await store.write((repos) => repos.persons.remove('p-2'));
      const changes = await store.read((repos) => repos.changes.since(mid, 100));
      expect(feedOf(changes)).toEqual(['facility:f-1', 'person:p-1', 'digest:d-x', 'person:p-2']);
      const seqs = changes.map((c) => c.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(seqs[0]).toBeGreaterThan(mid);
      // `since` pages: a limit, then on from the last seq.
      const first = await store.read((repos) => repos.changes.since(mid, 2));
      expect(feedOf(first)).toEqual(['facility:f-1', 'person:p-1']);
      expect(feedOf(await store.read((repos) => repos.changes.since(first[1]!.seq, 10)))).toEqual([
        'digest:d-x',
        'person:p-2',
      ]);
      // The whole feed holds each record once.
      const all = await store.read((repos) => repos.changes.since(0, 1000));
      expect(new Set(feedOf(all)).size).toBe(all.length);
    });

    it('gives a record changed again a new seq, after every seq seen before (even when it held the highest)', async () => {
      await store.write((repos) => savePeople(repos, [person('p-1')]));
      const seen = await store.read((repos) => repos.changes.position());
      await store.write((repos) => savePeople(repos, [person('p-1', 2)]));
      const changes = await store.read((repos) => repos.changes.since(seen, 10));
      expect(feedOf(changes)).toEqual(['person:p-1']);
      expect(changes[0]!.seq).toBeGreaterThan(seen);
      expect(await store.read((repos) => repos.changes.position())).toBe(changes[0]!.seq);
    });

    it('enters nothing for a rolled-back write and nothing for a write that changes no record', async () => {
      const before = await store.read((repos) => repos.changes.position());
      await expect(
        store.write(async (repos) => {
          await savePeople(repos, [person('p-1')]);
          throw new Error('no');
        }),
      ).rejects.toThrow('no');
      await store.write(async () => undefined);
      expect(await store.read((repos) => repos.changes.position())).toBe(before);
      expect(await store.read((repos) => repos.changes.since(before, 10))).toEqual([]);
    });
  });
}

storeContract('SQLite', async () => {
  const temp: TempStore = await openTempStore();
  return {
    store: temp.store,
    other: () => openSqliteStore({ path: temp.path }),
    dispose: () => temp.dispose(),
  };
});
