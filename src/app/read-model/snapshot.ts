/**
 * The read model: every whole-registry value derived for the site, the API, search and
 * drafts lives in one {@link Snapshot} per store, for one data version. A request pins one
 * snapshot ({@link pinnedAt}) and reads every part from it. When the data version moves,
 * each part is carried into the new snapshot on first use: the change feed
 * (`ChangeFeed` in `ports.ts`) says which records changed since the position of the part's
 * last snapshot, and the part is brought up to date with them where it knows how (figures,
 * names, records, the name index), kept as it was when no record changed, and otherwise
 * built afresh. Never stale: every change after the part's position is applied.
 *
 * Parts are keyed by name and audience (`Audience` in `domain/access.ts`); what a part
 * holds for `public` must be computed from what the public may see.
 */
import type { Audience } from '../../domain/access.js';
import type { AppContext } from '../context.js';
import type { ChangedType, Repos, Store } from '../ports.js';

/** What changed between two snapshots, from the change feed. */
export interface ChangeSet {
  /** More records changed than are worth applying one by one (an import): every part is built afresh. */
  readonly all: boolean;
  /** Nothing changed that derived data reads (e.g. a write of the audit log only). */
  readonly empty: boolean;
  /** The changed ids of an entity type. */
  ids(type: ChangedType): ReadonlySet<string>;
  /** True when only records of these types changed. */
  only(...types: ChangedType[]): boolean;
}

/** At most this many changed records are applied to the parts of a snapshot; after more, they are built afresh. */
export const CARRY_LIMIT = 500;

/** How one part of the read model is built, and carried from the snapshot before. */
export interface Part<T> {
  /** Unique per kind of part (with the audience, the key of the part). */
  name: string;
  audience: Audience;
  /**
   * Builds the part from the store (opening its own reads: never called inside one), for
   * the snapshot at change-feed position `position`.
   */
  build(ctx: AppContext, position: number): Promise<T>;
  /**
   * The part brought up to date from its value in the snapshot before (`changes` is not
   * `all`) at change-feed position `position`; undefined to build it afresh. Default: kept
   * when nothing changed. A part may return `old` itself changed in place (a `SharedLru`),
   * when readers of older snapshots cannot be misled by it.
   */
  carry?(old: T, changes: ChangeSet, ctx: AppContext, position: number): Promise<T | undefined> | T | undefined;
}

/** One data version's derived data. */
export interface Snapshot {
  readonly version: number;
  /** When this process first saw the version (an upper bound of the last write), whole seconds. */
  readonly firstSeen: Date;
  /** The change feed's position, read after the version: the parts hold at least this state. */
  readonly position: Promise<number>;
  readonly parts: Map<string, Promise<unknown>>;
  /** Change sets since earlier positions, shared by the parts carried into this snapshot. */
  readonly changes: Map<number, Promise<ChangeSet>>;
}

/** The newest value of a part and the position of the snapshot it was made for. */
interface Latest {
  value: Promise<unknown>;
  position: Promise<number>;
  /** Kept across versions (the part can be carried with changes); otherwise only one version back. */
  sticky: boolean;
}

const current = new WeakMap<Store, Snapshot>();
const latest = new WeakMap<Store, Map<string, Latest>>();
const probes = new WeakMap<Store, Promise<number>>();
const pins = new WeakMap<AppContext, Snapshot>();

/**
 * The current data version. Requests that ask while a check is in flight share its
 * answer, so a burst of requests costs one check: it starts on the next turn of the event
 * loop (after every request that arrived with this one has asked), so it is never older
 * than any request that shares it. A pinned context answers its snapshot's version.
 */
