/**
 * `AccountRepository`: users, enrolment links, recovery codes, sessions and API
 * tokens. Secrets arrive hashed; nothing about the client is stored.
 */
import type { Kysely, Selectable } from 'kysely';
import type { AccountRepository, ApiTokenRow, PasskeyRow, SessionRow, UserRow } from '../app/account-ports.js';
import type { Role } from '../domain/access.js';
import type { ApiTokensTable, Database, PasskeysTable, SessionsTable, UsersTable } from './schema.js';

export function accountRepository(db: Kysely<Database>): AccountRepository {
  return {
    async addUser(u) {
      await db.insertInto('users').values(userValues(u)).execute();
    },
    async userById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : undefined;
    },
    async userByEmail(email) {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
      return row ? toUser(row) : undefined;
    },
    async users() {
      return (await db.selectFrom('users').selectAll().orderBy('email').execute()).map(toUser);
    },
    async countUsers() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async updateUser(id, f) {
      const set: Partial<UsersTable> = { updated_at: f.updatedAt };
      if (f.email !== undefined) set.email = f.email.toLowerCase();
      if (f.role !== undefined) set.role = f.role;
      if (f.state !== undefined) set.state = f.state;
      if (f.passwordHash !== undefined) set.password_hash = f.passwordHash;
      if (f.totpSecret !== undefined) set.totp_secret = f.totpSecret;
      if (f.totpLastStep !== undefined) set.totp_last_step = f.totpLastStep;
      await db.updateTable('users').set(set).where('id', '=', id).execute();
    },
    async claimTotpStep(userId, step) {
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', userId)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async addEnrolment(e) {
      await db
        .insertInto('user_enrolments')
        .values({ token_hash: e.tokenHash, user_id: e.userId, expires_at: e.expiresAt, used_at: null })
        .execute();
    },
    async enrolment(tokenHash) {
      const row = await db
        .selectFrom('user_enrolments')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? { userId: row.user_id, expiresAt: row.expires_at, usedAt: row.used_at } : undefined;
    },
    async useEnrolment(tokenHash, at) {
      const r = await db
        .updateTable('user_enrolments')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async closeEnrolments(userId, at) {
      await db
        .updateTable('user_enrolments')
        .set({ used_at: at })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
    },

    async setRecoveryCodes(userId, hashes) {
      await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      if (hashes.length === 0) return;
      await db
        .insertInto('recovery_codes')
        .values(hashes.map((h) => ({ code_hash: h, user_id: userId, used_at: null })))
        .execute();
    },
    async useRecoveryCode(userId, codeHash, at) {
      const r = await db
        .updateTable('recovery_codes')
        .set({ used_at: at })
        .where('user_id', '=', userId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async unusedRecoveryCodes(userId) {
      const row = await db
        .selectFrom('recovery_codes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async addSession(s) {
      await db
        .insertInto('sessions')
        .values({
          id: s.id,
          token_hash: s.tokenHash,
          user_id: s.userId,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          expires_at: s.expiresAt,
          revoked_at: s.revokedAt,
        })
        .execute();
    },
    async sessionByTokenHash(tokenHash) {
      const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? toSession(row) : undefined;
    },
    async sessionsOf(userId) {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toSession);
    },
    async touchSession(id, at) {
      await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
    },
    async revokeSession(id, at) {
      const r = await db
        .updateTable('sessions')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async revokeSessionsOf(userId, at) {
      const r = await db
        .updateTable('sessions')
        .set({ revoked_at: at })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async addToken(t) {
      await db
        .insertInto('api_tokens')
        .values({
          id: t.id,
          token_hash: t.tokenHash,
          user_id: t.userId,
          role: t.role,
          label: t.label,
          created_at: t.createdAt,
          expires_at: t.expiresAt,
          revoked_at: t.revokedAt,
        })
        .execute();
    },
    async tokenByHash(tokenHash) {
      const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row ? toToken(row) : undefined;
    },
    async tokensOf(userId) {
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toToken);
    },
    async revokeToken(id, at) {
      const r = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async revokeTokensOf(userId, at) {
      const r = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },

    async addPasskey(p) {
      await db
        .insertInto('passkeys')
        .values({
          id: p.id,
          user_id: p.userId,
          public_key: p.publicKey,
          counter: p.counter,
          transports: JSON.stringify(p.transports),
          label: p.label,
          created_at: p.createdAt,
          last_used_at: p.lastUsedAt,
        })
        .execute();
    },
    async passkey(id) {
      const row = await db.selectFrom('passkeys').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toPasskey(row) : undefined;
    },
    async passkeysOf(userId) {
      const rows = await db
        .selectFrom('passkeys')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
      return rows.map(toPasskey);
    },
    async usePasskey(id, counter, at) {
      await db.updateTable('passkeys').set({ counter, last_used_at: at }).where('id', '=', id).execute();
    },
    async removePasskey(id, userId) {
      const r = await db.deleteFrom('passkeys').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
    async removePasskeysOf(userId) {
      const r = await db.deleteFrom('passkeys').where('user_id', '=', userId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

function toPasskey(r: Selectable<PasskeysTable>): PasskeyRow {
  return {
    id: r.id,
    userId: r.user_id,
    publicKey: r.public_key,
    counter: Number(r.counter),
    transports: JSON.parse(r.transports) as string[],
    label: r.label,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  };
}

function userValues(u: UserRow): UsersTable {
  return {
    id: u.id,
    email: u.email.toLowerCase(),
    role: u.role,
    state: u.state,
    password_hash: u.passwordHash,
    totp_secret: u.totpSecret,
    totp_last_step: u.totpLastStep,
    created_at: u.createdAt,
    updated_at: u.updatedAt,
  };
}

function toUser(r: Selectable<UsersTable>): UserRow {
  return {
    id: r.id,
    email: r.email,
    role: r.role as Role,
    state: r.state as UserRow['state'],
    passwordHash: r.password_hash,
    totpSecret: r.totp_secret,
    totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toSession(r: Selectable<SessionsTable>): SessionRow {
  return {
    id: r.id,
    userId: r.user_id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  };
}

function toToken(r: Selectable<ApiTokensTable>): ApiTokenRow {
  return {
    id: r.id,
    userId: r.user_id,
    role: r.role as Role,
    label: r.label,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  };
}
