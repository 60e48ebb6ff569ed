/**
 * Sign-in through the real HTTP app in-process: enrolment, sign-in with TOTP,
 * the session cookie's attributes, CSRF refused, sign-out, API tokens, and the
 * pages in the reader's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import type { AppContext } from '../../app/context.js';
import { addUser } from '../../app/auth/users.js';
import { createToken } from '../../app/auth/tokens.js';
import { totpCode } from '../../app/auth/totp.js';
import { createHttpApp } from '../app.js';

const PASSWORD = 'lantern orchard quietly 7 hills';
const SAME = { origin: 'http://localhost' };
let env: Awaited<ReturnType<typeof tempApp>>;
let ctx: AppContext;
let app: Hono;
let clock = new Date('2024-02-02T12:00:00Z');
let totpSecret = '';

const form = (fields: Record<string, string>, headers: Record<string, string> = SAME) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  body: new URLSearchParams(fields).toString(),
});
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

beforeAll(async () => {
  env = await tempApp();
  ctx = { ...env.ctx, now: () => clock };
  app = createHttpApp(ctx);
  const { link } = await addUser(ctx, { email: 'editor@example.org', role: 'editor', actor: 'test' });
  const page = await (await app.request(`${link}?lang=en`)).text();
  totpSecret = (/<code class="secret">([^<]+)<\/code>/.exec(page)?.[1] ?? '').replace(/\s/g, '');
  const done = await app.request(
    link,
    form({ password: PASSWORD, password2: PASSWORD, code: await totpCode(totpSecret, clock) }),
  );
  expect(done.status).toBe(200);
  expect(await done.text()).toMatch(/[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}/);
  clock = new Date(clock.getTime() + 31_000);
});
afterAll(() => env.cleanup());

async function signIn(): Promise<string> {
  clock = new Date(clock.getTime() + 31_000);
  const res = await app.request(
    '/staff/sign-in?lang=en',
    form({ email: 'editor@example.org', password: PASSWORD, code: await totpCode(totpSecret, clock) }),
  );
  expect(res.status).toBe(303);
  return cookieOf(res);
}

describe('staff sign-in over HTTP', () => {
  it('sets a __Host- session cookie that is Secure, HttpOnly and SameSite=Strict', async () => {
    clock = new Date(clock.getTime() + 31_000);
    const res = await app.request(
      '/staff/sign-in',
      form({ email: 'editor@example.org', password: PASSWORD, code: await totpCode(totpSecret, clock) }),
    );
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-rollcall=rcs_/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    const home = await app.request('/staff/?lang=en', { headers: { cookie: cookieOf(res) } });
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('no-store');
    expect(await home.text()).toContain('Signed in as editor@example.org (editor).');
  });

  it('refuses a wrong code with a page in the reader’s language and no cookie', async () => {
    const res = await app.request(
      '/staff/sign-in?lang=ru',
      form({ email: 'editor@example.org', password: PASSWORD, code: '000000' }),
    );
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('Почта, пароль или код неверны');
  });

  it('refuses a sign-in form posted from another site', async () => {
    const res = await app.request(
      '/staff/sign-in',
      form({ email: 'editor@example.org', password: PASSWORD, code: '123456' }, { origin: 'https://evil.example' }),
    );
    expect(res.status).toBe(403);
    const fields = { email: 'editor@example.org', password: PASSWORD, code: '123456' };
    const nullSameSite = { origin: 'null', 'sec-fetch-site': 'same-site' };
    expect((await app.request('/staff/sign-in', form(fields, nullSameSite))).status).toBe(403);
    expect((await app.request('/staff/sign-in', form(fields, { origin: 'null' }))).status).toBe(403);
    // A form of this site under Referrer-Policy: no-referrer: Origin null, Sec-Fetch-Site same-origin.
    const own = await app.request('/staff/sign-in', form(fields, { origin: 'null', 'sec-fetch-site': 'same-origin' }));
    expect(own.status).toBe(401);
  });

  it('refuses a state change with the session cookie but without the CSRF token, and signs out with it', async () => {
    const cookie = await signIn();
    const without = await app.request('/staff/sign-out', form({}, { ...SAME, cookie }));
    expect(without.status).toBe(403);
    expect((await app.request('/staff/', { headers: { cookie } })).status).toBe(200);
    const page = await (await app.request('/staff/', { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const out = await app.request('/staff/sign-out', form({ csrf }, { ...SAME, cookie }));
    expect(out.status).toBe(303);
    const after = await app.request('/staff/?lang=en', { headers: { cookie } });
    expect(after.status).toBe(401);
    expect(await after.text()).toContain('Sign in to see this page.');
  });

  it('the write API needs the CSRF header with a session cookie, not with a token', async () => {
    const cookie = await signIn();
    const body = JSON.stringify({ record: {}, note: 'x' });
    const headers = { ...SAME, cookie, 'content-type': 'application/json', 'if-match': '"r1"' };
    const refused = await app.request('/api/v1/records/persons/p-x', { method: 'PUT', headers, body });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('csrf');
    const { secret } = await createToken(ctx, { who: 'editor@example.org', days: 1, label: 't', actor: 'test' });
    const me = await app.request('/api/v1/me', { headers: { authorization: `Bearer ${secret}` } });
    expect(await me.json()).toMatchObject({ email: 'editor@example.org', role: 'editor', via: 'token' });
    const minted = await app.request('/api/v1/tokens', {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'copy' }),
    });
    expect(minted.status).toBe(403);
  });

  it('an anonymous reader of a staff page gets the sign-in form (401) and of the admin API a 401', async () => {
    const page = await app.request('/staff/sessions?lang=be');
    expect(page.status).toBe(401);
    expect(await page.text()).toContain('Увайдзіце, каб адкрыць гэтую старонку.');
    expect((await app.request('/api/v1/users')).status).toBe(401);
  });

  it('an editor is refused the user list (403) and the refusal is audited', async () => {
    const cookie = await signIn();
    expect((await app.request('/api/v1/users', { headers: { cookie } })).status).toBe(403);
  });

  it('lists and ends the user’s own sessions', async () => {
    const cookie = await signIn();
    const list = (await (await app.request('/api/v1/sessions', { headers: { cookie } })).json()) as {
      sessions: Array<{ id: string; state: string }>;
    };
    const other = list.sessions.find((s) => s.state === 'active');
    expect(other).toBeDefined();
    const page = await (await app.request('/staff/sessions?lang=en', { headers: { cookie } })).text();
    expect(page).toContain('this browser');
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const ended = await app.request('/api/v1/sessions/' + (other?.id ?? ''), {
      method: 'DELETE',
      headers: { ...SAME, cookie, 'x-csrf-token': csrf },
    });
    expect(ended.status).toBe(204);
  });
});
