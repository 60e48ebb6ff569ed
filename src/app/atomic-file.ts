/**
 * Files that appear whole or not at all: written under a temporary name next to the target,
 * renamed over it at the end, removed on failure. A crash or an error midway leaves the
 * target as it was (absent, or the previous version), never a truncated file.
 *
 * Export files hold registry data, so they are created readable by their owner only (0600)
 * unless a `mode` is given.
 *
 * @example
 * await writeFileAtomically('/srv/export.json', async (write) => {
 *   await write('{"format":"rollcall"');
 *   await write('}\n');
 * });
 */
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Owner read/write only: the mode of every export file and database file. */
export const PRIVATE_FILE_MODE = 0o600;

export type ChunkSink = (chunk: string | Uint8Array) => Promise<void>;

/** The temporary name a file is written under before it is renamed to `path`. */
export function partialName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.part`);
}

/**
 * Writes `path` chunk by chunk through `fill`, atomically (see the module comment).
 * Resolves to the number of bytes written; rejects with `fill`'s or the disk's error,
 * leaving no file behind.
 */
export async function writeFileAtomically(
  path: string,
  fill: (write: ChunkSink) => Promise<void>,
  opts: { mode?: number } = {},
): Promise<number> {
  mkdirSync(dirname(path), { recursive: true });
  const partial = partialName(path);
  const out = createWriteStream(partial, { mode: opts.mode ?? PRIVATE_FILE_MODE, flags: 'wx' });
  let failure: Error | null = null;
  out.on('error', (error) => (failure ??= error)); // a disk error is reported by the next write, never unhandled
  let bytes = 0;
  try {
    await fill(async (chunk) => {
      if (failure) throw failure;
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      if (failure) throw failure;
    });
    out.end();
    await finished(out);
    if (failure) throw failure;
    renameSync(partial, path);
    return bytes;
  } catch (error) {
    out.destroy();
    await finished(out).catch(() => undefined);
    rmSync(partial, { force: true });
    throw error;
  }
}
