/**
 * Public photos in the static mirror: the crawl meets `/photos/…` in the pages' image
 * links and fetches them here, through the same public read the server's
 * `/photos/:name` uses (`publicPhoto`: the current public photo of a public person
 * only), so the mirror holds exactly the photos the site serves.
 *
 * @example
 * const app = withPublicPhotos(ctx, createSiteRoutes(ctx, { mode: 'mirror' }));
 * await app.request('/photos/p-1-3fa9c2d0e1b4c5d6.jpg'); // 200 image/jpeg, or 404
 */
import type { AppContext } from '../app/context.js';
import { publicPhoto } from '../app/photos.js';
import type { SiteFetcher } from './mirror.js';

const PHOTO_PATH = /^\/photos\/([a-z]{1,3}-[A-Za-z0-9_-]{1,64}-[0-9a-f]{16}\.jpg)$/;

export function withPublicPhotos(ctx: AppContext, site: SiteFetcher): SiteFetcher {
  return {
    async request(path) {
      const name = PHOTO_PATH.exec(path)?.[1];
      if (name === undefined) return site.request(path);
      const photo = await publicPhoto(ctx, name);
      if (!photo) return new Response(null, { status: 404 });
      return new Response(photo.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': photo.mediaType } });
    },
  };
}
