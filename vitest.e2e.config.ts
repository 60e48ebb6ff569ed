import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core driving Debian's chromium (`apt-get install chromium`). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
