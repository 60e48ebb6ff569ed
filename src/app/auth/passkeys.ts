/**
 * Passkeys and security keys (WebAuthn, through `@simplewebauthn/server`): a
 * signed-in user adds one; later they sign in with it alone, since a passkey
 * that verifies its user is two factors in one and cannot be phished (it answers
 * only to this site's origin). Challenges live in memory for five minutes, one
 * use each; the store keeps only public keys and counters.
 *
 * @example
 * const rp = { id: 'rollcall.example', origin: 'https://rollcall.example', name: 'Rollcall' };
 * const options = await passkeyRegistrationOptions(ctx, principal, rp);
 * await registerPasskey(ctx, principal, responseFromBrowser, rp, 'YubiKey');
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Principal } from '../../domain/access.js';
import { recordAudit } from '../audit.js';
import { AppError, type AppContext } from '../context.js';
import type { PasskeyRow } from '../ports.js';
import { newId } from './secrets.js';
import { openSession, type SignedIn } from './sign-in.js';

/** The relying party: this site as the browser sees it. */
export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const MAX_CHALLENGES = 10_000;
const challenges = new Map<string, { challenge: string; expires: number }>();

function keep(key: string, challenge: string, now: Date): void {
  if (challenges.size >= MAX_CHALLENGES) challenges.clear();
  challenges.set(key, { challenge, expires: now.getTime() + CHALLENGE_TTL_MS });
}

/** The challenge kept under `key`, once; null when none or expired. */
function take(key: string, now: Date): string | null {
  const kept = challenges.get(key);
  challenges.delete(key);
  return kept && kept.expires > now.getTime() ? kept.challenge : null;
}

const refused = () =>
  new AppError(
    'passkey-refused',
    'The passkey was not accepted. Try again, or sign in with your password and code.',
    401,
  );

export async function passkeyRegistrationOptions(
  ctx: AppContext,
  principal: Principal,
  rp: RelyingParty,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await ctx.store.read((repos) => repos.accounts.passkeysOf(principal.userId));
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: principal.label,
    userID: new TextEncoder().encode(principal.userId),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  keep(`reg\0${principal.credentialId}`, options.challenge, ctx.now());
  return options;
}

export async function registerPasskey(
  ctx: AppContext,
  principal: Principal,
  response: RegistrationResponseJSON,
  rp: RelyingParty,
  label: string,
): Promise<PasskeyRow> {
  const challenge = take(`reg\0${principal.credentialId}`, ctx.now());
  if (challenge === null) throw refused();
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch(() => ({ verified: false as const }));
  if (!result.verified) throw refused();
  const { credential } = result.registrationInfo;
  const at = ctx.now().toISOString();
  const row: PasskeyRow = {
    id: credential.id,
    userId: principal.userId,
    publicKey: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    transports: [...(credential.transports ?? [])],
    label: label.trim().slice(0, 100) || 'passkey',
    createdAt: at,
    lastUsedAt: null,
  };
  await ctx.store.write(
    async (repos) => {
      await repos.accounts.addPasskey(row);
      await recordAudit(
        repos,
        {
          actor: principal.label,
          action: 'auth.second-factor-changed',
          resourceType: 'user',
          resourceId: principal.userId,
          details: { factor: 'passkey', added: row.label },
        },
        at,
      );
    },
    { registry: false },
  );
  return row;
}

/** Options for signing in with a passkey on this device (no account named first). */
export async function passkeySignInOptions(
  ctx: AppContext,
  rp: RelyingParty,
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: 'required' });
  const challengeId = newId('c_');
  keep(`auth\0${challengeId}`, options.challenge, ctx.now());
  return { challengeId, options };
}

export async function signInWithPasskey(
  ctx: AppContext,
  input: { challengeId: string; response: AuthenticationResponseJSON },
  rp: RelyingParty,
): Promise<SignedIn> {
  const challenge = take(`auth\0${input.challengeId}`, ctx.now());
  if (challenge === null) throw refused();
  const found = await ctx.store.read(async (repos) => {
    const passkey = await repos.accounts.passkey(input.response.id);
    const user = passkey ? await repos.accounts.userById(passkey.userId) : undefined;
    return passkey && user?.state === 'active' ? { passkey, user } : null;
  });
  const result = found
    ? await verifyAuthenticationResponse({
        response: input.response,
        expectedChallenge: challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        requireUserVerification: true,
        credential: {
          id: found.passkey.id,
          publicKey: new Uint8Array(Buffer.from(found.passkey.publicKey, 'base64url')),
          counter: found.passkey.counter,
          transports: found.passkey.transports as never,
        },
      }).catch(() => null)
    : null;
  if (!found || !result?.verified) {
    await ctx.store.write(
      (repos) =>
        recordAudit(
          repos,
          {
            actor: found?.user.email ?? 'unknown-account',
            action: 'auth.sign-in-failed',
            outcome: 'refused',
            details: { reason: 'passkey' },
          },
          ctx.now().toISOString(),
        ),
      { registry: false },
    );
    throw refused();
  }
  const at = ctx.now().toISOString();
  await ctx.store.write(
    (repos) => repos.accounts.usePasskey(found.passkey.id, result.authenticationInfo.newCounter, at),
    {
      registry: false,
    },
  );
  return openSession(ctx, found.user, 'passkey');
}

export async function listPasskeys(ctx: AppContext, userId: string): Promise<PasskeyRow[]> {
  return ctx.store.read((repos) => repos.accounts.passkeysOf(userId));
}

export async function removePasskey(ctx: AppContext, principal: Principal, id: string): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.store.write(
    async (repos) => {
      if (!(await repos.accounts.removePasskey(id, principal.userId))) {
        throw new AppError('not-found', `No passkey "${id}" of yours.`, 404);
      }
      await recordAudit(
        repos,
        {
          actor: principal.label,
          action: 'auth.second-factor-changed',
          resourceType: 'user',
          resourceId: principal.userId,
          details: { factor: 'passkey', removed: id },
        },
        at,
      );
    },
    { registry: false },
  );
}
