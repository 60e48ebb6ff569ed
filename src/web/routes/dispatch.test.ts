import { describe, expect, it } from 'vitest';
import { resolveSitePath } from './dispatch.js';

describe('resolveSitePath', () => {
  it('knows the URL scheme', () => {
    for (const path of [
      '/en/',
      '/en/persons/',
      '/en/persons/page/3/',
      '/ru/persons/released/page/2/',
      '/be/persons/p-1/',
      '/en/facilities/f-ik-1/',
      '/en/articles/361-4/page/2/',
      '/en/articles/361-4/count.csv',
      '/en/figures/count.svg',
      '/en/figures/birthdays/',
    ]) {
      expect(resolveSitePath(path), path).not.toBeNull();
    }
  });
  it('rejects what it does not know', () => {
    for (const path of [
      '/de/',
      '/en/persons/page/0/',
      '/en/persons/all/',
      '/en/persons/p-1/extra/',
      '/en/persons//',
      '/en/articles/abc/',
      '/en/figures/count.svg/',
      '/en/figures/x/y/',
      '/en/nothing/',
    ]) {
      expect(resolveSitePath(path), path).toBeNull();
    }
  });
});
