/**
 * The site path a merged-away person's page moved to: `/{lang}/persons/<old>/` answers
 * 301 to the survivor's page when the survivor is public (`publicRedirect`, the read
 * model); otherwise the old path stays a 404. Only asked for a path that found nothing.
 *
 * @example
 * await movedPersonPath(ctx, '/en/persons/p-old/'); // '/en/persons/p-new/' or null
 */
import type { AppContext } from '../app/context.js';
import { publicRedirect } from '../app/read-model/index.js';

const PERSON_PATH = /^\/(be|ru|en)\/persons\/([a-z]{1,3}-[A-Za-z0-9_-]{1,64})\/$/;

/** How long a client may keep the redirect: an undo can take it back. */
export const MOVED_CACHE_CONTROL = 'public, max-age=60';

export async function movedPersonPath(ctx: AppContext, path: string): Promise<string | null> {
  const m = PERSON_PATH.exec(path);
  if (!m) return null;
  const target = await publicRedirect(ctx, m[2] as string);
  return target === null ? null : `/${m[1]}/persons/${target}/`;
}
