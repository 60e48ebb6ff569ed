/**
 * Bulk writes for imports and the demo loader: records are compared with what
 * is stored, and only new or changed ones get a revision. Problems are
 * collected, not thrown, so an import can report all of them; the caller
 * decides whether to commit.
 */
import type { z } from 'zod';
import { Facility, Person, Source } from '../domain/record.js';
import type { Problem } from '../domain/errors.js';
import { projectPerson } from '../domain/project-person.js';
import { referenceProblems } from '../domain/integrity.js';
import type { EntityType, Repos } from './ports.js';
import type { PreparedPerson } from './import-prepare.js';

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}
export interface BulkCounts {
  persons: Tally;
  facilities: Tally;
  sources: Tally;
  /** The court catalogue (format version 3). */
  courts: Tally;
}
export const emptyCounts = (): BulkCounts => ({
  persons: { created: 0, updated: 0, unchanged: 0 },
  facilities: { created: 0, updated: 0, unchanged: 0 },
  sources: { created: 0, updated: 0, unchanged: 0 },
  courts: { created: 0, updated: 0, unchanged: 0 },
});

export interface BulkMeta {
  actor: string;
  note: string | null;
  at: string;
}

/** Known facility and source ids, grown as a bulk write adds records. */
export interface KnownIds {
  facilities: Set<string>;
  sources: Set<string>;
}

export async function knownIds(repos: Repos): Promise<KnownIds> {
  const [facilities, sources] = await Promise.all([repos.facilities.list(), repos.sources.list()]);
  return { facilities: new Set(facilities.map((f) => f.id)), sources: new Set(sources.map((s) => s.id)) };
}

type Existing<T> = (ids: string[]) => Promise<Map<string, T>>;

/**
 * Whether a stored record equals `json`, the canonical JSON of a validated one.
 * Records are stored as they were written (the demo, older versions, edits wrote
 * them without passing them through the schema: other key order, defaults left
 * out), so when the stored text differs it is compared again in canonical form.
 * A stored record the schema now refuses counts as changed.
 *
 * @example
 * sameRecord(Person, stored, JSON.stringify(validated)); // true for an unchanged re-import
 */
export function sameRecord(schema: z.ZodType, stored: unknown, json: string): boolean {
  if (JSON.stringify(stored) === json) return true;
  const canonical = schema.safeParse(stored);
  return canonical.success && JSON.stringify(canonical.data) === json;
}

async function diff<T extends { id: string }>(
  schema: z.ZodType,
  records: readonly T[],
  existing: Existing<T>,
  tally: Tally,
  onCreated?: (record: T) => void,
): Promise<T[]> {
  const current = await existing(records.map((r) => r.id));
  const changed: T[] = [];
  for (const record of records) {
    const before = current.get(record.id);
    if (before === undefined) {
      tally.created++;
      onCreated?.(record);
    } else if (sameRecord(schema, before, JSON.stringify(schema.parse(record)))) {
      tally.unchanged++;
      continue;
    } else tally.updated++;
    changed.push(record);
  }
  return changed;
}

async function revise(
  repos: Repos,
  type: EntityType,
  records: ReadonlyArray<{ id: string }>,
  meta: BulkMeta,
): Promise<number[]> {
  return repos.revisions.appendMany(records.map((doc) => ({ entityType: type, entityId: doc.id, ...meta, doc })));
}

export async function writeFacilities(
  repos: Repos,
  list: readonly Facility[],
  meta: BulkMeta,
  counts: BulkCounts,
  known: KnownIds,
) {
  const changed = await diff(
    Facility,
    list,
    async (ids) => byId(await Promise.all(ids.map((id) => repos.facilities.get(id)))),
    counts.facilities,
  );
  const revIds = await revise(repos, 'facility', changed, meta);
  await repos.facilities.saveMany(changed.map((facility, i) => ({ facility, revisionId: revIds[i]! })));
  for (const f of list) known.facilities.add(f.id);
}

export async function writeSources(
  repos: Repos,
  list: readonly Source[],
  meta: BulkMeta,
  counts: BulkCounts,
  known: KnownIds,
) {
  const changed = await diff(
    Source,
    list,
    async (ids) => byId(await Promise.all(ids.map((id) => repos.sources.get(id)))),
    counts.sources,
  );
  const revIds = await revise(repos, 'source', changed, meta);
  await repos.sources.saveMany(changed.map((source, i) => ({ source, revisionId: revIds[i]! })));
  for (const s of list) known.sources.add(s.id);
}

/**
 * Writes a batch of persons (validated already by the schema). Returns the
 * referential problems found; persons with problems are not written.
 */
export async function writePersons(
  repos: Repos,
  list: readonly Person[],
  meta: BulkMeta,
  counts: BulkCounts,
  known: KnownIds,
  onCreated?: (person: Person) => void,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const valid: PreparedPerson[] = [];
  for (const person of list) {
    const found = referenceProblems(person, known.facilities, known.sources);
    if (found.length > 0) problems.push(...found);
    else
      valid.push({ row: 0, id: person.id, doc: utf8Bytes(JSON.stringify(person)), projection: projectPerson(person) });
  }
  const byId = new Map(list.map((p) => [p.id, p]));
  await writePreparedPersons(repos, valid, meta, counts, onCreated && ((p) => onCreated(byId.get(p.id)!)));
  return problems;
}

/**
 * Writes persons prepared by {@link preparePersons} (validated, checked,
 * projected and serialised): a revision for each new or changed one, then its
 * projection. Unchanged ones (same canonical JSON as stored) are counted and skipped.
 */
export async function writePreparedPersons(
  repos: Repos,
  list: readonly PreparedPerson[],
  meta: BulkMeta,
  counts: BulkCounts,
  onCreated?: (person: PreparedPerson) => void,
): Promise<void> {
  const stored = await repos.persons.getMany(list.map((p) => p.id));
  const before = new Map(stored.map((p) => [p.id, p]));
  const changed: PreparedPerson[] = [];
  const isNew = new Set<string>();
  for (const person of list) {
    const old = before.get(person.id);
    if (old === undefined) {
      counts.persons.created++;
      isNew.add(person.id);
      onCreated?.(person);
    } else if (sameRecord(Person, old, utf8.decode(person.doc))) {
      counts.persons.unchanged++;
      continue;
    } else counts.persons.updated++;
    changed.push(person);
  }
  const revIds = await repos.revisions.appendMany(
    changed.map((p) => ({ entityType: 'person', entityId: p.id, ...meta, doc: undefined, docJson: p.doc })),
  );
  await repos.persons.saveMany(
    changed.map((p, i) => ({
      person: { id: p.id },
      projection: p.projection,
      revisionId: revIds[i]!,
      isNew: isNew.has(p.id),
    })),
  );
}

const utf8 = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();
const utf8Bytes = (text: string) => utf8Encoder.encode(text);

function byId<T extends { id: string }>(records: ReadonlyArray<T | undefined>): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of records) if (r) map.set(r.id, r);
  return map;
}