export function dataVersion(ctx: AppContext): Promise<number> {
  const pinned = pins.get(ctx);
  if (pinned) return Promise.resolve(pinned.version);
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

/** The snapshot a context reads: its pinned one, or the store's current one. */
export async function snapshotOf(ctx: AppContext): Promise<Snapshot> {
  return pins.get(ctx) ?? snapshotAt(ctx, await dataVersion(ctx));
}

/**
 * A context pinned to the snapshot of `version` (e.g. read once per HTTP request), so
 * every part a page asks for comes from the same snapshot without checking again.
 */
export function pinnedAt(ctx: AppContext, version: number): AppContext {
  const pinned: AppContext = { ...ctx };
  pins.set(pinned, snapshotAt(ctx, version));
  return pinned;
}

/**
 * A context pinned to the current snapshot: for a long job over one snapshot (the static
 * mirror), which then pays no version check per page. Writes meanwhile are not seen.
 * @example const pinned = await pinDataVersion(ctx); await writeMirror(pinned, dir);
 */
export async function pinDataVersion(ctx: AppContext): Promise<AppContext> {
  return pinnedAt(ctx, await dataVersion(ctx));
}

/**
 * The change-feed position of the snapshot a context reads (its pinned one, or the current
 * one): what a `SharedLru` is told a value was read for.
 */
export async function snapshotPosition(ctx: AppContext): Promise<number> {
  return (await snapshotOf(ctx)).position;
}

/** The current data version and when this process first saw it. */
export async function dataStamp(ctx: AppContext): Promise<{ version: number; lastModified: Date }> {
  const snapshot = await snapshotOf(ctx);
  return { version: snapshot.version, lastModified: snapshot.firstSeen };
}

function snapshotAt(ctx: AppContext, version: number): Snapshot {
  const old = current.get(ctx.store);
  // A version already superseded is answered from the newer snapshot (newer data, never older).
  if (old && old.version >= version) return old;
  const snapshot: Snapshot = {
    version,
    firstSeen: new Date(Math.floor(ctx.now().getTime() / 1000) * 1000),
    position: ctx.store.read((r) => r.changes.position()),
    parts: new Map(),
    changes: new Map(),
  };
  snapshot.position.catch(() => {
    if (current.get(ctx.store) === snapshot) current.delete(ctx.store);
  });
  // Values of simple parts (keyed by a day, a query…) not used in the version before are let go,
  // so their number stays that of one version's.
  const newest = latest.get(ctx.store);
  if (newest && old) {
    for (const [key, entry] of newest) if (!entry.sticky && old.parts.get(key) !== entry.value) newest.delete(key);
  }
  current.set(ctx.store, snapshot);
  return snapshot;
}

/** What changed after feed position `since` (up to now: at least up to the snapshot's position). */
function changesSince(ctx: AppContext, snapshot: Snapshot, since: number): Promise<ChangeSet> {
  let changes = snapshot.changes.get(since);
  if (!changes) {
    changes = ctx.store
      .read((r) => r.changes.since(since, CARRY_LIMIT + 1))
      .then((rows) => changeSet(rows.length > CARRY_LIMIT ? null : rows));
    snapshot.changes.set(since, changes);
    changes.catch(() => snapshot.changes.delete(since));
  }
  return changes;
}

/** A change set of feed rows (null: too many). */
export function changeSet(rows: ReadonlyArray<{ entityType: ChangedType; entityId: string }> | null): ChangeSet {
  const byType = new Map<ChangedType, Set<string>>();
  for (const row of rows ?? []) {
    let ids = byType.get(row.entityType);
    if (!ids) byType.set(row.entityType, (ids = new Set()));
    ids.add(row.entityId);
  }
  const none: ReadonlySet<string> = new Set();
  return {
    all: rows === null,
    empty: rows !== null && rows.length === 0,
    ids: (type) => byType.get(type) ?? none,
    only: (...types) => rows !== null && [...byType.keys()].every((t) => types.includes(t)),
  };
}

/**
 * A part of the snapshot the context reads: carried from the snapshot before or built,
 * once per snapshot (concurrent callers share it). Call it outside any `store.read`: a
 * part opens its own reads.
 * @example const rows = await readPart(ctx, { name: 'rows', audience: 'public', build: (c) => c.store.read(…) });
 */
export async function readPart<T>(ctx: AppContext, part: Part<T>): Promise<T> {
  return partOf(await snapshotOf(ctx), ctx, part);
}

/** {@link readPart} in a given snapshot. */
export function partOf<T>(snapshot: Snapshot, ctx: AppContext, part: Part<T>): Promise<T> {
  const key = partKey(part);
  const kept = snapshot.parts.get(key) as Promise<T> | undefined;
  if (kept) return kept;
  let newest = latest.get(ctx.store);
  if (!newest) latest.set(ctx.store, (newest = new Map()));
  const prior = newest.get(key);
  const value: Promise<T> = prior
    ? carried(ctx, snapshot, prior, part)
    : snapshot.position.then((at) => part.build(ctx, at));
  snapshot.parts.set(key, value);
  const entry: Latest = { value, position: snapshot.position, sticky: part.carry !== undefined };
  newest.set(key, entry);
  value.catch(() => {
    if (snapshot.parts.get(key) === value) snapshot.parts.delete(key);
    if (newest.get(key) === entry) newest.delete(key);
  });
  return value;
}

/**
 * The part made for an earlier snapshot, brought up to this one with the changes since its
 * position; built afresh after too many changes, when it cannot be carried, when it failed,
 * or when it belongs to a newer snapshot than this one (a long job pinned to an old one).
 */
async function carried<T>(ctx: AppContext, snapshot: Snapshot, prior: Latest, part: Part<T>): Promise<T> {
  const failed = Symbol('failed');
  const [from, to, before] = await Promise.all([prior.position, snapshot.position, prior.value.catch(() => failed)]);
  if (before === failed || from > to) return part.build(ctx, to);
  const old = before as T;
  if (from === to) return old;
  const changes = await changesSince(ctx, snapshot, from);
  if (changes.all) return part.build(ctx, to);
  const kept = part.carry ? await part.carry(old, changes, ctx, to) : changes.empty ? old : undefined;
  return kept ?? part.build(ctx, to);
}

function partKey(part: Pick<Part<unknown>, 'name' | 'audience'>): string {
  return `${part.audience}\n${part.name}`;
}

/**
 * A value computed once per snapshot and key and kept only while no record changes (the
 * part with the default carry): for values cheap enough to compute again.
 * @example const stats = await memoized(ctx, 'public', `stats:${today}`, () => statsAt(ctx, today, 'public'));
 */
export function memoized<T>(ctx: AppContext, audience: Audience, name: string, build: () => Promise<T>): Promise<T> {
  return readPart(ctx, { name, audience, build: () => build() });
}

/** `fn` in its own read transaction, as a thunk for {@link memoized}. */
export function reading<T>(ctx: AppContext, fn: (repos: Repos) => Promise<T>): () => Promise<T> {
  return () => ctx.store.read(fn);
}

/** Drops a part from the store's read model, so the next use builds it afresh (tests, benchmarks, new limits). */
export function forgetPart(store: Store, part: Pick<Part<unknown>, 'name' | 'audience'>): void {
  const key = partKey(part);
  current.get(store)?.parts.delete(key);
  latest.get(store)?.delete(key);
}

/** The part if the context's snapshot has it already (made or being made), without making it. */
export async function peekPart<T>(ctx: AppContext, part: Part<T>): Promise<T | undefined> {
  const value = (await snapshotOf(ctx)).parts.get(partKey(part)) as Promise<T> | undefined;
  return value?.catch(() => undefined);
}

/** True when the context's snapshot has the part (made or being made). */
export async function hasPart(ctx: AppContext, part: Pick<Part<unknown>, 'name' | 'audience'>): Promise<boolean> {
  return (await snapshotOf(ctx)).parts.has(partKey(part));
}

/** Replaces a part of the context's snapshot by an equal value (e.g. one sharing objects with another part). */
export function replacePart<T>(ctx: AppContext, part: Part<T>, value: T): void {
  void snapshotOf(ctx).then((snapshot) => {
    const key = partKey(part);
    if (!snapshot.parts.has(key)) return;
    const resolved = Promise.resolve(value);
    snapshot.parts.set(key, resolved);
    const entry = latest.get(ctx.store)?.get(key);
    if (entry?.position === snapshot.position) entry.value = resolved;
  });
}
