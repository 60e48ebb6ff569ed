/**
 * Open-data routes: the public registry as downloads and the API's OpenAPI
 * document.
 *
 * - `GET /data/registry.json`: the public registry (canonical JSON format).
 * - `GET /data/registry.csv`: one row per public person.
 * - `GET /data/letters.csv`: addresses for letter campaigns (`letters-csv.ts`).
 * - `GET /api/openapi.json`: the OpenAPI 3.1 description of `/api/v1`.
 * - `GET /{lang}/data/`: the open-data page (what to download, the columns, the API).
 *
 * Downloads carry a strong ETag and answer `If-None-Match` with 304. A client that accepts
 * brotli or gzip gets the compressed copy written once per data version (with its own ETag).
 *
 * @example
 * app.route('/', openDataRoutes(ctx));
 * await app.request('/data/registry.csv'); // 200, text/csv, ETag: "csv-…"
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Hono, type Context } from 'hono';
import { todayIso, type AppContext } from '../../app/context.js';
import type { Lang } from '../../domain/record.js';
import { chooseEncoding, type Encoding } from '../kit/encoding.js';
import { matchingTag } from '../kit/etag.js';
import { createDownloadCache, type DownloadCache, type DownloadFile, type DownloadFormat } from './downloads.js';
import { lettersCsv } from './letters-csv.js';
import { openApiDocument } from './openapi.js';
import { openDataPage } from './page.js';

const TYPES: Record<DownloadFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export interface OpenDataOptions {
  /** Where download files are cached; default a temp folder removed at exit. */
  cacheDir?: string;
  /** Share a cache (tests, several apps over one store). */
  cache?: DownloadCache;
}

export function openDataRoutes(ctx: AppContext, opts: OpenDataOptions = {}): Hono {
  const cache = opts.cache ?? createDownloadCache(ctx, opts.cacheDir === undefined ? {} : { dir: opts.cacheDir });
  const spec = JSON.stringify(openApiDocument(), null, 2);
  const app = new Hono();

  app.get('/api/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    return c.body(spec, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });
  app.get('/data/registry.json', (c) => serveDownload(c, cache, 'json'));
  app.get('/data/registry.csv', (c) => serveDownload(c, cache, 'csv'));
  app.get('/data/letters.csv', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Disposition', 'attachment; filename="rollcall-letters.csv"');
    return c.body(await lettersCsv(ctx, todayIso(ctx)), 200, { 'Content-Type': TYPES.csv });
  });
  app.get('/:lang{be|ru|en}/data/', async (c) => {
    const lang = c.req.param('lang') as Lang;
    const page = await openDataPage({
      app: ctx,
      lang,
      path: c.req.path,
      query: {},
      mode: 'server',
      today: todayIso(ctx),
    });
    c.header('Cache-Control', 'public, max-age=300');
    return c.html(page.body, (page.status ?? 200) as 200);
  });
  return app;
}

async function serveDownload(c: Context, cache: DownloadCache, format: DownloadFormat): Promise<Response> {
  const headers: Record<string, string> = {
    'Cache-Control': 'public, max-age=0, must-revalidate',
    'Access-Control-Allow-Origin': '*',
    Vary: 'Accept-Encoding',
  };
  // The tag the client holds, of any encoding of the same bytes: nothing is compressed for a 304.
  const held = matchingTag(c.req.header('If-None-Match'), (await cache.get(format)).etag);
  if (held !== null) return new Response(null, { status: 304, headers: { ...headers, ETag: held } });
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
  const { file, handle } = await openDownload(cache, format, encoding, c.req.method !== 'HEAD');
  return new Response(handle ? fileBody(handle, format) : null, {
    status: 200,
    headers: {
      ...headers,
      ETag: file.etag,
      'Content-Type': TYPES[format],
      ...(file.encoding ? { 'Content-Encoding': file.encoding } : {}),
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename="rollcall-registry.${format}"`,
    },
  });
}

/**
 * The current download file, opened before anything is answered: a file removed meanwhile
 * (a newer version replaced it, or someone cleaned the cache folder) is written again
 * instead of failing mid-response.
 */
async function openDownload(
  cache: DownloadCache,
  format: DownloadFormat,
  encoding: Encoding | null,
  body: boolean,
): Promise<{ file: DownloadFile; handle: FileHandle | null }> {
  for (let attempt = 0; ; attempt++) {
    const identity = await cache.get(format);
    let file = identity;
    try {
      if (encoding) file = await cache.encoded(identity, encoding);
      if (!body) return { file, handle: null };
      return { file, handle: await open(file.path, 'r') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt > 0) throw error;
      cache.forget(file); // the compressed copy, or the file itself when that is what vanished
    }
  }
}

/** The file as a response body; a read error ends the response and is logged (no client data), never thrown. */
function fileBody(handle: FileHandle, format: DownloadFormat): ReadableStream {
  const stream = handle.createReadStream();
  stream.on('error', (error: NodeJS.ErrnoException) =>
    console.error(`download ${format}: reading the cached file failed (${error.code ?? error.message})`),
  );
  return Readable.toWeb(stream) as ReadableStream;
}
