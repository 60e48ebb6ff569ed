/**
 * Photos as the public pages link them: `GET /photos/:name`, only the current public
 * photo of a public person (`disclosure/public-photo.ts`; anything else is 404, the
 * same answer as a name that never existed). The name carries the image's hash, so
 * the ETag is that hash; the cache keeps it a day, so a photo made internal leaves
 * caches within a day while repeat visits revalidate with a 304.
 *
 * @example
 * app.route('/', photoRoutes(ctx)); // GET /photos/p-1-3fa9c2d0e1b4c5d6.jpg -> image/jpeg
 */
import { Hono } from 'hono';
import type { AppContext } from '../../app/context.js';
import { publicPhoto } from '../../app/photos.js';
import { etagMatches } from '../../web/kit/etag.js';
import type { StaffEnv } from '../auth/authenticate.js';

/** The only names stored photos have: `<person id>-<16 hex>.jpg`. */
export const PHOTO_NAME = /^[a-z]{1,3}-[A-Za-z0-9_-]{1,64}-[0-9a-f]{16}\.jpg$/;
export const PHOTO_CACHE_CONTROL = 'public, max-age=86400';

export function photoRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.get('/photos/:name', async (c) => {
    const name = c.req.param('name');
    const photo = PHOTO_NAME.test(name) ? await publicPhoto(ctx, name) : null;
    if (!photo) return c.json({ error: { code: 'not-found', message: `Nothing at /photos/${name}.` } }, 404);
    const etag = `"${photo.sha256.slice(0, 32)}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', PHOTO_CACHE_CONTROL);
    if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    return c.body(photo.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': photo.mediaType,
      'Content-Length': String(photo.bytes.byteLength),
    });
  });
  return app;
}
