import { defineConfig } from 'vitest/config';

/**
 * The documentation site's browser check (`test/docs-site/`): run once by its own step of `npm test`,
 * after typedoc has built the site into `site/`, in Debian's Chromium through playwright-core.
 */
export default defineConfig({
  test: {
    include: ['test/docs-site/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
