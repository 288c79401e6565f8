import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The reporting server's tests (`examples/server/`): run once, by their own step of
 * `npm test`, not in the library's three-time-zone matrix.
 */
export default defineConfig({
  resolve: {
    alias: [
      // The package's entry points: `to-cong-nghe-so` and `to-cong-nghe-so/<name>` (src/<name>).
      {
        find: /^to-cong-nghe-so$/u,
        replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      },
      {
        find: /^to-cong-nghe-so\/(\w+)$/u,
        replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/$1/index.ts`,
      },
    ],
  },
  test: {
    include: ['test/server/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
