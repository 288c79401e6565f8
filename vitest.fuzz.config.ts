import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The fuzz suite (`test/fuzz`), run once by `npm test`, apart from the time-zone matrix. */
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
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 120_000,
    hookTimeout: 30 * 60_000,
  },
});
