/**
 * Enrolment through a one-time link: the user chooses a password and adds an
 * authenticator app (TOTP), proving it with a code; they get recovery codes,
 * shown once and kept hashed. The link works once and expires.
 *
 * @example
 * const offer = await enrolmentOffer(ctx, secret);            // the TOTP secret to add to the app
 * const { recoveryCodes } = await completeEnrolment(ctx, secret, { password, code });
 */
import { passwordProblem, RECOVERY_CODE_COUNT } from '../../domain/credentials.js';
import { recordAudit } from '../audit.js';
import { AppError, type AppContext } from '../context.js';
import type { Repos, UserRow } from '../ports.js';
import { commonPasswordCheck, hashPassword } from './passwords.js';
import { newRecoveryCode, secretHash } from './secrets.js';
import { newTotpSecret, totpStep, totpUri } from './totp.js';

export interface EnrolmentOffer {
  email: string;
  totpSecret: string;
  totpUri: string;
}

const LINK_INVALID = () =>
  new AppError('enrolment-invalid', 'This enrolment link is not valid any more; ask an admin for a new one.', 404);

/** What the enrolment page shows: the account and a TOTP secret (kept until enrolment completes). */
export async function enrolmentOffer(ctx: AppContext, linkSecret: string): Promise<EnrolmentOffer> {
  return ctx.store.write(
    async (repos) => {
      const user = await openLink(repos, linkSecret, ctx.now());
      const secret = user.totpSecret ?? newTotpSecret();
      if (user.totpSecret === null) {
        await repos.accounts.updateUser(user.id, { totpSecret: secret, updatedAt: ctx.now().toISOString() });
      }
      return { email: user.email, totpSecret: secret, totpUri: totpUri(secret, user.email) };
    },
    { registry: false },
  );
}

/** Sets the password and second factor; returns the recovery codes (shown once). */
export async function completeEnrolment(
  ctx: AppContext,
  linkSecret: string,
  input: { password: string; code: string },
): Promise<{ email: string; recoveryCodes: string[] }> {
  const user = await ctx.store.read((repos) => openLink(repos, linkSecret, ctx.now()));
  const problem = passwordProblem(input.password, { email: user.email }, await commonPasswordCheck());
  if (problem) throw new AppError(problem.code, problem.message, 400, { field: 'password' });
  if (!user.totpSecret) throw LINK_INVALID();
  const step = await totpStep(user.totpSecret, input.code, ctx.now());
  if (step === null) {
    throw new AppError(
      'code-wrong',
      'The code does not match; check the time on your phone and type the 6 digits shown now.',
      400,
      { field: 'code' },
    );
  }
  const passwordHash = await hashPassword(input.password);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const at = ctx.now().toISOString();
  await ctx.store.write(
    async (repos) => {
      if (!(await repos.accounts.useEnrolment(secretHash(linkSecret), at))) throw LINK_INVALID();
      await repos.accounts.updateUser(user.id, { passwordHash, state: 'active', totpLastStep: step, updatedAt: at });
      await repos.accounts.setRecoveryCodes(user.id, codes.map(secretHash));
      await repos.accounts.revokeSessionsOf(user.id, at);
      await recordAudit(
        repos,
        {
          actor: user.email,
          action: 'auth.second-factor-changed',
          resourceType: 'user',
          resourceId: user.id,
          details: { factor: 'totp' },
        },
        at,
      );
    },
    { registry: false },
  );
  return { email: user.email, recoveryCodes: codes };
}

async function openLink(repos: Repos, linkSecret: string, now: Date): Promise<UserRow> {
  const link = await repos.accounts.enrolment(secretHash(linkSecret));
  if (!link || link.usedAt !== null || Date.parse(link.expiresAt) <= now.getTime()) throw LINK_INVALID();
  const user = await repos.accounts.userById(link.userId);
  if (!user || user.state === 'disabled') throw LINK_INVALID();
  return user;
}
