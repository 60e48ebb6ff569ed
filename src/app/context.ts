/**
 * What every use case receives: the store, a clock and the acting user.
 * Tests pass a fixed clock; the CLI and the server pass the real one.
 */
import type { Store } from './ports.js';

export interface AppContext {
  store: Store;
  /** Now, as an ISO timestamp; injectable so tests and benchmarks are repeatable. */
  now: () => Date;
}

/** Today's date (UTC) as YYYY-MM-DD. */
export function todayIso(ctx: AppContext): string {
  return ctx.now().toISOString().slice(0, 10);
}

/** A use-case failure a person can act on. `status` maps it to HTTP; the CLI prints `code: message`. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(code: string, message: string, status = 400, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export function notFound(kind: string, id: string): AppError {
  return new AppError('not-found', `No ${kind} with id "${id}". Check the id (e.g. with "rollcall search").`, 404);
}
