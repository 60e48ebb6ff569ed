/**
 * Accounts end to end on a real SQLite file: add, enrol, sign in with TOTP or a
 * recovery code, replay refused, sessions expire and are revoked, disabling and
 * role changes end sessions and tokens, and none of it moves the data version.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app.js';
import type { AppContext } from '../context.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../domain/credentials.js';
import { addUser, changeUser, listUsers } from './users.js';
import { completeEnrolment, enrolmentOffer } from './enrol.js';
import { principalForSession, revokeSession, sessionsOf, signIn, signOut } from './sign-in.js';
import { createThrottle, PAIR_LIMIT } from './throttle.js';
import { totpCode } from './totp.js';
import { createToken, principalForToken, revokeToken } from './tokens.js';
import { recentAudit } from '../audit.js';

const PASSWORD = 'lantern orchard quietly 7 hills';
let env: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
let clock: Date;
const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));

beforeEach(async () => {
  env = await tempApp();
  clock = new Date('2024-02-02T12:00:00Z');
  ctx = { ...env.ctx, now: () => clock };
});
afterEach(() => env.cleanup());

async function enrolled(email = 'editor@example.org', role = 'editor') {
  const { link } = await addUser(ctx, { email, role, actor: 'cli' });
  const secret = link.split('/').pop() ?? '';
  const offer = await enrolmentOffer(ctx, secret);
  const { recoveryCodes } = await completeEnrolment(ctx, secret, {
    password: PASSWORD,
    code: await totpCode(offer.totpSecret, clock),
  });
  tick(31_000); // the enrolment code's step is used
  return { email, totpSecret: offer.totpSecret, recoveryCodes, link: secret };
}

const attempt = (email: string, password: string, code: string, client = '198.51.100.7') => ({
  email,
  password,
  code,
  client,
});

describe('enrolment', () => {
  it('sets password and TOTP once; the link then stops working', async () => {
    const { link, email } = await enrolled();
    await expect(enrolmentOffer(ctx, link)).rejects.toMatchObject({ code: 'enrolment-invalid' });
    expect((await listUsers(ctx)).find((u) => u.email === email)).toMatchObject({ state: 'active', hasTotp: true });
  });

  it('refuses short, common and email-like passwords and a wrong code, changing nothing', async () => {
    const { link } = await addUser(ctx, { email: 'r@example.org', role: 'researcher', actor: 'cli' });
    const secret = link.split('/').pop() ?? '';
    const offer = await enrolmentOffer(ctx, secret);
    const code = await totpCode(offer.totpSecret, clock);
    for (const [password, expected] of [
      ['short pass', 'password-too-short'],
      ['Password1234!', 'password-common'],
      ['qwertyuiop123', 'password-common'],
      ['aaaaaaaaaaaaaaaa', 'password-common'],
    ] as const) {
      await expect(completeEnrolment(ctx, secret, { password, code })).rejects.toMatchObject({ code: expected });
    }
    await expect(completeEnrolment(ctx, secret, { password: PASSWORD, code: '000000' })).rejects.toMatchObject({
      code: 'code-wrong',
    });
    expect((await listUsers(ctx))[0]).toMatchObject({ state: 'invited', hasPassword: false });
  });

  it('an expired link does not work', async () => {
    const { link } = await addUser(ctx, { email: 'late@example.org', role: 'viewer', actor: 'cli' });
    tick(73 * 3600_000);
    await expect(enrolmentOffer(ctx, link.split('/').pop() ?? '')).rejects.toMatchObject({ code: 'enrolment-invalid' });
  });
});

describe('sign-in', () => {
  it('signs in with password and TOTP; the same code is refused the second time', async () => {
    const u = await enrolled();
    const throttle = createThrottle(() => clock.getTime());
    const code = await totpCode(u.totpSecret, clock);
    const first = await signIn(ctx, throttle, attempt(u.email, PASSWORD, code));
    expect(first.principal).toMatchObject({ kind: 'session', role: 'editor', label: u.email });
    expect(await principalForSession(ctx, first.sessionSecret)).toMatchObject({ role: 'editor' });
    await expect(signIn(ctx, throttle, attempt(u.email, PASSWORD, code))).rejects.toMatchObject({
      code: 'sign-in-failed',
      status: 401,
    });
    const log = await recentAudit(ctx, 5);
    expect(log[0]).toMatchObject({ action: 'auth.sign-in-failed', details: { reason: 'code-replayed' } });
    expect(JSON.stringify(log)).not.toContain(PASSWORD);
    expect(JSON.stringify(log)).not.toContain(first.sessionSecret);
  });

  it('a recovery code works once', async () => {
    const u = await enrolled();
    const throttle = createThrottle(() => clock.getTime());
    const code = u.recoveryCodes[0] ?? '';
    const ok = await signIn(ctx, throttle, attempt(u.email, PASSWORD, code.toUpperCase()));
    expect(ok.recoveryCodesLeft).toBe(9);
    await expect(signIn(ctx, throttle, attempt(u.email, PASSWORD, code))).rejects.toMatchObject({
      code: 'sign-in-failed',
    });
  });

  it('a wrong password or an unknown account gets the same answer', async () => {
    const u = await enrolled();
    const throttle = createThrottle(() => clock.getTime());
    const code = await totpCode(u.totpSecret, clock);
    const wrong = await signIn(ctx, throttle, attempt(u.email, 'not the password at all', code)).catch((e) => e);
    const nobody = await signIn(ctx, throttle, attempt('nobody@example.org', PASSWORD, code)).catch((e) => e);
    expect([wrong.code, wrong.message]).toEqual([nobody.code, nobody.message]);
  });

  it('sessions end when idle, at the absolute limit, on sign-out and when revoked', async () => {
    const u = await enrolled();
    const throttle = createThrottle(() => clock.getTime());
    const fresh = async () => {
      tick(31_000);
      return signIn(ctx, throttle, attempt(u.email, PASSWORD, await totpCode(u.totpSecret, clock)));
    };
    const idle = await fresh();
    tick(SESSION_IDLE_MS);
    expect(await principalForSession(ctx, idle.sessionSecret)).toBeNull();

    const busy = await fresh();
    for (let t = 0; t < SESSION_ABSOLUTE_MS; t += SESSION_IDLE_MS / 2) {
      tick(SESSION_IDLE_MS / 2);
      await principalForSession(ctx, busy.sessionSecret);
    }
    expect(await principalForSession(ctx, busy.sessionSecret)).toBeNull();

    const out = await fresh();
    await signOut(ctx, out.principal);
    expect(await principalForSession(ctx, out.sessionSecret)).toBeNull();

    const revoked = await fresh();
    await revokeSession(ctx, revoked.principal, revoked.session.id);
    expect(await principalForSession(ctx, revoked.sessionSecret)).toBeNull();
    expect((await sessionsOf(ctx, revoked.principal.userId)).map((x) => x.state)).toEqual([
      'revoked',
      'revoked',
      'expired',
      'expired',
    ]);
  });

  it('disabling a user or changing their role ends sessions and tokens at once', async () => {
    const u = await enrolled();
    const throttle = createThrottle(() => clock.getTime());
    const s = await signIn(ctx, throttle, attempt(u.email, PASSWORD, await totpCode(u.totpSecret, clock)));
    const { secret } = await createToken(ctx, { who: u.email, days: 30, label: 'script', actor: 'cli' });
    expect(await principalForToken(ctx, secret)).toMatchObject({ kind: 'token', role: 'editor' });
    await changeUser(ctx, u.email, { kind: 'set-role', role: 'viewer' }, 'cli');
    expect(await principalForSession(ctx, s.sessionSecret)).toBeNull();
    expect(await principalForToken(ctx, secret)).toBeNull();

    tick(31_000);
    const again = await signIn(ctx, throttle, attempt(u.email, PASSWORD, await totpCode(u.totpSecret, clock)));
    expect(again.principal.role).toBe('viewer');
    await changeUser(ctx, u.email, { kind: 'disable' }, 'cli');
    expect(await principalForSession(ctx, again.sessionSecret)).toBeNull();
    tick(31_000);
    await expect(
      signIn(ctx, throttle, attempt(u.email, PASSWORD, await totpCode(u.totpSecret, clock))),
    ).rejects.toMatchObject({ code: 'sign-in-failed' });
  });

  it('reset-2fa sends the user back to enrolment', async () => {
    const u = await enrolled();
    const reset = await changeUser(ctx, u.email, { kind: 'reset-2fa' }, 'cli');
    expect(reset.user.state).toBe('invited');
    expect(reset.link).toMatch(/^\/staff\/enrol\/rce_/);
    const offer = await enrolmentOffer(ctx, reset.link?.split('/').pop() ?? '');
    expect(offer.totpSecret).not.toBe(u.totpSecret);
  });

  it('accounts, sessions and sign-ins never move the data version', async () => {
    const before = await ctx.store.dataVersion();
    const u = await enrolled();
    const throttle = createThrottle(() => clock.getTime());
    const s = await signIn(ctx, throttle, attempt(u.email, PASSWORD, await totpCode(u.totpSecret, clock)));
    tick(120_000);
    await principalForSession(ctx, s.sessionSecret);
    await signOut(ctx, s.principal);
    expect(await ctx.store.dataVersion()).toBe(before);
  });
});

describe('tokens', () => {
  it('are scoped to the user role or viewer, expire and can be revoked', async () => {
    const u = await enrolled();
    await expect(
      createToken(ctx, { who: u.email, role: 'admin', days: 5, label: 'x', actor: 'cli' }),
    ).rejects.toMatchObject({
      code: 'invalid-role',
    });
    const ro = await createToken(ctx, { who: u.email, role: 'viewer', days: 1, label: 'read', actor: 'cli' });
    expect(await principalForToken(ctx, ro.secret)).toMatchObject({ role: 'viewer' });
    tick(86_400_000);
    expect(await principalForToken(ctx, ro.secret)).toBeNull();
    const rw = await createToken(ctx, { who: u.email, days: 30, label: 'write', actor: 'cli' });
    await revokeToken(ctx, rw.token.id, 'cli', null);
    expect(await principalForToken(ctx, rw.secret)).toBeNull();
  });
});

describe('throttle', () => {
  it('stops a client after repeated failures, keeps no address, and lets a known device through', async () => {
    let now = 0;
    const t = createThrottle(() => now);
    const attacker = { client: '203.0.113.9', account: 'a@example.org', knownDevice: false };
    for (let i = 0; i < PAIR_LIMIT; i += 1) t.fail(attacker);
    expect(t.check(attacker)).toBeGreaterThan(0);
    expect(t.check({ ...attacker, client: '198.51.100.1', knownDevice: true })).toBeNull();
    expect(t.keys().join(' ')).not.toMatch(/203|113|a@example/);
    now += 16 * 60_000;
    expect(t.check(attacker)).toBeNull();
  });

  it('the owner with a device cookie signs in while others hammer the account', async () => {
    const now = 0;
    const t = createThrottle(() => now);
    for (let i = 0; i < 60; i += 1) t.fail({ client: `203.0.113.${i}`, account: 'a@example.org', knownDevice: false });
    expect(t.check({ client: '192.0.2.1', account: 'a@example.org', knownDevice: false })).not.toBeNull();
    expect(t.check({ client: '192.0.2.1', account: 'a@example.org', knownDevice: true })).toBeNull();
  });
});
