/**
 * 016: photos of people, as the bytes the site serves. An upload is re-encoded and
 * stripped of metadata before it gets here (`app/photos.ts`), so the row holds only
 * pixels: a baseline JPEG, its size and a SHA-256 that names it (`name`, the file of
 * the person record's `photo.ref`, e.g. `p-1-3fa9c2d0e1b4.jpg`). Kept in the database,
 * not in files, so a photo is written in the same transaction as the revision that
 * refers to it and travels with every backup of the registry.
 */
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('photos')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('photos_person').on('photos').column('person_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('photos').execute();
}
