import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { 'to-cong-nghe-so': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/problem-audit.ts'],
    // The reporting server's and the pages' tests run once, in their own steps
    // (vitest.server.config.ts, vitest.pages.config.ts).
    exclude: [...configDefaults.exclude, 'test/server/**', 'test/pages/**', 'test/complexity/**'],
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
