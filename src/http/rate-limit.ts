/**
 * A per-client rate limit for the expensive routes (the API, search, downloads) that
 * keeps no client address: each client is a token bucket under a key that is an HMAC of
 * its network (an IPv4 address, or the /64 of an IPv6 one) with a random secret made at
 * start and replaced every hour (`rotateMs`), when every bucket is dropped too. The
 * secret and the buckets live only in this process's memory, in a map of at most
 * `maxClients` entries (the least recently seen go first); nothing is written to disk
 * or logged, and a key cannot be turned back into an address once the secret is gone.
 *
 * A request costs {@link requestCost} tokens (0: not limited, e.g. `/healthz` and
 * pages); a bucket holds `burst` tokens and refills `perMinute` a minute. An empty bucket
 * answers 429 with `Retry-After` (seconds) and a message a person can act on, in the
 * page's language under `/be/`, `/ru/`, `/en/`. Behind a reverse proxy the address is
 * the proxy's, so `trustProxyHops` (env `ROLLCALL_TRUST_PROXY`) says how many proxies to
 * believe in `X-Forwarded-For`; without it the header is ignored (a client could forge it).
 *
 * @example
 * const limit = rateLimitFromEnv(process.env); // null when ROLLCALL_RATE_LIMIT=off
 * if (limit) app.use('*', rateLimit(limit));
 * // 31 API requests at once from one address: the 31st gets
 * // 429 { error: { code: 'rate-limited', message: 'Too many requests … in 2 seconds.' } }, Retry-After: 2
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { RollcallError } from '../domain/errors.js';
import { langFromPath } from '../i18n/lang.js';
import { createTranslator } from '../i18n/translator.js';
import { Lru } from '../util/lru.js';

export interface RateLimitOptions {
  /** Tokens a bucket holds: the requests a client may make at once. */
  burst: number;
  /** Tokens added to a bucket per minute: the sustained rate. */
  perMinute: number;
  /** Most clients kept (default 10,000); beyond, the least recently seen is dropped. */
  maxClients?: number;
  /** How often the secret (and with it every bucket) is replaced, in ms (default 1 hour). */
  rotateMs?: number;
  /** How many reverse proxies to believe in `X-Forwarded-For` (default 0: ignore the header). */
  trustProxyHops?: number;
  /** Requests never limited (e.g. a signed-in member of staff). */
  exempt?: (c: Context) => boolean;
  /** What a request costs, instead of {@link requestCost} (e.g. a limiter for one route). */
  cost?: (c: Context) => number;
  /** The clock in ms (tests). */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms). */
  at: number;
}

/** What the limit keeps: the buckets by key (an HMAC, never an address). The secret is not exposed. */
export interface RateLimitState {
  readonly buckets: Pick<Lru<string, Readonly<Bucket>>, 'size' | typeof Symbol.iterator>;
}

/** Defaults: 30 requests at once, 30 a minute after that. */
export const RATE_LIMIT_DEFAULTS = { burst: 30, perMinute: 30 } as const;

/**
 * Tokens a request costs: downloads of the whole registry 10, the API and name searches
 * (`q=` on a list page) 1, anything else (pages, assets, `/healthz`, the OpenAPI
 * document) 0, i.e. not limited.
 * @example requestCost('/api/v1/flows', ''); // 1
 */
