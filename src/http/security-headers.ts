/**
 * Security headers on every response (pages, API, downloads, errors, redirects, 304s):
 * a strict Content-Security-Policy (the site loads no script, only its own stylesheet and
 * images, and its only form sends to itself; the report form alone may run the site's own
 * proof-of-work script, `/assets/report-pow.js`), Permissions-Policy denying powerful
 * features, `Referrer-Policy: no-referrer`, `nosniff`, no framing, and a cross-origin
 * opener policy. HSTS only when the request came over https or the site is configured as
 * behind TLS (`ROLLCALL_TLS=1`, see README): sent over plain http it would be ignored, and
 * sent by a site that is not on https it would lock readers out.
 *
 * @example
 * app.use('*', securityHeaders({ behindTls: process.env.ROLLCALL_TLS === '1' }));
 * (await app.request('/en/')).headers.get('Content-Security-Policy'); // "default-src 'none'; …"
 */
import type { MiddlewareHandler } from 'hono';

export interface SecurityHeaderOptions {
  /** The site is served over https by a proxy in front of it: send HSTS on every response. */
  behindTls?: boolean;
}

/** What pages may load: their own stylesheet and images; no script, no frames, no plugins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "img-src 'self'",
  "style-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Staff pages (`/staff/…`) may run one script of the site's own, `/staff/assets/passkey.js`
 * (WebAuthn), and call back to the site; still no inline script and nothing from elsewhere.
 */
export const STAFF_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "style-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The report form (`/{lang}/report/`) may run scripts of the site's own: the one it loads
 * is `/assets/report-pow.js` (the proof of work, and the name search it asks this site
 * for: `POST /{lang}/report/names`). No inline script, no other site, nothing
 * from elsewhere; every other public page keeps {@link CONTENT_SECURITY_POLICY}. The same
 * policy as the staff pages' (their own scripts, calls to this site only).
 */
export const REPORT_CONTENT_SECURITY_POLICY = STAFF_CONTENT_SECURITY_POLICY;

/** The paths that get {@link REPORT_CONTENT_SECURITY_POLICY}. */
export const REPORT_PAGE_PATH = /^\/(be|ru|en)\/report\/$/;

/** Features no page uses, denied to the page and to anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** One year, as browsers' preload lists ask. */
export const HSTS = 'max-age=31536000; includeSubDomains';

const FIXED: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Permissions-Policy', PERMISSIONS_POLICY],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** The middleware (see the module comment). */
export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // On the response's own headers: `c.header()` after the handler would copy the whole
    // response into a new one (its body read back through a stream) on every request.
    const headers = c.res.headers;
    for (const [name, value] of FIXED) headers.set(name, value);
    if (c.req.path.startsWith('/staff/')) headers.set('Content-Security-Policy', STAFF_CONTENT_SECURITY_POLICY);
    else if (REPORT_PAGE_PATH.test(c.req.path)) headers.set('Content-Security-Policy', REPORT_CONTENT_SECURITY_POLICY);
    if (options.behindTls || c.req.url.startsWith('https:')) headers.set('Strict-Transport-Security', HSTS);
  };
}
