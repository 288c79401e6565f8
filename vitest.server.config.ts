import { defineConfig } from 'vitest/config';
import { packageAlias } from './test/support/package-alias.js';

/**
 * The reporting server's tests (`examples/server/`): run once, by their own step of
 * `npm test`, not in the library's three-time-zone matrix.
 */
export default defineConfig({
  resolve: {
    alias: packageAlias,
  },
  test: {
    include: ['test/server/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
