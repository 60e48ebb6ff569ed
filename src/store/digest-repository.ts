/**
 * `DigestRepository`: the current document of every digest, with the columns lists
 * and the public site filter on. The table is created by migration 003.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DigestListQuery, DigestRepository, DigestSummary } from '../app/ports.js';
import { Digest } from '../domain/digest/schema.js';
import type { Lang } from '../domain/record.js';

export interface DigestsTable {
  id: string;
  kind: string;
  month: string;
  lang: string;
  status: string;
  title: string;
  updated_at: string;
  published_at: string | null;
  revision_id: number;
  doc: string;
}

interface DigestDatabase {
  digests: DigestsTable;
}

/**
 * Builds the digest repository bound to `db` (a transaction). `db` is any Kysely
 * instance over a database that has the `digests` table.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema that has the digests table
export function digestRepository(db: Kysely<any>): DigestRepository {
  const kdb = db as unknown as Kysely<DigestDatabase>;
  const select = (query: DigestListQuery = {}) => {
    let q = kdb.selectFrom('digests');
    if (query.status) q = q.where('status', '=', query.status);
    if (query.lang) q = q.where('lang', '=', query.lang);
    if (query.kind) q = q.where('kind', '=', query.kind);
    if (query.month) q = q.where('month', '=', query.month);
    return query.status === 'published'
      ? q.orderBy('published_at', 'desc').orderBy('id')
      : q.orderBy('month', 'desc').orderBy('kind').orderBy('lang');
  };
  return {
    async get(id) {
      const row = await kdb.selectFrom('digests').select('doc').where('id', '=', id).executeTakeFirst();
      return row ? Digest.parse(JSON.parse(row.doc)) : undefined;
    },
    async save(digest, revisionId) {
      const row: DigestsTable = {
        id: digest.id,
        kind: digest.kind,
        month: digest.month,
        lang: digest.lang,
        status: digest.status,
        title: digest.opening.title,
        updated_at: digest.updatedAt,
        published_at: digest.publishedAt,
        revision_id: revisionId,
        doc: JSON.stringify(digest),
      };
      const { id: _id, ...rest } = row;
      await kdb
        .insertInto('digests')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet(rest))
        .execute();
    },
    async remove(id) {
      await kdb.deleteFrom('digests').where('id', '=', id).execute();
    },
    async list(query) {
      const rows = await select(query)
        .select(['id', 'kind', 'month', 'lang', 'status', 'title', 'updated_at', 'published_at', 'revision_id'])
        .execute();
      return rows.map(toSummary);
    },
    async getMany(query) {
      const rows = await select(query).select('doc').execute();
      return rows.map((r) => Digest.parse(JSON.parse(r.doc)));
    },
  };
}

function toSummary(row: Omit<Selectable<DigestsTable>, 'doc'>): DigestSummary {
  return {
    id: row.id,
    kind: row.kind as DigestSummary['kind'],
    month: row.month,
    lang: row.lang as Lang,
    status: row.status as DigestSummary['status'],
    title: row.title,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    revisionId: row.revision_id,
  };
}
