/**
 * `PhotoRepository`: photo bytes by file name (table `photos`, migration 016).
 *
 * @example
 * await repos.photos.save({ name: 'p-1-3fa9c2d0e1b4.jpg', personId: 'p-1', bytes, ... });
 * const photo = await repos.photos.get('p-1-3fa9c2d0e1b4.jpg');
 */
import type { Kysely } from 'kysely';
import type { PhotoRepository } from '../app/ports.js';
import type { Database } from './schema.js';

export function photoRepository(db: Kysely<Database>): PhotoRepository {
  return {
    async save(photo) {
      await db
        .insertInto('photos')
        .values({
          name: photo.name,
          person_id: photo.personId,
          sha256: photo.sha256,
          media_type: photo.mediaType,
          width: photo.width,
          height: photo.height,
          bytes: photo.bytes,
          created_at: photo.createdAt,
        })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
    },
    async get(name) {
      const row = await db.selectFrom('photos').selectAll().where('name', '=', name).executeTakeFirst();
      if (!row) return undefined;
      return {
        name: row.name,
        personId: row.person_id,
        sha256: row.sha256,
        mediaType: row.media_type,
        width: Number(row.width),
        height: Number(row.height),
        bytes: new Uint8Array(row.bytes),
        createdAt: row.created_at,
      };
    },
  };
}
