/**
 * Caches for the public website that live as long as one data version: values computed
 * once per version (and key) and shared by every page and language, and a bounded cache
 * of person entries (record, index row and public view) so that a list page and the
 * person pages after it, or the same page in three languages, parse each record once.
 *
 * Every write bumps the data version (see `Store`), so nothing here is ever stale for
 * longer than the next version check.
 */
import type { Person } from '../domain/record.js';
import type { PublicPerson } from '../http/presenters/public-person.js';
import type { AppContext } from './context.js';
import type { Repos, Store } from './ports.js';
import { Lru } from '../util/lru.js';

/** A person as the site sees them: the stored record, the public view, and the index row when known. */
export interface PersonEntry {
  doc: Person;
  /** Null when the person is not public. */
  person: PublicPerson | null;
}

interface SiteMemo {
  version: number;
  firstSeen: Date;
  values: Map<string, Promise<unknown>>;
  entries: Lru<string, PersonEntry>;
}

/** Person entries kept per store (least recently used dropped first), unless {@link limitEntryCache} says otherwise. */
export const ENTRY_CACHE_SIZE = 6000;
const entryLimits = new WeakMap<Store, number>();

/**
 * Keeps at most `size` person entries for `store`: for a reader that goes through the
 * people in order and needs only the last few hundred (a mirror render worker).
 */
export function limitEntryCache(store: Store, size: number): void {
  const limit = Math.max(1, Math.floor(size));
  entryLimits.set(store, limit);
  const memo = memos.get(store);
  if (memo && memo.entries.capacity !== limit) memo.entries = new Lru(limit);
}

const memos = new WeakMap<Store, SiteMemo>();
const probes = new WeakMap<Store, Promise<number>>();
const pins = new WeakMap<AppContext, number>();

/**
 * The current data version. Requests that ask while a check is in flight share its
 * answer, so a burst of requests costs one read: the read starts on the next turn of the
 * event loop (after every request that arrived with this one has asked), so it is never
 * older than any request that shares it.
 */
export function dataVersion(ctx: AppContext): Promise<number> {
  const pinned = pins.get(ctx);
  if (pinned !== undefined) return Promise.resolve(pinned);
  const inFlight = probes.get(ctx.store);
  if (inFlight) return inFlight;
  const probe = new Promise<number>((resolve, reject) => {
    setImmediate(() => ctx.store.dataVersion().then(resolve, reject));
  });
  probes.set(ctx.store, probe);
  const clear = () => {
    if (probes.get(ctx.store) === probe) probes.delete(ctx.store);
  };
  probe.then(clear, clear);
  return probe;
}

/**
 * A context that reads the data version once and keeps it: for a long job over one
 * snapshot of the data (the static mirror), which then pays no version check per page.
 * Writes made meanwhile are not seen by its memos.
 * @example const pinned = await pinDataVersion(ctx); await writeMirror(pinned, dir);
 */
export async function pinDataVersion(ctx: AppContext): Promise<AppContext> {
  return pinnedAt(ctx, await dataVersion(ctx));
}

/**
 * A context whose data version is the one already read (e.g. once per HTTP request), so
 * that the memos a page asks for do not check it again.
 */
export function pinnedAt(ctx: AppContext, version: number): AppContext {
  const pinned: AppContext = { ...ctx };
  pins.set(pinned, version);
  return pinned;
}

/** The current data version and when this process first saw it (an upper bound of the last write). */
export async function dataStamp(ctx: AppContext): Promise<{ version: number; lastModified: Date }> {
  const version = await dataVersion(ctx);
  const memo = memoFor(ctx, version);
  return { version, lastModified: memo.firstSeen };
}

function memoFor(ctx: AppContext, version: number): SiteMemo {
  let memo = memos.get(ctx.store);
  if (!memo || memo.version !== version) {
    const firstSeen = new Date(Math.floor(ctx.now().getTime() / 1000) * 1000);
    const limit = entryLimits.get(ctx.store) ?? ENTRY_CACHE_SIZE;
    memo = { version, firstSeen, values: new Map(), entries: new Lru(limit) };
    memos.set(ctx.store, memo);
  }
  return memo;
}

/**
 * Computes `fn` once per data version and key; concurrent callers share the promise.
 *
 * Call it outside any `store.read`, and let `fn` open its own reads (see {@link reading}):
 * a caller holding the read connection while waiting for a value another caller is
 * computing would wait for ever, as that computation needs the connection too.
 * @example const rows = await memoized(ctx, 'tab:released', reading(ctx, (r) => r.persons.list({ status: 'released' })));
 */
export async function memoized<T>(ctx: AppContext, key: string, fn: () => Promise<T>): Promise<T> {
  const memo = memoFor(ctx, await dataVersion(ctx));
  let value = memo.values.get(key) as Promise<T> | undefined;
  if (!value) {
    value = fn();
    memo.values.set(key, value);
    value.catch(() => memo.values.delete(key));
  }
  return value;
}

/**
 * Person entries for `ids` (unknown ids are left out), from the cache or loaded in one
 * read; `present` turns a record into its public view (null when not public).
 */
export async function personEntries(
  ctx: AppContext,
  ids: readonly string[],
  present: (doc: Person) => PublicPerson | null,
): Promise<Map<string, PersonEntry>> {
  const memo = memoFor(ctx, await dataVersion(ctx));
  const out = new Map<string, PersonEntry>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = memo.entries.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  if (missing.length === 0) return out;
  const docs = await loadDocs(ctx, missing);
  for (const id of missing) {
    const doc = docs.get(id);
    if (!doc) continue;
    // Another request of the same batch may have made the entry already.
    let entry = memo.entries.peek(id);
    if (entry?.doc !== doc) {
      entry = { doc, person: present(doc) };
      memo.entries.set(id, entry);
    }
    out.set(id, entry);
  }
  return out;
}

interface DocBatch {
  ids: Set<string>;
  docs: Promise<Map<string, Person>>;
}
const batches = new WeakMap<Store, DocBatch>();

/**
 * Records for `ids`, loaded together with those every other request asks for in the same
 * turn of the event loop: one read for a burst of pages instead of one each (and so no
 * pile of overlapping reads, each holding a connection).
 */
function loadDocs(ctx: AppContext, ids: readonly string[]): Promise<Map<string, Person>> {
  let batch = batches.get(ctx.store);
  if (!batch) {
    const ids = new Set<string>();
    const docs = new Promise<Map<string, Person>>((resolve, reject) =>
      setImmediate(() => {
        batches.delete(ctx.store);
        ctx.store
          .read((r) => r.persons.getMany([...ids]))
          .then((found) => resolve(new Map(found.map((doc) => [doc.id, doc]))), reject);
      }),
    );
    batch = { ids, docs };
    batches.set(ctx.store, batch);
  }
  for (const id of ids) batch.ids.add(id);
  return batch.docs;
}

/** `fn` in its own read transaction, as a thunk for {@link memoized}. */
export function reading<T>(ctx: AppContext, fn: (repos: Repos) => Promise<T>): () => Promise<T> {
  return () => ctx.store.read(fn);
}
