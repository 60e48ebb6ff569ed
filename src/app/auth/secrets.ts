/**
 * Random secrets and their hashes. A secret (session cookie, API token,
 * enrolment link, recovery code) is 256 random bits shown once; the store keeps
 * only its SHA-256, which is enough for values this random.
 *
 * @example
 * const token = newSecret('rc_');     // 'rc_3q2…' (shown once)
 * const stored = secretHash(token);   // what the store keeps
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url, after `prefix` (which says what the secret is for). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** A short random id for rows (not a secret). */
export function newId(prefix: string): string {
  return prefix + randomBytes(9).toString('base64url');
}

/** SHA-256 of a secret, base64url. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/** Compares two texts in time independent of where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A recovery code a person can type: `xxxxx-xxxxx-xxxxx` (about 73 bits). */
export function newRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g += 1) {
    let group = '';
    for (let i = 0; i < 5; i += 1) group += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** A recovery code as typed (any case, spaces or dashes) in the form it was hashed. */
export function normaliseRecoveryCode(typed: string): string {
  const bare = typed.toLowerCase().replace(/[^a-z0-9]/g, '');
  return bare.length === 15 ? `${bare.slice(0, 5)}-${bare.slice(5, 10)}-${bare.slice(10)}` : bare;
}
