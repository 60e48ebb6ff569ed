/**
 * `TipRepository`: tips, their seals, messages and attachments, and reviewers'
 * keys. Everything but numbers, states and days arrives already encrypted.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ReviewerKeyRow, TipAuthor, TipRepository, TipRow } from '../app/tips/ports.js';
import type { TipState } from '../domain/tips/states.js';
import { OPEN_TIP_STATES } from '../domain/tips/states.js';
import type { Database, TipReviewerKeysTable, TipsTable } from './schema.js';

const bytes = (b: Uint8Array | Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export function tipRepository(db: Kysely<Database>): TipRepository {
  const activeReviewers = db
    .selectFrom('tip_reviewer_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .where('u.role', '=', 'tip_reviewer')
    .where('u.state', '=', 'active');
  return {
    async add(t) {
      const row = await db
        .insertInto('tips')
        .values({
          receipt_hash: t.receiptHash,
          state: t.state,
          assigned_to: t.assignedTo,
          received_day: t.receivedDay,
          closed_day: t.closedDay,
          body: t.body,
          triage: t.triage,
          receipt_key: t.receiptKey,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async get(id) {
      const row = await db.selectFrom('tips').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toTip(row) : undefined;
    },
    async byReceipt(hash) {
      const row = await db.selectFrom('tips').selectAll().where('receipt_hash', '=', hash).executeTakeFirst();
      return row ? toTip(row) : undefined;
    },
    async list(states) {
      let q = db.selectFrom('tips').selectAll();
      if (states.length > 0) q = q.where('state', 'in', [...states]);
      return (await q.orderBy('id', 'desc').execute()).map(toTip);
    },
    async update(id, f) {
      const set: Partial<Omit<TipsTable, 'id'>> = {};
      if (f.state !== undefined) set.state = f.state;
      if (f.assignedTo !== undefined) set.assigned_to = f.assignedTo;
      if (f.closedDay !== undefined) set.closed_day = f.closedDay;
      if (f.triage !== undefined) set.triage = f.triage;
      if (Object.keys(set).length > 0) await db.updateTable('tips').set(set).where('id', '=', id).execute();
    },
    async countByState() {
      const rows = await db
        .selectFrom('tips')
        .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('state')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)])) as Partial<Record<TipState, number>>;
    },
    async addSeals(seals) {
      if (seals.length === 0) return;
      await db
        .insertInto('tip_seals')
        .values(seals.map((s) => ({ tip_id: s.tipId, user_id: s.userId, sealed: s.sealed })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    async sealsOf(userId, tipIds) {
      let q = db.selectFrom('tip_seals').select(['tip_id', 'sealed']).where('user_id', '=', userId);
      if (tipIds) {
        if (tipIds.length === 0) return new Map();
        q = q.where('tip_id', 'in', [...tipIds]);
      }
      const rows = await q.execute();
      return new Map(rows.map((r) => [r.tip_id, bytes(r.sealed)]));
    },
    async missingSeals() {
      const rows = await db
        .selectFrom('tips as t')
        .innerJoin(activeReviewers.select('k.user_id').as('r'), (j) => j.onTrue())
        .select(['t.id as tipId', 'r.user_id as userId'])
        .where('t.state', 'in', [...OPEN_TIP_STATES])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('tip_seals as s')
                .select('s.tip_id')
                .whereRef('s.tip_id', '=', 't.id')
                .whereRef('s.user_id', '=', 'r.user_id'),
            ),
          ),
        )
        .execute();
      return rows.map((r) => ({ tipId: r.tipId, userId: r.userId }));
    },
    async dropStaleSeals() {
      // Seals are made only to reviewer keys, and keys and users are never deleted, so the
      // stale seals are those of key holders who are no longer active tip reviewers. Asked
      // that way the seals' user index is used, one lookup per key holder: `user_id NOT IN
      // (active reviewers)` read every seal, on every tip submitted.
      const stale = db
        .selectFrom('tip_reviewer_keys as k')
        .leftJoin('users as u', 'u.id', 'k.user_id')
        .select('k.user_id')
        .where((eb) =>
          eb.or([eb('u.id', 'is', null), eb('u.role', '!=', 'tip_reviewer'), eb('u.state', '!=', 'active')]),
        );
      const result = await db.deleteFrom('tip_seals').where('user_id', 'in', stale).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async addMessage(m) {
      await db
        .insertInto('tip_messages')
        .values({ tip_id: m.tipId, author: m.author, day: m.day, body: m.body })
        .execute();
    },
    async messages(tipId, authors) {
      const rows = await db
        .selectFrom('tip_messages')
        .selectAll()
        .where('tip_id', '=', tipId)
        .where('author', 'in', [...authors])
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        tipId: r.tip_id,
        author: r.author as TipAuthor,
        day: r.day,
        body: bytes(r.body),
      }));
    },
    async addAttachment(a) {
      await db.insertInto('tip_attachments').values({ tip_id: a.tipId, meta: a.meta, bytes: a.bytes }).execute();
    },
    async attachments(tipId) {
      const rows = await db
        .selectFrom('tip_attachments')
        .selectAll()
        .where('tip_id', '=', tipId)
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ id: r.id, tipId: r.tip_id, meta: bytes(r.meta), bytes: bytes(r.bytes) }));
    },
    async attachment(id) {
      const r = await db.selectFrom('tip_attachments').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? { id: r.id, tipId: r.tip_id, meta: bytes(r.meta), bytes: bytes(r.bytes) } : undefined;
    },
    async activeReviewerKeys() {
      return (await activeReviewers.selectAll('k').orderBy('k.user_id').execute()).map(toKey);
    },
    async reviewerKey(userId) {
      const row = await db.selectFrom('tip_reviewer_keys').selectAll().where('user_id', '=', userId).executeTakeFirst();
      return row ? toKey(row) : undefined;
    },
    async addReviewerKey(k) {
      await db
        .insertInto('tip_reviewer_keys')
        .values({
          user_id: k.userId,
          public_key: k.publicKey,
          locked_key: k.lockedKey,
          kdf: k.kdf,
          created_day: k.createdDay,
        })
        .execute();
    },
    async closedBefore(day) {
      const rows = await db
        .selectFrom('tips')
        .select('id')
        .where('closed_day', 'is not', null)
        .where('closed_day', '<', day)
        .orderBy('id')
        .execute();
      return rows.map((r) => r.id);
    },
    async remove(ids) {
      if (ids.length === 0) return 0;
      const list = [...ids];
      await db.deleteFrom('tip_seals').where('tip_id', 'in', list).execute();
      await db.deleteFrom('tip_messages').where('tip_id', 'in', list).execute();
      await db.deleteFrom('tip_attachments').where('tip_id', 'in', list).execute();
      const result = await db.deleteFrom('tips').where('id', 'in', list).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function toTip(r: Selectable<TipsTable>): TipRow {
  return {
    id: r.id,
    state: r.state as TipState,
    assignedTo: r.assigned_to,
    receivedDay: r.received_day,
    closedDay: r.closed_day,
    body: bytes(r.body),
    triage: r.triage ? bytes(r.triage) : null,
    receiptKey: bytes(r.receipt_key),
  };
}

function toKey(r: Selectable<TipReviewerKeysTable>): ReviewerKeyRow {
  return {
    userId: r.user_id,
    publicKey: bytes(r.public_key),
    lockedKey: bytes(r.locked_key),
    kdf: r.kdf,
    createdDay: r.created_day,
  };
}
