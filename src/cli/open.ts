/**
 * The composition root for the CLI and the server: resolves the database path
 * and builds an {@link AppContext} around the SQLite store.
 */
import type { Command } from 'commander';
import { openSqliteStore, defaultDbPath } from '../store/sqlite.js';
import type { AppContext } from '../app/context.js';
import { seedReferenceData } from '../app/reference.js';

export function dbPathFrom(command: Command): string {
  const opts = command.optsWithGlobals<{ db?: string }>();
  return opts.db ?? defaultDbPath();
}

export async function openApp(dbPath: string): Promise<AppContext> {
  const store = await openSqliteStore({ path: dbPath });
  const ctx: AppContext = { store, now: () => new Date() };
  await seedReferenceData(ctx);
  return ctx;
}

/** Opens the app for one command, runs `fn`, and always closes the store. */
export async function withApp<T>(command: Command, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await openApp(dbPathFrom(command));
  try {
    return await fn(ctx);
  } finally {
    await ctx.store.close();
  }
}
