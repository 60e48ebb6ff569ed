import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { tempApp } from '../testing/temp-app.js';
import { createHttpApp } from './app.js';
import { clientNetwork, createRateLimit, rateLimitFromEnv, requestCost, type RateLimitOptions } from './rate-limit.js';

/** What @hono/node-server passes as `c.env`: the incoming request with its socket. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

function limited(options: Partial<RateLimitOptions> = {}) {
  const clock = { ms: 1_000_000 };
  const { middleware, state } = createRateLimit({ burst: 3, perMinute: 60, now: () => clock.ms, ...options });
  const app = new Hono();
  app.use('*', middleware);
  app.get('*', (c) => c.text('ok'));
  const get = async (path: string, address = '203.0.113.7', headers: Record<string, string> = {}) =>
    (await app.request(path, { headers }, from(address))).status;
  return { app, state, clock, get };
}

describe('the token bucket', () => {
  it('lets a burst through, then answers 429 with Retry-After, and recovers as tokens refill', async () => {
    const { app, clock, get } = limited();
    expect([await get('/api/v1/stats'), await get('/api/v1/stats'), await get('/api/v1/stats')]).toEqual([
      200, 200, 200,
    ]);
    const res = await app.request('/api/v1/stats', {}, from('203.0.113.7'));
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('1');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate-limited');
    expect(body.error.message).toMatch(/wait 1 second\b/);
    clock.ms += 999;
    expect(await get('/api/v1/stats')).toBe(429);
    clock.ms += 1;
    expect(await get('/api/v1/stats')).toBe(200);
    clock.ms += 60_000; // a full minute refills to the burst, not beyond it
    expect([await get('/api/v1/x'), await get('/api/v1/x'), await get('/api/v1/x'), await get('/api/v1/x')]).toEqual([
      200, 200, 200, 429,
    ]);
  });

  it('keeps one bucket per client network', async () => {
    const { get } = limited({ burst: 1 });
    expect(await get('/api/v1/a', '198.51.100.1')).toBe(200);
    expect(await get('/api/v1/a', '198.51.100.1')).toBe(429);
    expect(await get('/api/v1/a', '198.51.100.2')).toBe(200);
    expect(await get('/api/v1/a', '::ffff:198.51.100.1')).toBe(429); // the same IPv4 client
    expect(await get('/api/v1/a', '2001:db8:0:1::5')).toBe(200);
    expect(await get('/api/v1/a', '2001:db8:0:1:ffff::9')).toBe(429); // the same /64
  });

  it('charges downloads more, and never more than the bucket holds', async () => {
    const { get } = limited({ burst: 12 });
    expect(await get('/data/registry.csv')).toBe(200);
    expect(await get('/data/registry.json')).toBe(429); // 2 tokens left, a download costs 10
    const small = limited({ burst: 3 });
    expect(await small.get('/data/registry.csv')).toBe(200);
    expect(await small.get('/data/registry.csv')).toBe(429);
  });

  it('does not limit /healthz, pages and assets', async () => {
    const { get } = limited({ burst: 1 });
    for (let i = 0; i < 50; i++) {
      for (const path of ['/healthz', '/en/', '/en/persons/', '/assets/site.css', '/api/openapi.json']) {
        expect(await get(path), path).toBe(200);
      }
    }
  });

  it('answers a name search on a page in the page language', async () => {
    const { app, get } = limited({ burst: 1 });
    expect(await get('/ru/persons/?q=Иван')).toBe(200);
    const res = await app.request('/ru/persons/?q=Иван', {}, from('203.0.113.7'));
    expect(res.status).toBe(429);
    expect(await res.text()).toMatch(/^Слишком много запросов.*1 секунду/);
  });
});

describe('what the limit keeps', () => {
  it('holds no address: keys are HMACs, and nothing in the state contains the address', async () => {
    const { state, get } = limited();
    const addresses = ['203.0.113.7', '198.51.100.23', '2001:db8:ab:cd::42'];
    for (const address of addresses) await get('/api/v1/stats', address);
    expect(state.buckets.size).toBe(3);
    const dump = JSON.stringify([...state.buckets]);
    for (const address of addresses) {
      expect(dump).not.toContain(address);
      expect(dump).not.toContain(clientNetwork(address));
    }
    for (const [key, bucket] of state.buckets) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Object.keys(bucket).sort()).toEqual(['at', 'tokens']);
    }
  });

  it('replaces the secret and drops every bucket once an hour', async () => {
    const { state, clock, get } = limited({ burst: 1 });
    expect(await get('/api/v1/a')).toBe(200);
    const [before] = [...state.buckets].map(([key]) => key);
    expect(await get('/api/v1/a')).toBe(429);
    clock.ms += 3_600_000;
    expect(await get('/api/v1/a')).toBe(200);
    expect([...state.buckets].map(([key]) => key)).toHaveLength(1);
    expect([...state.buckets].map(([key]) => key)[0]).not.toBe(before); // the same client, a new key
  });

  it('keeps at most maxClients buckets, dropping the least recently seen', async () => {
    const { state, get } = limited({ burst: 1, maxClients: 5 });
    for (let i = 1; i <= 20; i++) await get('/api/v1/a', `192.0.2.${i}`);
    expect(state.buckets.size).toBe(5);
    expect(await get('/api/v1/a', '192.0.2.20')).toBe(429); // still kept
    expect(await get('/api/v1/a', '192.0.2.1')).toBe(200); // dropped, so a fresh bucket
  });
});

describe('behind a proxy', () => {
  it('ignores X-Forwarded-For unless told to trust the proxy', async () => {
    const { get } = limited({ burst: 1 });
    expect(await get('/api/v1/a', '10.0.0.1', { 'X-Forwarded-For': '198.51.100.1' })).toBe(200);
    expect(await get('/api/v1/a', '10.0.0.1', { 'X-Forwarded-For': '198.51.100.2' })).toBe(429);
  });

  it('with one trusted proxy counts the address it forwarded (the last), not one a client wrote', async () => {
    const { get } = limited({ burst: 1, trustProxyHops: 1 });
    expect(await get('/api/v1/a', '10.0.0.1', { 'X-Forwarded-For': '198.51.100.1' })).toBe(200);
    expect(await get('/api/v1/a', '10.0.0.1', { 'X-Forwarded-For': '198.51.100.2' })).toBe(200);
    expect(await get('/api/v1/a', '10.0.0.1', { 'X-Forwarded-For': '6.6.6.6, 198.51.100.1' })).toBe(429);
  });
});

describe('helpers', () => {
  it('groups IPv6 by /64 and leaves IPv4 as it is', () => {
    expect(clientNetwork('2001:db8:1:2:a:b:c:d')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:DB8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
    expect(clientNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientNetwork('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientNetwork('192.0.2.1')).toBe('192.0.2.1');
  });

  it('costs', () => {
    expect(requestCost('/healthz', '')).toBe(0);
    expect(requestCost('/api/v1/expected', 'from=2024-01-01')).toBe(1);
    expect(requestCost('/data/registry.json', '')).toBe(10);
    expect(requestCost('/en/persons/', 'q=ivan')).toBe(1);
    expect(requestCost('/en/persons/', 'q=&region=brest')).toBe(0);
    expect(requestCost('/en/persons/p-1/', '')).toBe(0);
  });

  it('reads the environment: off, defaults, values, and refuses nonsense', () => {
    expect(rateLimitFromEnv({ ROLLCALL_RATE_LIMIT: 'off' })).toBeNull();
    expect(rateLimitFromEnv({})).toEqual({ burst: 30, perMinute: 30, trustProxyHops: 0 });
    expect(
      rateLimitFromEnv({ ROLLCALL_RATE_BURST: '60', ROLLCALL_RATE_PER_MINUTE: '120', ROLLCALL_TRUST_PROXY: '2' }),
    ).toEqual({ burst: 60, perMinute: 120, trustProxyHops: 2 });
    expect(rateLimitFromEnv({ ROLLCALL_TRUST_PROXY: 'true' })?.trustProxyHops).toBe(1);
    expect(() => rateLimitFromEnv({ ROLLCALL_RATE_BURST: 'many' })).toThrow(/ROLLCALL_RATE_BURST/);
    expect(() => rateLimitFromEnv({ ROLLCALL_TRUST_PROXY: '-1' })).toThrow(/ROLLCALL_TRUST_PROXY/);
  });
});

describe('in the HTTP app', () => {
  let cleanup: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof tempApp>>['ctx'];
  beforeAll(async () => {
    ({ ctx, cleanup } = await tempApp());
  });
  afterAll(() => cleanup());

  it('is off unless asked for (so tests and the mirror are not limited)', async () => {
    const app = createHttpApp(ctx);
    for (let i = 0; i < 40; i++)
      expect((await app.request('/api/v1/facilities', {}, from('203.0.113.9'))).status).toBe(200);
  });

  it('limits the API, not /healthz, when given', async () => {
    const app = createHttpApp(ctx, { rateLimit: { burst: 2, perMinute: 1 } });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await app.request('/api/v1/facilities', {}, from('203.0.113.9'))).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await app.request('/healthz', {}, from('203.0.113.9'))).status).toBe(200);
  });

  it('over a real socket, keys on the peer address (not one shared "unknown" client)', async () => {
    const { middleware } = createRateLimit({ burst: 1, perMinute: 1 });
    const app = new Hono();
    app.use('*', middleware);
    app.get('*', (c) => c.text('ok'));
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/a`;
      expect([(await fetch(url)).status, (await fetch(url)).status]).toEqual([200, 429]);
      expect((await app.request('/api/v1/a')).status).toBe(200); // no socket: another client
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
