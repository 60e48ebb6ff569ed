/**
 * What every use case receives: the store, a clock and the acting user.
 * Tests pass a fixed clock; the CLI and the server pass the real one.
 */
import type { Store } from './ports.js';
import { RollcallError } from '../domain/errors.js';

export interface AppContext {
  store: Store;
  /** Now, as an ISO timestamp; injectable so tests and benchmarks are repeatable. */
  now: () => Date;
}

/** Today's date (UTC) as YYYY-MM-DD. */
export function todayIso(ctx: AppContext): string {
  return ctx.now().toISOString().slice(0, 10);
}

/** The error for an id that names nothing (404). */
export function notFound(kind: string, id: string): RollcallError {
  return new RollcallError('not-found', `No ${kind} with id "${id}". Check the id (e.g. with "rollcall search").`);
}
