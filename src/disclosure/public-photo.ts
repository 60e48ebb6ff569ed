/**
 * Which photo file the public may fetch: the current photo of a public person, when
 * the photo itself is public and a file on this site. Anything else (an internal
 * person or photo, an older photo the record no longer names, a deleted person) is
 * not served: default deny.
 *
 * @example
 * publicPhotoName(person) // 'p-1-3fa9c2d0e1b4.jpg', or null
 */
import { isSitePhotoRef, type Person } from '../domain/record.js';
import { isPublic } from './public-person.js';

export function publicPhotoName(person: Person | undefined): string | null {
  const photo = person?.photo;
  if (!person || !isPublic(person) || !photo || !isPublic(photo) || !isSitePhotoRef(photo.ref)) return null;
  return /^\/?photos\/([A-Za-z0-9._-]+)$/.exec(photo.ref)?.[1] ?? null;
}
