/**
 * A cap on form bodies (`application/x-www-form-urlencoded`, `multipart/form-data`) before
 * anything reads them: the CSRF check parses a signed-in session's form to find its token,
 * so without this a form of any size would be buffered in memory first. Counted as the bytes
 * arrive when no Content-Length is given. JSON bodies have their own cap (`routes/body.ts`).
 *
 * @example
 * app.use('*', formBodyLimit(MAX_FORM_BYTES, (c) => c.text('too large', 413)));
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * 32 MiB: above every route's own cap (a tip with three photos, 24 MiB; a staff photo, 10 MiB),
 * so those answer first in their own words; this one bounds what any other form can make us hold.
 */
export const MAX_FORM_BYTES = 32 * 1024 * 1024;

const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

export function formBodyLimit(
  maxSize: number,
  onTooLarge: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  const limit = bodyLimit({ maxSize, onError: onTooLarge });
  return (c, next) => (FORM_TYPE.test(c.req.header('content-type') ?? '') ? limit(c, next) : next());
}
