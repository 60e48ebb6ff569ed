/**
 * The read model: all whole-registry data derived for one data version and one audience,
 * pinned once per request and brought up to date from the change feed. See `snapshot.ts`.
 */
export {
  CARRY_LIMIT,
  dataStamp,
  dataVersion,
  forgetPart,
  memoized,
  pinDataVersion,
  pinnedAt,
  readPart,
  reading,
  snapshotPosition,
  type ChangeSet,
  type Part,
} from './snapshot.js';
export {
  ENTRY_CACHE_SIZE,
  journalNames,
  learnNames,
  limitEntryCache,
  nameCardsFor,
  personEntries,
  publicNameMap,
  type NameCard,
  type NameEntry,
  type PersonEntry,
  type PublicNames,
} from './records.js';
export { SharedLru } from './shared-lru.js';
export { mergeByName, publicListRows, publicTabRows, type RowPage } from './lists.js';
export { FOLD_AT, publicRowsById, RowsById } from './rows-by-id.js';
export { facilityEntry, nameIndex, personEntry } from './name-index.js';
export { FIGURE_REFRESH_LIMIT, countOnEntry, figureEntry, forgetFigures, type FigureEntry } from './figures.js';
export {
  DIGEST_CARRY_LIMIT,
  EVENT_OF_KIND,
  checkContextOf,
  draftReader,
  forgetDraftMemo,
  type DraftReader,
} from './drafts.js';
export { publicRedirect, redirectTarget } from './redirects.js';
export { rowsOf, staffOrder, staffOrderBuilt, staffRows, type PageOrder, type StaffOrder } from './staff-order.js';
