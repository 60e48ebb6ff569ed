/**
 * What drafts of one data version share: the people with an event of a kind in a
 * period, their parsed records, the reference records, the registry's checks of each
 * record, and the releases of a month (figures and time served). Drafting a month in
 * three languages, or the same draft again, reads and checks each person once; the
 * texts are written afresh every time.
 *
 * The memo is the read model's part for drafts: it belongs to one store and one position
 * of the change feed (`ChangeFeed` in `ports.ts`), read inside the caller's read
 * transaction, so it always matches the snapshot it was filled from (drafts read many
 * rows in one transaction, so their part keys on that transaction's position rather than
 * on the request's pinned snapshot). A read that sees a newer position starts a new memo,
 * and a read of an older snapshot than the memo's fills a memo of its own that is not
 * kept. Only reads use it: a write transaction may have changed rows the feed of its
 * snapshot does not show.
 *
 * A new memo after a few edits keeps the records of the people the feed does not name
 * since the old memo's position, and their checks when the checks' reference data
 * (facilities, sources, credit ratios) are the same; the ids, releases and texts are
 * computed afresh.
 *
 * Records and releases are shared between drafts, so nothing here or in the drafting
 * code may change them (digests copy what they keep, such as source ids and terms, and
 * each draft gets its own copies of the warnings).
 */
import type { CheckContext } from '../../domain/checks.js';
import {
  registryFindings,
  type DigestKind,
  type DigestWarning,
  type NarrativeRefs,
} from '../../domain/digest/index.js';
import { monthDays } from '../../domain/partial-date.js';
import { withPublicFacts } from '../../domain/project-person.js';
import type { CreditRatio, Person } from '../../domain/record.js';
import { releasesInMonth, type MonthReleases } from '../../domain/releases.js';
import { Lru } from '../../util/lru.js';
import type { Repos, Store } from '../ports.js';

/** Records (and their checks) kept per store, least recently used dropped first. */
export const DIGEST_PERSON_CACHE_SIZE = 6000;

export const EVENT_OF_KIND: Readonly<Record<DigestKind, string>> = {
  releases: 'release',
  convictions: 'verdict',
  recognitions: 'recognition',
};

interface DraftMemo {
  /** The change feed's position of the snapshot it was filled from. */
  version: number;
  /** Ids with an event of a kind overlapping a day range, by `kind|from|to`. */
  ids: Map<string, string[]>;
  refs: Refs | undefined;
  persons: Lru<string, Person>;
  /** Registry findings by `today|personId`. */
  findings: Lru<string, DigestWarning[]>;
  /** Releases of a month (`YYYY-MM`) among the people released around it. */
  releases: Map<string, MonthReleases>;
  /** Findings kept from the memo before, valid if the check inputs are still `inputs`. */
  carried?: { inputs: string; findings: Map<string, DigestWarning[]> } | undefined;
}

/** At most this many person revisions since a memo are applied to a new one; after more, it starts empty. */
export const DIGEST_CARRY_LIMIT = 500;

interface Refs {
  refs: NarrativeRefs;
  ratios: CreditRatio[];
  /** What the checks read of the reference data, as text (equal text, equal checks). */
  inputs: string;
}

const memos = new WeakMap<Store, DraftMemo>();

/** What a draft reads: the memo of the snapshot `repos` reads, and the functions over it. */
export interface DraftReader {
  /** Ids of people with an event of the digest's kind overlapping [fromDay, toDay]. */
  idsWithEvent(kind: DigestKind, fromDay: number, toDay: number): Promise<string[]>;
  /** Current records for `ids`, in that order (unknown ids left out). */
  persons(ids: readonly string[]): Promise<Person[]>;
  /**
   * `releasesInMonth` of the records with a release around `month` (public ones, public
   * events), as a releases draft of the month computes it.
   */
  releases(month: string): Promise<MonthReleases>;
  refs(): Promise<NarrativeRefs>;
  checkContext(today: string): Promise<CheckContext>;
  /** `registryFindings`, remembered per record and day (copies: a caller may change them). */
  findings(person: Person, ctx: CheckContext): DigestWarning[];
}

/**
 * The draft reader for a read transaction of `store` (`repos` must belong to it).
 *
 * @example
 * const reader = await draftReader(ctx.store, repos);
 * const persons = await reader.persons(await reader.idsWithEvent('releases', from, to));
 */
