/**
 * The account API (JSON): who am I, my sessions and API tokens, and for admins
 * the users (invite, disable, enable, change role, reset the second factor, end
 * sessions). Each route: the policy (`route-policy.ts`) has let it through; the
 * body is checked with a schema; a use case does the work; secrets appear once
 * (a new token, an enrolment link) and never again.
 *
 * @example
 * await app.request('/api/v1/tokens', { method: 'POST', headers, body: JSON.stringify({ label: 'import', days: 30 }) });
 */
import { Hono, type Context } from 'hono';
import { type AppContext } from '../../app/context.js';
import { createToken, listTokens, revokeToken } from '../../app/auth/tokens.js';
import { revokeSession, sessionsOf } from '../../app/auth/sign-in.js';
import { addUser, changeUser, listUsers, userChange } from '../../app/auth/users.js';
import type { Principal } from '../../domain/access.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { readJson } from './body.js';
import { NewToken, NewUser, RoleChange } from '../staff-contract.js';
import { parseOrThrow } from '../../app/validate.js';
import { RollcallError } from '../../domain/errors.js';

export function accountRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.get('/me', (c) => {
    const p = signedIn(c);
    return c.json({ userId: p.userId, email: p.label, role: p.role, via: p.kind });
  });
  app.get('/sessions', async (c) => c.json({ sessions: await sessionsOf(ctx, signedIn(c).userId) }));
  app.delete('/sessions/:id', async (c) => {
    await revokeSession(ctx, signedIn(c), c.req.param('id'));
    return c.body(null, 204);
  });
  app.get('/tokens', async (c) => {
    const p = signedIn(c);
    return c.json({ tokens: await listTokens(ctx, p.userId).catch(() => []) });
  });
  app.post('/tokens', async (c) => {
    const p = signedIn(c);
    if (p.kind !== 'session') {
      throw new RollcallError('session-required', 'Create API tokens while signed in, not with another token.');
    }
    const body = parseOrThrow(NewToken, await readJson(c), 'token');
    const made = await createToken(ctx, { who: p.userId, ...body, actor: p.label });
    return c.json({ token: made.token, secret: made.secret }, 201);
  });
  app.delete('/tokens/:id', async (c) => {
    const p = signedIn(c);
    await revokeToken(ctx, c.req.param('id'), p.label, p.role === 'admin' ? null : p.userId);
    return c.body(null, 204);
  });
  app.get('/users', async (c) => c.json({ users: await listUsers(ctx) }));
  app.post('/users', async (c) => {
    const body = parseOrThrow(NewUser, await readJson(c), 'user');
    const added = await addUser(ctx, { ...body, actor: signedIn(c).label });
    return c.json(added, 201);
  });
  app.post('/users/:id/:change', async (c) => {
    const kind = c.req.param('change');
    userChange(kind); // an unknown change is refused before the body is read
    const body = kind === 'set-role' ? parseOrThrow(RoleChange, await readJson(c), 'role change') : {};
    const change = userChange(kind, body.role);
    return c.json(await changeUser(ctx, c.req.param('id'), change, signedIn(c).label));
  });
  return app;
}

function signedIn(c: Context<StaffEnv>): Principal {
  const p = c.get('principal');
  if (!p) throw new RollcallError('sign-in-required', 'Sign in (or send an API token) to do this.');
  return p;
}
