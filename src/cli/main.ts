/**
 * The `rollcall` command line: a thin shell that parses arguments, opens the
 * store and calls use cases. Every read command takes `--json`; errors go to
 * stderr with a non-zero exit code.
 *
 * @example
 * await main(['node', 'rollcall', 'stats', '--at', '2024-02-02', '--json']);
 */
import { Command, CommanderError } from 'commander';
import { AppError } from '../app/context.js';
import { DomainError } from '../domain/errors.js';
import { StoreError } from '../store/errors.js';
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

/** Runs the CLI; resolves to the exit code (0 success, 1 failure, 2 usage error). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return 0;
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
      return 0;
    return 2;
  }
  if (error instanceof AppError || error instanceof DomainError || error instanceof StoreError) {
    io.err(`error [${error.code}]: ${error.message}`);
    const problems = (error.details as { problems?: Array<{ field?: string; message: string }> } | undefined)?.problems;
    for (const p of problems?.slice(0, 20) ?? []) io.err(`  - ${p.field ? `${p.field}: ` : ''}${p.message}`);
    return 1;
  }
  io.err(`error [internal]: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}
