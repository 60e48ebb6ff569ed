/**
 * User administration: add (with a one-time enrolment link), list, disable,
 * enable, change role, reset the second factor, end sessions. The first admin
 * comes from the CLI; later ones are invited by an admin in the browser or API.
 * Every change is in the audit log; disabling, a role change or a reset ends the
 * user's sessions and revokes their API tokens at once.
 *
 * @example
 * const { link } = await addUser(ctx, { email: 'editor@example.org', role: 'editor', actor: 'cli' }, 'https://rollcall.example');
 */
import { z } from 'zod';
import { ROLES, type Role } from '../../domain/access.js';
import { ENROLMENT_TTL_MS } from '../../domain/credentials.js';
import { recordAudit } from '../audit.js';
import { type AppContext } from '../context.js';
import type { Repos, UserRow } from '../ports.js';
import { newId, newSecret, secretHash } from './secrets.js';
import { RollcallError } from '../../domain/errors.js';

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Give an email address such as editor@example.org.' }));
export const RoleSchema = z.enum(ROLES, { message: `A role is one of: ${ROLES.join(', ')}.` });

/** A user as staff see it: no secrets, only whether each factor is set. */
export interface UserView {
  id: string;
  email: string;
  role: Role;
  state: UserRow['state'];
  hasPassword: boolean;
  hasTotp: boolean;
  createdAt: string;
}

export function userView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    role: u.role,
    state: u.state,
    hasPassword: u.passwordHash !== null,
    hasTotp: u.totpSecret !== null && u.state === 'active',
    createdAt: u.createdAt,
  };
}

/** The enrolment page for a link secret. */
export function enrolmentPath(secret: string): string {
  return `/staff/enrol/${secret}`;
}

export async function addUser(
  ctx: AppContext,
  input: { email: string; role: string; actor: string },
): Promise<{ user: UserView; link: string; expiresAt: string }> {
  const email = parse(EmailSchema, input.email, 'email');
  const role = parse(RoleSchema, input.role, 'role');
  const at = ctx.now().toISOString();
  return ctx.store.write(
    async (repos) => {
      if (await repos.accounts.userByEmail(email)) {
        throw new RollcallError('user-exists', `There is already a user ${email}; see "rollcall user list".`);
      }
      const user: UserRow = {
        id: newId('u_'),
        email,
        role,
        state: 'invited',
        passwordHash: null,
        totpSecret: null,
        totpLastStep: null,
        createdAt: at,
        updatedAt: at,
      };
      await repos.accounts.addUser(user);
      const link = await openEnrolment(repos, user.id, ctx.now());
      await recordAudit(
        repos,
        { actor: input.actor, action: 'user.add', resourceType: 'user', resourceId: user.id, details: { role } },
        at,
      );
      return { user: userView(user), ...link };
    },
    { registry: false },
  );
}

export async function listUsers(ctx: AppContext): Promise<UserView[]> {
  return ctx.store.read(async (repos) => (await repos.accounts.users()).map(userView));
}

export type UserChange =
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'set-role'; role: string }
  | { kind: 'reset-2fa' }
  | { kind: 'revoke-sessions' };

export const USER_CHANGES = ['disable', 'enable', 'set-role', 'reset-2fa', 'revoke-sessions'] as const;

/** The change named `kind` (as in a URL), with the new role for `set-role`; refuses other names. */
export function userChange(kind: string, role?: string): UserChange {
  if (!(USER_CHANGES as readonly string[]).includes(kind)) {
    throw new RollcallError('unknown-change', `A user change is one of: ${USER_CHANGES.join(', ')}.`);
  }
  return (kind === 'set-role' ? { kind, role: role ?? '' } : { kind }) as UserChange;
}

/** Applies one change to the user with `email` (or id); returns the user and, after a reset, a new enrolment link. */
export async function changeUser(
  ctx: AppContext,
  who: string,
  change: UserChange,
  actor: string,
): Promise<{ user: UserView; link?: string; expiresAt?: string; sessionsEnded: number }> {
  const at = ctx.now().toISOString();
  return ctx.store.write(
    async (repos) => {
      const user = await findUser(repos, who);
      let link: { link: string; expiresAt: string } | undefined;
      const details: Record<string, string> = {};
      if (change.kind === 'disable') await repos.accounts.updateUser(user.id, { state: 'disabled', updatedAt: at });
      if (change.kind === 'enable') {
        const state = user.passwordHash && user.totpSecret ? 'active' : 'invited';
        await repos.accounts.updateUser(user.id, { state, updatedAt: at });
      }
      if (change.kind === 'set-role') {
        const role = parse(RoleSchema, change.role, 'role');
        Object.assign(details, { from: user.role, to: role });
        await repos.accounts.updateUser(user.id, { role, updatedAt: at });
      }
      if (change.kind === 'reset-2fa') {
        await repos.accounts.updateUser(user.id, {
          totpSecret: null,
          totpLastStep: null,
          state: 'invited',
          updatedAt: at,
        });
        await repos.accounts.setRecoveryCodes(user.id, []);
        await repos.accounts.removePasskeysOf(user.id);
        link = await openEnrolment(repos, user.id, ctx.now());
      }
      // Someone who is no longer an active tip reviewer loses the seals of the tips' keys at once.
      if (change.kind !== 'enable' && change.kind !== 'revoke-sessions') await repos.tips.dropStaleSeals();
      const ends = change.kind !== 'enable';
      const sessionsEnded = ends ? await repos.accounts.revokeSessionsOf(user.id, at) : 0;
      if (ends && change.kind !== 'revoke-sessions') await repos.accounts.revokeTokensOf(user.id, at);
      const action = `user.${change.kind}` as const;
      await recordAudit(repos, { actor, action, resourceType: 'user', resourceId: user.id, details }, at);
      const fresh = (await repos.accounts.userById(user.id)) ?? user;
      return { user: userView(fresh), sessionsEnded, ...(link ?? {}) };
    },
    { registry: false },
  );
}

/** A new enrolment link for the user; earlier open links stop working. */
async function openEnrolment(repos: Repos, userId: string, now: Date): Promise<{ link: string; expiresAt: string }> {
  const secret = newSecret('rce_');
  const expiresAt = new Date(now.getTime() + ENROLMENT_TTL_MS).toISOString();
  await repos.accounts.closeEnrolments(userId, now.toISOString());
  await repos.accounts.addEnrolment({ tokenHash: secretHash(secret), userId, expiresAt });
  return { link: enrolmentPath(secret), expiresAt };
}

export async function findUser(repos: Repos, who: string): Promise<UserRow> {
  const user = who.includes('@') ? await repos.accounts.userByEmail(who.trim()) : await repos.accounts.userById(who);
  if (!user) throw new RollcallError('not-found', `No user "${who}"; see "rollcall user list".`);
  return user;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, field: 'email' | 'role'): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const message = result.error.issues[0]?.message ?? 'invalid';
    throw new RollcallError(`invalid-${field}`, message, { field });
  }
  return result.data;
}
