/**
 * Ports: what the use cases need from storage. The SQLite store (`src/store`)
 * implements them with Kysely; a PostgreSQL store can implement the same
 * interfaces without touching the domain or the use cases.
 *
 * The caller owns the transaction: a use case calls `store.read(fn)` or
 * `store.write(fn)` and receives a {@link Repos} bound to that transaction.
 */
import type { Facility, Person, Source, Article, Court, CreditRatio, Lang } from '../domain/record.js';
import type { PersonProjection, EventRow, PersonStatus } from '../domain/projection.js';
import type { Digest, DigestKind, DigestStatus } from '../domain/digest/schema.js';
import type { Audience } from '../domain/access.js';
import type { AuditEntry } from '../domain/audit.js';
import type { AccountRepository } from './account-ports.js';
import type { TipRepository } from './tips/ports.js';
export type * from './account-ports.js';

export type EntityType = 'person' | 'facility' | 'source' | 'digest' | 'court' | 'article';

/** A snapshot of one record after a change. `doc` is null when the change deleted it. */
export interface Revision {
  id: number;
  entityType: EntityType;
  entityId: string;
  /** 1, 2, 3… per record. */
  seq: number;
  /** ISO timestamp (UTC). */
  at: string;
  actor: string;
  note: string | null;
  doc: unknown | null;
}

export interface NewRevision {
  entityType: EntityType;
  entityId: string;
  actor: string;
  note: string | null;
  at: string;
  doc: unknown | null;
  /**
   * The doc already serialised (`JSON.stringify(doc)`, or its UTF-8 bytes), to save
   * serialising it again; used instead of `doc`. Stored as text either way.
   */
  docJson?: string | Uint8Array | undefined;
}

