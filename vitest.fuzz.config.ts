import { defineConfig } from 'vitest/config';
import { packageAlias } from './test/support/package-alias.js';

/** The fuzz suite (`test/fuzz`), run once by `npm test`, apart from the time-zone matrix. */
export default defineConfig({
  resolve: {
    alias: packageAlias,
  },
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 120_000,
    hookTimeout: 30 * 60_000,
  },
});
