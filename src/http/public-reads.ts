/**
 * What public reads of the API and the downloads add to their answers, and what every
 * other API answer must not have:
 *
 * - Public GET reads of `/api/v1/…` get a strong ETag that is a hash of the JSON sent
 *   (`web/kit/etag.ts`), a 304 for a matching `If-None-Match`, and
 *   `Cache-Control: public, max-age=60`. The ETag changes only when the public bytes do.
 * - Public GET reads under `/api/` and `/data/` get `Access-Control-Allow-Origin: *` (any
 *   site may read open data) and expose their ETag to scripts.
 * - Staff reads and every write (and their 401/403 refusals) get `Cache-Control: no-store`
 *   and never a CORS header.
 *
 * Public means the route policy (`route-policy.ts`) lists the route as a public read.
 *
 * @example
 * app.use('*', publicReads());
 * const res = await app.request('/api/v1/stats'); // ETag: "…", Access-Control-Allow-Origin: *
 * await app.request('/api/v1/stats', { headers: { 'If-None-Match': res.headers.get('ETag')! } }); // 304
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyEtag, etagMatches } from '../web/kit/etag.js';
import { ROUTE_POLICY, routeKey } from './route-policy.js';

/** How long a public API answer may be reused without asking again. */
export const API_CACHE_CONTROL = 'public, max-age=60';

/** True when the request is a GET (or HEAD) of a route the policy lists as a public read. */
export function isPublicRead(c: Context): boolean {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return false;
  const key = routeKey(c);
  const policy = key === undefined ? undefined : ROUTE_POLICY[key];
  return policy?.action === 'read' && policy.resource === 'public';
}

/** The middleware (see the module comment). */
export function publicReads(): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    const api = path.startsWith('/api/');
    if (!api && !path.startsWith('/data/')) return next();
    const open = isPublicRead(c);
    await next();
    const headers = c.res.headers;
    if (!open) {
      headers.delete('Access-Control-Allow-Origin');
      if (api) headers.set('Cache-Control', 'no-store');
      return;
    }
    headers.set('Access-Control-Allow-Origin', '*');
    headers.set('Access-Control-Expose-Headers', 'ETag');
    if (api && c.res.status === 200 && !headers.has('ETag')) await validate(c);
    const sent = c.res.headers; // a new response when `validate` replaced it
    if (api && !sent.has('Cache-Control')) {
      sent.set('Cache-Control', c.res.status >= 500 ? 'no-store' : API_CACHE_CONTROL);
    }
  };
}

/** Sets the ETag of the body sent and answers 304 when the client holds it. */
async function validate(c: Context): Promise<void> {
  const res = c.res;
  const bytes = new Uint8Array(await res.arrayBuffer());
  const etag = bodyEtag(bytes);
  const headers = new Headers(res.headers);
  headers.set('ETag', etag);
  const notModified = etagMatches(c.req.header('If-None-Match'), etag);
  if (notModified) {
    headers.delete('Content-Type');
    headers.delete('Content-Length');
  }
  // Hono's `c.res` setter would copy the old headers over these: drop the old response first.
  c.res = undefined as unknown as Response;
  c.res = notModified ? new Response(null, { status: 304, headers }) : new Response(bytes, { status: 200, headers });
}
