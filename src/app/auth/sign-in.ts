/**
 * Signing in (password and a second factor), the sessions that follow, and
 * signing out. A session is a random secret in a cookie; the store keeps its
 * hash, its times and nothing about the client. Sessions end after an hour idle
 * or twelve hours in all, on sign-out, when revoked, and when the user is
 * disabled or their role or second factor changes.
 *
 * @example
 * const { sessionSecret } = await signIn(ctx, throttle, { email, password, code, client: '203.0.113.9', device });
 * const principal = await principalForSession(ctx, sessionSecret); // null once it has ended
 */
import { lockTipKey } from '../tips/reviewers.js';
import { createHmac, randomBytes } from 'node:crypto';
import type { Principal } from '../../domain/access.js';
import { SESSION_ABSOLUTE_MS, sessionState } from '../../domain/credentials.js';
import { recordAudit } from '../audit.js';
import { type AppContext } from '../context.js';
import type { SessionRow, UserRow } from '../ports.js';
import { verifyDecoy, verifyPassword } from './passwords.js';
import { newId, newSecret, normaliseRecoveryCode, sameSecret, secretHash } from './secrets.js';
import type { Throttle } from './throttle.js';
import { totpStep } from './totp.js';
import { RollcallError } from '../../domain/errors.js';

export interface SignInInput {
  email: string;
  password: string;
  /** A 6-digit TOTP code or a recovery code. */
  code: string;
  /** The client key for throttling (the remote address); hashed in memory, never stored. */
  client: string;
  /** The device cookie this browser sent, if any. */
  device?: string | undefined;
}

export interface SignedIn {
  sessionSecret: string;
  session: SessionRow;
  principal: Principal;
  /** A device cookie for this browser and account (see `throttle.ts`). */
  device: string;
  /** A recovery code was used: this many remain. */
  recoveryCodesLeft?: number;
}

/** Touch the session at most this often, so reading pages is not a write each time. */
const TOUCH_EVERY_MS = 60_000;
const deviceKey = randomBytes(32);

/** A device cookie: the account, sealed with a key of this process. */
export function deviceSeal(userEmail: string): string {
  return createHmac('sha256', deviceKey).update(userEmail.toLowerCase()).digest('base64url');
}

function failed(): RollcallError {
  return new RollcallError(
    'sign-in-failed',
    'The email, password or code is not right. Check them and try again; an admin can reset a lost second factor.',
  );
}

export async function signIn(ctx: AppContext, throttle: Throttle, input: SignInInput): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const attempt = {
    client: input.client,
    account: email,
    knownDevice: input.device !== undefined && sameSecret(input.device, deviceSeal(email)),
  };
  const wait = throttle.check(attempt);
  if (wait !== null) {
    throw new RollcallError(
      'too-many-attempts',
      `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} min.`,
      {
        retryAfterSeconds: wait,
      },
    );
  }
  const user = await ctx.store.read((repos) => repos.accounts.userByEmail(email));
  const reason = await checkCredentials(ctx, user, input);
  if (reason !== null || !user) {
    throttle.fail(attempt);
    await ctx.store.write(
      (repos) =>
        recordAudit(
          repos,
          {
            actor: user?.email ?? 'unknown-account',
            action: 'auth.sign-in-failed',
            outcome: 'refused',
            resourceType: 'user',
            resourceId: user?.id,
            details: { reason: reason ?? 'unknown-account' },
          },
          ctx.now().toISOString(),
        ),
      { registry: false },
    );
    throw failed();
  }
  throttle.succeed(attempt);
  return openSession(ctx, user, /^\s*\d{6}\s*$/.test(input.code) ? 'totp' : 'recovery-code');
}

