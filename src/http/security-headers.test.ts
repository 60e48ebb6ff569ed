/**
 * Issue 11 item 14: security headers on every kind of answer, HSTS only over TLS, and the
 * API's Cache-Control and CORS headers by the route policy (public reads vs staff/write).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { loadDemo } from '../app/demo.js';
import { asRole, testAuthentication } from '../testing/principals.js';
import { tempApp } from '../testing/temp-app.js';
import { createHttpApp } from './app.js';
import {
  CONTENT_SECURITY_POLICY,
  HSTS,
  REPORT_CONTENT_SECURITY_POLICY,
  STAFF_CONTENT_SECURITY_POLICY,
} from './security-headers.js';

let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  await loadDemo(env.ctx, { synthetic: 5 });
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
}, 60_000);
afterAll(() => env.cleanup());

const EVERY_KIND = [
  '/en/',
  '/en/persons/p-luchynovich/',
  '/en/persons/?sex=nonsense',
  '/en/persons/p-nobody/',
  '/en/persons',
  '/',
  '/assets/site.css',
  '/en/figures/count.svg',
  '/en/figures/count.csv',
  '/healthz',
  '/api/v1/persons?limit=1',
  '/api/v1/persons?limit=nonsense',
  '/api/v1/records/persons/p-luchynovich',
  '/api/openapi.json',
  '/data/registry.csv',
  '/nothing-here',
];

describe('security headers', () => {
  it('are on every kind of answer, HSTS only when asked for', async () => {
    for (const path of EVERY_KIND) {
      const res = await app.request(path);
      const h = res.headers;
      expect(h.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(h.get('permissions-policy'), path).toMatch(
        /camera=\(\).*geolocation=\(\).*interest-cohort=\(\).*microphone=\(\)/,
      );
      expect(h.get('referrer-policy'), path).toBe('no-referrer');
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(h.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(h.get('strict-transport-security'), path).toBeNull();
    }
    const etag = (await app.request('/en/')).headers.get('etag')!;
    const notModified = await app.request('/en/', { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allow nothing a page does not load: no script, only its own stylesheet and images', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe-inline|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('let staff pages run only the site’s own passkey script, and public pages none', async () => {
    const staff = await app.request('/staff/sign-in?lang=en');
    expect(staff.headers.get('content-security-policy')).toBe(STAFF_CONTENT_SECURITY_POLICY);
    expect(STAFF_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(STAFF_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(await staff.text()).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect((await app.request('/en/')).headers.get('content-security-policy')).not.toContain('script-src');
  });

  it('let the report form alone run a script of the site’s own (its proof of work), and no inline one', async () => {
    for (const lang of ['be', 'ru', 'en']) {
      const res = await app.request(`/${lang}/report/`);
      expect(res.headers.get('content-security-policy'), lang).toBe(REPORT_CONTENT_SECURITY_POLICY);
      const page = await res.text();
      expect(page.match(/<script[^>]*>/g), lang).toEqual(['<script src="../../assets/report-pow.js" defer>']);
    }
    expect(REPORT_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace(
        "default-src 'none'",
        "default-src 'none'; script-src 'self'; connect-src 'self'",
      ),
    );
    for (const path of ['/en/report/follow-up/', '/en/report/x/', '/en/reports/', '/assets/report-pow.js'])
      expect((await app.request(path)).headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
  });

  it('send HSTS for a request over https or when the site is behind TLS', async () => {
    expect((await app.request('https://registry.example.org/en/')).headers.get('strict-transport-security')).toBe(HSTS);
    const tls = createHttpApp(env.ctx, { behindTls: true });
    for (const path of ['/en/', '/api/v1/stats', '/nothing-here']) {
      expect((await tls.request(path)).headers.get('strict-transport-security'), path).toBe(HSTS);
    }
  });
});

describe('API caching and CORS', () => {
  it('public reads may be cached for a minute and read by any site', async () => {
    for (const path of ['/api/v1/persons', '/api/v1/stats?at=2024-01-31', '/api/v1/facilities']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=60');
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-expose-headers'), path).toBe('ETag');
    }
    for (const path of ['/data/registry.csv', '/data/registry.json', '/api/openapi.json']) {
      expect((await app.request(path)).headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('staff reads, writes and their refusals are never stored and never shared across origins', async () => {
    const staffRead = await app.request('/api/v1/records/persons/p-luchynovich', { headers: asRole('editor') });
    expect(staffRead.status).toBe(200);
    const refused = await app.request('/api/v1/records/persons/p-luchynovich');
    expect(refused.status).toBe(401);
    const write = await app.request('/api/v1/records/persons', {
      method: 'POST',
      headers: asRole('viewer', undefined, { 'content-type': 'application/json' }),
      body: '{}',
    });
    expect(write.status).toBe(403);
    const audit = await app.request('/api/v1/audit', { headers: asRole('admin') });
    for (const res of [staffRead, refused, write, audit]) {
      expect(res.headers.get('cache-control'), res.url).toBe('no-store');
      expect(res.headers.get('access-control-allow-origin'), res.url).toBeNull();
      expect(res.headers.get('etag') ?? '', res.url).not.toMatch(/^"[\w-]{27}"$/);
    }
  });

  it('pages carry no CORS header', async () => {
    expect((await app.request('/en/')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
