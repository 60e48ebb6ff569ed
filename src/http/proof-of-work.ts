/**
 * The report form's proof of work: abuse control that asks nothing about the sender.
 * Every form carries a challenge token made here, and a POST is taken only with
 *
 * - a nonce such that SHA-256(token + nonce) starts with `difficulty` zero bits (the
 *   page's script, `web/assets/report-pow.js`, finds one while the sender types), or
 * - without a nonce (no JavaScript), once `noJsDelayMs` have passed since the token was
 *   made: the slower path costs time instead of work.
 *
 * A token is `payload.mac` in base64url: a version byte, the second it was made, its
 * difficulty and 12 random bytes, then an HMAC-SHA256 (16 bytes) of the payload under a
 * random secret. It holds no address, no user agent, nothing about who asked for it.
 * The secrets live in this process's memory only: a new one every `rotateMs` (1 hour),
 * each kept while a token it signed may still be valid (`maxAgeMs`, 2 hours, plus one
 * rotation), so a restart voids every open form (the sender gets it back, with a new
 * token and their input). A token is spent once: the MACs of spent tokens are kept beside
 * their secret (at most `maxSpent` per secret, the oldest forgotten first) and go with it.
 *
 * @example
 * const pow = createProofOfWork();
 * const token = pow.issue();
 * pow.verify(token, solveNonce(token, pow.difficulty)); // { ok: true } (and spent)
 * pow.verify(token, '');                                // { ok: false, reason: 'replayed' }
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { RollcallError } from '../domain/errors.js';
import { Lru } from '../util/lru.js';

export interface ProofOfWorkOptions {
  /** Leading zero bits the hash must have (default {@link POW_DIFFICULTY}). */
  difficulty?: number;
  /** How long after its token a form without a nonce may be sent, in ms (default 30 s). */
  noJsDelayMs?: number;
  /** How long a token is valid, in ms (default 2 hours). */
  maxAgeMs?: number;
  /** How often a new secret is made, in ms (default 1 hour). */
  rotateMs?: number;
  /** Spent tokens remembered per secret (default 100,000). */
  maxSpent?: number;
  /** The clock in ms (tests). */
  now?: () => number;
}

/** Why a token was refused; `too-early` says how many seconds are left to wait. */
export type PowVerdict =
  | { ok: true }
  | { ok: false; reason: 'invalid' | 'expired' | 'replayed' | 'wrong-nonce' }
  | { ok: false; reason: 'too-early'; waitSeconds: number };

export interface ProofOfWork {
  /** Zero bits new tokens ask for. */
  readonly difficulty: number;
  /** Seconds a form without a nonce waits after its token. */
  readonly noJsDelaySeconds: number;
  /** A new challenge token. */
  issue(): string;
  /** Checks the token and the nonce (`''`: none) and, when they pass, spends the token. */
  verify(token: string, nonce: string): PowVerdict;
  /** Gives a spent token back (the form it came with was refused, so nothing was stored). */
  release(token: string): void;
}

/**
 * 15 bits: 32,768 hashes on average, about 0.5 s in Chromium on a server core and 1–2 s
 * with its CPU slowed 4–6 times as a phone's (`docs/performance.md`); found while the
 * sender types. The server checks one hash (about 20 µs with the HMAC).
 */
export const POW_DIFFICULTY = 15;
export const POW_NO_JS_DELAY_MS = 30_000;

