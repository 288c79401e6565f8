import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The complexity tests (`test/complexity`): each operation timed at n and 4n. Run once by
 * `npm test`, in one process at a time, apart from the time-zone matrix.
 */
export default defineConfig({
  resolve: {
    alias: { 'to-cong-nghe-so': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/complexity/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
