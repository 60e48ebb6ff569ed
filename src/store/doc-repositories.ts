/**
 * Repositories of whole JSON documents: facilities and sources (each row points at
 * its current revision, whose doc is the record), articles and credit ratios
 * (reference data, stored as docs without history).
 */
import type { Kysely } from 'kysely';
import type { FacilityRepository, ReferenceRepository, SourceRepository } from '../app/ports.js';
import type { Article, Court, CreditRatio, Facility, Source } from '../domain/record.js';
import type { Database } from './schema.js';
import type { StoreDialect } from './dialect.js';
import { insertRows } from './batch.js';
import { checkRevisionLinks } from './revision-links.js';

interface DocStore<T extends { id: string }> {
  get(id: string): Promise<T | undefined>;
  list(): Promise<T[]>;
  ids(): Promise<Set<string>>;
  saveMany(items: ReadonlyArray<{ doc: T; revisionId: number }>): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The current docs of a table: each row joined to the revision it points at. */
function current(db: Kysely<Database>, table: 'facilities' | 'sources') {
  return db.selectFrom(table).innerJoin('revisions', 'revisions.id', `${table}.revision_id`).select('revisions.doc');
}

function docStore<T extends { id: string }>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  table: 'facilities' | 'sources',
): DocStore<T> {
  const entityType = table === 'facilities' ? 'facility' : 'source';
  return {
    async get(id) {
      const row = await current(db, table).where(`${table}.id`, '=', id).executeTakeFirst();
      return row?.doc ? (JSON.parse(row.doc) as T) : undefined;
    },
    async list() {
      const rows = await current(db, table).orderBy(`${table}.id`).execute();
      return rows.flatMap((r) => (r.doc ? [JSON.parse(r.doc) as T] : []));
    },
    async ids() {
      const rows = await db.selectFrom(table).select('id').execute();
      return new Set(rows.map((r) => r.id));
    },
    async saveMany(items) {
      const links = items.map(({ doc, revisionId }) => ({ entityId: doc.id, revisionId }));
      await checkRevisionLinks(db, dialect, entityType, links);
      const values = items.flatMap(({ doc, revisionId }) => [doc.id, revisionId]);
      await insertRows(db, dialect, { table, columns: ['id', 'revision_id'], upsertKey: ['id'] }, values);
    },
    async remove(id) {
      await db.deleteFrom(table).where('id', '=', id).execute();
    },
  };
}

/** Builds the facility repository bound to `db` (a transaction). */
export function facilityRepository(db: Kysely<Database>, dialect: StoreDialect): FacilityRepository {
  const docs = docStore<Facility>(db, dialect, 'facilities');
  return {
    get: docs.get,
    list: docs.list,
    ids: docs.ids,
    save: (facility, revisionId) => docs.saveMany([{ doc: facility, revisionId }]),
    saveMany: (items) => docs.saveMany(items.map((i) => ({ doc: i.facility, revisionId: i.revisionId }))),
    remove: docs.remove,
  };
}

/** Builds the source repository bound to `db` (a transaction). */
export function sourceRepository(db: Kysely<Database>, dialect: StoreDialect): SourceRepository {
  const docs = docStore<Source>(db, dialect, 'sources');
  return {
    get: docs.get,
    list: docs.list,
    ids: docs.ids,
    save: (source, revisionId) => docs.saveMany([{ doc: source, revisionId }]),
    saveMany: (items) => docs.saveMany(items.map((i) => ({ doc: i.source, revisionId: i.revisionId }))),
    remove: docs.remove,
  };
}

/**
 * Reference data. `saveArticles` (and `saveCourts`) insert or replace by code (by id; others stay);
 * `saveCreditRatios` replaces the whole table, keeping the given order.
 */
export function referenceRepository(db: Kysely<Database>, dialect: StoreDialect): ReferenceRepository {
  return {
    async articles() {
      const rows = await db.selectFrom('articles').select('doc').orderBy('code').execute();
      return rows.map((r) => JSON.parse(r.doc) as Article);
    },
    async saveArticles(articles) {
      const values = articles.flatMap((a) => [a.code, JSON.stringify(a)]);
      await insertRows(db, dialect, { table: 'articles', columns: ['code', 'doc'], upsertKey: ['code'] }, values);
    },
    async creditRatios() {
      const rows = await db.selectFrom('credit_ratios').select('doc').orderBy('id').execute();
      return rows.map((r) => JSON.parse(r.doc) as CreditRatio);
    },
    async courts() {
      const rows = await db.selectFrom('courts').select('doc').orderBy('id').execute();
      return rows.map((r) => JSON.parse(r.doc) as Court);
    },
    async saveCourts(courts) {
      const values = courts.flatMap((c) => [c.id, JSON.stringify(c)]);
      await insertRows(db, dialect, { table: 'courts', columns: ['id', 'doc'], upsertKey: ['id'] }, values);
    },
    async removeArticle(code) {
      await db.deleteFrom('articles').where('code', '=', code).execute();
    },
    async removeCourt(id) {
      await db.deleteFrom('courts').where('id', '=', id).execute();
    },
    async saveCreditRatios(ratios) {
      await db.deleteFrom('credit_ratios').execute();
      const values = ratios.map((r) => JSON.stringify(r));
      await insertRows(db, dialect, { table: 'credit_ratios', columns: ['doc'] }, values);
    },
  };
}
