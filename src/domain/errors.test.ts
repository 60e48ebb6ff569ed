import { describe, expect, it } from 'vitest';
import { ERROR_CODES, EXIT, exitCode, httpStatus, isErrorCode, RollcallError } from './errors.js';

const EXITS: readonly number[] = Object.values(EXIT);

describe('error codes', () => {
  it('maps every code to an HTTP error status and an exit code that is not success or usage', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(50);
    for (const code of ERROR_CODES) {
      expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      const status = httpStatus(code);
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
      const exit = exitCode(code);
      expect(EXITS, code).toContain(exit);
      expect([EXIT.ok, EXIT.usage], code).not.toContain(exit);
    }
  });

  it('keeps the two mappings consistent: a bug is 500 and exit 70, a refusal is 4xx and exit 1', () => {
    for (const code of ERROR_CODES) {
      const status = httpStatus(code);
      const exit = exitCode(code);
      if (exit === EXIT.internal) expect(status, code).toBe(500);
      if (exit === EXIT.failed) expect(status, code).toBeLessThan(500);
      if (exit === EXIT.unavailable) expect(status, code).toBe(503);
    }
  });

  it('reports the store as what it is', () => {
    expect([httpStatus('busy'), exitCode('busy')]).toEqual([503, EXIT.unavailable]);
    expect([httpStatus('store-readonly'), exitCode('store-readonly')]).toEqual([503, EXIT.unavailable]);
    expect([httpStatus('store-constraint'), exitCode('store-constraint')]).toEqual([409, EXIT.failed]);
    expect([httpStatus('store-full'), exitCode('store-full')]).toEqual([507, EXIT.storage]);
    expect([httpStatus('store-corrupt'), exitCode('store-corrupt')]).toEqual([500, EXIT.storage]);
  });

  it('carries code, message and details, and knows its codes', () => {
    const e = new RollcallError('invalid-input', 'Fix events.0.date.', { problems: [{ field: 'events.0.date' }] });
    expect(e).toBeInstanceOf(Error);
    expect([e.code, e.message, e.name]).toEqual(['invalid-input', 'Fix events.0.date.', 'RollcallError']);
    expect(e.details).toEqual({ problems: [{ field: 'events.0.date' }] });
    expect(isErrorCode('not-found')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('store-busy')).toBe(false);
  });
});
