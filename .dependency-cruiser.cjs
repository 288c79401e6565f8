// The layers of the library, checked by `npm test` (dependency-cruiser): a module imports only
// modules of lower layers, never one above it or beside it; the adapters in examples/ use the
// library only through its package name, as users do.
const LAYERS = [
  ['problems'],
  ['text'],
  ['_internal'],
  ['calendar'],
  ['places'],
  ['team', 'indicators'],
  ['chain', 'duties'],
  ['work'],
  ['reports'],
  ['render'],
  // Entry points of their own, re-exporting parts of the modules below.
  ['csv', 'samples'],
];

const rank = new Map(LAYERS.flatMap((modules, i) => modules.map((m) => [m, i])));

/** For each module: a rule forbidding imports of modules above or beside it. */
const layerRules = [...rank].map(([module, level]) => {
  const above = [...rank].filter(([other, l]) => other !== module && l >= level).map(([m]) => m);
  return {
    name: `layer-${module}`,
    comment: `src/${module} may import only modules of lower layers (${LAYERS.slice(0, level).flat().join(', ') || 'none'}).`,
    severity: 'error',
    from: { path: `^src/${module}/` },
    to: {
      path: `^src/(${above.join('|')})/`,
      // Schemas built on first use: a helper of every layer's schemas, importing nothing of ours.
      pathNot: '^src/_internal/lazy-schema\\.ts$',
      // The internal core and the problem registry may name a type of a higher module (a place
      // level, a bilingual label), never run its code.
      ...(module === '_internal' || module === 'problems'
        ? { dependencyTypesNot: ['type-only'] }
        : {}),
    },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'No module of the library imports itself through others.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-without-node',
      comment: 'The core runs in browsers, Deno and Bun: no Node.js built-in modules.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'papaparse-only-for-csv',
      comment:
        'Only the CSV files of the indicators import papaparse: the package root never bundles it (to-cong-nghe-so/csv does).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/indicators/csv/' },
      to: { path: 'node_modules/papaparse/' },
    },
    {
      name: 'csv-only-from-the-csv-entry',
      comment:
        'The CSV readers and writers are reached only through to-cong-nghe-so/csv, never from the root entry.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: '^src/(indicators/csv/|indicators/csv\\.ts$|render/report-csv\\.ts$|csv/)',
      },
      to: { path: '^src/(indicators/csv/|indicators/csv\\.ts$|render/report-csv\\.ts$)' },
    },
    {
      name: 'samples-only-from-the-samples-entry',
      comment:
        'The sample data is reached only through to-cong-nghe-so/samples: no module of the library uses it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/samples/' },
      to: { path: '^src/(team|reports)/sample\\.ts$' },
    },
    {
      name: 'adapters-use-the-package',
      comment: 'Adapters in examples/ use the library by its package name, as users do.',
      severity: 'error',
      from: { path: '^examples/' },
      // `to-cong-nghe-so` resolves to src/ through tsconfig's paths; a relative path there does not.
      to: { path: '^src/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
