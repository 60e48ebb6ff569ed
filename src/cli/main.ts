/**
 * The `rollcall` command line: a thin shell that parses arguments, opens the
 * store and calls use cases. Every read command takes `--json`; errors go to
 * stderr with a non-zero exit code.
 *
 * @example
 * await main(['node', 'rollcall', 'stats', '--at', '2024-02-02', '--json']);
 */
import { Command, CommanderError } from 'commander';
import { EXIT, exitCode, RollcallError } from '../domain/errors.js';
import { processIo, type Io } from './io.js';
import { registerRecordCommands } from './commands/records.js';
import { registerFigureCommands } from './commands/figures.js';
import { registerDataCommands } from './commands/data.js';
import { registerServeCommand } from './commands/serve.js';
import { registerNameCommands } from './commands/names.js';
import { registerMirrorCommand } from './commands/mirror.js';
import { registerDigestCommands } from './commands/digest.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerUserCommands } from './commands/users.js';
import { registerTelegramCommands } from './commands/telegram.js';
import { registerTipCommands } from './commands/tips.js';

/** Runs the CLI; resolves to the exit code (`EXIT` in domain/errors.ts: 0 success, 1 refused, 2 usage, 3 busy or read-only, 4 storage trouble, 70 a bug). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    return reportError(error, io);
  }
}

export function buildProgram(io: Io): Command {
  const program = new Command('rollcall')
    .description('Rollcall: a registry of political prisoners, its figures and its public data.')
    .option('--db <path>', 'SQLite database file (env ROLLCALL_DB; default ./data/rollcall.sqlite)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  registerRecordCommands(program, io);
  registerFigureCommands(program, io);
  registerDataCommands(program, io);
  registerNameCommands(program, io);
  registerDigestCommands(program, io);
  registerAuditCommands(program, io);
  registerUserCommands(program, io);
  registerServeCommand(program, io);
  registerTelegramCommands(program, io);
  registerTipCommands(program, io);
  registerMirrorCommand(program, io, {
    app: async (ctx) => (await import('../http/app.js')).createHttpApp(ctx, { mode: 'mirror' }),
  });
  for (const cmd of program.commands)
    cmd.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return program;
}

function reportError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0)
      return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof RollcallError) {
    io.err(`error [${error.code}]: ${error.message}`);
    const problems = (error.details as { problems?: Array<{ field?: string; message: string }> } | undefined)?.problems;
    for (const p of problems?.slice(0, 20) ?? []) io.err(`  - ${p.field ? `${p.field}: ` : ''}${p.message}`);
    return exitCode(error.code);
  }
  io.err(`error [internal]: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.internal;
}
