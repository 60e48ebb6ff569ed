/**
 * Open-data downloads: the public registry as JSON or CSV, written once per
 * data version into a cache folder and then served from the file. Every write
 * to the registry bumps the data version, so a download is never stale; the
 * ETag is a hash of the file, so clients can revalidate cheaply.
 *
 * Only the public presenters write these files (`exportRegistry` with
 * `audience: 'public'`): internal records and fields never reach them.
 *
 * @example
 * const cache = createDownloadCache(ctx, { dir: '/var/cache/rollcall' });
 * const file = await cache.get('csv'); // { path, etag, size, version }
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, unlink } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../../app/context.js';
import { writeFileAtomically } from '../../app/atomic-file.js';

export type DownloadFormat = 'json' | 'csv';

export interface DownloadFile {
  format: DownloadFormat;
  /** The data version the file was written from. */
  version: number;
  path: string;
  /** A strong ETag (quoted), a hash of the content. */
  etag: string;
  size: number;
}

export interface DownloadCache {
  /** The file for the current data version, writing it first when needed. */
  get(format: DownloadFormat): Promise<DownloadFile>;
  /** Forgets `file` (e.g. it vanished from the disk), so the next `get` writes it again. */
  forget(file: DownloadFile): void;
  /** Removes the cache folder (when the cache created it). */
  close(): void;
}

/**
 * A per-process cache of download files. Concurrent requests for the same
 * version share one export. Without `dir`, a temp folder is used and removed
 * when the process exits.
 */
export function createDownloadCache(ctx: AppContext, opts: { dir?: string } = {}): DownloadCache {
  let dir: string | undefined = opts.dir;
  const owned = dir === undefined;
  const builds = new Map<DownloadFormat, { version: number; file: Promise<DownloadFile> }>();
  const cleanup = () => {
    if (owned && dir) rmSync(dir, { recursive: true, force: true });
  };

  function folder(): string {
    if (dir === undefined) {
      dir = mkdtempSync(join(tmpdir(), 'rollcall-opendata-'));
      process.once('exit', cleanup);
    } else mkdirSync(dir, { recursive: true });
    return dir;
  }

  return {
    async get(format) {
      const version = await ctx.store.dataVersion();
      const current = builds.get(format);
      if (current && current.version === version) return current.file;
      const file = writeDownload(ctx, format, version, folder());
      builds.set(format, { version, file });
      file.then(
        () =>
          current?.file.then(
            (old) => removeStale(old.path),
            () => undefined,
          ),
        () => builds.get(format)?.file === file && builds.delete(format),
      );
      return file;
    },
    forget(file) {
      const current = builds.get(file.format);
      if (current?.version === file.version) builds.delete(file.format);
    },
    close() {
      builds.clear();
      cleanup();
      process.removeListener('exit', cleanup);
    },
  };
}

/** Removes a superseded file; a download still reading it keeps its open handle. */
function removeStale(path: string): void {
  unlink(path, () => undefined);
}

async function writeDownload(
  ctx: AppContext,
  format: DownloadFormat,
  version: number,
  dir: string,
): Promise<DownloadFile> {
  const path = join(dir, `registry-v${version}.${format}`);
  const hash = createHash('sha256');
  // Loaded on the first download: serving pages never pays for the exporter.
  const { exportRegistry } = await import('../../app/export.js');
  const size = await writeFileAtomically(path, (write) =>
    exportRegistry(ctx, { format, audience: 'public' }, async (chunk) => {
      hash.update(chunk);
      await write(chunk);
    }),
  );
  return { format, version, path, etag: `"${format}-${hash.digest('hex').slice(0, 32)}"`, size };
}
