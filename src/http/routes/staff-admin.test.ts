/**
 * The admin pages through the real app: an admin invites a user, changes a role
 * and reads the audit log; an editor is refused both pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { asRole, testAuthentication } from '../../testing/principals.js';
import { listUsers } from '../../app/auth/users.js';
import { createHttpApp } from '../app.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

const post = (path: string, fields: Record<string, string>) =>
  app.request(path, {
    method: 'POST',
    headers: { ...asRole('admin', 'boss@example.org'), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

describe('admin pages', () => {
  it('an admin invites a user and sees the one-time link once', async () => {
    const res = await post('/staff/users?lang=en', { email: 'New@Example.org', role: 'researcher' });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/Invited new@example\.org/);
    expect(page).toMatch(/http:\/\/localhost\/staff\/enrol\/rce_/);
    const again = await (await app.request('/staff/users?lang=en', { headers: asRole('admin') })).text();
    expect(again).toContain('new@example.org');
    expect(again).not.toMatch(/rce_/);
  });

  it('refuses a bad invite with a message and changes nothing', async () => {
    const res = await post('/staff/users?lang=en', { email: 'not an email', role: 'viewer' });
    expect(res.status).toBe(400);
    expect((await listUsers(env.ctx)).map((u) => u.email)).toEqual(['new@example.org']);
  });

  it('changes a role and records who did it', async () => {
    const [user] = await listUsers(env.ctx);
    const res = await post(`/staff/users/${user?.id}/set-role?lang=ru`, { role: 'editor' });
    expect(await res.text()).toContain('Готово: new@example.org, редактор, приглашён.');
    const audit = await (await app.request('/staff/audit?lang=en', { headers: asRole('admin') })).text();
    expect(audit).toMatch(/Head of the chain/);
    expect(audit).toMatch(/boss@example\.org<\/td>\s*<td><code>user\.set-role/);
  });

  it('an editor is refused the users and audit pages with a page, not JSON', async () => {
    for (const path of ['/staff/users?lang=en', '/staff/audit?lang=en']) {
      const res = await app.request(path, { headers: asRole('editor') });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('Your role (editor) may not open this page.');
    }
  });
});
