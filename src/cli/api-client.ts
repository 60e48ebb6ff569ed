/**
 * `rollcall import FILE --api URL` and `rollcall export --api URL`: the same commands
 * through a server's API, authenticated with an API token read from the environment
 * variable `ROLLCALL_TOKEN`, never from the command line (arguments are visible to every
 * user of the machine in `ps`). The server's error (code and message) becomes the
 * command's, with the same exit code as if it had happened here.
 *
 * @example
 * const report = await importViaApi({ api: 'https://rollcall.example', token }, 'registry.json', { format: 'json', dryRun: false });
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { RollcallError, isErrorCode } from '../domain/errors.js';
import type { ImportReport } from '../app/import.js';

export const TOKEN_VARIABLE = 'ROLLCALL_TOKEN';

/** What `--api` says on the command line's help. */
export const API_OPTION_HELP =
  `go through the API of the server at URL, with an API token in the environment variable ${TOKEN_VARIABLE} ` +
  '(never on the command line: arguments are visible to every user in ps)';

export interface ApiTarget {
  api: string;
  token: string;
}

/** The server and the token; refuses a missing token or a URL that is not http(s). */
export function apiTarget(api: string, env: NodeJS.ProcessEnv = process.env): ApiTarget {
  const token = env[TOKEN_VARIABLE]?.trim();
  if (!token) {
    throw new RollcallError(
      'token-required',
      `Set ${TOKEN_VARIABLE} to an API token (create one at the server: POST /api/v1/tokens while signed in), ` +
        'then run the command again. Do not pass the token as an argument.',
    );
  }
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    throw new RollcallError(
      'invalid-input',
      `--api must be the server's URL, like https://rollcall.example; got "${api}".`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RollcallError('invalid-input', `--api must be an http(s) URL; got "${api}".`);
  }
  return { api: url.origin + url.pathname.replace(/\/+$/, ''), token };
}

/** Sends the file to `POST /api/v1/import`, streamed; resolves to the server's import report. */
export async function importViaApi(
  target: ApiTarget,
  file: string,
  opts: { format: 'json' | 'csv'; dryRun: boolean; note?: string | undefined },
): Promise<ImportReport> {
  const query = new URLSearchParams({ format: opts.format, ...(opts.dryRun ? { dryRun: '1' } : {}) });
  if (opts.note) query.set('note', opts.note);
  const size = (await stat(file)).size;
  const res = await call(target, `/api/v1/import?${query}`, {
    method: 'POST',
    headers: {
      'content-type': opts.format === 'csv' ? 'text/csv' : 'application/json',
      'content-length': String(size),
    },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit);
  if (res.status === 422) return (await res.json()) as ImportReport; // rejected: the report names the problems
  await failUnlessOk(res);
  return (await res.json()) as ImportReport;
}

/** Streams `GET /api/v1/export` to `write`, chunk by chunk. */
export async function exportViaApi(
  target: ApiTarget,
  format: 'json' | 'csv',
  write: (chunk: Uint8Array) => Promise<void>,
): Promise<void> {
  const res = await call(target, `/api/v1/export?format=${format}`, { method: 'GET' });
  await failUnlessOk(res);
  if (!res.body) throw new RollcallError('api-unreachable', `${target.api} sent an empty export.`);
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) await write(chunk);
}

async function call(target: ApiTarget, path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(`${target.api}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${target.token}` },
    });
  } catch (error) {
    const why = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new RollcallError('api-unreachable', `Could not reach ${target.api}: ${why}.`);
  }
}

/** The server's error as ours (same code, message and details), or `api-unreachable` for a foreign answer. */
async function failUnlessOk(res: Response): Promise<void> {
  if (res.ok) return;
  const text = await res.text();
  let body: { error?: { code?: string; message?: string; details?: Record<string, unknown> } } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not the API's JSON: reported below
  }
  const code = body.error?.code;
  if (code && isErrorCode(code)) {
    throw new RollcallError(code, `${body.error?.message ?? code} (HTTP ${res.status})`, body.error?.details);
  }
  throw new RollcallError('api-unreachable', `The server answered HTTP ${res.status}: ${text.slice(0, 200)}`);
}
