/**
 * Sign-in throttling that stores no address and cannot lock a colleague out.
 *
 * Failures are counted in memory only, under an HMAC of the client key (the
 * remote address, given by the HTTP shell) with a random key that is replaced
 * every {@link WINDOW_MS}; counters older than that are forgotten with it. Three
 * budgets, each over the window:
 * - per client and account: {@link PAIR_LIMIT} failures, then that client waits;
 * - per client: {@link CLIENT_LIMIT} failures over any accounts (guessing across accounts);
 * - per account from clients it has never signed in from: {@link ACCOUNT_LIMIT}. A
 *   browser that signed in to the account before carries a device cookie
 *   (`deviceSeal`) and is counted apart, so an attacker hammering an account
 *   from elsewhere does not stop its owner signing in (OWASP's device cookies).
 *
 * @example
 * const t = createThrottle();
 * t.check({ client: '203.0.113.9', account: 'a@example.org', knownDevice: false }); // null, or seconds to wait
 * t.fail({ client: '203.0.113.9', account: 'a@example.org', knownDevice: false });
 */
import { createHmac, randomBytes } from 'node:crypto';

export const WINDOW_MS = 15 * 60 * 1000;
export const PAIR_LIMIT = 5;
export const CLIENT_LIMIT = 20;
export const ACCOUNT_LIMIT = 50;
const MAX_KEYS = 100_000;

export interface Attempt {
  /** The remote address or other client key; hashed at once, never kept. */
  client: string;
  account: string;
  /** The browser carries a valid device cookie for this account. */
  knownDevice: boolean;
}

export interface Throttle {
  /** Seconds to wait before another attempt, or null when one may be made now. */
  check(a: Attempt): number | null;
  fail(a: Attempt): void;
  /** A success clears the pair's count. */
  succeed(a: Attempt): void;
  /** The keys held (for tests: they must never contain an address). */
  keys(): string[];
}

export function createThrottle(now: () => number = Date.now): Throttle {
  let key = randomBytes(32);
  let windowStart = now();
  let counts = new Map<string, number>();
  const rotate = () => {
    if (now() - windowStart < WINDOW_MS) return;
    key = randomBytes(32);
    windowStart = now();
    counts = new Map();
  };
  const h = (text: string) => createHmac('sha256', key).update(text).digest('base64url').slice(0, 22);
  const budgets = (a: Attempt): Array<[string, number]> => {
    const client = h(`c\0${a.client}`);
    const account = a.account.toLowerCase();
    const list: Array<[string, number]> = [
      [h(`p\0${a.client}\0${account}`), PAIR_LIMIT],
      [client, CLIENT_LIMIT],
    ];
    if (!a.knownDevice) list.push([h(`a\0${account}`), ACCOUNT_LIMIT]);
    return list;
  };
  const wait = () => Math.max(1, Math.ceil((windowStart + WINDOW_MS - now()) / 1000));
  return {
    check(a) {
      rotate();
      return budgets(a).some(([k, limit]) => (counts.get(k) ?? 0) >= limit) ? wait() : null;
    },
    fail(a) {
      rotate();
      if (counts.size >= MAX_KEYS) counts.clear();
      for (const [k] of budgets(a)) counts.set(k, (counts.get(k) ?? 0) + 1);
    },
    succeed(a) {
      rotate();
      const pair = budgets(a)[0];
      if (pair) counts.delete(pair[0]);
    },
    keys: () => [...counts.keys()],
  };
}