export interface PersonListQuery {
  status?: PersonStatus | undefined;
  region?: string | undefined;
  sex?: string | undefined;
  article?: string | undefined;
  facilityId?: string | undefined;
  detentionYear?: number | undefined;
  /** Who reads: `public` lists only people whose record is public; `staff` lists everyone. */
  audience: Audience;
  ids?: readonly string[] | undefined;
  sort?: 'name' | 'detention' | undefined;
  order?: 'asc' | 'desc' | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

/** A list query the public reads (what the site's list pages ask). */
export type PublicListQuery = PersonListQuery & { audience: 'public' };

/** A person's summary row for lists and figures, straight from the index tables. */
export interface PersonSummaryRow {
  id: string;
  status: PersonStatus;
  sex: string | null;
  region: string | null;
  sortName: string;
  firstDetentionMin: number | null;
  currentFacilityId: string | null;
  isPublic: boolean;
  /** The latest day of the projected release of a person in custody (`custody-state.ts`). */
  termEndMax?: number | null | undefined;
  /** A generated, fictional record (pages mark it). */
  fictional?: boolean | undefined;
}

/** Everything figures need about one person, loaded in bulk (defined by the domain). */
export type { FigureSubject } from '../domain/figures.js';
import type { FigureSubject } from '../domain/figures.js';

export interface PersonRepository {
  get(id: string): Promise<Person | undefined>;
  getMany(ids: readonly string[]): Promise<Person[]>;
  exists(id: string): Promise<boolean>;
  /** Inserts or replaces the record, its projection and points it at `revisionId`. */
  save(person: Person, projection: PersonProjection, revisionId: number): Promise<void>;
  /** Bulk variant of `save` for imports; same semantics, fewer round trips. */
  saveMany(
    items: ReadonlyArray<{
      person: Pick<Person, 'id'>;
      projection: PersonProjection;
      revisionId: number;
      /** Not stored yet: no old projection rows to remove (see `PersonWrite`). */
      isNew?: boolean;
    }>,
  ): Promise<void>;
  remove(id: string): Promise<void>;
  count(query: PersonListQuery): Promise<number>;
  list(query: PersonListQuery): Promise<PersonSummaryRow[]>;
  /** All ids in id order (for exports and checks), in pages. */
  ids(afterId: string | null, limit: number): Promise<string[]>;
  /** Ids of people with an event of `kind` whose day range overlaps [fromDay, toDay]. */
  idsWithEvent(kind: string, fromDay: number, toDay: number): Promise<string[]>;
  /**
   * Event rows of the given kinds overlapping [fromDay, toDay], for flows: of everyone for
   * `staff`, of people whose record is public for `public`; ordered by first day, person, event.
   */
  events(
    kinds: readonly string[],
    fromDay: number,
    toDay: number,
    audience: Audience,
  ): Promise<Array<EventRow & { personId: string }>>;
  /**
   * Event rows of the given kinds of these people (none for `public` when the record is not
   * public), ordered as {@link events} orders them: for bringing derived data up to date.
   */
  eventsOf(
    ids: readonly string[],
    kinds: readonly string[],
    audience: Audience,
  ): Promise<Array<EventRow & { personId: string }>>;
  /** Bulk load for figures (everyone for `staff`, only public persons for `public`). */
  figureSubjects(audience: Audience): Promise<FigureSubject[]>;
  /** The figure subjects of these people (public ones only for `public`), in id order; unknown ids left out. */
  figureSubjectsOf(ids: readonly string[], audience: Audience): Promise<FigureSubject[]>;
  /**
   * The stored release timelines (`PersonProjection.timeline`) of these people, in the
   * order asked; unknown ids are skipped.
   */
  timelines(ids: readonly string[]): Promise<Array<{ id: string; isPublic: boolean; timeline: string }>>;
  /**
   * The stored release timelines of people with an event of `kind` whose day range
   * overlaps [fromDay, toDay] (one query: `timelines(await idsWithEvent(…))`), in id order.
   */
  timelinesWithEvent(
    kind: string,
    fromDay: number,
    toDay: number,
  ): Promise<Array<{ id: string; isPublic: boolean; timeline: string }>>;
}

/** A page of persons in ascending id order, for whole-registry passes (checks, exports). */
export interface PersonScanPage {
  /** The page's last id: pass it as `afterId` for the next page; null when the page is empty (the end). */
  lastId: string | null;
  /** Number of records in the page. */
  size: number;
  /** The records, each parsed from storage when the iterator reaches it (every iteration parses afresh). */
  persons: Iterable<Person>;
}

/** Whole-registry reads in keyset pages (kept apart so each store file implements one part). */
export interface PersonScan {
  /** Up to `limit` persons with id > `afterId` (from the start when null), in id order, with their records. */
  scan(afterId: string | null, limit: number): Promise<PersonScanPage>;
}

export interface FacilityRepository {
  get(id: string): Promise<Facility | undefined>;
  list(): Promise<Facility[]>;
  /** The ids of every facility (what a person's references are checked against), without reading the docs. */
  ids(): Promise<Set<string>>;
  save(facility: Facility, revisionId: number): Promise<void>;
  saveMany(items: ReadonlyArray<{ facility: Facility; revisionId: number }>): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface SourceRepository {
  get(id: string): Promise<Source | undefined>;
  list(): Promise<Source[]>;
  /** The ids of every source, without reading the docs. */
  ids(): Promise<Set<string>>;
  save(source: Source, revisionId: number): Promise<void>;
  saveMany(items: ReadonlyArray<{ source: Source; revisionId: number }>): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface RevisionRepository {
  /** Appends a snapshot; returns its id. `seq` is assigned per record. */
  append(rev: NewRevision): Promise<number>;
  /** Bulk append for imports (each must be the first revision or follow the current one). */
  appendMany(revs: readonly NewRevision[]): Promise<number[]>;
  get(id: number): Promise<Revision | undefined>;
  /** A record's history, oldest first. */
  listFor(entityType: EntityType, entityId: string): Promise<Revision[]>;
  /** A record's latest revision (its current state; a null doc when deleted). */
  latestFor(entityType: EntityType, entityId: string): Promise<Revision | undefined>;
  /** The highest revision id so far (0 when there is none). */
  lastId(): Promise<number>;
  /** Revisions of one entity type with id > `afterId`, oldest first, at most `limit`. */
  since(entityType: EntityType, afterId: number, limit: number): Promise<Revision[]>;
  /**
   * Records of these types whose latest revision deletes them (deleted or merged away),
   * as their deletion revisions without snapshots, newest first.
   */
  deletions(types: readonly EntityType[], limit: number): Promise<Array<Omit<Revision, 'doc'>>>;
  /** The record ids of those revisions (as `since` gives them, without reading the snapshots). */
  entityIdsSince(entityType: EntityType, afterId: number, limit: number): Promise<string[]>;
}

export interface ReferenceRepository {
  articles(): Promise<Article[]>;
  saveArticles(articles: readonly Article[]): Promise<void>;
  creditRatios(): Promise<CreditRatio[]>;
  saveCreditRatios(ratios: readonly CreditRatio[]): Promise<void>;
  /** The court catalogue, by id. */
  courts(): Promise<Court[]>;
  /** Inserts or replaces courts by id (others stay). */
  saveCourts(courts: readonly Court[]): Promise<void>;
  removeArticle(code: string): Promise<void>;
  removeCourt(id: string): Promise<void>;
}

export interface MetaRepository {
  /**
   * Bumps the data version ({@link Store.dataVersion}); every outermost `write` does it
   * once more before committing. The version is read through `Store.dataVersion()` only.
   */
  bumpDataVersion(): Promise<void>;
}

/** What the change feed reports: every entity type derived data is computed from. */
export type ChangedType = EntityType | 'article' | 'credit-ratio';

/** A record's latest change: `seq` is its place in the feed. */
export interface Change {
  seq: number;
  entityType: ChangedType;
  entityId: string;
}

/**
 * The change feed: which records changed after a point, without reading them. The read
 * model (`src/app/read-model/`) brings what it derived up to date from it. Contract (the
 * SQLite store keeps it with triggers, migration 010; `src/store/contract.test.ts`):
 * - every committed insert, update or delete of a person (with its projection), facility,
 *   source, digest, article or credit ratio, by any write path, enters the feed in the
 *   same transaction; a rolled-back write enters nothing;
 * - each record is in the feed once, at its latest change; `seq` grows in commit order;
 * - `position()` and `since()` read the transaction's snapshot, like the records: data
 *   read in one transaction together with `position()` is exactly the state at that
 *   position, and `since(position)` after a later commit names every record changed since.
 * A new entity type must enter the feed too (a PostgreSQL store: triggers or writes in
 * the repositories; a table of changes with a sequence).
 */
export interface ChangeFeed {
  /** The highest `seq` in this transaction's snapshot (0 when nothing changed yet). */
  position(): Promise<number>;
  /** Records whose latest change is after `afterSeq`, oldest first, at most `limit`. */
  since(afterSeq: number, limit: number): Promise<Change[]>;
}

/** One row of a digest list (no texts). */
export interface DigestSummary {
  id: string;
  kind: DigestKind;
  month: string;
  lang: Lang;
  status: DigestStatus;
  title: string;
  updatedAt: string;
  publishedAt: string | null;
  revisionId: number;
}

export interface DigestListQuery {
  status?: DigestStatus | undefined;
  lang?: Lang | undefined;
  kind?: DigestKind | undefined;
  month?: string | undefined;
}

/** Digests: the current document of each, pointing at its latest revision (entity type `digest`). */
export interface DigestRepository {
  get(id: string): Promise<Digest | undefined>;
  /** Inserts or replaces the digest and points it at `revisionId`. */
  save(digest: Digest, revisionId: number): Promise<void>;
  remove(id: string): Promise<void>;
  /** Newest month first, then kind and language; published lists order by publication, newest first. */
  list(query?: DigestListQuery): Promise<DigestSummary[]>;
  /** Full documents for a list query (for feeds and the public index). */
  getMany(query?: DigestListQuery): Promise<Digest[]>;
}

/** Large loads (imports) inside a write transaction. */
export interface BulkLoadRepository {
  /**
   * Drops the secondary indexes of the person and revision tables until the
   * returned function rebuilds them; call it before the transaction commits.
   * Worth it when a load adds more rows than the tables hold. Queries in
   * between still work (by primary key), only slower on other columns.
   */
  suspendIndexes(): Promise<() => Promise<void>>;
}

/** The append-only audit log (hashes computed by `src/app/audit.ts`). */
export interface AuditRepository {
  /** The last entry's number and hash; null when the log is empty. */
  head(): Promise<{ seq: number; hash: string } | null>;
  /** Inserts one entry (its `seq` must follow the head's). */
  append(entry: AuditEntry): Promise<void>;
  /** Entries with seq > `afterSeq`, oldest first (for verification). */
  page(afterSeq: number, limit: number): Promise<AuditEntry[]>;
  /** The newest entries first, before `beforeSeq` when given (for the log page). */
  latest(limit: number, beforeSeq?: number): Promise<AuditEntry[]>;
}

/** A researcher's change awaiting review: a full snapshot like a revision's, with a state. */
export interface Proposal {
  id: number;
  entityType: EntityType;
  entityId: string;
  /** The revision the change was based on (null: a new record). */
  baseRevisionId: number | null;
  state: 'pending' | 'approved' | 'rejected';
  /** The proposed record; null proposes deleting it. */
  doc: unknown | null;
  actor: string;
  note: string | null;
  at: string;
  reviewer: string | null;
  reviewComment: string | null;
  reviewedAt: string | null;
  /** The revision an approval wrote. */
  revisionId: number | null;
}

export interface ProposalRepository {
  add(p: Omit<Proposal, 'id' | 'state' | 'reviewer' | 'reviewComment' | 'reviewedAt' | 'revisionId'>): Promise<number>;
  get(id: number): Promise<Proposal | undefined>;
  /** Newest first; of one state, record or author when given. */
  list(q: {
    state?: Proposal['state'];
    entityType?: EntityType;
    entityId?: string;
    actor?: string;
    limit?: number;
  }): Promise<Proposal[]>;
  review(
    id: number,
    r: {
      state: 'approved' | 'rejected';
      reviewer: string;
      comment: string | null;
      at: string;
      revisionId: number | null;
    },
  ): Promise<void>;
}

/** A person merged into another (see `src/app/merge.ts`). */
export interface PersonRedirect {
  fromId: string;
  toId: string;
  at: string;
  actor: string;
  /** The deletion revision of the merged-away person and the merged record's revision. */
  fromRevisionId: number;
  toRevisionId: number;
}

/** Links between records the write API checks: who points at a facility or source, merge redirects. */
export interface LinkRepository {
  /** Up to `limit` ids of people whose current record refers to the facility, source, court or article. */
  personsReferencing(kind: 'facility' | 'source' | 'court' | 'article', id: string, limit: number): Promise<string[]>;
  redirectOf(fromId: string): Promise<PersonRedirect | undefined>;
  addRedirect(r: PersonRedirect): Promise<void>;
  removeRedirect(fromId: string): Promise<void>;
}

/** A person's photo as the site serves it: re-encoded, without metadata (see `app/photos.ts`). */
export interface StoredPhoto {
  /** The file name the record's `photo.ref` ends in: `p-1-3fa9c2d0e1b4.jpg`. */
  name: string;
  personId: string;
  sha256: string;
  mediaType: string;
  width: number;
  height: number;
  bytes: Uint8Array;
  createdAt: string;
}

/** Photo bytes by file name. Every photo a revision referred to is kept (restoring one brings it back). */
export interface PhotoRepository {
  /** Stores a photo; the same name again (the same bytes) is a no-op. */
  save(photo: StoredPhoto): Promise<void>;
  get(name: string): Promise<StoredPhoto | undefined>;
}

/** One merge of two persons (see `src/app/merge.ts`). */
export interface PersonMerge {
  id: number;
  fromId: string;
  toId: string;
  at: string;
  actor: string;
  note: string | null;
  /** The revisions the merge was based on (what the caller saw). */
  fromBaseRevisionId: number;
  toBaseRevisionId: number;
  /** The revisions the merge wrote: the deletion of `fromId`, the merged record of `toId`. */
  fromRevisionId: number;
  toRevisionId: number;
  /** Set once undone, with the revisions the undo wrote. */
  undone: { at: string; actor: string; fromRevisionId: number; toRevisionId: number } | null;
}

/** The merges (kept after an undo, marked undone). */
export interface MergeRepository {
  add(m: Omit<PersonMerge, 'id' | 'undone'>): Promise<number>;
  get(id: number): Promise<PersonMerge | undefined>;
  /** Newest first, at most `limit`; before `beforeId` when given. */
  list(q: { limit: number; beforeId?: number | undefined }): Promise<PersonMerge[]>;
  markUndone(id: number, undone: NonNullable<PersonMerge['undone']>): Promise<void>;
  /** Every redirect (`fromId` → `toId`) from an id no person holds now, for the read model. */
  redirects(): Promise<Array<{ fromId: string; toId: string }>>;
  /** The redirects from these ids (those that have one and hold no person now). */
  redirectsFrom(ids: readonly string[]): Promise<Array<{ fromId: string; toId: string }>>;
}

/** A person's photo as the site serves it: re-encoded, without metadata (see `app/photos.ts`). */
export interface StoredPhoto {
  /** The file name the record's `photo.ref` ends in: `p-1-3fa9c2d0e1b4.jpg`. */
  name: string;
  personId: string;
  sha256: string;
  mediaType: string;
  width: number;
  height: number;
  bytes: Uint8Array;
  createdAt: string;
}

/** Photo bytes by file name. Every photo a revision referred to is kept (restoring one brings it back). */
export interface PhotoRepository {
  /** Stores a photo; the same name again (the same bytes) is a no-op. */
  save(photo: StoredPhoto): Promise<void>;
  get(name: string): Promise<StoredPhoto | undefined>;
}

/** Two persons staff judged different people (ids in order, `a` < `b`). */
export interface DuplicateDismissal {
  a: string;
  b: string;
  actor: string;
  at: string;
  note: string | null;
}

/** Pairs no longer offered as likely duplicates (`app/duplicate-dismissals.ts`). */
export interface DismissalRepository {
  /** Records the pair; false when it was recorded already (nothing changes). */
  add(d: DuplicateDismissal): Promise<boolean>;
  /** Forgets the pair; false when it was not recorded. */
  remove(a: string, b: string): Promise<boolean>;
  /** Every recorded pair, newest first. */
  list(): Promise<DuplicateDismissal[]>;
}

export interface Repos {
  bulk: BulkLoadRepository;
  persons: PersonRepository & PersonScan;
  facilities: FacilityRepository;
  sources: SourceRepository;
  revisions: RevisionRepository;
  reference: ReferenceRepository;
  meta: MetaRepository;
  changes: ChangeFeed;
  digests: DigestRepository;
  audit: AuditRepository;
  proposals: ProposalRepository;
  links: LinkRepository;
  merges: MergeRepository;
  dismissals: DismissalRepository;
  accounts: AccountRepository;
  photos: PhotoRepository;
  tips: TipRepository;
}

export interface WriteOptions {
  /** False: the write changes no registry data, so the data version stays. Default true. */
  registry?: boolean;
}

/**
 * Storage with transactions. What the use cases rely on from it (stated here so another
 * store, e.g. PostgreSQL, can keep the same promises; `src/store/contract.test.ts` pins
 * them for SQLite):
 * - **Id order is by UTF-8 bytes** (code point order; SQLite compares text with
 *   `memcmp`; PostgreSQL needs `COLLATE "C"`): every "in id order" list, keyset page
 *   (`afterId`) and `domain/figures-changes.ts` (`compareUtf8`) assume it. It is not
 *   JavaScript's `<` on strings, which compares UTF-16 code units.
 * - **The data version** ({@link Store.dataVersion}) is a number that grows with every
 *   committed write transaction of any connection or process, and is the only way the
 *   code reads it; derived data keys on it.
 * - **Reads are snapshots**: a read transaction sees one committed state throughout.
 */
export interface Store {
  /** Runs `fn` in a read transaction (a consistent snapshot). */
  read<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in a write transaction; everything or nothing is committed. A write
   * bumps the data version unless `registry: false` says it touches no registry data
   * (sessions, sign-in state, audit-only entries), so caches of derived data stay.
   */
  write<T>(fn: (repos: Repos) => Promise<T>, options?: WriteOptions): Promise<T>;
  /**
   * The data version as of now: greater after every committed write (of this process or
   * another), equal while nothing was committed. Cheap: SQLite's store re-reads its
   * counter only when `PRAGMA data_version` on a connection of its own says another
   * connection committed (its semantics: the value changes when any other connection
   * commits, never because of this connection's own reads), or after a write here.
   * Inside a read it answers what the read sees; inside a write, the committed version
   * (never the write's own, which may still roll back).
   */
  dataVersion(): Promise<number>;
  close(): Promise<void>;
  /**
   * After deleting what must not linger (tips past retention): gives the free pages back
   * where the store can (SQLite: `PRAGMA incremental_vacuum`, for files made with
   * auto_vacuum=incremental), then empties the write-ahead log into the database file
   * (`wal_checkpoint(TRUNCATE)`). `complete` is false when a reader kept the log from
   * being emptied; `freePages` is how many free pages are left in the file (0 once given
   * back; older SQLite files keep them, zeroed by `secure_delete`, for later writes).
   * Absent for stores without one.
   */
  checkpoint?(): Promise<{ complete: boolean; freePages: number }>;
  /**
   * Rewrites the whole database file so that it gives free pages back from now on
   * (SQLite: `VACUUM` with auto_vacuum=incremental, for a file made before it). Slow on a
   * large file and holds the write lock while it runs (and blocks its process: run it from
   * a command, not a server); asked for by an operator, never run on its own. Then empties
   * the write-ahead log as `checkpoint` does. Absent for stores without one.
   */
  vacuum?(): Promise<{ complete: boolean; freePages: number }>;
  /** Human-readable description, e.g. "sqlite:/path/to/rollcall.sqlite". */
  readonly description: string;
}
