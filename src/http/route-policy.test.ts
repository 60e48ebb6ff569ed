/**
 * Every route of the app, called as every role and as an anonymous reader: a route
 * without a policy fails here; a denied call gets 401/403 and an allowed one does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../testing/temp-app.js';
import { asRole, testAuthentication } from '../testing/principals.js';
import { createHttpApp } from './app.js';
import { ROUTE_POLICY } from './route-policy.js';
import { decide } from '../domain/policy.js';
import { ROLES, type Role } from '../domain/access.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

/** The app's own routes (`METHOD path`), without middleware. */
function routes(): string[] {
  return [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))];
}

/** A concrete path for a route pattern (ids that exist nowhere, so nothing is changed). */
function concrete(path: string): string {
  return path
    .replace(/:lang\{[^}]+\}/g, 'en')
    .replace(/:id\{\[a-z\][^}]*\}/g, 'p-nobody') // an id pattern (`staff-records.ts`, PERSON_PAGE)
    .replace(/:\w+\{([^|}]+)[^}]*\}/g, '$1')
    .replace(/:id\b/g, 'p-nobody')
    .replace(/:\w+/g, 'x')
    .replace(/\*/g, 'x');
}

describe('route policy', () => {
  it('names a policy for every route, and only for routes that exist', () => {
    const registered = routes();
    const missing = registered.filter((key) => !(key in ROUTE_POLICY));
    expect(missing, `add these routes to ROUTE_POLICY in src/http/route-policy.ts`).toEqual([]);
    expect(Object.keys(ROUTE_POLICY).filter((key) => !registered.includes(key))).toEqual([]);
  });

  it('refuses exactly what the policy table refuses, for every role and anonymous', async () => {
    const failures: string[] = [];
    for (const key of routes()) {
      const [method, path] = key.split(' ') as [string, string];
      const policy = ROUTE_POLICY[key];
      for (const role of [...ROLES, null] as Array<Role | null>) {
        const res = await app.request(concrete(path), {
          method,
          headers: role ? asRole(role) : {},
        });
        const allowed = policy ? decide(role, policy.action, policy.resource) !== 'deny' : false;
        const refused = res.status === 401 || res.status === 403;
        const expected = allowed ? 'not refused' : role ? '403' : '401';
        const ok = allowed ? !refused : res.status === (role ? 403 : 401);
        if (!ok) failures.push(`${key} as ${role ?? 'anonymous'}: ${res.status}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a route that has no policy (default deny), for every role', async () => {
    const extra = createHttpApp(env.ctx, { authenticate: testAuthentication });
    extra.get('/api/v1/unlisted', (c) => c.json({ secret: true }));
    expect((await extra.request('/api/v1/unlisted')).status).toBe(401);
    for (const role of ROLES)
      expect((await extra.request('/api/v1/unlisted', { headers: asRole(role) })).status).toBe(403);
  });

  it('records signed-in refusals in the audit log', async () => {
    const res = await app.request('/api/v1/audit', { headers: asRole('editor') });
    expect(res.status).toBe(403);
    const log = await app.request('/api/v1/audit', { headers: asRole('admin') });
    const body = (await log.json()) as { entries: Array<{ action: string; actor: string; outcome: string }> };
    expect(body.entries[0]).toMatchObject({
      action: 'access.refused',
      actor: 'editor@example.org',
      outcome: 'refused',
    });
  });
});
