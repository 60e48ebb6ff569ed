/**
 * The auth middleware: sets the request's `principal` from an API token
 * (`Authorization: Bearer rct_…`) or the session cookie (`__Host-rollcall`,
 * Secure, HttpOnly, SameSite=Strict), or null for anonymous readers. A bad or
 * ended credential is simply anonymous. Responses to a signed-in request are
 * never cached (`Cache-Control: no-store`).
 *
 * @example
 * const app = createHttpApp(ctx, { authenticate: staffAuthentication(ctx) });
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_ABSOLUTE_MS } from '../../domain/credentials.js';
import type { AppContext } from '../../app/context.js';
import { principalForSession } from '../../app/auth/sign-in.js';
import { principalForToken } from '../../app/auth/tokens.js';
import type { ApiEnv } from '../route-policy.js';
import { csrfToken } from './csrf.js';

/** `__Host-` needs Secure, Path=/ and no Domain; browsers treat localhost as secure. */
export const SESSION_COOKIE = 'rollcall';
export const DEVICE_COOKIE = 'rollcall-device';

/** The Hono environment of the app (principal, effect, csrf, session). */
export type StaffEnv = ApiEnv;

export function staffAuthentication(ctx: AppContext): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    c.set('principal', null);
    c.set('csrf', null);
    c.set('sessionSecret', null);
    const bearer = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer !== undefined) {
      c.set('principal', await principalForToken(ctx, bearer));
    } else {
      const secret = getCookie(c, SESSION_COOKIE, 'host');
      const principal = secret ? await principalForSession(ctx, secret) : null;
      if (principal && secret) {
        c.set('principal', principal);
        c.set('sessionSecret', secret);
        c.set('csrf', csrfToken(secret));
      }
    }
    await next();
    if (c.get('principal') || c.req.path.startsWith('/staff')) c.res.headers.set('Cache-Control', 'no-store');
  };
}

export function setSessionCookie(c: Context, secret: string): void {
  setCookie(c, SESSION_COOKIE, secret, {
    prefix: 'host',
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Strict',
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { prefix: 'host', path: '/', secure: true });
}

/** The device cookie (see `src/app/auth/throttle.ts`): a year, only for sign-in. */
export function setDeviceCookie(c: Context, seal: string): void {
  setCookie(c, DEVICE_COOKIE, seal, {
    prefix: 'host',
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Strict',
    maxAge: 365 * 86_400,
  });
}

export function deviceCookie(c: Context): string | undefined {
  return getCookie(c, DEVICE_COOKIE, 'host');
}
