/**
 * Every route of the HTTP app, with the action and resource the policy table
 * (`src/domain/policy.ts`) decides it by. A route missing here is refused for
 * everyone (default deny), and `route-policy.test.ts` fails for it: add the route
 * here when you add it to the app.
 *
 * `authorize` runs before every route: it looks up the matched route, asks the
 * policy for the request's principal (null: anonymous), answers 401/403 when
 * denied (recording signed-in refusals in the audit log) and otherwise leaves the
 * effect (`allow` or `propose`) in the context for the write routes.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppContext } from '../app/context.js';
import { auditNow } from '../app/audit.js';
import type { Principal } from '../domain/access.js';
import { decide, type Action, type Effect, type Resource } from '../domain/policy.js';

/** The Hono environment of routes that read who acts (`principal` is set by the auth middleware). */
export type ApiEnv = {
  Variables: {
    principal: Principal | null;
    effect: Effect;
    /** The session's CSRF token (session cookies only; see `auth/csrf.ts`). */
    csrf: string | null;
    sessionSecret: string | null;
  };
};

export interface RoutePolicy {
  action: Action;
  resource: Resource;
}

const PUBLIC: RoutePolicy = { action: 'read', resource: 'public' };
const p = (action: Action, resource: Resource): RoutePolicy => ({ action, resource });

/** The staff routes of one record type (see `routes/records.ts`). */
function recordRoutes(plural: string, resource: Resource): Record<string, RoutePolicy> {
  const base = `/api/v1/records/${plural}`;
  return {
    [`GET ${base}/:id`]: p('read', resource),
    [`GET ${base}/:id/history`]: p('read', resource),
    [`POST ${base}`]: p('write', resource),
    [`PUT ${base}/:id`]: p('write', resource),
    [`DELETE ${base}/:id`]: p('delete', resource),
  };
}

