/**
 * CSRF protection for every state-changing request (anything but GET, HEAD and
 * OPTIONS). Two checks:
 * - the `Origin` (or, without it, `Sec-Fetch-Site`) must be this site: a form on
 *   another site cannot post here, not even to the sign-in form;
 * - a request made with the session cookie must carry the session's CSRF token,
 *   in the form field `csrf` or the `X-CSRF-Token` header. The token is derived
 *   from the session secret, so the server stores nothing for it.
 * API-token requests carry no cookie a browser would add by itself and need no token.
 *
 * @example
 * app.use('*', csrfProtection());
 * html`<input type="hidden" name="csrf" value="${c.get('csrf')}">`
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { sameSecret } from '../../app/auth/secrets.js';
import type { StaffEnv } from './authenticate.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The CSRF token of a session. */
export function csrfToken(sessionSecret: string): string {
  return createHash('sha256').update(`csrf\0${sessionSecret}`).digest('base64url');
}

export function csrfProtection(onRefused: (c: Context) => Response | Promise<Response>): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    if (!sameOrigin(c)) return onRefused(c);
    const expected = c.get('csrf');
    if (expected !== null && expected !== undefined) {
      const sent = c.req.header('x-csrf-token') ?? (await formField(c, 'csrf'));
      if (!sent || !sameSecret(sent, expected)) return onRefused(c);
    }
    return next();
  };
}

/** True when the browser says the request comes from this site (or it is not a browser). */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  // Under `Referrer-Policy: no-referrer` browsers send `Origin: null` even for a form of
  // this site; `Sec-Fetch-Site` (which no page can set) then tells.
  if (origin !== undefined && origin !== 'null') {
    try {
      return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
    } catch {
      return false;
    }
  }
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  return origin === undefined; // not a browser (curl, scripts): nothing to forge
}

async function formField(c: Context, name: string): Promise<string | undefined> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data'))
    return undefined;
  const body = await c.req.parseBody();
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}
