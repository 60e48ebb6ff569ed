/**
 * The composition root for the CLI and the server: resolves the database path
 * and builds an {@link AppContext} around the SQLite store.
 *
 * Commands that only read open the store read-only: they take no lock, so they
 * run beside an import (SQLite's WAL lets readers read the last commit), and they
 * never bump the data version. Commands that write open it writable; opening
 * migrates and seeds only what is missing, so an up-to-date registry is opened
 * without a write.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openSqliteStore, defaultDbPath } from '../store/sqlite.js';
import { RollcallError } from '../domain/errors.js';
import { type AppContext } from '../app/context.js';
import { needsReferenceData, seedReferenceData } from '../app/reference.js';

/** What a command does with the registry. */
export type Access = 'read' | 'write';

export function dbPathFrom(command: Command): string {
  const opts = command.optsWithGlobals<{ db?: string }>();
  return opts.db ?? defaultDbPath();
}

/**
 * Opens the registry at `dbPath`. `'read'` opens it read-only; a file that still
 * needs migrations or reference data is brought up to date once first (the only
 * case in which a read command writes). A missing file is an error for reads.
 *
 * @example
 * const ctx = await openApp('./data/rollcall.sqlite', 'read');
 */
export async function openApp(dbPath: string, access: Access = 'write'): Promise<AppContext> {
  if (access === 'write') return openWritable(dbPath);
  if (!existsSync(dbPath)) {
    throw new RollcallError(
      'no-registry',
      `No registry at ${resolve(dbPath)}. Load one first ("rollcall import FILE" or "rollcall demo"), or give --db.`,
    );
  }
  const ctx = await openReadonly(dbPath);
  if (ctx && !(await needsReferenceData(ctx))) return ctx;
  await ctx?.store.close();
  await (await openWritable(dbPath)).store.close();
  return (await openReadonly(dbPath)) ?? failOutdated(dbPath);
}

async function openWritable(dbPath: string): Promise<AppContext> {
  const store = await openSqliteStore({ path: dbPath });
  const ctx: AppContext = { store, now: () => new Date() };
  try {
    await seedReferenceData(ctx);
  } catch (error) {
    await store.close();
    throw error;
  }
  return ctx;
}

/** The read-only app, or null when the file needs schema updates first. */
async function openReadonly(dbPath: string): Promise<AppContext | null> {
  try {
    const store = await openSqliteStore({ path: dbPath, readonly: true });
    return { store, now: () => new Date() };
  } catch (error) {
    if (error instanceof RollcallError && error.code === 'store-outdated') return null;
    throw error;
  }
}

function failOutdated(dbPath: string): never {
  throw new RollcallError(
    'store-outdated',
    `${resolve(dbPath)} could not be brought up to date; open it with a write command.`,
  );
}

/**
 * Opens the app for one command, runs `fn`, and always closes the store.
 *
 * @example
 * await withApp(cmd, 'read', (ctx) => statsAt(ctx, at, audience));
 */
export async function withApp<T>(command: Command, access: Access, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await openApp(dbPathFrom(command), access);
  try {
    return await fn(ctx);
  } finally {
    await ctx.store.close();
  }
}
