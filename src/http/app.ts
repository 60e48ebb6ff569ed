/**
 * The HTTP application: a Hono app over the use cases. Each route validates its
 * input with a schema, calls a use case and passes the result through a
 * presenter that whitelists public fields. Nothing about the client (address,
 * user agent) is stored or logged.
 *
 * @example
 * const app = createHttpApp(ctx);
 * const res = await app.request('/api/v1/stats?at=2024-02-02'); // in-process, no port
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { type AppContext } from '../app/context.js';
import { apiRoutes } from './routes/api.js';
import { recordRoutes } from './routes/records.js';
import { reviewRoutes } from './routes/review.js';
import { registryTransferRoutes } from './routes/registry-transfer.js';
import { digestApiRoutes } from './routes/digests.js';
import { staffDigestRoutes } from './routes/staff-digests.js';
import { authorize, type ApiEnv } from './route-policy.js';
import { errorResponse } from './error-response.js';
import { securityHeaders } from './security-headers.js';
import { compression } from './compression.js';
import { publicReads } from './public-reads.js';
import { createSiteRoutes, notFoundPage } from '../web/site.js';
import { openDataRoutes } from '../web/opendata/routes.js';
import { configuredPublicUrl, siteOrigin } from '../web/origin.js';
import { staffAuthentication, type StaffEnv } from './auth/authenticate.js';
import { csrfProtection } from './auth/csrf.js';
import { formBodyLimit, MAX_FORM_BYTES } from './form-limit.js';
import { staffAuthRoutes, staffLang } from './routes/staff-auth.js';
import { accountRoutes } from './routes/accounts.js';
import { staffAdminRoutes } from './routes/staff-admin.js';
import { passkeyRoutes } from './routes/passkeys.js';
import { staffReviewRoutes } from './routes/staff-review.js';
import { staffTipRoutes } from './routes/staff-tips.js';
import { staffDuplicateRoutes } from './routes/staff-duplicates.js';
import { staffPersonFormRoutes } from './routes/staff-persons-form.js';
import { staffHistoryRoutes } from './routes/staff-history.js';
import { staffDeskRoutes } from './routes/staff-desk.js';
import { staffRecordRoutes } from './routes/staff-records.js';
import { staffOpenApiDocument } from './staff-openapi.js';
import { createThrottle } from '../app/auth/throttle.js';
import { refusalPage } from '../web/staff/pages.js';
import { createTranslator } from '../i18n/translator.js';
import { rateLimit, type RateLimitOptions } from './rate-limit.js';
import { tipPublicRoutes, type TipRouteOptions } from './routes/tips-public.js';
import type { ProofOfWork, ProofOfWorkOptions } from './proof-of-work.js';
import { reportNameRoutes } from './routes/report-names.js';
import { staffRecordFormRoutes } from './routes/staff-records-form.js';
import { mergeRoutes } from './routes/merges.js';
import { staffPhotoRoutes } from './routes/staff-photos.js';
import { photoRoutes } from './routes/photos.js';
import { telegramRoutes, type TelegramWebhook } from './routes/telegram.js';
import { staffMergeRoutes } from './routes/staff-merge.js';

export interface HttpAppOptions {
  /** 'mirror' renders pages with links for a static copy (see `rollcall mirror`). */
  mode?: 'server' | 'mirror';
  /**
   * Sets the `principal` context variable. Default: API tokens and session cookies
   * (`auth/authenticate.ts`) in server mode, anonymous in mirror mode; tests may pass their own.
   */
  authenticate?: MiddlewareHandler<ApiEnv>;
  /** Served over https by a proxy in front (`ROLLCALL_TLS=1`): send HSTS. */
  behindTls?: boolean;
  /**
   * A per-client limit on the expensive routes (`rate-limit.ts`; signed-in staff are not
   * limited). Off when absent: `rollcall serve` passes `rateLimitFromEnv(process.env)`.
   */
  rateLimit?: RateLimitOptions | null;
  /**
   * The report form's proof of work (`proof-of-work.ts`): difficulty, the wait without
   * JavaScript, the clock (or one made already: the tips benchmark's, which measures without
   * it). Default: 15 bits, 30 seconds, the real clock.
   */
  proofOfWork?: ProofOfWorkOptions | ProofOfWork;
  /** The tip line's Telegram bot in webhook mode (`POST /telegram/webhook`); absent: that route answers 404. */
  telegramWebhook?: TelegramWebhook | null;
  /** The tip routes' own limit per network (default 5 at once, 10 an hour; the benchmark raises it). */
  tipLimit?: Pick<TipRouteOptions, 'burst' | 'perHour'>;
}

