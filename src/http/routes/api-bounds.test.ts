/**
 * The API's range caps: every public route taking a date, a month or a range refuses
 * values outside the registry's plausible span, and ranges longer than a request may
 * span, with a 400 naming the field and the allowed values; the largest request allowed
 * answers with a bounded body (sizes, not timings: an expensive request is bounded by
 * what it may ask).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import type { AppContext } from '../../app/context.js';
import { createHttpApp } from '../app.js';
import { apiSpan, checkDates, checkMonths, MAX_DAYS, MAX_MONTHS } from './query-bounds.js';

interface ApiError {
  error: { code: string; message: string; details: { field: string; min?: string; max: string | number } };
}

let app: Hono;
let ctx: AppContext;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempApp(); // today is 2024-02-02: the span is 1990-01-01 to 2025-12-31
  ({ ctx, cleanup } = t);
  await loadDemo(ctx, { synthetic: 300 });
  app = createHttpApp(ctx);
});
afterAll(() => cleanup());

async function refused(path: string, on: Hono = app): Promise<ApiError['error']> {
  const res = await on.request(path);
  const body = (await res.json()) as ApiError;
  expect(res.status, `${path}: ${JSON.stringify(body)}`).toBe(400);
  return body.error;
}

describe('dates and months outside the span', () => {
  it.each([
    ['/api/v1/flows?from=0001-01&to=9999-12', 'from', '1990-01', '2025-12'],
    ['/api/v1/flows?from=2020-01&to=9999-12', 'to', '1990-01', '2025-12'],
    ['/api/v1/flows?from=1989-12&to=2020-01', 'from', '1990-01', '2025-12'],
    ['/api/v1/series?from=0001-01-01&to=2020-01-01', 'from', '1990-01', '2025-12'],
    ['/api/v1/series?from=2020-01-01&to=2026-01-01&step=day', 'to', '1990-01-01', '2025-12-31'],
    ['/api/v1/stats?at=1900-01-01', 'at', '1990-01-01', '2025-12-31'],
    ['/api/v1/stats?at=3024-01-01', 'at', '1990-01-01', '2025-12-31'],
    ['/api/v1/releases?month=0001-01', 'month', '1990-01', '2025-12'],
    ['/api/v1/releases?month=2026-01', 'month', '1990-01', '2025-12'],
    ['/api/v1/expected?from=0001-01-01&to=2025-01-01', 'from', '1990-01-01', '2074-12-31'],
    ['/api/v1/expected?from=2024-01-01&to=9999-12-31', 'to', '1990-01-01', '2074-12-31'],
  ])('%s: 400 out-of-range naming "%s" and %s to %s', async (path, field, min, max) => {
    const error = await refused(path);
    expect(error.code).toBe('out-of-range');
    expect(error.details).toEqual({ field, min, max });
    expect(error.message).toContain(`"${field}"`);
    expect(error.message).toContain(`${min} to ${max}`);
  });

  it('accepts the edges of the span', async () => {
    for (const path of [
      '/api/v1/flows?from=1990-01&to=2025-12',
      '/api/v1/series?from=1990-01-01&to=2025-12-31',
      '/api/v1/stats?at=1990-01-01',
      '/api/v1/releases?month=2025-12',
      '/api/v1/expected?from=1990-01-01&to=2074-12-31',
    ]) {
      expect((await app.request(path)).status, path).toBe(200);
    }
  });
});

describe('ranges longer than a request may span', () => {
  it('refuses a daily series over MAX_DAYS days, and serves one of exactly MAX_DAYS', async () => {
    const error = await refused('/api/v1/series?from=1990-01-01&to=2025-12-31&step=day');
    expect(error.code).toBe('range-too-long');
    expect(error.details).toEqual({ field: 'to', max: MAX_DAYS });
    expect(error.message).toContain(`${MAX_DAYS} days`);
    const res = await app.request('/api/v1/series?from=2014-01-01&to=2024-01-08&step=day');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { points: unknown[] }).points).toHaveLength(MAX_DAYS);
  });

  it('refuses flows over MAX_MONTHS months once the span is wider than that (the clock in 2080)', async () => {
    const later = createHttpApp({ ...ctx, now: () => new Date('2080-06-01T12:00:00Z') });
    const error = await refused('/api/v1/flows?from=1990-01&to=2081-12', later);
    expect(error.code).toBe('range-too-long');
    expect(error.details).toEqual({ field: 'to', max: MAX_MONTHS });
    const ok = await later.request('/api/v1/flows?from=1990-01&to=2039-12'); // 600 months
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { months: unknown[] }).months).toHaveLength(MAX_MONTHS);
  });
});

describe('the largest requests allowed are bounded in size', () => {
  it('flows over the whole span: one entry per month, under 200 KB', async () => {
    const res = await app.request('/api/v1/flows?from=1990-01&to=2025-12');
    const text = await res.text();
    expect(res.status).toBe(200);
    expect((JSON.parse(text) as { months: unknown[] }).months).toHaveLength(36 * 12);
    expect(Buffer.byteLength(text)).toBeLessThan(200_000);
  });

  it('a daily series of MAX_DAYS days is under 300 KB, a monthly one over the span under 50 KB', async () => {
    const daily = await (await app.request('/api/v1/series?from=2014-01-01&to=2024-01-08&step=day')).text();
    expect(Buffer.byteLength(daily)).toBeLessThan(300_000);
    const monthly = await (await app.request('/api/v1/series?from=1990-01-01&to=2025-12-31')).text();
    // A monthly series stops at the current month: 1990-01 to 2024-02.
    expect((JSON.parse(monthly) as { points: unknown[] }).points).toHaveLength(34 * 12 + 2);
    expect(Buffer.byteLength(monthly)).toBeLessThan(50_000);
  });
});

describe('the checks themselves', () => {
  it('ends the span 31 December of the next year (of `yearsAhead` years)', () => {
    expect(apiSpan(new Date('2024-02-02'))).toEqual({ from: '1990-01-01', to: '2025-12-31' });
    expect(apiSpan(new Date('2024-12-31T23:59:59Z'), 50)).toEqual({ from: '1990-01-01', to: '2074-12-31' });
  });

  it('leaves absent values and impossible days to the schema and the use case', () => {
    const span = apiSpan(new Date('2024-02-02'));
    expect(() => checkDates({ at: undefined }, span)).not.toThrow();
    expect(() => checkDates({ from: '2024-02-30', to: '2024-03-01' }, span, 10)).not.toThrow();
    expect(() => checkMonths({ from: '2024-01', to: undefined }, span)).not.toThrow();
  });

  it('counts both ends of a range', () => {
    const span = apiSpan(new Date('2024-02-02'));
    expect(() => checkDates({ from: '2024-01-01', to: '2024-01-10' }, span, 10)).not.toThrow();
    expect(() => checkDates({ from: '2024-01-01', to: '2024-01-11' }, span, 10)).toThrow(/10 days/);
    expect(() => checkMonths({ from: '2024-01', to: '2024-12' }, span, 12)).not.toThrow();
    expect(() => checkMonths({ from: '2024-01', to: '2025-01' }, span, 12)).toThrow(/12 months/);
  });
});