/** Null when the password and code are right; otherwise why not (for the audit log). */
async function checkCredentials(
  ctx: AppContext,
  user: UserRow | undefined,
  input: SignInInput,
): Promise<string | null> {
  if (!user || !user.passwordHash) {
    await verifyDecoy(input.password);
    return user ? 'not-enrolled' : 'unknown-account';
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return 'wrong-password';
  if (user.state !== 'active' || !user.totpSecret) return user.state === 'disabled' ? 'disabled' : 'not-enrolled';
  const secret = user.totpSecret;
  const step = await totpStep(secret, input.code, ctx.now());
  if (step !== null) {
    const fresh = await ctx.store.write((repos) => repos.accounts.claimTotpStep(user.id, step), { registry: false });
    return fresh ? null : 'code-replayed';
  }
  const code = normaliseRecoveryCode(input.code);
  const used = await ctx.store.write(
    (repos) => repos.accounts.useRecoveryCode(user.id, secretHash(code), ctx.now().toISOString()),
    { registry: false },
  );
  return used ? null : 'wrong-code';
}

/** Opens a session for a user who has just proved who they are with `factor`. */
export async function openSession(
  ctx: AppContext,
  user: UserRow,
  factor: 'totp' | 'recovery-code' | 'passkey',
): Promise<SignedIn> {
  const now = ctx.now();
  const at = now.toISOString();
  const sessionSecret = newSecret('rcs_');
  const session: SessionRow = {
    id: newId('s_'),
    userId: user.id,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
    revokedAt: null,
  };
  const recoveryCodesLeft = await ctx.store.write(
    async (repos) => {
      await repos.accounts.addSession({ ...session, tokenHash: secretHash(sessionSecret) });
      const usedRecovery = factor === 'recovery-code';
      await recordAudit(
        repos,
        {
          actor: user.email,
          action: 'auth.sign-in',
          resourceType: 'user',
          resourceId: user.id,
          details: { factor, session: session.id },
        },
        at,
      );
      return usedRecovery ? repos.accounts.unusedRecoveryCodes(user.id) : undefined;
    },
    { registry: false },
  );
  return {
    sessionSecret,
    session,
    principal: principalOf(user, session.id, 'session'),
    device: deviceSeal(user.email),
    ...(recoveryCodesLeft === undefined ? {} : { recoveryCodesLeft }),
  };
}

/** The principal a session cookie signs in, or null when the session has ended. */
export async function principalForSession(ctx: AppContext, sessionSecret: string): Promise<Principal | null> {
  const now = ctx.now();
  const found = await ctx.store.read(async (repos) => {
    const session = await repos.accounts.sessionByTokenHash(secretHash(sessionSecret));
    if (!session || sessionState(session, now) !== 'active') return null;
    const user = await repos.accounts.userById(session.userId);
    return user && user.state === 'active' ? { session, user } : null;
  });
  if (!found) return null;
  if (now.getTime() - Date.parse(found.session.lastSeenAt) >= TOUCH_EVERY_MS) {
    await ctx.store.write((repos) => repos.accounts.touchSession(found.session.id, now.toISOString()), {
      registry: false,
    });
  }
  return principalOf(found.user, found.session.id, 'session');
}

export async function signOut(ctx: AppContext, principal: Principal): Promise<void> {
  lockTipKey(principal);
  const at = ctx.now().toISOString();
  await ctx.store.write(
    async (repos) => {
      await repos.accounts.revokeSession(principal.credentialId, at);
      await recordAudit(
        repos,
        { actor: principal.label, action: 'auth.sign-out', resourceType: 'user', resourceId: principal.userId },
        at,
      );
    },
    { registry: false },
  );
}

/** The user's own sessions (an admin may ask for anyone's), newest first. */
export async function sessionsOf(ctx: AppContext, userId: string): Promise<Array<SessionRow & { state: string }>> {
  const now = ctx.now();
  const rows = await ctx.store.read((repos) => repos.accounts.sessionsOf(userId));
  return rows.map((s) => ({ ...s, state: sessionState(s, now) }));
}

/** Ends one session of `principal`'s own (or any, for an admin). */
export async function revokeSession(ctx: AppContext, principal: Principal, sessionId: string): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.store.write(
    async (repos) => {
      const own = (await repos.accounts.sessionsOf(principal.userId)).some((s) => s.id === sessionId);
      if (!own && principal.role !== 'admin') {
        throw new RollcallError('not-found', `No session "${sessionId}" of yours; see your sessions page.`);
      }
      const n = await repos.accounts.revokeSession(sessionId, at);
      if (n === 0) throw new RollcallError('not-found', `No open session "${sessionId}".`);
      await recordAudit(
        repos,
        { actor: principal.label, action: 'auth.session-revoked', resourceType: 'session', resourceId: sessionId },
        at,
      );
    },
    { registry: false },
  );
}

export function principalOf(user: UserRow, credentialId: string, kind: Principal['kind'], role = user.role): Principal {
  return { kind, userId: user.id, role, label: user.email, credentialId };
}
