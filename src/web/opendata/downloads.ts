/**
 * Open-data downloads: the public registry as JSON or CSV, written once per
 * data version into a cache folder and then served from the file. Every write
 * to the registry bumps the data version, so a download is never stale; the
 * ETag is a hash of the file, so clients can revalidate cheaply. A compressed copy (brotli
 * or gzip) is written once per version beside the file, the first time a client asks
 * for that encoding, so no request compresses the whole registry again.
 *
 * Only the public presenters write these files (`exportRegistry` with
 * `audience: 'public'`): internal records and fields never reach them.
 *
 * @example
 * const cache = createDownloadCache(ctx, { dir: '/var/cache/rollcall' });
 * const file = await cache.get('csv'); // { path, etag, size, version }
 * const br = await cache.encoded(file, 'br'); // { path: '….csv.br', etag: '"csv-…-br"', encoding: 'br', … }
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, rmSync, unlink } from 'node:fs';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../../app/context.js';
import { writeFileAtomically } from '../../app/atomic-file.js';
import type { Encoding } from '../kit/encoding.js';
import { encodedEtag } from '../kit/etag.js';

export type DownloadFormat = 'json' | 'csv';

export interface DownloadFile {
  format: DownloadFormat;
  /** The data version the file was written from. */
  version: number;
  path: string;
  /** A strong ETag (quoted), a hash of the content. */
  etag: string;
  size: number;
  /** Set on a compressed copy (see `DownloadCache.encoded`). */
  encoding?: Encoding;
}

export interface DownloadCache {
  /** The file for the current data version, writing it first when needed. */
  get(format: DownloadFormat): Promise<DownloadFile>;
  /** `file` compressed with `encoding`, written once beside it (its ETag gets `-br` / `-gz`). */
  encoded(file: DownloadFile, encoding: Encoding): Promise<DownloadFile>;
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
  const packed = new Map<string, { of: string; file: Promise<DownloadFile> }>();
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
      const version = await ctx.store.read((r) => r.meta.dataVersion());
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
    async encoded(file, encoding) {
      const key = `${file.format}.${encoding}`;
      const current = packed.get(key);
      if (current && current.of === file.path) return current.file;
      const next = writeEncoded(file, encoding);
      packed.set(key, { of: file.path, file: next });
      next.then(
        () =>
          current?.file.then(
            (old) => removeStale(old.path),
            () => undefined,
          ),
        () => packed.get(key)?.file === next && packed.delete(key),
      );
      return next;
    },
    forget(file) {
      if (file.encoding) {
        const key = `${file.format}.${file.encoding}`;
        if (packed.get(key)?.of === file.path.replace(/\.(br|gz)$/, '')) packed.delete(key);
        return;
      }
      const current = builds.get(file.format);
      if (current?.version === file.version) builds.delete(file.format);
      for (const [key, entry] of packed) if (entry.of === file.path) packed.delete(key);
    },
    close() {
      builds.clear();
      packed.clear();
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

/** Brotli at quality 6, gzip at level 6: written once per version, read by every client after. */
async function writeEncoded(file: DownloadFile, encoding: Encoding): Promise<DownloadFile> {
  const path = `${file.path}.${encoding === 'br' ? 'br' : 'gz'}`;
  const size = await writeFileAtomically(path, async (write) => {
    const packer =
      encoding === 'br'
        ? createBrotliCompress({
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 6,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: file.size,
            },
          })
        : createGzip({ level: 6 });
    const source = createReadStream(file.path);
    source.on('error', (error) => packer.destroy(error));
    for await (const chunk of source.pipe(packer)) await write(chunk as Buffer);
  });
  return { ...file, path, etag: encodedEtag(file.etag, encoding), size, encoding };
}
