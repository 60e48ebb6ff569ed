/**
 * `rollcall user add|list|disable|enable|set-role|reset-2fa|revoke-sessions` and
 * `rollcall token create|list|revoke`: staff accounts from the shell. The first
 * admin comes from here; `user add` prints a one-time enrolment link (valid 72
 * hours) to hand to the person by a safe channel.
 *
 * @example
 * rollcall user add admin@example.org --role admin
 * rollcall token create --user editor@example.org --days 30 --label "nightly import"
 */
import type { Command } from 'commander';
import { addUser, changeUser, listUsers, type UserChange } from '../../app/auth/users.js';
import { createToken, listTokens, revokeToken } from '../../app/auth/tokens.js';
import { printJson, table, type Io } from '../io.js';
import { withApp } from '../open.js';

/** Where enrolment links point: env ROLLCALL_PUBLIC_URL (the server's address as staff reach it). */
function baseUrl(): string {
  return (process.env.ROLLCALL_PUBLIC_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
}

const actor = () => `cli:${process.env.USER ?? 'admin'}`;

export function registerUserCommands(program: Command, io: Io): void {
  const user = program.command('user').description('Staff accounts: add, list, disable, enable, set-role, reset-2fa');
  user
    .command('add <email>')
    .description('Add a user and print their one-time enrolment link (valid 72 hours)')
    .requiredOption('--role <role>', 'admin, editor, researcher, tip_reviewer or viewer')
    .option('--json', 'machine-readable output')
    .action(async (email: string, opts: { role: string; json?: boolean }, cmd: Command) => {
      const added = await withApp(cmd, 'write', (ctx) => addUser(ctx, { email, role: opts.role, actor: actor() }));
      const link = `${baseUrl()}${added.link}`;
      if (opts.json) return printJson(io, { ...added, link });
      io.out(`Added ${added.user.email} (${added.user.role}). Enrolment link, valid until ${added.expiresAt}:`);
      io.out(link);
      io.out('Give it to them by a safe channel; it works once. They choose a password and add an authenticator app.');
    });
  user
    .command('list')
    .description('All users with role and state')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const users = await withApp(cmd, 'read', listUsers);
      if (opts.json) return printJson(io, users);
      io.out(
        table([
          ['email', 'role', 'state', 'second factor', 'since'],
          ...users.map((u) => [u.email, u.role, u.state, u.hasTotp ? 'totp' : '-', u.createdAt.slice(0, 10)]),
        ]),
      );
    });
  const change = (name: string, description: string, make: (arg?: string) => UserChange, withArg = false) => {
    const c = user.command(withArg ? `${name} <email> <role>` : `${name} <email>`).description(description);
    c.option('--json', 'machine-readable output').action(async (email: string, ...rest: unknown[]) => {
      const arg = withArg ? (rest[0] as string) : undefined;
      const opts = (withArg ? rest[1] : rest[0]) as { json?: boolean };
      const cmd = rest[rest.length - 1] as Command;
      const done = await withApp(cmd, 'write', (ctx) => changeUser(ctx, email, make(arg), actor()));
      const link = done.link ? `${baseUrl()}${done.link}` : undefined;
      if (opts.json) return printJson(io, { ...done, ...(link ? { link } : {}) });
      io.out(`${done.user.email}: ${done.user.role}, ${done.user.state}; ${done.sessionsEnded} session(s) ended.`);
      if (link) io.out(`New enrolment link, valid until ${done.expiresAt}:\n${link}`);
    });
  };
  change('disable', 'Disable a user: sessions and tokens end at once', () => ({ kind: 'disable' }));
  change('enable', 'Enable a disabled user again', () => ({ kind: 'enable' }));
  change(
    'set-role',
    'Change a user’s role (their sessions and tokens end)',
    (role) => ({ kind: 'set-role', role: role ?? '' }),
    true,
  );
  change('reset-2fa', 'Remove a lost second factor and print a new enrolment link', () => ({ kind: 'reset-2fa' }));
  change('revoke-sessions', 'End every session of a user', () => ({ kind: 'revoke-sessions' }));

  const token = program.command('token').description('API tokens for scripts: create, list, revoke');
  token
    .command('create')
    .description('Create a token (printed once; keep it in a password manager)')
    .requiredOption('--user <email>', 'whose token')
    .requiredOption('--label <text>', 'what it is for, e.g. "nightly import"')
    .option('--role <role>', 'the user’s role (default) or viewer for read-only')
    .option('--days <n>', 'valid for this many days (1-366)', '30')
    .option('--json', 'machine-readable output')
    .action(
      async (opts: { user: string; label: string; role?: string; days: string; json?: boolean }, cmd: Command) => {
        const made = await withApp(cmd, 'write', (ctx) =>
          createToken(ctx, {
            who: opts.user,
            role: opts.role,
            days: Number(opts.days),
            label: opts.label,
            actor: actor(),
          }),
        );
        if (opts.json) return printJson(io, { ...made.token, secret: made.secret });
        io.out(`Token ${made.token.id} (${made.token.role}) for ${opts.user}, valid until ${made.token.expiresAt}:`);
        io.out(made.secret);
        io.out('It is shown only now. Send it as "Authorization: Bearer <token>".');
      },
    );
  token
    .command('list')
    .description('A user’s tokens (never their secrets)')
    .requiredOption('--user <email>', 'whose tokens')
    .option('--json', 'machine-readable output')
    .action(async (opts: { user: string; json?: boolean }, cmd: Command) => {
      const tokens = await withApp(cmd, 'read', (ctx) => listTokens(ctx, opts.user));
      if (opts.json) return printJson(io, tokens);
      io.out(
        table([
          ['id', 'role', 'label', 'expires', 'revoked'],
          ...tokens.map((t) => [t.id, t.role, t.label, t.expiresAt, t.revokedAt ?? '']),
        ]),
      );
    });
  token
    .command('revoke <id>')
    .description('Revoke a token at once')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await withApp(cmd, 'write', (ctx) => revokeToken(ctx, id, actor(), null));
      io.out(`Token ${id} revoked.`);
    });
}
