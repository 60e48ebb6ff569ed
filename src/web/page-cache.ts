/**
 * The rendered pages of one site route set, as two parts of the read model:
 *
 * - a person's page shows that person's record, the public catalogue and the day, nothing
 *   else (`Route.person`; the differential test in `page-cache.test.ts` holds every person
 *   page to it). These pages are kept per person and carried to a new data version by
 *   dropping only the changed people's pages (a {@link SharedLru}), while only people changed.
 *   So a write of one record costs the pages one re-rendered person page, not the cache.
 * - every other page (lists, figures, facilities, feeds…) reads across the registry: those
 *   are kept while no record changes and start afresh when one does.
 *
 * @example
 * const pages = pageCache({});
 * const slot = await pages.slot(app, `${today}\n${path}`, route.person);
 * slot.entry.page ??= await render();
 * slot.keep(); // weighed again, with its body
 */
import { snapshotPosition, readPart, SharedLru, type Part } from '../app/read-model/index.js';
import type { AppContext } from '../app/context.js';
import { Lru } from '../util/lru.js';
import type { PageResult } from './pages/common.js';

/** A rendered answer, encoded once. */
export interface Rendered {
  status: number;
  type: PageResult['type'];
  bytes: Uint8Array<ArrayBuffer>;
  /** A hash of `bytes`: it changes only when the public bytes do, never with an internal edit. */
  etag: string;
}

/** What is kept per day and page. */
export interface CachedPage {
  /** The rendered answer (a 200 page). */
  page?: Rendered;
  /** The rendering in progress, shared by the requests that ask meanwhile. */
  rendering?: Promise<Rendered> | undefined;
}

/** A page's place in the cache: its entry, and `keep` to weigh it again once its body is in. */
export interface PageSlot {
  entry: CachedPage;
  keep(): void;
}

export interface PageCacheOptions {
  /** Rendered pages kept (default 20,000, each kind of page apart). */
  cacheSize?: number | undefined;
  /** Most bytes of rendered pages kept (default 96 MB, each kind of page apart). */
  cacheBytes?: number | undefined;
}

/** Route sets made so far: each keeps its own rendered pages. */
let instances = 0;

const weighPage = (entry: CachedPage) => (entry.page?.bytes.byteLength ?? 0) + 200;

/** The rendered pages of one route set (see the module notes). */
export function pageCache(options: PageCacheOptions): {
  slot(app: AppContext, key: string, person?: string): Promise<PageSlot>;
} {
  const n = ++instances;
  const size = options.cacheSize ?? 20_000;
  const maxWeight = options.cacheBytes ?? 96_000_000;
  const others: Part<Lru<string, CachedPage>> = {
    name: `pages:${n}`,
    audience: 'public',
    build: async () => new Lru(size, { maxWeight, weigh: weighPage }),
  };
  const people: Part<SharedLru<string, Map<string, CachedPage>>> = {
    name: `person-pages:${n}`,
    audience: 'public',
    build: async (_ctx, position) =>
      new SharedLru(size, position, {
        maxWeight,
        weigh: (pages) => {
          let sum = 0;
          for (const entry of pages.values()) sum += weighPage(entry);
          return sum;
        },
      }),
    carry: (old, changes, _ctx, position) =>
      changes.only('person') ? old.carried(position, changes.ids('person')) : undefined,
  };

  async function slot(app: AppContext, key: string, person?: string): Promise<PageSlot> {
    if (person === undefined) {
      const cache = await readPart(app, others);
      let entry = cache.get(key);
      if (!entry) cache.set(key, (entry = {}));
      const kept = entry;
      return { entry, keep: () => cache.peek(key) === kept && cache.set(key, kept) };
    }
    const [cache, position] = await Promise.all([readPart(app, people), snapshotPosition(app)]);
    // Only a reader of the snapshot the cache was carried to may add to it.
    const current = position === cache.position;
    let pages = cache.get(person);
    if (!pages) {
      pages = new Map();
      if (!current || !cache.set(person, pages, position)) return { entry: {}, keep: () => {} };
    }
    let entry = pages.get(key);
    if (!entry) {
      entry = {};
      if (!current) return { entry, keep: () => {} };
      pages.set(key, entry);
    }
    const group = pages;
    // Still there means the person did not change since: weighed again at the cache's position.
    return { entry, keep: () => cache.peek(person) === group && cache.set(person, group, cache.position) };
  }

  return { slot };
}
