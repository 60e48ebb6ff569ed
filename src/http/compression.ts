/**
 * Brotli or gzip for text responses, chosen by `Accept-Encoding` (brotli first). Bodies
 * under 1 KB, binary types and responses already encoded go as they are. Each
 * representation has its own strong ETag (the identity's with `-br` / `-gz`, see
 * `web/kit/etag.ts`), every text response says `Vary: Accept-Encoding`, and a 304 confirms
 * the tag the client holds. Bodies in memory are compressed in one piece, off the main
 * thread; a streamed attachment as it streams. The downloads come compressed already
 * (written once per data version, `web/opendata/downloads.ts`) and are left as they are.
 *
 * @example
 * app.use('*', compression());
 * await app.request('/en/', { headers: { 'Accept-Encoding': 'gzip, br' } }); // Content-Encoding: br
 */
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { chooseEncoding, type Encoding } from '../web/kit/encoding.js';
import { encodedEtag, matchingTag } from '../web/kit/etag.js';

export { chooseEncoding } from '../web/kit/encoding.js';

/** Bodies smaller than this are sent as they are (compression would save next to nothing). */
export const MIN_COMPRESS_BYTES = 1024;

const TEXT_TYPE = /^(text\/|application\/(json|xml|atom\+xml|javascript)|image\/svg\+xml)/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
/** Quality 5 for bodies in memory, 4 for streams: most of brotli's gain at a small cost in time. */
const BROTLI_QUALITY = { memory: 5, stream: 4 } as const;

/** The middleware (see the module comment). */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (res.status === 304) return confirmHeldTag(c, res);
    const type = res.headers.get('Content-Type') ?? '';
    if (!TEXT_TYPE.test(type) || res.body === null || res.headers.has('Content-Encoding')) return;
    if (/\bno-transform\b/.test(res.headers.get('Cache-Control') ?? '')) return;
    addVary(res.headers, 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const length = Number(res.headers.get('Content-Length') ?? NaN);
    if (encoding === null || length < MIN_COMPRESS_BYTES) return;
    const headers = new Headers(res.headers);
    headers.set('Content-Encoding', encoding);
    const etag = headers.get('ETag');
    if (etag) headers.set('ETag', encodedEtag(etag, encoding));
    let body: ReadableStream | Uint8Array<ArrayBuffer>;
    if (/^attachment/.test(headers.get('Content-Disposition') ?? '')) {
      headers.delete('Content-Length');
      body = compressStream(res.body, encoding);
    } else {
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.byteLength < MIN_COMPRESS_BYTES) {
        replaceResponse(c, new Response(bytes, { status: res.status, headers: res.headers }));
        return;
      }
      const packed = await compressBytes(bytes, encoding);
      headers.set('Content-Length', String(packed.byteLength));
      body = packed;
    }
    replaceResponse(c, new Response(body, { status: res.status, statusText: res.statusText, headers }));
  };
}

/** A 304 names the representation the client holds: the tag it sent, compressed or not. */
function confirmHeldTag(c: Context, res: Response): void {
  const etag = res.headers.get('ETag');
  if (!etag) return;
  const held = matchingTag(c.req.header('If-None-Match'), etag);
  if (held !== null && held !== etag) res.headers.set('ETag', held);
  addVary(res.headers, 'Accept-Encoding');
}

/**
 * Puts `next` in place of the response. Hono's `c.res` setter copies the old response's
 * headers onto the new one (a stale Content-Length or ETag among them), so the old one
 * is dropped first; `next` carries every header that should stay.
 */
function replaceResponse(c: Context, next: Response): void {
  c.res = undefined as unknown as Response;
  c.res = next;
}

async function compressBytes(bytes: Uint8Array, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  const out =
    encoding === 'br'
      ? await brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY.memory,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        })
      : await gz(bytes);
  return new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}

function compressStream(body: ReadableStream<Uint8Array>, encoding: Encoding): ReadableStream {
  const packer =
    encoding === 'br'
      ? createBrotliCompress({
          params: {
            [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY.stream,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        })
      : createGzip();
  const source = Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>);
  // A read error ends the response (as the uncompressed download does), it is not thrown.
  source.on('error', (error) => packer.destroy(error));
  return Readable.toWeb(source.pipe(packer)) as ReadableStream;
}

/** Adds `field` to `Vary` unless it is listed already. */
export function addVary(headers: Headers, field: string): void {
  const vary = headers.get('Vary');
  if (!vary) headers.set('Vary', field);
  else if (!vary.split(',').some((v) => v.trim().toLowerCase() === field.toLowerCase() || v.trim() === '*')) {
    headers.set('Vary', `${vary}, ${field}`);
  }
}
