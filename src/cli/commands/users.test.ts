/**
 * `rollcall user …` and `rollcall token …` in-process on a real SQLite file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../testing/cli.js';

let dir: string;
let db: string;

const run = (...args: string[]) => runCli(db, ...args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rollcall-users-'));
  db = join(dir, 'r.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rollcall user', () => {
  it('adds the first admin with a one-time enrolment link', async () => {
    const r = await run('user', 'add', 'Admin@Example.org', '--role', 'admin');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/admin@example\.org \(admin\)/);
    expect(r.out).toMatch(/http:\/\/localhost:8080\/staff\/enrol\/rce_[\w-]{43}/);
    const list = await run('user', 'list', '--json');
    expect(JSON.parse(list.out)).toEqual([expect.objectContaining({ email: 'admin@example.org', state: 'invited' })]);
    expect(list.out).not.toMatch(/rce_|passwordHash|totpSecret|argon2/);
  });

  it('refuses a second user with the same email, an unknown role and a bad email, and changes nothing', async () => {
    expect((await run('user', 'add', 'admin@example.org', '--role', 'admin')).err).toMatch(/user-exists/);
    expect((await run('user', 'add', 'x@example.org', '--role', 'boss')).err).toMatch(/A role is one of/);
    expect((await run('user', 'add', 'not-an-email', '--role', 'viewer')).err).toMatch(/email/);
    expect(JSON.parse((await run('user', 'list', '--json')).out)).toHaveLength(1);
  });

  it('changes role, disables, enables and resets the second factor', async () => {
    await run('user', 'add', 'ed@example.org', '--role', 'researcher');
    expect((await run('user', 'set-role', 'ed@example.org', 'editor')).out).toMatch(/ed@example\.org: editor/);
    expect((await run('user', 'disable', 'ed@example.org')).out).toMatch(/disabled/);
    expect((await run('user', 'enable', 'ed@example.org')).out).toMatch(/invited/);
    expect((await run('user', 'reset-2fa', 'ed@example.org')).out).toMatch(/New enrolment link/);
    expect((await run('user', 'disable', 'nobody@example.org')).code).toBe(1);
  });

  it('refuses a token for a user who has not enrolled', async () => {
    const r = await run('token', 'create', '--user', 'ed@example.org', '--label', 'x');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not active/);
  });

  it('records every change in the audit log', async () => {
    const r = await run('audit', 'list', '--json');
    const actions = (JSON.parse(r.out) as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['user.add', 'user.set-role', 'user.disable', 'user.enable', 'user.reset-2fa']),
    );
    expect((await run('audit', 'verify')).code).toBe(0);
  });
});
