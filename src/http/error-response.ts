/**
 * Errors as HTTP responses, in one shape: `{ error: { code, message, details } }`
 * (`details` is null when there are none). A {@link RollcallError} is answered with
 * the status of its code (`httpStatus`), its message and its details; anything else
 * is a bug, answered 500 `internal` without its message, and logged without it (no
 * client data in logs).
 *
 * @example
 * app.onError((err, c) => { const r = errorResponse(err); return c.json(r.body, r.status as 500); });
 */
import { httpStatus, RollcallError, type ErrorCode } from '../domain/errors.js';
import { describeError } from './process-guard.js';

/** The JSON body of every error the API answers. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: Readonly<Record<string, unknown>> | null };
}

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  /** Seconds for a `Retry-After` header (from `details.retryAfterSeconds`), or null. */
  retryAfter: string | null;
}

/**
 * The response for an error. `hide` is the store's description (its file or server):
 * a client is told "the registry database", never where it is.
 */
export function errorResponse(err: unknown, hide?: string): ErrorResponse {
  if (err instanceof RollcallError) {
    const status = httpStatus(err.code);
    const message = hide ? redact(err.message, hide) : err.message;
    // The code only (a message may name a file); 503 (busy, read-only) is the store working as intended.
    if (status >= 500 && status !== 503) console.error(`error [${err.code}]`);
    const seconds = err.details?.['retryAfterSeconds'];
    return {
      status,
      body: { error: { code: err.code, message, details: err.details ?? null } },
      retryAfter: typeof seconds === 'number' ? String(seconds) : null,
    };
  }
  console.error(`internal error: ${describeError(err)}`); // no message, no request: no client data in logs
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'Something went wrong on our side.', details: null } },
    retryAfter: null,
  };
}

function redact(message: string, hide: string): string {
  const said = message.split(hide).join('the registry database');
  return said.startsWith('the registry database') ? `T${said.slice(1)}` : said;
}