/** `METHOD path` as registered (HEAD is answered by the GET route). */
export const ROUTE_POLICY: Readonly<Record<string, RoutePolicy>> = {
  // Public: everything here goes through the public presenters.
  'GET /healthz': PUBLIC,
  'GET /api/v1/persons': PUBLIC,
  'GET /api/v1/persons/:id': PUBLIC,
  'GET /api/v1/facilities': PUBLIC,
  'GET /api/v1/stats': PUBLIC,
  'GET /api/v1/series': PUBLIC,
  'GET /api/v1/flows': PUBLIC,
  'GET /api/v1/releases': PUBLIC,
  'GET /api/v1/expected': PUBLIC,
  'GET /': PUBLIC,
  'GET /assets/site.css': PUBLIC,
  'GET /assets/favicon.svg': PUBLIC,
  'GET /favicon.ico': PUBLIC,
  'GET /robots.txt': PUBLIC,
  'GET /:lang{be|ru|en}/*': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'GET /data/registry.json': PUBLIC,
  'GET /data/registry.csv': PUBLIC,
  'GET /data/registry-excel.csv': PUBLIC,
  'GET /data/letters.csv': PUBLIC,
  'GET /:lang{be|ru|en}/data/': PUBLIC,
  // Staff reads and writes of records.
  ...recordRoutes('persons', 'person'),
  ...recordRoutes('facilities', 'facility'),
  ...recordRoutes('sources', 'source'),
  'POST /api/v1/revisions/:id/restore': p('restore', 'person'),
  'GET /api/v1/proposals': p('read', 'proposal'),
  'GET /api/v1/proposals/:id': p('read', 'proposal'),
  'POST /api/v1/proposals/:id/approve': p('review', 'proposal'),
  'POST /api/v1/proposals/:id/reject': p('review', 'proposal'),
  'GET /api/v1/audit': p('read', 'audit'),
  // The staff API's OpenAPI document: every signed-in role (each operation says who may call it).
  'GET /api/openapi-staff.json': p('read', 'account'),
  // Signing in and the signed-in user's own account.
  'GET /staff/sign-in': p('read', 'session'),
  'POST /staff/sign-in': p('write', 'session'),
  'POST /staff/sign-out': p('write', 'session'),
  'GET /staff/enrol/:secret': p('read', 'session'),
  'POST /staff/enrol/:secret': p('write', 'session'),
  'GET /staff/': p('read', 'account'),
  'GET /staff/sessions': p('read', 'account'),
  'POST /staff/sessions/:id/revoke': p('delete', 'account'),
  'GET /staff/assets/passkey.js': p('read', 'session'),
  'POST /staff/passkey/options': p('write', 'session'),
  'POST /staff/passkey/sign-in': p('write', 'session'),
  'GET /staff/passkeys': p('read', 'account'),
  'POST /staff/passkeys/:id/remove': p('delete', 'account'),
  'POST /api/v1/passkeys/options': p('write', 'account'),
  'POST /api/v1/passkeys': p('write', 'account'),
  'GET /api/v1/me': p('read', 'account'),
  'GET /api/v1/sessions': p('read', 'account'),
  'DELETE /api/v1/sessions/:id': p('delete', 'account'),
  'GET /api/v1/tokens': p('read', 'account'),
  'POST /api/v1/tokens': p('write', 'account'),
  'DELETE /api/v1/tokens/:id': p('delete', 'account'),
  // User administration and the audit log.
  'GET /staff/users': p('read', 'user'),
  'POST /staff/users': p('manage', 'user'),
  'POST /staff/users/:id/:change': p('manage', 'user'),
  'GET /staff/audit': p('read', 'audit'),
  'GET /api/v1/users': p('read', 'user'),
  'POST /api/v1/users': p('manage', 'user'),
  'POST /api/v1/users/:id/:change': p('manage', 'user'),
  // -- merge: routes of the merge work go here --
  'POST /api/v1/records/persons/:id/merge': p('merge', 'person'),
  'GET /api/v1/merges': p('read', 'person'),
  'POST /api/v1/merges/:id/undo': p('merge', 'person'),
  'GET /staff/merge': p('merge', 'person'),
  'POST /staff/merge': p('merge', 'person'),
  'GET /staff/merges/:id': p('read', 'person'),
  'POST /staff/merges/:id/undo': p('merge', 'person'),
  'GET /staff/duplicates': p('read', 'person'),
  'POST /staff/duplicates/dismiss': p('merge', 'person'),
  'POST /staff/duplicates/undo': p('merge', 'person'),
  // -- digests: routes of the digests work go here --
  'GET /api/v1/digests': p('read', 'digest'),
  'POST /api/v1/digests': p('write', 'digest'),
  'GET /api/v1/digests/:id': p('read', 'digest'),
  'GET /api/v1/digests/:id/history': p('read', 'digest'),
  'GET /api/v1/digests/:id/regeneration': p('read', 'digest'),
  'PATCH /api/v1/digests/:id': p('write', 'digest'),
  'POST /api/v1/digests/:id/regenerate': p('write', 'digest'),
  'POST /api/v1/digests/:id/publish': p('publish', 'digest'),
  'POST /api/v1/digests/:id/unpublish': p('publish', 'digest'),
  'POST /api/v1/digests/:id/republish': p('publish', 'digest'),
  'GET /staff/digests': p('read', 'digest'),
  'GET /staff/digests/new': p('write', 'digest'),
  'POST /staff/digests': p('write', 'digest'),
  'GET /staff/digests/:id': p('read', 'digest'),
  'GET /staff/digests/:id/regeneration': p('read', 'digest'),
  'POST /staff/digests/:id/move': p('write', 'digest'),
  'POST /staff/digests/:id/drop': p('write', 'digest'),
  'POST /staff/digests/:id/add': p('write', 'digest'),
  'POST /staff/digests/:id/texts': p('write', 'digest'),
  'POST /staff/digests/:id/regenerate': p('write', 'digest'),
  'POST /staff/digests/:id/publish': p('publish', 'digest'),
  'POST /staff/digests/:id/unpublish': p('publish', 'digest'),
  'POST /staff/digests/:id/republish': p('publish', 'digest'),
  // -- api-rest: routes of the api-rest work go here --
  ...recordRoutes('courts', 'court'),
  ...recordRoutes('articles', 'article'),
  'POST /api/v1/import': p('import', 'registry'),
  'GET /api/v1/export': p('export', 'registry'),
  // -- desk: routes of the desk work go here --
  'GET /staff/proposals': p('read', 'proposal'),
  'GET /staff/proposals/:id': p('read', 'proposal'),
  'POST /staff/proposals/:id/review': p('review', 'proposal'),
  'GET /staff/persons/:id/history': p('read', 'person'),
  'GET /staff/facilities/:id/history': p('read', 'facility'),
  'GET /staff/sources/:id/history': p('read', 'source'),
  'POST /staff/revisions/:id/restore': p('restore', 'person'),
  'GET /staff/deleted': p('read', 'person'),
  'GET /staff/persons': p('read', 'person'),
  'GET /staff/persons/:id{[a-z]+-[A-Za-z0-9_-]+}': p('read', 'person'),
  'GET /staff/facilities': p('read', 'facility'),
  'GET /staff/sources': p('read', 'source'),
  // -- forms: routes of the forms work go here --
  'GET /staff/assets/person-form.js': p('read', 'session'),
  'GET /staff/persons/new': p('write', 'person'),
  'POST /staff/persons/new': p('write', 'person'),
  'GET /staff/persons/:id/edit': p('write', 'person'),
  'POST /staff/persons/:id/edit': p('write', 'person'),
  // -- photos: routes of the photos work go here --
  'GET /staff/facilities/new': p('write', 'facility'),
  'POST /staff/facilities/new': p('write', 'facility'),
  'GET /staff/facilities/:id/edit': p('write', 'facility'),
  'POST /staff/facilities/:id/edit': p('write', 'facility'),
  'GET /staff/sources/new': p('write', 'source'),
  'POST /staff/sources/new': p('write', 'source'),
  'GET /staff/sources/:id/edit': p('write', 'source'),
  'POST /staff/sources/:id/edit': p('write', 'source'),
  'GET /staff/persons/:id/photos': p('write', 'person'),
  'POST /staff/persons/:id/photos': p('write', 'person'),
  'GET /staff/photos/:name': p('read', 'person'),
  'GET /photos/:name': PUBLIC,
  // -- tips: routes of the tips work go here --
  // The report form itself is a public page, served apart from the site's cache (its challenge is new each time).
  'GET /:lang{be|ru|en}/report/': PUBLIC,
  'GET /assets/report-pow.js': PUBLIC,
  'POST /:lang{be|ru|en}/report/': p('write', 'tip'),
  'POST /:lang{be|ru|en}/report/follow-up/': p('write', 'tip'),
  // The form's name search: public data, POST so the name typed is never in a URL.
  'POST /:lang{be|ru|en}/report/names': PUBLIC,
  // Reviewers only: anyone may send a tip (`write`), but reading and triage are `read`/`review`.
  'GET /staff/tips': p('read', 'tip'),
  'POST /staff/tips/key': p('review', 'tip'),
  'GET /staff/tips/:id': p('read', 'tip'),
  'POST /staff/tips/:id': p('review', 'tip'),
  'GET /staff/tips/:id/files/:file': p('read', 'tip'),
  // -- telegram: routes of the telegram work go here --
  // Telegram delivers the bot's updates anonymously; the route itself refuses (401) a call
  // without the webhook secret, and answers 404 when no bot is configured.
  'POST /telegram/webhook': p('write', 'tip'),
};

