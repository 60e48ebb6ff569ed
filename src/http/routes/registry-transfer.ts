/**
 * Whole-registry transfers through the API (editors, or a token with an editor's role):
 *
 * - `POST /api/v1/import?format=json|csv&dryRun=1&note=…`: the body is a registry file
 *   (the JSON export format, or the CSV table), at most {@link MAX_IMPORT_BYTES}; it is
 *   spooled to a private temporary file and imported by the same use case as
 *   `rollcall import` (all or nothing). Answers the import report (200 when imported or
 *   a dry run passed, 422 when rejected). While it runs, other writes wait their turn
 *   (the store's write gate) and get 503 `busy` with `Retry-After` past its wait, never
 *   "database is locked"; reads go on.
 * - `GET /api/v1/export?format=json|csv`: the internal registry (everything, for staff),
 *   streamed, recorded in the audit log as an export of internal data.
 *
 * @example
 * await fetch(`${api}/api/v1/import?format=json`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body });
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import type { AppContext } from '../../app/context.js';
import { exportInternal, importAudited } from '../../app/registry-transfer.js';
import { parseOrThrow } from '../../app/validate.js';
import { RollcallError } from '../../domain/errors.js';
import type { ApiEnv } from '../route-policy.js';
import { actorOf } from './records.js';
import { ExportQuery, ImportQuery } from '../staff-contract.js';

/** 1 GiB: the 100,000-person registry's file is a few hundred MB. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

export function registryTransferRoutes(ctx: AppContext, opts: { maxImportBytes?: number } = {}): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const max = opts.maxImportBytes ?? MAX_IMPORT_BYTES;

  api.post('/import', async (c) => {
    const q = parseOrThrow(ImportQuery, c.req.query(), 'query');
    const format = q.format ?? formatOf(c.req.header('content-type'));
    const actor = actorOf(c);
    const dir = await mkdtemp(join(tmpdir(), 'rollcall-upload-'));
    try {
      const path = join(dir, `upload.${format}`);
      await spool(c, path, max);
      const report = await importAudited(ctx, path, {
        format,
        dryRun: q.dryRun === '1' || q.dryRun === 'true',
        actor,
        note: q.note,
      });
      c.header('Cache-Control', 'no-store');
      return c.json(report, report.ok ? 200 : 422);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  api.get('/export', async (c) => {
    const { format } = parseOrThrow(ExportQuery, c.req.query(), 'query');
    const actor = actorOf(c);
    const { readable, writable } = new TransformStream<string, string>();
    const writer = writable.getWriter();
    // The export streams from one read snapshot; a failure half-way aborts the response.
    exportInternal(ctx, { format, actor }, async (chunk) => {
      await writer.ready;
      await writer.write(chunk);
    }).then(
      () => writer.close(),
      (error: unknown) => writer.abort(error),
    );
    return new Response(readable.pipeThrough(new TextEncoderStream()), {
      headers: {
        'Content-Type': TYPES[format],
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="rollcall-internal.${format}"`,
      },
    });
  });

  return api;
}

function formatOf(contentType: string | undefined): 'json' | 'csv' {
  return /^text\/csv\b/i.test(contentType ?? '') ? 'csv' : 'json';
}

/** Writes the request body to `path` (owner-only), refusing with 413 past `max` bytes. */
async function spool(c: Context, path: string, max: number): Promise<void> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > max) throw tooLarge(max);
  const body = c.req.raw.body;
  if (!body) throw new RollcallError('invalid-input', 'Send the registry file as the request body.');
  const out = createWriteStream(path, { mode: 0o600 });
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  let size = 0;
  try {
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        throw tooLarge(max);
      }
      if (!out.write(value)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  } finally {
    out.end();
    await closed;
  }
  if (size === 0) throw new RollcallError('invalid-input', 'Send the registry file as the request body.');
}

function tooLarge(max: number): RollcallError {
  return new RollcallError('too-large', `The file is larger than ${max} bytes; split it, or import it at the server.`);
}
