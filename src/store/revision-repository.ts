/**
 * `RevisionRepository`: every record is a chain of JSON snapshots numbered 1, 2, 3…
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { EntityType, NewRevision, Revision, RevisionRepository } from '../app/ports.js';
import type { Database, RevisionsTable } from './schema.js';
import type { StoreDialect } from './dialect.js';
import { RollcallError } from '../domain/errors.js';
import { insertRows } from './batch.js';

/** Revisions per statement (8 columns; well under any parameter limit). */
const REVISIONS_PER_QUERY = 500;
const REVISION_COLUMNS = ['entity_type', 'entity_id', 'seq', 'at', 'actor', 'note', 'doc'];

/** Every entity type (a Record, so adding one to `EntityType` fails to compile until it is listed). */
const ENTITY_TYPES: Readonly<Record<EntityType, true>> = {
  person: true,
  facility: true,
  source: true,
  digest: true,
  court: true,
  article: true,
};

/** Builds the revision repository bound to `db` (a transaction). */
export function revisionRepository(db: Kysely<Database>, dialect: StoreDialect): RevisionRepository {
  return {
    async append(rev) {
      const [id] = await appendMany(db, dialect, [rev]);
      return id as number;
    },
    appendMany: (revs) => appendMany(db, dialect, revs),
    async get(id) {
      const row = await db.selectFrom('revisions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRevision(row) : undefined;
    },
    async listFor(entityType, entityId) {
      const rows = await db
        .selectFrom('revisions')
        .selectAll()
        .where('entity_type', '=', entityType)
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute();
      return rows.map(toRevision);
    },
    async latestFor(entityType, entityId) {
      const row = await db
        .selectFrom('revisions')
        .selectAll()
        .where('entity_type', '=', entityType)
        .where('entity_id', '=', entityId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toRevision(row) : undefined;
    },
    async lastId() {
      const row = await db
        .selectFrom('revisions')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst();
      return Number(row?.id ?? 0);
    },
    async since(entityType, afterId, limit) {
      const rows = await db
        .selectFrom('revisions')
        .selectAll()
        .where('entity_type', '=', entityType)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toRevision);
    },
    async deletions(types, limit) {
      if (types.length === 0) return [];
      const rows = await db
        .selectFrom('revisions as r')
        .select(['r.id', 'r.entity_type', 'r.entity_id', 'r.seq', 'r.at', 'r.actor', 'r.note'])
        .where('r.doc', 'is', null)
        // `|| ''` and `+ 0` keep the planner off the other indexes and the id order: only the
        // partial index of deletions (migration 020) answers, with or without ANALYZE's
        // statistics (without them, right after a large import, SQLite scanned every revision).
        .where(sql<string>`r.entity_type || ''`, 'in', [...types])
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('revisions as later')
                .select('later.id')
                .whereRef('later.entity_type', '=', 'r.entity_type')
                .whereRef('later.entity_id', '=', 'r.entity_id')
                .whereRef('later.seq', '>', 'r.seq'),
            ),
          ),
        )
        .orderBy(sql`r.id + 0`, 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => {
        const { doc: _doc, ...rest } = toRevision({ ...row, doc: null } as Selectable<RevisionsTable>);
        return rest;
      });
    },
    async entityIdsSince(entityType, afterId, limit) {
      const rows = await db
        .selectFrom('revisions')
        .select('entity_id')
        .where('entity_type', '=', entityType)
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.entity_id);
    },
  };
}

/**
 * Appends snapshots in order, numbering each after the record's latest one (also
 * when one batch holds several revisions of a record). Returns ids in input order.
 */
async function appendMany(
  db: Kysely<Database>,
  dialect: StoreDialect,
  revs: readonly NewRevision[],
): Promise<number[]> {
  revs.forEach(checkRevision);
  const ids: number[] = [];
  const nextSeq = new Map<string, number>();
  for (let start = 0; start < revs.length; start += REVISIONS_PER_QUERY) {
    const chunk = revs.slice(start, start + REVISIONS_PER_QUERY);
    await loadLatestSeqs(db, dialect, chunk, nextSeq);
    const values: unknown[] = [];
    const keys: string[] = [];
    for (const rev of chunk) {
      const key = recordKey(rev.entityType, rev.entityId);
      const seq = (nextSeq.get(key) ?? 0) + 1;
      nextSeq.set(key, seq);
      keys.push(`${key}#${seq}`);
      const doc = docText(rev);
      values.push(rev.entityType, rev.entityId, seq, rev.at, rev.actor, rev.note, doc);
    }
    const inserted = await insertRows<{ id: number; entity_type: string; entity_id: string; seq: number }>(
      db,
      dialect,
      {
        table: 'revisions',
        columns: REVISION_COLUMNS,
        returning: ['id', 'entity_type', 'entity_id', 'seq'],
        utf8Columns: ['doc'],
      },
      values,
    );
    const idByKey = new Map(inserted.map((r) => [`${recordKey(r.entity_type, r.entity_id)}#${r.seq}`, Number(r.id)]));
    for (const key of keys) ids.push(idByKey.get(key) as number);
  }
  return ids;
}

/** Fills `nextSeq` with the latest stored seq of every record in `chunk` not seen yet. */
async function loadLatestSeqs(
  db: Kysely<Database>,
  dialect: StoreDialect,
  chunk: readonly NewRevision[],
  nextSeq: Map<string, number>,
): Promise<void> {
  const byType = new Map<string, Set<string>>();
  for (const rev of chunk) {
    if (nextSeq.has(recordKey(rev.entityType, rev.entityId))) continue;
    const set = byType.get(rev.entityType) ?? new Set<string>();
    set.add(rev.entityId);
    byType.set(rev.entityType, set);
  }
  for (const [type, idSet] of byType) {
    const entityIds = [...idSet];
    const rows = await db
      .selectFrom('revisions')
      .select((eb) => ['entity_id', eb.fn.max('seq').as('seq')])
      .where('entity_type', '=', type)
      .where((eb) => dialect.inList(eb.ref('entity_id'), entityIds))
      .groupBy('entity_id')
      .execute();
    for (const id of entityIds) nextSeq.set(recordKey(type, id), 0);
    for (const r of rows) nextSeq.set(recordKey(type, r.entity_id), Number(r.seq));
  }
}

function checkRevision(rev: NewRevision): void {
  if (!Object.hasOwn(ENTITY_TYPES, rev.entityType)) {
    throw new RollcallError(
      'invalid-revision',
      `Unknown entity type "${rev.entityType}"; use one of ${Object.keys(ENTITY_TYPES).join(', ')}.`,
    );
  }
  if (!rev.entityId || !rev.actor || !rev.at) {
    throw new RollcallError('invalid-revision', 'A revision needs an entity id, an actor and a timestamp (at).', {
      entityId: rev.entityId,
    });
  }
}

/** The doc as stored: JSON text, or its UTF-8 bytes as a Buffer view (no copy). */
function docText(rev: NewRevision): string | Buffer | null {
  const given = rev.docJson;
  if (typeof given === 'string') return given;
  if (given !== undefined) return Buffer.from(given.buffer, given.byteOffset, given.byteLength);
  return rev.doc === null || rev.doc === undefined ? null : JSON.stringify(rev.doc);
}

function recordKey(type: string, id: string): string {
  return `${type}\u0000${id}`;
}

function toRevision(row: Selectable<RevisionsTable>): Revision {
  return {
    id: row.id,
    entityType: row.entity_type as EntityType,
    entityId: row.entity_id,
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    note: row.note,
    doc: row.doc === null ? null : (JSON.parse(row.doc) as unknown),
  };
}
