import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/yield-between-tests.ts'],
    // Loading kuromoji's dictionary takes most of a second; CLI tests start whole processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
