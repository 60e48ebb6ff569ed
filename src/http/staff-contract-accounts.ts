/**
 * The staff API's contract for accounts (`routes/accounts.ts`, `routes/passkeys.ts`):
 * the bodies the routes validate with and what they answer. Re-exported by
 * `staff-contract.ts`; passkey ceremony bodies are typed loosely (the WebAuthn
 * library checks them).
 *
 * @example
 * const body = parseOrThrow(NewToken, await readJson(c), 'token'); // { label, days = 30, role? }
 */
import { z } from 'zod';
import { USER_CHANGES } from '../app/auth/users.js';
import { ROLES } from '../domain/access.js';

export const NewToken = z.strictObject({
  label: z.string().min(1).max(100),
  days: z.number().int().min(1).max(366).default(30),
  role: z.string().optional(),
});
export const NewUser = z.strictObject({ email: z.string(), role: z.string() });
export const RoleChange = z.strictObject({ role: z.string() }).partial();

const Role = z.enum(ROLES);
export const Me = z.object({ userId: z.string(), email: z.string(), role: Role, via: z.enum(['session', 'token']) });
const Session = z.object({
  id: z.string(),
  userId: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  state: z.string(),
});
export const SessionList = z.object({ sessions: z.array(Session) });
const Token = z.object({
  id: z.string(),
  userId: z.string(),
  role: Role,
  label: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
});
export const TokenList = z.object({ tokens: z.array(Token) });
/** The new token and its secret, shown this once. */
export const TokenCreated = z.object({ token: Token, secret: z.string() });
export const User = z.object({
  id: z.string(),
  email: z.string(),
  role: Role,
  state: z.string(),
  hasPassword: z.boolean(),
  hasTotp: z.boolean(),
  createdAt: z.string(),
});
export const UserList = z.object({ users: z.array(User) });
/** A new user and the enrolment link, shown this once. */
export const UserAdded = z.object({ user: User, link: z.string(), expiresAt: z.string() });
/** The change a `POST /users/:id/:change` names. */
export const UserChangeKind = z.enum(USER_CHANGES);
/** A user as changed; after `reset-2fa` a new enrolment link. */
export const UserChanged = z.object({
  user: User,
  link: z.string().optional(),
  expiresAt: z.string().optional(),
  sessionsEnded: z.number().int(),
});

/** A WebAuthn credential as the browser gives it (checked by the WebAuthn library, loosely typed here). */
export const PasskeyCredential = z.looseObject({ id: z.string().min(1).max(1024), type: z.literal('public-key') });
export const PasskeyAddBody = z.strictObject({ label: z.string().max(100).default(''), response: PasskeyCredential });
/** WebAuthn creation options for `navigator.credentials.create` (loosely typed). */
export const PasskeyOptions = z.looseObject({});
export const PasskeyAdded = z.object({ id: z.string(), label: z.string(), createdAt: z.string() });