export async function draftReader(store: Store, repos: Repos): Promise<DraftReader> {
  const memo = await memoFor(store, repos);
  // Values are kept once read (not as promises): a query belongs to the read that ran it.
  const refs = async () => {
    if (memo.refs) return memo.refs;
    const loaded = await loadRefs(repos);
    memo.refs ??= loaded;
    const carried = memo.carried;
    memo.carried = undefined;
    if (carried?.inputs === memo.refs.inputs) {
      for (const [key, found] of carried.findings) if (!memo.findings.has(key)) memo.findings.set(key, found);
    }
    return memo.refs;
  };
  const reader: DraftReader = {
    async idsWithEvent(kind, fromDay, toDay) {
      const key = `${kind}|${fromDay}|${toDay}`;
      let ids = memo.ids.get(key);
      if (!ids) {
        ids = await repos.persons.idsWithEvent(EVENT_OF_KIND[kind], fromDay, toDay);
        memo.ids.set(key, ids);
      }
      return [...ids];
    },
    persons: (ids) => personsOf(memo, repos, ids),
    async releases(month) {
      let releases = memo.releases.get(month);
      if (!releases) {
        const [fromDay, toDay] = monthDays(month);
        const persons = await reader.persons(await reader.idsWithEvent('releases', fromDay, toDay));
        const candidates = persons.filter((p) => p.visibility !== 'internal').map(withPublicFacts);
        releases = releasesInMonth(candidates, month);
        memo.releases.set(month, releases);
      }
      return releases;
    },
    refs: async () => (await refs()).refs,
    async checkContext(today) {
      const { refs: r, ratios } = await refs();
      return checkContextOf(r, today, ratios);
    },
    findings(person, ctx) {
      const key = `${ctx.today}|${person.id}`;
      let found = memo.findings.get(key);
      if (found === undefined || memo.persons.peek(person.id) !== person) {
        found = registryFindings(person, ctx);
        // Only findings of a kept record are kept (same record, same snapshot, same day).
        if (memo.persons.peek(person.id) === person) memo.findings.set(key, found);
      }
      return found.map((w) => ({ ...w }));
    },
  };
  return reader;
}

/** Forgets what drafts of `store` share, as a write would (for benchmarks of a draft that reads everything). */
export function forgetDraftMemo(store: Store): void {
  memos.delete(store);
}

async function memoFor(store: Store, repos: Repos): Promise<DraftMemo> {
  const version = await repos.changes.position();
  const memo = memos.get(store);
  if (memo?.version === version) return memo;
  const fresh: DraftMemo = {
    version,
    ids: new Map(),
    refs: undefined,
    persons: new Lru(DIGEST_PERSON_CACHE_SIZE),
    findings: new Lru(DIGEST_PERSON_CACHE_SIZE),
    releases: new Map(),
  };
  // A newer snapshot replaces the memo; an older one (a read that began before a write) keeps its own.
  if (!memo || memo.version < version) {
    if (memo) await carryOver(memo, fresh, repos);
    // Another read may have kept a memo of this version (or a newer one) meanwhile.
    const kept = memos.get(store);
    if (!kept || kept.version < version) memos.set(store, fresh);
  }
  return fresh;
}

/**
 * Keeps in `fresh` the records of `old` of the people not changed since (and their
 * findings, for when the check inputs turn out the same: see `refs` in `draftReader`).
 */
async function carryOver(old: DraftMemo, fresh: DraftMemo, repos: Repos): Promise<void> {
  const feed = await repos.changes.since(old.version, DIGEST_CARRY_LIMIT + 1);
  if (feed.length > DIGEST_CARRY_LIMIT) return;
  const changed = new Set(feed.filter((c) => c.entityType === 'person').map((c) => c.entityId));
  for (const [id, person] of old.persons) if (!changed.has(id)) fresh.persons.set(id, person);
  // Findings of the old memo's records (by `today|personId`); unread inputs carry nothing.
  const inputs = old.refs?.inputs;
  if (inputs === undefined) return;
  const findings = new Map<string, DigestWarning[]>();
  for (const [key, found] of old.findings) {
    if (!changed.has(key.slice(key.indexOf('|') + 1))) findings.set(key, found);
  }
  fresh.carried = { inputs, findings };
}

async function personsOf(memo: DraftMemo, repos: Repos, ids: readonly string[]): Promise<Person[]> {
  const missing: string[] = [];
  for (const id of ids) if (!memo.persons.has(id)) missing.push(id);
  const loaded = missing.length > 0 ? new Map((await repos.persons.getMany(missing)).map((p) => [p.id, p])) : null;
  const out: Person[] = [];
  for (const id of ids) {
    const person = memo.persons.get(id) ?? loaded?.get(id);
    if (person === undefined) continue;
    out.push(person);
    memo.persons.set(id, person);
  }
  return out;
}

async function loadRefs(repos: Repos): Promise<Refs> {
  const [facilities, sources, articles, ratios] = await Promise.all([
    repos.facilities.list(),
    repos.sources.list(),
    repos.reference.articles(),
    repos.reference.creditRatios(),
  ]);
  const refs: NarrativeRefs = {
    facilities: new Map(facilities.map((f) => [f.id, f])),
    sources: new Map(sources.map((s) => [s.id, s])),
    articles: articles.length > 0 ? articles : undefined,
  };
  return { refs, ratios, inputs: checkInputs(checkContextOf(refs, '', ratios)) };
}

/** The reference data a check context holds (all of it but the day), as text. */
function checkInputs(ctx: CheckContext): string {
  return JSON.stringify([
    [...(ctx.facilityIds ?? [])].sort(),
    [...(ctx.sourceIds ?? [])].sort(),
    [...(ctx.sourceDates ?? [])].sort(),
    ctx.ratios ?? [],
  ]);
}

/** The checks' context: today, and the facilities, sources and credit ratios on record. */
export function checkContextOf(refs: NarrativeRefs, today: string, ratios: readonly CreditRatio[]): CheckContext {
  const sourceDates = new Map<string, string>();
  for (const s of refs.sources.values()) if (s.date) sourceDates.set(s.id, s.date);
  return {
    today,
    facilityIds: new Set(refs.facilities.keys()),
    sourceIds: new Set(refs.sources.keys()),
    sourceDates,
    ratios,
  };
}
