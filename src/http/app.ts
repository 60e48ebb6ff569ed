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
import { Hono, type MiddlewareHandler } from 'hono';
import { AppError, type AppContext } from '../app/context.js';
import { DomainError } from '../domain/errors.js';
import { apiRoutes } from './routes/api.js';
import { recordRoutes } from './routes/records.js';
import { reviewRoutes } from './routes/review.js';
import { authorize, type ApiEnv } from './route-policy.js';
import { StoreError } from '../store/errors.js';
import { describeError } from './process-guard.js';
import { createSiteRoutes, notFoundPage } from '../web/site.js';
import { openDataRoutes } from '../web/opendata/routes.js';
import { configuredPublicUrl, siteOrigin } from '../web/origin.js';

export interface HttpAppOptions {
  /** 'mirror' renders pages with links for a static copy (see `rollcall mirror`). */
  mode?: 'server' | 'mirror';
  /**
   * Sets the `principal` context variable (the auth middleware; tests pass their own).
   * Without it every request is anonymous.
   */
  authenticate?: MiddlewareHandler<ApiEnv>;
}

export function createHttpApp(ctx: AppContext, options: HttpAppOptions = {}): Hono {
  const mode = options.mode ?? 'server';
  const app = new Hono<ApiEnv>();
  app.use('*', async (c, next) => {
    await next();
    // On the response's own headers: `c.header()` after the handler would copy the whole
    // response into a new one (its body read back through a stream) on every request.
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
  });
  app.use('*', options.authenticate ?? anonymous);
  app.use('*', authorize(ctx));
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/api/v1', apiRoutes(ctx));
  app.route('/api/v1', recordRoutes(ctx));
  app.route('/api/v1', reviewRoutes(ctx));
  app.route('/', createSiteRoutes(ctx, { mode }));
  app.route('/', openDataRoutes(ctx));
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    // Under /be/, /ru/, /en/ a reader gets a page in that language, not JSON.
    const page = notFoundPage(path, mode, mode === 'mirror' ? configuredPublicUrl() : siteOrigin(c.req.url));
    if (page !== null) return c.html(page, 404);
    return c.json({ error: { code: 'not-found', message: `Nothing at ${path}.` } }, 404);
  });
  app.onError((err, c) => {
    if (err instanceof AppError) {
      return c.json(
        { error: { code: err.code, message: err.message, details: err.details ?? null } },
        err.status as 400,
      );
    }
    if (err instanceof StoreError && err.code === 'store-busy') {
      const seconds = String((err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 5);
      c.header('Retry-After', seconds);
      return c.json({ error: { code: 'busy', message: err.message, details: err.details ?? null } }, 503);
    }
    if (err instanceof DomainError) return c.json({ error: { code: err.code, message: err.message } }, 400);
    console.error(`internal error: ${describeError(err)}`); // no message, no request: no client data in logs
    return c.json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500);
  });
  return app as unknown as Hono;
}

/** No auth middleware: every request is anonymous. */
const anonymous: MiddlewareHandler<ApiEnv> = async (c, next) => {
  c.set('principal', null);
  await next();
};
