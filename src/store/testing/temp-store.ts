/**
 * Test helpers: SQLite stores in fresh temporary folders, and saving synthetic people.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Repos, Store } from '../../app/ports.js';
import { openSqliteStore } from '../sqlite.js';
import type { SyntheticPerson } from './synthetic.js';

export interface TempStore {
  store: Store;
  dir: string;
  path: string;
  /** Closes the store and deletes the folder. */
  dispose(): Promise<void>;
}

/** Opens a new store in a new temporary folder (`<tmp>/rollcall-store-*` / `nested/db.sqlite`). */
export async function openTempStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'rollcall-store-'));
  const path = join(dir, 'nested', 'db.sqlite');
  const store = await openSqliteStore({ path });
  return {
    store,
    dir,
    path,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Appends a first revision for each person and saves them with their projections. */
export async function savePeople(repos: Repos, people: readonly SyntheticPerson[], actor = 'test'): Promise<number[]> {
  const ids = await repos.revisions.appendMany(
    people.map(({ person }) => ({
      entityType: 'person' as const,
      entityId: person.id,
      actor,
      note: null,
      at: '2024-02-02T10:00:00.000Z',
      doc: person,
    })),
  );
  await repos.persons.saveMany(people.map((p, i) => ({ ...p, revisionId: ids[i] as number })));
  return ids;
}
