import { describe, expect, it } from 'vitest';
import { createProofOfWork } from '../http/proof-of-work.js';
import { firstDifference, normaliseBody } from './compare.js';

describe('the differential’s normalisation', () => {
  it('hides only the report form’s proof-of-work token, nothing around it', () => {
    const pow = createProofOfWork();
    const page = (token: string, who = 'A') =>
      `<input type="text" name="who" value="${who}"><input type="hidden" name="pow" value="${token}">`;
    const [a, b] = [pow.issue(), pow.issue()];
    expect(firstDifference(page(a), page(b))).not.toBeNull();
    expect(normaliseBody('/en/report/', page(a))).toBe(normaliseBody('/en/report/', page(b)));
    expect(normaliseBody('/en/report/', page(a, 'A'))).not.toBe(normaliseBody('/en/report/', page(b, 'B')));
    // Anything but a token's shape in the field stays compared.
    expect(normaliseBody('/en/report/', page('zqleak12x'))).toContain('zqleak12x');
    expect(normaliseBody('x', '<p>plain</p>')).toBe('<p>plain</p>');
  });
});
