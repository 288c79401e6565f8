import { defineConfig } from 'vitest/config';
import { packageAlias } from './test/support/package-alias.js';

/**
 * The pages' browser tests (`test/pages/`, Debian's Chromium through playwright-core): run once,
 * by their own step of `npm test`, not in the library's three-time-zone matrix.
 */
export default defineConfig({
  resolve: {
    alias: packageAlias,
  },
  test: {
    include: ['test/pages/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
