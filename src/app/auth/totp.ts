/**
 * TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1: what authenticator apps do)
 * through `otplib`. A code is accepted within one step either side, and only once:
 * the step it matched is claimed in the store in the same statement that checks it.
 *
 * @example
 * const secret = newTotpSecret();
 * const uri = totpUri(secret, 'editor@example.org'); // for the authenticator app
 * const step = await totpStep(secret, '123456', new Date()); // the matched step, or null
 */
import { generate, generateSecret, generateURI, verify } from 'otplib';

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: 'Rollcall', label: email, secret });
}

/** The time step `code` matches at `now` (±1 step), or null. */
export async function totpStep(secret: string, code: string, now: Date): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, epoch: Math.floor(now.getTime() / 1000), epochTolerance: 30 });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The code an authenticator shows at `now` (tests and the CLI's check). */
export function totpCode(secret: string, now: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
