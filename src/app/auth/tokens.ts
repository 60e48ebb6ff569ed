/**
 * API tokens for scripts: scoped to a role (the user's own, or `viewer` for
 * read-only scripts) and an expiry, shown once, kept hashed, revocable. A token
 * stops working when its user is disabled or changes role.
 *
 * @example
 * const { secret } = await createToken(ctx, { who: 'editor@example.org', role: 'editor', days: 30, label: 'nightly import', actor: 'cli' });
 * await principalForToken(ctx, secret); // { kind: 'token', role: 'editor', … }
 */
import type { Principal } from '../../domain/access.js';
import { tokenExpiry } from '../../domain/credentials.js';
import { recordAudit } from '../audit.js';
import { AppError, type AppContext } from '../context.js';
import type { ApiTokenRow } from '../ports.js';
import { newId, newSecret, secretHash } from './secrets.js';
import { principalOf } from './sign-in.js';
import { findUser, RoleSchema } from './users.js';

export const TOKEN_PREFIX = 'rct_';

export async function createToken(
  ctx: AppContext,
  input: { who: string; role?: string | undefined; days: number; label: string; actor: string },
): Promise<{ token: ApiTokenRow; secret: string }> {
  const label = input.label.trim();
  if (label.length < 1 || label.length > 100) {
    throw new AppError('invalid-label', 'Name the token (1-100 characters), e.g. "nightly import".', 400, {
      field: 'label',
    });
  }
  const now = ctx.now();
  return ctx.store.write(
    async (repos) => {
      const user = await findUser(repos, input.who);
      if (user.state !== 'active') {
        throw new AppError(
          'user-not-active',
          `${user.email} is not active (${user.state}); enable or enrol them first.`,
          409,
        );
      }
      const parsed = RoleSchema.safeParse(input.role ?? user.role);
      const role = parsed.success ? parsed.data : null;
      if (role === null || (role !== user.role && role !== 'viewer')) {
        throw new AppError(
          'invalid-role',
          `A token of ${user.email} acts as their role (${user.role}) or as viewer (read-only).`,
          400,
          { field: 'role' },
        );
      }
      const secret = newSecret(TOKEN_PREFIX);
      const token: ApiTokenRow = {
        id: newId('t_'),
        userId: user.id,
        role,
        label,
        createdAt: now.toISOString(),
        expiresAt: tokenExpiry(now, input.days),
        revokedAt: null,
      };
      await repos.accounts.addToken({ ...token, tokenHash: secretHash(secret) });
      await recordAudit(
        repos,
        {
          actor: input.actor,
          action: 'token.create',
          resourceType: 'token',
          resourceId: token.id,
          details: { role, user: user.email },
        },
        token.createdAt,
      );
      return { token, secret };
    },
    { registry: false },
  );
}

export async function listTokens(ctx: AppContext, who: string): Promise<ApiTokenRow[]> {
  return ctx.store.read(async (repos) => repos.accounts.tokensOf((await findUser(repos, who)).id));
}

/** Revokes a token; `ownerId` limits it to that user's tokens (null: any, for admins and the CLI). */
export async function revokeToken(ctx: AppContext, id: string, actor: string, ownerId: string | null): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.store.write(
    async (repos) => {
      if (ownerId !== null && !(await repos.accounts.tokensOf(ownerId)).some((t) => t.id === id)) {
        throw new AppError('not-found', `No token "${id}" of yours.`, 404);
      }
      if ((await repos.accounts.revokeToken(id, at)) === 0)
        throw new AppError('not-found', `No open token "${id}".`, 404);
      await recordAudit(repos, { actor, action: 'token.revoke', resourceType: 'token', resourceId: id }, at);
    },
    { registry: false },
  );
}

/** The principal an API token acts as, or null (unknown, expired, revoked, user not active). */
export async function principalForToken(ctx: AppContext, secret: string): Promise<Principal | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const now = ctx.now().getTime();
  return ctx.store.read(async (repos) => {
    const token = await repos.accounts.tokenByHash(secretHash(secret));
    if (!token || token.revokedAt !== null || Date.parse(token.expiresAt) <= now) return null;
    const user = await repos.accounts.userById(token.userId);
    if (!user || user.state !== 'active') return null;
    return principalOf(user, token.id, 'token', token.role);
  });
}
