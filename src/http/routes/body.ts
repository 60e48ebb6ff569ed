/**
 * Request bodies of the write API: JSON only, at most {@link MAX_BODY_BYTES}
 * (413 beyond, counted as the bytes arrive, whatever Content-Length says).
 */
import type { Context } from 'hono';
import { RollcallError } from '../../domain/errors.js';

/** 1 MiB: a person with hundreds of events is ~100 KB. */
export const MAX_BODY_BYTES = 1024 * 1024;

export async function readJson(c: Context, opts: { optional?: boolean; maxBytes?: number } = {}): Promise<unknown> {
  const max = opts.maxBytes ?? MAX_BODY_BYTES;
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > max) throw tooLarge(max);
  const text = await readText(c.req.raw, max);
  if (text.trim() === '') {
    if (opts.optional) return undefined;
    throw new RollcallError('invalid-input', 'The request needs a JSON body.');
  }
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new RollcallError('unsupported-media-type', 'Send the body as JSON (Content-Type: application/json).');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RollcallError('invalid-json', `The body is not valid JSON: ${(error as Error).message}`);
  }
}

async function readText(req: Request, max: number): Promise<string> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(max: number): RollcallError {
  return new RollcallError('too-large', `The body is larger than ${max} bytes; send less at once.`);
}
