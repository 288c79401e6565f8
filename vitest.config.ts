import { configDefaults, defineConfig } from 'vitest/config';
import { packageAlias } from './test/support/package-alias.js';

export default defineConfig({
  resolve: {
    alias: packageAlias,
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/problem-audit.ts'],
    // Property tests run hundreds of cases, under coverage instrumentation: a limit that only a
    // hang reaches (speed is measured by bench/ scripts and the complexity tests, never here).
    testTimeout: 60_000,
    // The reporting server's, the pages' and the docs site's tests run once, in their own steps
    // (vitest.server.config.ts, vitest.pages.config.ts, vitest.site.config.ts).
    exclude: [
      ...configDefaults.exclude,
      'test/server/**',
      'test/pages/**',
      'test/complexity/**',
      'test/docs-site/**',
      // The runnable examples start a process each: they run once, on the built package, in
      // their own step (TCNS_EXAMPLES_BUILT=1), not in every time zone.
      ...(process.env.TCNS_EXAMPLES_BUILT ? [] : ['test/docs/runnable-examples.test.ts']),
    ],
    typecheck: {
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90, branches: 85 },
    },
  },
});