export function requestCost(path: string, search: string): number {
  if (path.startsWith('/data/')) return 10;
  if (path.startsWith('/api/v1/')) return 1;
  if (/^\/(be|ru|en)\/report\/names$/.test(path)) return 1;
  if (/^\/(be|ru|en)\/persons\//.test(path) && /(^|[?&])q=[^&]/.test(search)) return 1;
  return 0;
}

/**
 * The middleware, and its state for tests (`state.buckets` holds keys and token counts only).
 * @example const { middleware } = createRateLimit({ burst: 30, perMinute: 30 });
 */
export function createRateLimit(options: RateLimitOptions): { middleware: MiddlewareHandler; state: RateLimitState } {
  const now = options.now ?? Date.now;
  const rotateMs = options.rotateMs ?? 3_600_000;
  const refillPerMs = options.perMinute / 60_000;
  const buckets = new Lru<string, Bucket>(options.maxClients ?? 10_000);
  let secret = randomBytes(32);
  let rotated = now();

  const keyOf = (address: string): string => {
    if (now() - rotated >= rotateMs) {
      secret = randomBytes(32);
      rotated = now();
      buckets.clear();
    }
    return createHmac('sha256', secret).update(clientNetwork(address)).digest('base64url').slice(0, 22);
  };

  const take = (key: string, cost: number): number => {
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: options.burst, at: t };
    bucket.tokens = Math.min(options.burst, bucket.tokens + (t - bucket.at) * refillPerMs);
    bucket.at = t;
    const need = Math.min(cost, options.burst); // a bucket smaller than the cost still lets one through
    let waitMs = 0;
    if (bucket.tokens + 1e-9 >= need) bucket.tokens = Math.max(0, bucket.tokens - need);
    else waitMs = (need - bucket.tokens) / refillPerMs;
    buckets.set(key, bucket); // the least recently seen beyond `maxClients` are forgotten
    return waitMs;
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    const url = new URL(c.req.url);
    const cost = options.cost ? options.cost(c) : requestCost(url.pathname, url.search.slice(1));
    if (cost === 0 || options.exempt?.(c)) return next();
    const waitMs = take(keyOf(clientAddress(c, options.trustProxyHops ?? 0)), cost);
    if (waitMs === 0) return next();
    return tooMany(c, url.pathname, Math.max(1, Math.ceil(waitMs / 1000)));
  };
  return { middleware, state: { buckets } };
}

/** The middleware alone. @example app.use('*', rateLimit({ burst: 30, perMinute: 30 })); */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  return createRateLimit(options).middleware;
}

function tooMany(c: Context, path: string, seconds: number): Response {
  c.header('Retry-After', String(seconds));
  c.header('Cache-Control', 'no-store');
  const lang = langFromPath(path);
  if (lang !== null) {
    const text = createTranslator(lang)('error.rateLimited', { seconds });
    return c.text(text, 429);
  }
  const message = createTranslator('en')('error.rateLimited', { seconds });
  return c.json({ error: { code: 'rate-limited', message, details: { retryAfterSeconds: seconds } } }, 429);
}

/**
 * The client's address: the socket's peer, or with `hops` trusted proxies the address
 * the outermost of them saw (`hops`-th from the right in `X-Forwarded-For`).
 */
function clientAddress(c: Context, hops: number): string {
  const peer = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
    ?.remoteAddress;
  if (hops <= 0) return peer ?? 'unknown';
  const forwarded = (c.req.header('X-Forwarded-For') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - hops] ?? forwarded[0] ?? peer ?? 'unknown';
}

/**
 * The network a client is counted by: an IPv4 address as it is (IPv4-mapped IPv6 too),
 * an IPv6 address by its first 64 bits (one subscriber usually holds a whole /64).
 * @example clientNetwork('2001:db8:1:2:a:b:c:d'); // '2001:db8:1:2::/64'
 */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => (g || '0').toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The limit as the environment sets it, or null when `ROLLCALL_RATE_LIMIT=off`:
 * `ROLLCALL_RATE_BURST` and `ROLLCALL_RATE_PER_MINUTE` (defaults 30 and 30) and
 * `ROLLCALL_TRUST_PROXY` (the number of reverse proxies in front; default 0).
 * @example rateLimitFromEnv({ ROLLCALL_RATE_BURST: '60' }); // { burst: 60, perMinute: 30, trustProxyHops: 0 }
 */
export function rateLimitFromEnv(env: Record<string, string | undefined>): RateLimitOptions | null {
  if (/^(off|0|false|no)$/i.test(env.ROLLCALL_RATE_LIMIT ?? '')) return null;
  return {
    burst: positive(env.ROLLCALL_RATE_BURST, 'ROLLCALL_RATE_BURST') ?? RATE_LIMIT_DEFAULTS.burst,
    perMinute: positive(env.ROLLCALL_RATE_PER_MINUTE, 'ROLLCALL_RATE_PER_MINUTE') ?? RATE_LIMIT_DEFAULTS.perMinute,
    trustProxyHops: trustHops(env.ROLLCALL_TRUST_PROXY),
  };
}

function positive(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new RollcallError('invalid-config', `${name} must be a number above 0; got "${value}".`);
  return n;
}

function trustHops(value: string | undefined): number {
  if (value === undefined || value === '' || /^(false|no|off)$/i.test(value)) return 0;
  if (/^(true|yes|on)$/i.test(value)) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new RollcallError(
      'invalid-config',
      `ROLLCALL_TRUST_PROXY must be the number of proxies in front (0, 1, 2, …); got "${value}".`,
    );
  }
  return n;
}
