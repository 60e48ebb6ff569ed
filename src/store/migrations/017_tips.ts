/**
 * 017: the tip line. Every tip's content (fields, attachments, messages, triage
 * notes and the person it is linked to) is stored only as ciphertext under the
 * tip's own key; the key is kept sealed to each reviewer's public key and wrapped
 * under the sender's receipt. In plain text a row keeps only its number, its
 * state, the reviewer it is assigned to and days (never a time of day); the
 * receipt is kept as a hash. A reviewer's private key is stored encrypted under a
 * key derived from their passphrase.
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tips')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('receipt_hash', 'text', (c) => c.notNull().unique())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('assigned_to', 'text')
    .addColumn('received_day', 'text', (c) => c.notNull())
    .addColumn('closed_day', 'text')
    .addColumn('body', 'blob', (c) => c.notNull())
    .addColumn('triage', 'blob')
    .addColumn('receipt_key', 'blob', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tips_state').on('tips').columns(['state', 'id']).execute();
  await db.schema
    .createTable('tip_seals')
    .addColumn('tip_id', 'integer', (c) => c.notNull().references('tips.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('sealed', 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('tip_seals_pk', ['tip_id', 'user_id'])
    .execute();
  await db.schema.createIndex('tip_seals_user').on('tip_seals').column('user_id').execute();
  await db.schema
    .createTable('tip_messages')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('tip_id', 'integer', (c) => c.notNull().references('tips.id').onDelete('cascade'))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('body', 'blob', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tip_messages_tip').on('tip_messages').columns(['tip_id', 'id']).execute();
  await db.schema
    .createTable('tip_attachments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('tip_id', 'integer', (c) => c.notNull().references('tips.id').onDelete('cascade'))
    .addColumn('meta', 'blob', (c) => c.notNull())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tip_attachments_tip').on('tip_attachments').column('tip_id').execute();
  await db.schema
    .createTable('tip_reviewer_keys')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('public_key', 'blob', (c) => c.notNull())
    .addColumn('locked_key', 'blob', (c) => c.notNull())
    .addColumn('kdf', 'text', (c) => c.notNull())
    .addColumn('created_day', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['tip_reviewer_keys', 'tip_attachments', 'tip_messages', 'tip_seals', 'tips']) {
    await db.schema.dropTable(table).execute();
  }
}
