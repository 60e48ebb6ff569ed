/**
 * The storage contract for staff accounts (part of {@link Repos} as `accounts`):
 * users, enrolment links, recovery codes, sessions and API tokens. Every secret
 * crosses this port as a hash (`*Hash`); the store never sees one in clear.
 *
 * @example
 * const user = await repos.accounts.userByEmail('editor@example.org');
 */
import type { Role } from '../domain/access.js';

export type UserState = 'invited' | 'active' | 'disabled';

export interface UserRow {
  id: string;
  email: string;
  role: Role;
  state: UserState;
  passwordHash: string | null;
  totpSecret: string | null;
  totpLastStep: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionRow {
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface ApiTokenRow {
  id: string;
  userId: string;
  role: Role;
  label: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface PasskeyRow {
  /** The credential id, base64url. */
  id: string;
  userId: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface AccountRepository {
  addUser(user: UserRow): Promise<void>;
  userById(id: string): Promise<UserRow | undefined>;
  /** `email` is compared lowercased. */
  userByEmail(email: string): Promise<UserRow | undefined>;
  users(): Promise<UserRow[]>;
  countUsers(): Promise<number>;
  /** Sets the given fields and `updatedAt`. */
  updateUser(id: string, fields: Partial<Omit<UserRow, 'id' | 'createdAt'>> & { updatedAt: string }): Promise<void>;
  /**
   * Records `step` as the last TOTP step used, only if it is later than the stored one;
   * false when it is not (the code was used already): the check and the update are one statement.
   */
  claimTotpStep(userId: string, step: number): Promise<boolean>;

  addEnrolment(e: { tokenHash: string; userId: string; expiresAt: string }): Promise<void>;
  /** The unused enrolment with this hash, if any (expired ones too: the caller checks). */
  enrolment(tokenHash: string): Promise<{ userId: string; expiresAt: string; usedAt: string | null } | undefined>;
  useEnrolment(tokenHash: string, at: string): Promise<boolean>;
  /** Marks every open enrolment link of the user used (a new one replaces them). */
  closeEnrolments(userId: string, at: string): Promise<void>;

  /** Replaces the user's recovery codes. */
  setRecoveryCodes(userId: string, codeHashes: readonly string[]): Promise<void>;
  /** Marks an unused code used; false when there is no such unused code. */
  useRecoveryCode(userId: string, codeHash: string, at: string): Promise<boolean>;
  unusedRecoveryCodes(userId: string): Promise<number>;

  addSession(s: SessionRow & { tokenHash: string }): Promise<void>;
  sessionByTokenHash(tokenHash: string): Promise<SessionRow | undefined>;
  sessionsOf(userId: string): Promise<SessionRow[]>;
  touchSession(id: string, at: string): Promise<void>;
  /** Revokes one session, or all of a user's (open ones); returns how many. */
  revokeSession(id: string, at: string): Promise<number>;
  revokeSessionsOf(userId: string, at: string): Promise<number>;

  addToken(t: ApiTokenRow & { tokenHash: string }): Promise<void>;
  tokenByHash(tokenHash: string): Promise<ApiTokenRow | undefined>;
  tokensOf(userId: string): Promise<ApiTokenRow[]>;
  revokeToken(id: string, at: string): Promise<number>;
  revokeTokensOf(userId: string, at: string): Promise<number>;

  addPasskey(p: PasskeyRow): Promise<void>;
  passkey(id: string): Promise<PasskeyRow | undefined>;
  passkeysOf(userId: string): Promise<PasskeyRow[]>;
  usePasskey(id: string, counter: number, at: string): Promise<void>;
  /** Removes one of the user's passkeys; false when they have none with that id. */
  removePasskey(id: string, userId: string): Promise<boolean>;
  removePasskeysOf(userId: string): Promise<number>;
}
