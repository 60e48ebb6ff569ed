import { describe, expect, it } from 'vitest';
import {
  createProofOfWork,
  leadingZeroBits,
  nonceSolves,
  POW_DIFFICULTY,
  proofOfWorkFromEnv,
  solveNonce,
} from './proof-of-work.js';

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2024, 0, 31, 12)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/** A nonce that does not solve the token (the first that fails). */
function wrongNonce(token: string, bits: number): string {
  for (let n = 0; ; n++) if (!nonceSolves(token, String(n), bits)) return String(n);
}

describe('the proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array([0x80]))).toBe(0);
    expect(leadingZeroBits(new Uint8Array([0, 0x1f]))).toBe(11);
    expect(leadingZeroBits(new Uint8Array([0, 0, 1]))).toBe(23);
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16);
  });

  it('accepts a nonce that solves the token, at once, and spends the token', () => {
    const pow = createProofOfWork({ now: clock().now });
    expect(pow.difficulty).toBe(POW_DIFFICULTY);
    const token = pow.issue();
    const nonce = solveNonce(token, pow.difficulty);
    expect(nonceSolves(token, nonce, pow.difficulty)).toBe(true);
    expect(pow.verify(token, nonce)).toEqual({ ok: true });
    expect(pow.verify(token, nonce)).toEqual({ ok: false, reason: 'replayed' });
  });

  it('refuses a nonce that does not solve it, and one that is not a counter', () => {
    const pow = createProofOfWork({ difficulty: 12, now: clock().now });
    const token = pow.issue();
    expect(pow.verify(token, wrongNonce(token, 12))).toEqual({ ok: false, reason: 'wrong-nonce' });
    expect(pow.verify(token, 'x'.repeat(5))).toEqual({ ok: false, reason: 'wrong-nonce' });
    // Refusals spend nothing: the right nonce still passes.
    expect(pow.verify(token, solveNonce(token, 12))).toEqual({ ok: true });
  });

  it('without a nonce, refuses the token until the delay has passed, then takes it', () => {
    const c = clock();
    const pow = createProofOfWork({ noJsDelayMs: 30_000, now: c.now });
    expect(pow.noJsDelaySeconds).toBe(30);
    const token = pow.issue();
    expect(pow.verify(token, '')).toEqual({ ok: false, reason: 'too-early', waitSeconds: 30 });
    c.advance(21_500);
    expect(pow.verify(token, '')).toEqual({ ok: false, reason: 'too-early', waitSeconds: 9 });
    c.advance(8_500);
    expect(pow.verify(token, '')).toEqual({ ok: true });
    expect(pow.verify(token, '')).toEqual({ ok: false, reason: 'replayed' });
  });

  it('gives a released token back: a form refused for its fields may be sent again with it', () => {
    const c = clock();
    const pow = createProofOfWork({ now: c.now });
    const token = pow.issue();
    c.advance(60_000);
    expect(pow.verify(token, '')).toEqual({ ok: true });
    pow.release(token);
    expect(pow.verify(token, '')).toEqual({ ok: true });
  });

  it('refuses an expired token, even with a good nonce', () => {
    const c = clock();
    const pow = createProofOfWork({ difficulty: 8, maxAgeMs: 7_200_000, now: c.now });
    const token = pow.issue();
    const nonce = solveNonce(token, 8);
    c.advance(7_199_000);
    const fresh = pow.issue();
    c.advance(2_000);
    expect(pow.verify(token, nonce)).toEqual({ ok: false, reason: 'expired' });
    // A token made an hour later, under the next secret, still passes.
    expect(pow.verify(fresh, solveNonce(fresh, 8))).toEqual({ ok: true });
  });

  it('keeps a token valid across rotations of the secret until it expires', () => {
    const c = clock();
    const pow = createProofOfWork({ difficulty: 4, rotateMs: 3_600_000, maxAgeMs: 7_200_000, now: c.now });
    const early = pow.issue();
    c.advance(3_599_000);
    const late = pow.issue(); // the first secret's last token
    c.advance(5_000); // a new secret
    expect(pow.verify(early, solveNonce(early, 4))).toEqual({ ok: true });
    c.advance(7_190_000); // `late` is 2 h old minus a few seconds
    expect(pow.verify(late, solveNonce(late, 4))).toEqual({ ok: true });
    pow.release(late);
    c.advance(10_000);
    expect(pow.verify(late, solveNonce(late, 4))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a forged or tampered token, and one from another process', () => {
    const c = clock();
    const pow = createProofOfWork({ difficulty: 8, now: c.now });
    const token = pow.issue();
    const [payload, mac] = token.split('.') as [string, string];
    const bytes = Buffer.from(payload, 'base64url');
    bytes[5] = 0; // ask for no work at all
    const easier = `${bytes.toString('base64url')}.${mac}`;
    expect(pow.verify(easier, '0')).toEqual({ ok: false, reason: 'invalid' });
    bytes[5] = 8;
    bytes.writeUInt32BE(bytes.readUInt32BE(1) - 60, 1); // pretend it is a minute older
    expect(pow.verify(`${bytes.toString('base64url')}.${mac}`, '')).toEqual({ ok: false, reason: 'invalid' });
    const flipped = mac[0] === 'A' ? `B${mac.slice(1)}` : `A${mac.slice(1)}`;
    expect(pow.verify(`${payload}.${flipped}`, solveNonce(`${payload}.${flipped}`, 8))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    for (const junk of ['', 'x', `${payload}.`, `${payload}.${mac}.x`, 'a'.repeat(47)])
      expect(pow.verify(junk, '1'), junk).toEqual({ ok: false, reason: 'invalid' });
    const other = createProofOfWork({ difficulty: 8, now: c.now });
    expect(other.verify(token, solveNonce(token, 8))).toEqual({ ok: false, reason: 'invalid' });
    expect(pow.verify(token, solveNonce(token, 8))).toEqual({ ok: true });
  });

  it('puts nothing but the time, the difficulty and random bytes in a token', () => {
    const c = clock();
    const pow = createProofOfWork({ now: c.now });
    const a = pow.issue();
    const b = pow.issue();
    expect(a).toMatch(/^[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{22}$/);
    expect(a).not.toBe(b);
    const bytes = Buffer.from(a.split('.')[0]!, 'base64url');
    expect(bytes.length).toBe(18);
    expect(bytes.readUInt32BE(1)).toBe(Math.floor(c.now() / 1000));
    expect(bytes[5]).toBe(POW_DIFFICULTY);
  });

  it('takes its difficulty and the wait without JavaScript from the environment, refusing nonsense', () => {
    expect(proofOfWorkFromEnv({})).toEqual({});
    expect(proofOfWorkFromEnv({ ROLLCALL_TIP_POW_BITS: '17', ROLLCALL_TIP_NO_JS_WAIT: '45' })).toEqual({
      difficulty: 17,
      noJsDelayMs: 45_000,
    });
    expect(proofOfWorkFromEnv({ ROLLCALL_TIP_NO_JS_WAIT: '0' })).toEqual({ noJsDelayMs: 0 });
    for (const [name, value] of [
      ['ROLLCALL_TIP_POW_BITS', '25'],
      ['ROLLCALL_TIP_POW_BITS', '1.5'],
      ['ROLLCALL_TIP_NO_JS_WAIT', '-1'],
      ['ROLLCALL_TIP_NO_JS_WAIT', 'soon'],
    ] as const)
      expect(() => proofOfWorkFromEnv({ [name]: value }), `${name}=${value}`).toThrow(new RegExp(`${name} must be`));
  });
});
