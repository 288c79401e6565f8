import { defineConfig } from 'vitest/config';
import { packageAlias } from './test/support/package-alias.js';

/**
 * The complexity tests (`test/complexity`): each operation timed at n and 4n. Run once by
 * `npm test`, in one process at a time, apart from the time-zone matrix.
 */
export default defineConfig({
  resolve: {
    alias: packageAlias,
  },
  test: {
    include: ['test/complexity/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
