import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The fuzz suite (`test/fuzz`), run once by `npm test`, apart from the time-zone matrix. */
export default defineConfig({
  resolve: {
    alias: { 'to-cong-nghe-so': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 120_000,
    hookTimeout: 30 * 60_000,
  },
});
