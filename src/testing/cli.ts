/**
 * Test support: the `rollcall` command line run in-process on a database file,
 * with what it printed to stdout and stderr.
 *
 * @example
 * const { code, out, err } = await runCli(dbPath, 'user', 'list', '--json');
 */
import { main } from '../cli/main.js';
import type { Io } from '../cli/io.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(db: string, ...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), interactive: false };
  const code = await main(['node', 'rollcall', '--db', db, ...args], io);
  return { code, out, err };
}
