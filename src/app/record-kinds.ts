/**
 * The record types the write API edits, each with its schema, the field that is its id
 * and how it is stored. `record-writes.ts` (create, update, delete with optimistic
 * concurrency), proposals and restore go through this one table, so a new type is one
 * entry here (and its routes), not another copy of the machinery.
 *
 * @example
 * const kind = RECORD_KINDS.court;
 * await kind.save(repos, court, { actor: 'ed@org' }, at); // the revision id
 */
import type { z } from 'zod';
import { Article, Court, Facility, Person, Source } from '../domain/record.js';
import { writePerson, type ChangeMeta } from './persons.js';
import { writeFacility, writeSource } from './catalog.js';
import { writeArticles, writeCourts } from './reference.js';
import type { Repos } from './ports.js';

export type RecordType = 'person' | 'facility' | 'source' | 'court' | 'article';
export const RECORD_TYPES: readonly RecordType[] = ['person', 'facility', 'source', 'court', 'article'];

export interface RecordKind {
  schema: z.ZodType;
  /** The field holding the record's id (`code` for articles). */
  key: 'id' | 'code';
  /** Writes the validated record with a revision; the caller owns the transaction. */
  save(repos: Repos, record: unknown, meta: ChangeMeta, at: string): Promise<number>;
  /** Removes the stored record (its deletion revision is appended by the caller). */
  remove(repos: Repos, id: string): Promise<void>;
  /** What persons' documents say when they refer to one (deleting it is refused then); null: nothing refers. */
  referredAs: 'facility' | 'source' | 'court' | 'article' | null;
}

const first = async (ids: Promise<number[]>): Promise<number> => (await ids)[0]!;

export const RECORD_KINDS: Readonly<Record<RecordType, RecordKind>> = {
  person: {
    schema: Person,
    key: 'id',
    save: (repos, record, meta, at) => writePerson(repos, record as Person, meta, at),
    remove: (repos, id) => repos.persons.remove(id),
    referredAs: null,
  },
  facility: {
    schema: Facility,
    key: 'id',
    save: (repos, record, meta, at) => writeFacility(repos, record as Facility, meta, at),
    remove: (repos, id) => repos.facilities.remove(id),
    referredAs: 'facility',
  },
  source: {
    schema: Source,
    key: 'id',
    save: (repos, record, meta, at) => writeSource(repos, record as Source, meta, at),
    remove: (repos, id) => repos.sources.remove(id),
    referredAs: 'source',
  },
  court: {
    schema: Court,
    key: 'id',
    save: (repos, record, meta, at) => first(writeCourts(repos, [record as Court], meta, at)),
    remove: (repos, id) => repos.reference.removeCourt(id),
    referredAs: 'court',
  },
  article: {
    schema: Article,
    key: 'code',
    save: (repos, record, meta, at) => first(writeArticles(repos, [record as Article], meta, at)),
    remove: (repos, code) => repos.reference.removeArticle(code),
    referredAs: 'article',
  },
};

/** Whether `type` is a record type of the write API (digests, for one, are not). */
export function isRecordType(type: string): type is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(type);
}
