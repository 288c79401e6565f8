import { defineConfig } from 'vitest/config';

/**
 * The tests that run the built `tcns` (`dist/cli.js`) as a process: `npm run build` first, or
 * the global setup builds it. Kept apart from the unit tests, which run four times in `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/cli/e2e/**/*.e2e.ts'],
    globalSetup: ['test/cli/e2e/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
