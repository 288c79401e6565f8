// Mutation testing of the core (`npm run test:mutation`): Stryker changes the code of src/ one
// small mutation at a time and runs the tests that cover it; a mutant the tests do not notice is
// a gap in what they check. Incremental: a rerun only tests what changed since the last run
// (reports/stryker-incremental.json). Not part of `npm test` (it takes long); its score per
// module is in reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // A static mutant (in code that runs when a module loads: constants, tables, the problem
  // catalogue) reaches tests that coverage per test cannot name, so each one reruns every test:
  // minutes apiece over the whole suite. The full run leaves them out; a run narrowed by
  // MUTATION_TESTS to one module's tests (README) tests them against those tests.
  ignoreStatic: !process.env.MUTATION_TESTS,
  mutate: [
    'src/**/*.ts',
    '!src/**/index.ts',
    '!src/**/*.d.ts',
    // Data tables: a mutant of a table entry is checked by the tests of what reads the table.
    '!src/calendar/lunar-table.ts',
  ],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  concurrency: 2,
  timeoutMS: 20000,
  // The first run of the whole suite, with coverage per test, takes minutes on two cores.
  dryRunTimeoutMinutes: 20,
  tempDirName: 'node_modules/.cache/stryker',
  cleanTempDir: 'always',
};
