/**
 * The rules of staff credentials, as pure functions: what a password must be,
 * how long sessions, enrolment links and API tokens live, and whether a session
 * is still good. The I/O (hashing, random values, the store) is in `src/app/auth`.
 *
 * @example
 * passwordProblem('correct horse battery staple', { email: 'a@example.org' }, () => false); // null
 * sessionState(session, new Date());                                                         // 'active'
 */
import { DomainError } from './errors.js';

export const PASSWORD_MIN_CHARS = 12;
export const PASSWORD_MAX_CHARS = 1024;
/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 60 * 60 * 1000;
/** …and this long after sign-in, whatever happens. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** An enrolment link works once, within this time. */
export const ENROLMENT_TTL_MS = 72 * 60 * 60 * 1000;
export const TOKEN_MAX_DAYS = 366;
export const RECOVERY_CODE_COUNT = 10;

export interface PasswordProblem {
  code: 'password-too-short' | 'password-too-long' | 'password-common' | 'password-is-email';
  message: string;
}

/**
 * Why a password is refused, or null. `isCommon` answers whether a text is on the
 * shipped list of common and breached passwords; the password is checked as typed
 * and with digits and symbols trimmed from both ends (`Password2024!` is `password`).
 */
export function passwordProblem(
  password: string,
  context: { email: string },
  isCommon: (candidate: string) => boolean,
): PasswordProblem | null {
  const chars = [...password].length;
  if (chars < PASSWORD_MIN_CHARS) {
    return {
      code: 'password-too-short',
      message: `Use at least ${PASSWORD_MIN_CHARS} characters (a few unrelated words make a good passphrase).`,
    };
  }
  if (chars > PASSWORD_MAX_CHARS) {
    return { code: 'password-too-long', message: `Use at most ${PASSWORD_MAX_CHARS} characters.` };
  }
  const lower = password.toLowerCase();
  const local = context.email.toLowerCase().split('@')[0] ?? '';
  if (lower === context.email.toLowerCase() || (local.length >= 4 && lower.includes(local))) {
    return { code: 'password-is-email', message: 'Do not use your email address in the password.' };
  }
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (isCommon(lower) || isCommon(password) || (core.length > 0 && isCommon(core)) || isRepetitive(lower)) {
    return {
      code: 'password-common',
      message: 'This password is on the list of common or breached passwords; choose another (a few unrelated words).',
    };
  }
  return null;
}

/** `aaaaaaaaaaaa`, `abcabcabcabc`, `123412341234`: a short unit repeated. */
function isRepetitive(text: string): boolean {
  for (let unit = 1; unit <= 4; unit += 1) {
    const head = text.slice(0, unit);
    if (head.repeat(Math.ceil(text.length / unit)).slice(0, text.length) === text) return true;
  }
  return false;
}

export type SessionState = 'active' | 'revoked' | 'idle-expired' | 'expired';

/** Whether a session still signs its holder in at `now`. */
export function sessionState(
  session: { lastSeenAt: string; expiresAt: string; revokedAt: string | null },
  now: Date,
): SessionState {
  if (session.revokedAt !== null) return 'revoked';
  const t = now.getTime();
  if (t >= Date.parse(session.expiresAt)) return 'expired';
  if (t - Date.parse(session.lastSeenAt) >= SESSION_IDLE_MS) return 'idle-expired';
  return 'active';
}

/** The expiry of an API token valid for `days` days from `now`. */
export function tokenExpiry(now: Date, days: number): string {
  if (!Number.isInteger(days) || days < 1 || days > TOKEN_MAX_DAYS) {
    throw new DomainError('invalid-token-days', `A token lives 1 to ${TOKEN_MAX_DAYS} days; got ${days}.`);
  }
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}