/** The route a request matched (the first that is not middleware), as `METHOD path`. */
export function routeKey(c: Context): string | undefined {
  const route = matchedRoutes(c).find((r) => r.method !== 'ALL');
  return route ? `${route.method} ${route.path}` : undefined;
}

/** Renders a refusal as a page where one belongs (staff pages); null: the JSON answer. */
export type RefusalPage = (c: Context, status: 401 | 403, role: string | null) => Response | null;

export function authorize(ctx: AppContext, page: RefusalPage = () => null): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const key = routeKey(c);
    if (key === undefined) return next(); // nothing matched: the app answers 404
    const policy = ROUTE_POLICY[key];
    const principal = c.get('principal') ?? null;
    const decision = policy ? decide(principal?.role ?? null, policy.action, policy.resource) : 'deny';
    if (decision !== 'deny') {
      c.set('effect', decision);
      return next();
    }
    if (!principal) {
      const shown = page(c, 401, null);
      if (shown) return shown;
      return c.json(
        { error: { code: 'sign-in-required', message: 'Sign in (or send an API token) to do this.', details: null } },
        401,
      );
    }
    await auditNow(ctx, {
      actor: principal.label,
      action: 'access.refused',
      outcome: 'refused',
      details: { route: key, role: principal.role },
    });
    const shown = page(c, 403, principal.role);
    if (shown) return shown;
    const what = policy ? `${policy.action} ${policy.resource}` : 'use this route';
    return c.json(
      {
        error: {
          code: 'forbidden',
          message: `Your role (${principal.role}) may not ${what}; ask an admin if you need to.`,
          details: null,
        },
      },
      403,
    );
  };
}
