/**
 * `AuditRepository`: the rows of the append-only audit log. Only inserts and reads;
 * the hashes are computed by the caller (`src/app/audit.ts`).
 */
import type { Kysely, Selectable } from 'kysely';
import type { AuditRepository } from '../app/ports.js';
import type { AuditEntry, AuditOutcome } from '../domain/audit.js';
import type { AuditLogTable, Database } from './schema.js';

/** Builds the audit repository bound to `db` (a transaction). */
export function auditRepository(db: Kysely<Database>): AuditRepository {
  return {
    async head() {
      const row = await db
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? { seq: Number(row.seq), hash: row.hash } : null;
    },
    async append(entry) {
      await db
        .insertInto('audit_log')
        .values({
          seq: entry.seq,
          at: entry.at,
          actor: entry.actor,
          action: entry.action,
          resource_type: entry.resourceType,
          resource_id: entry.resourceId,
          revision_id: entry.revisionId,
          outcome: entry.outcome,
          details: JSON.stringify(entry.details),
          prev_hash: entry.prevHash,
          hash: entry.hash,
        })
        .execute();
    },
    async page(afterSeq, limit) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map(toEntry);
    },
    async latest(limit, beforeSeq) {
      let q = db.selectFrom('audit_log').selectAll();
      if (beforeSeq !== undefined) q = q.where('seq', '<', beforeSeq);
      const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
      return rows.map(toEntry);
    },
  };
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    revisionId: row.revision_id === null ? null : Number(row.revision_id),
    outcome: row.outcome as AuditOutcome,
    details: parseDetails(row.details),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Details as stored; text that is not a JSON object is kept as is so verify reports the entry. */
function parseDetails(text: string): AuditEntry['details'] {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as AuditEntry['details'])
      : { unparsable: text };
  } catch {
    return { unparsable: text };
  }
}
