import { configDefaults, defineConfig } from 'vitest/config';
import { packageAlias } from './test/support/package-alias.js';

/**
 * The test files to run: `MUTATION_TESTS`, a comma-separated list of globs, narrows the suite to
 * the tests of the module mutated (`MUTATION_TESTS='test/chain/**' npm run test:mutation --
 * --mutate src/chain/chain.ts`); all behaviour tests without it.
 */
const include = (process.env.MUTATION_TESTS ?? '')
  .split(',')
  .map((glob) => glob.trim())
  .filter((glob) => glob !== '');

/**
 * The unit suite as mutation testing runs it: behaviour tests only — without the doc-example
 * checker and the problem audit (they read files and wording), the check of the source's own text
 * (it would read the mutated source), the server, fuzz, complexity, command, pages and site suites,
 * and type tests.
 */
export default defineConfig({
  resolve: {
    alias: packageAlias,
  },
  test: {
    include: include.length > 0 ? include : ['test/**/*.test.ts'],
    // Property tests are slow while mutants run beside them: a limit only a hang reaches.
    testTimeout: 120_000,
    exclude: [
      ...configDefaults.exclude,
      'test/docs/**',
      'test/server/**',
      'test/pages/**',
      'test/fuzz/**',
      'test/complexity/**',
      'test/cli/**',
      'test/docs-site/**',
      'test/problems/pure.test.ts',
    ],
  },
});
