/**
 * Passkeys over HTTP: the script the staff pages load, sign-in with a passkey
 * (anonymous, JSON, origin-checked by the CSRF middleware), and a signed-in
 * user's passkeys (add through the API with the session's CSRF token, list and
 * remove on `/staff/passkeys`). The relying party is the configured public URL
 * (ROLLCALL_PUBLIC_URL) or the request's own origin.
 *
 * @example
 * app.route('/', passkeyRoutes(ctx));
 */
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { type AppContext } from '../../app/context.js';
import {
  listPasskeys,
  passkeyRegistrationOptions,
  passkeySignInOptions,
  registerPasskey,
  removePasskey,
  signInWithPasskey,
  type RelyingParty,
} from '../../app/auth/passkeys.js';
import { parseOrThrow } from '../../app/validate.js';
import type { Principal } from '../../domain/access.js';
import { passkeysPage } from '../../web/staff/pages.js';
import { setDeviceCookie, setSessionCookie, type StaffEnv } from '../auth/authenticate.js';
import { readJson } from './body.js';
import { PasskeyAddBody as AddBody, PasskeyCredential as Credential } from '../staff-contract.js';
import { staffLang, staffUser } from './staff-auth.js';
import { RollcallError } from '../../domain/errors.js';

const SignInBody = z.strictObject({ challengeId: z.string().max(64), response: Credential });

let script: string | undefined;
const passkeyScript = () => (script ??= readFileSync(new URL('../../web/assets/passkey.js', import.meta.url), 'utf8'));

export function passkeyRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.get('/staff/assets/passkey.js', (c) =>
    c.body(passkeyScript(), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }),
  );
  app.post('/staff/passkey/options', async (c) => c.json(await passkeySignInOptions(ctx, relyingParty(c))));
  app.post('/staff/passkey/sign-in', async (c) => {
    const body = parseOrThrow(SignInBody, await readJson(c), 'passkey sign-in');
    const done = await signInWithPasskey(ctx, body as never, relyingParty(c));
    setSessionCookie(c, done.sessionSecret);
    setDeviceCookie(c, done.device);
    return c.json({ redirect: `/staff/?lang=${staffLang(c)}` });
  });
  app.post('/api/v1/passkeys/options', async (c) =>
    c.json(await passkeyRegistrationOptions(ctx, sessionOnly(c), relyingParty(c))),
  );
  app.post('/api/v1/passkeys', async (c) => {
    const principal = sessionOnly(c);
    const body = parseOrThrow(AddBody, await readJson(c), 'passkey');
    const row = await registerPasskey(ctx, principal, body.response as never, relyingParty(c), body.label);
    return c.json({ id: row.id, label: row.label, createdAt: row.createdAt }, 201);
  });
  app.get('/staff/passkeys', async (c) => {
    const p = sessionOnly(c);
    const passkeys = await listPasskeys(ctx, p.userId);
    return c.html(passkeysPage({ lang: staffLang(c), user: staffUser(c), passkeys }));
  });
  app.post('/staff/passkeys/:id/remove', async (c) => {
    await removePasskey(ctx, sessionOnly(c), c.req.param('id'));
    return c.redirect(`/staff/passkeys?lang=${staffLang(c)}`, 303);
  });
  return app;
}

/** Passkeys belong to a person in a browser, not to a script's token. */
function sessionOnly(c: Context<StaffEnv>): Principal {
  const p = c.get('principal');
  if (!p) throw new RollcallError('sign-in-required', 'Sign in to manage your passkeys.');
  return p;
}

/** This site as the browser sees it: ROLLCALL_PUBLIC_URL, or the request's origin. */
export function relyingParty(c: Context): RelyingParty {
  const url = new URL(process.env.ROLLCALL_PUBLIC_URL ?? c.req.url);
  return { id: url.hostname, origin: url.origin, name: 'Rollcall' };
}