const VERSION = 1;
const PAYLOAD_BYTES = 18; // version, seconds (4), difficulty, salt (12)
const MAC_BYTES = 16;
const TOKEN_RE = /^([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{22})$/;
/** A nonce as the script writes it: a decimal counter. */
const NONCE_RE = /^\d{1,16}$/;

interface Generation {
  key: Buffer;
  at: number;
  spent: Lru<string, true>;
}

/** The challenge issuer and checker (see the module comment). */
export function createProofOfWork(options: ProofOfWorkOptions = {}): ProofOfWork {
  const now = options.now ?? Date.now;
  const difficulty = options.difficulty ?? POW_DIFFICULTY;
  if (!Number.isInteger(difficulty) || difficulty < 0 || difficulty > 32)
    throw new RangeError(`difficulty must be a whole number of bits from 0 to 32; got ${difficulty}`);
  const noJsDelayMs = options.noJsDelayMs ?? POW_NO_JS_DELAY_MS;
  const maxAgeMs = options.maxAgeMs ?? 2 * 3_600_000;
  const rotateMs = options.rotateMs ?? 3_600_000;
  const maxSpent = options.maxSpent ?? 100_000;
  const generations: Generation[] = [];

  const keys = (): Generation[] => {
    const t = now();
    if (generations.length === 0 || t - generations[0]!.at >= rotateMs)
      generations.unshift({ key: randomBytes(32), at: t, spent: new Lru(maxSpent) });
    // A secret is needed while a token it signed may be valid: until maxAge after its last use.
    while (generations.length > 1 && t - generations[generations.length - 2]!.at > maxAgeMs) generations.pop();
    return generations;
  };
  const mac = (key: Buffer, payload: string) =>
    createHmac('sha256', key).update(payload).digest().subarray(0, MAC_BYTES);

  /** The generation that signed the token, or null (forged, tampered, or its secret is gone). */
  const signer = (token: string): { gen: Generation; payload: Buffer; id: string } | null => {
    const m = TOKEN_RE.exec(token);
    if (!m) return null;
    const payload = Buffer.from(m[1]!, 'base64url');
    const given = Buffer.from(m[2]!, 'base64url');
    if (payload.length !== PAYLOAD_BYTES || given.length !== MAC_BYTES || payload[0] !== VERSION) return null;
    const gen = keys().find((g) => timingSafeEqual(mac(g.key, m[1]!), given));
    return gen ? { gen, payload, id: m[2]! } : null;
  };

  return {
    difficulty,
    noJsDelaySeconds: Math.ceil(noJsDelayMs / 1000),
    issue() {
      const payload = Buffer.alloc(PAYLOAD_BYTES);
      payload[0] = VERSION;
      payload.writeUInt32BE(Math.floor(now() / 1000), 1);
      payload[5] = difficulty;
      randomBytes(12).copy(payload, 6);
      const text = payload.toString('base64url');
      return `${text}.${mac(keys()[0]!.key, text).toString('base64url')}`;
    },
    verify(token, nonce) {
      const signed = signer(token);
      if (!signed) return { ok: false, reason: 'invalid' };
      const elapsed = now() - signed.payload.readUInt32BE(1) * 1000;
      if (elapsed > maxAgeMs) return { ok: false, reason: 'expired' };
      if (signed.gen.spent.has(signed.id)) return { ok: false, reason: 'replayed' };
      if (nonce === '') {
        if (elapsed < noJsDelayMs)
          return { ok: false, reason: 'too-early', waitSeconds: Math.ceil((noJsDelayMs - elapsed) / 1000) };
      } else if (!NONCE_RE.test(nonce) || !nonceSolves(token, nonce, signed.payload[5]!)) {
        return { ok: false, reason: 'wrong-nonce' };
      }
      signed.gen.spent.set(signed.id, true);
      return { ok: true };
    },
    release(token) {
      const signed = signer(token);
      signed?.gen.spent.delete(signed.id);
    },
  };
}

/**
 * The options `rollcall serve` takes from the environment: `ROLLCALL_TIP_POW_BITS` (zero bits,
 * 0–24; default 15) and `ROLLCALL_TIP_NO_JS_WAIT` (seconds without JavaScript, 0–600; default 30).
 * @example proofOfWorkFromEnv({ ROLLCALL_TIP_POW_BITS: '17' }); // { difficulty: 17 }
 */
export function proofOfWorkFromEnv(env: Record<string, string | undefined>): ProofOfWorkOptions {
  const bits = whole(env.ROLLCALL_TIP_POW_BITS, 'ROLLCALL_TIP_POW_BITS', 24, 'zero bits');
  const wait = whole(env.ROLLCALL_TIP_NO_JS_WAIT, 'ROLLCALL_TIP_NO_JS_WAIT', 600, 'seconds');
  return {
    ...(bits === undefined ? {} : { difficulty: bits }),
    ...(wait === undefined ? {} : { noJsDelayMs: wait * 1000 }),
  };
}

function whole(value: string | undefined, name: string, max: number, unit: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > max)
    throw new RollcallError(
      'invalid-config',
      `${name} must be a whole number of ${unit} from 0 to ${max}; got "${value}".`,
    );
  return n;
}

/**
 * Whether SHA-256 of `token + nonce` (UTF-8) starts with `bits` zero bits.
 * @example nonceSolves(token, '0', 0); // true: no bit is asked for
 */
export function nonceSolves(token: string, nonce: string, bits: number): boolean {
  return (
    leadingZeroBits(
      createHash('sha256')
        .update(token + nonce)
        .digest(),
    ) >= bits
  );
}

/**
 * The number of zero bits at the start of `bytes`.
 * @example leadingZeroBits(new Uint8Array([0, 0x1f])); // 11
 */
export function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/**
 * The first nonce (0, 1, 2, …) that solves the token, as the page's script finds it
 * (tests and the benchmark in `docs/performance.md`).
 * @example solveNonce(pow.issue(), 15); // e.g. '41822'
 */
export function solveNonce(token: string, bits: number): string {
  for (let n = 0; ; n++) if (nonceSolves(token, String(n), bits)) return String(n);
}
