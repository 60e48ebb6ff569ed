/**
 * Test support: requests acting as a role without the sign-in machinery. The
 * middleware reads `Authorization: Test <role>[ <label>]` and sets the
 * `principal` the auth middleware would set. Only tests pass it to
 * `createHttpApp(ctx, { authenticate })`; the server never does.
 *
 * @example
 * const app = createHttpApp(ctx, { authenticate: testAuthentication });
 * await app.request('/api/v1/records/persons/p-1', { headers: asRole('editor') });
 */
import type { MiddlewareHandler } from 'hono';
import { ROLES, type Principal, type Role } from '../domain/access.js';
import type { ApiEnv } from '../http/route-policy.js';

export const testAuthentication: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const m = /^Test (\w+)(?: (\S+))?$/.exec(c.req.header('authorization') ?? '');
  const role = m?.[1] as Role | undefined;
  c.set('principal', role && ROLES.includes(role) ? principalOf(role, m?.[2]) : null);
  await next();
};

export function principalOf(role: Role, label = `${role}@example.org`): Principal {
  return { kind: 'session', userId: `u-${role}`, role, label, credentialId: `s-${role}` };
}

/** Headers acting as `role` (and a label, default `<role>@example.org`). */
export function asRole(role: Role, label?: string, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Test ${role}${label ? ` ${label}` : ''}`, ...extra };
}
