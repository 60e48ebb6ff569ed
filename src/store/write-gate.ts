/**
 * One write transaction at a time, with a deadline: a writer that cannot start
 * within the wait (a long import holds the writer in this process, or another
 * process holds the file's write lock) gives up with `busy` instead of
 * hanging or failing as "database is locked". Waiting never blocks the event loop:
 * SQLite's own busy wait is kept short and the retries are timers.
 *
 * @example
 * const gate = writeGate();
 * if (!(await gate.enter(10_000))) throw busy;
 * try { ... } finally { gate.leave(); }
 */

export interface WriteGate {
  /** Resolves true once this writer may start, false when `waitMs` passed first. */
  enter(waitMs: number): Promise<boolean>;
  leave(): void;
}

export function writeGate(): WriteGate {
  let held = false;
  const waiters: Array<() => void> = [];
  return {
    enter(waitMs) {
      if (!held) {
        held = true;
        return Promise.resolve(true);
      }
      return new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(true); // `held` stays true: handed over from the leaver
        };
        const timer = setTimeout(() => {
          const i = waiters.indexOf(wake);
          if (i >= 0) waiters.splice(i, 1);
          resolve(false);
        }, waitMs);
        waiters.push(wake);
      });
    },
    leave() {
      const next = waiters.shift();
      if (next) next();
      else held = false;
    },
  };
}

/** SQLite's "busy" codes: another connection holds the lock. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT' || code === 'SQLITE_LOCKED';
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