export function createHttpApp(ctx: AppContext, options: HttpAppOptions = {}): Hono {
  const mode = options.mode ?? 'server';
  const app = new Hono<StaffEnv>();
  app.use('*', securityHeaders({ behindTls: options.behindTls ?? false }));
  app.use('*', compression());
  app.use('*', publicReads());
  app.use('*', options.authenticate ?? (mode === 'mirror' ? anonymous : staffAuthentication(ctx)));
  if (options.rateLimit) {
    app.use('*', rateLimit({ ...options.rateLimit, exempt: (c) => Boolean((c as Context<ApiEnv>).get('principal')) }));
  }
  app.use('*', formBodyLimit(MAX_FORM_BYTES, formTooLarge));
  app.use('*', csrfProtection(csrfRefused));
  app.use('*', authorize(ctx, staffRefusal));
  app.get('/healthz', (c) => c.json({ ok: true }));
  // The staff API's OpenAPI document, for signed-in staff (`staff-openapi.ts`).
  app.get('/api/openapi-staff.json', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(staffOpenApiDocument());
  });
  app.route('/api/v1', apiRoutes(ctx));
  app.route('/api/v1', recordRoutes(ctx));
  app.route('/api/v1', reviewRoutes(ctx));
  app.route('/api/v1', accountRoutes(ctx));
  // -- merge: API routes --
  app.route('/api/v1', mergeRoutes(ctx));
  // -- digests: API routes --
  app.route('/api/v1', digestApiRoutes(ctx));
  // -- api-rest: API routes --
  app.route('/api/v1', registryTransferRoutes(ctx));
  // -- desk: API routes --
  // -- forms: API routes --
  // -- photos: API routes --
  app.route('/', photoRoutes(ctx));
  // -- tips: API routes --
  if (mode === 'server')
    app.route(
      '/',
      tipPublicRoutes(ctx, {
        ...options.tipLimit,
        trustProxyHops: options.rateLimit?.trustProxyHops ?? 0,
        ...(options.proofOfWork ? { proofOfWork: options.proofOfWork } : {}),
      }),
    );
  if (mode === 'server') app.route('/', reportNameRoutes(ctx));
  // -- telegram: API routes --
  app.route('/', telegramRoutes(options.telegramWebhook ?? null));
  if (mode === 'server') {
    app.route('/', staffAuthRoutes(ctx, createThrottle()));
    app.route('/', staffAdminRoutes(ctx));
    app.route('/', passkeyRoutes(ctx));
    // -- merge: staff pages --
    app.route('/', staffMergeRoutes(ctx));
    app.route('/', staffDuplicateRoutes(ctx));
    // -- digests: staff pages --
    app.route('/', staffDigestRoutes(ctx));
    // -- api-rest: staff pages --
    // -- desk: staff pages --
    app.route('/', staffReviewRoutes(ctx));
    app.route('/', staffHistoryRoutes(ctx));
    app.route('/', staffDeskRoutes(ctx));
    app.route('/', staffRecordRoutes(ctx));
    // -- forms: staff pages --
    app.route('/', staffPersonFormRoutes(ctx));
    // -- photos: staff pages --
    app.route('/', staffRecordFormRoutes(ctx));
    app.route('/', staffPhotoRoutes(ctx));
    // -- tips: staff pages --
    app.route('/', staffTipRoutes(ctx));
    // -- telegram: staff pages --
  }
  app.route('/', createSiteRoutes(ctx, { mode }));
  app.route('/', openDataRoutes(ctx));
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    // Under /be/, /ru/, /en/ a reader gets a page in that language, not JSON.
    const page = notFoundPage(path, mode, mode === 'mirror' ? configuredPublicUrl() : siteOrigin(c.req.url));
    if (page !== null) return c.html(page, 404);
    return c.json({ error: { code: 'not-found', message: `Nothing at ${path}.`, details: null } }, 404);
  });
  app.onError((err, c) => {
    const { status, body, retryAfter } = errorResponse(err, ctx.store.description);
    if (retryAfter !== null) c.header('Retry-After', retryAfter);
    return c.json(body, status as 500);
  });
  return app as unknown as Hono;
}

/** A form past {@link MAX_FORM_BYTES}: under /staff/ a page in its language, elsewhere JSON. */
function formTooLarge(c: Context): Response {
  const mb = Math.floor(MAX_FORM_BYTES / 1024 / 1024);
  const message = createTranslator(staffLang(c))('staff.error.formTooLarge', { mb });
  if (c.req.path.startsWith('/staff/'))
    return c.html(`<!doctype html><title>413</title><p role="alert">${message}</p>`, 413);
  return c.json({ error: { code: 'too-large', message, details: null } }, 413);
}

/** A refused form: under /staff/ a page in its language, elsewhere JSON. */
function csrfRefused(c: Context): Response {
  const message = createTranslator(staffLang(c))('staff.error.csrf');
  if (c.req.path.startsWith('/staff/'))
    return c.html(`<!doctype html><title>403</title><p role="alert">${message}</p>`, 403);
  return c.json({ error: { code: 'csrf', message, details: null } }, 403);
}

/** 401/403 under /staff/: a page (the sign-in form, or "not for your role"), not JSON. */
function staffRefusal(c: Context, status: 401 | 403, role: string | null): Response | null {
  if (!c.req.path.startsWith('/staff/')) return null;
  return c.html(refusalPage({ lang: staffLang(c), role, path: c.req.path }), status);
}

/** No auth middleware: every request is anonymous. */
const anonymous: MiddlewareHandler<ApiEnv> = async (c, next) => {
  c.set('principal', null);
  await next();
};
