#!/usr/bin/env node
// The build (`npm run build`). The package ships three builds of the library, chosen by the
// conditions of package.json's "exports":
// - dist/esm: one ES module and one declaration file per source file (tsc), for bundlers, which
//   keep only what an app imports (the package declares `sideEffects: false`);
// - dist/node: the root entry bundled as ES modules, with the chunks it shares with the entries
//   that have names of their own (esbuild), for Node.js, which then loads a few files instead of
//   hundreds; the other entries pick their names from the root's file;
// - dist/cjs: one CommonJS bundle of the whole library, with a small file per entry point that
//   picks that entry's names from it (so the entries share one copy of every class), and the
//   declaration files (tsc).
// Then the `tcns` command, bundled by tsup.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function run(command, args) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** The entry points: package.json's "exports" key → the source file and the built path. */
export const ENTRIES = Object.entries(pkg.exports)
  .filter(([key]) => !key.endsWith('.json'))
  .map(([key, conditions]) => {
    const built = conditions.import.default.replace(/^\.\/dist\/esm\//u, '');
    return { key, built, source: join('src', built.replace(/\.js$/u, '.ts')) };
  });

/**
 * For the CommonJS bundle: zod's names from its `z` export rather than as a namespace. The two mean
 * the same, but esbuild turns each module's `import * as z from 'zod'` into a copy of zod's ~600
 * exports (`__toESM`), once per module of the library, which costs more than the rest of the load.
 */
const zodFromZ = {
  name: 'zod-from-z',
  setup(build) {
    // esbuild's filters are Go regular expressions: no `u` flag.
    build.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(
        /^import \* as z from 'zod';$/gmu,
        "import { z } from 'zod';",
      ),
      loader: 'ts',
    }));
  },
};

/**
 * For the CommonJS bundle, which holds the CSV entry too: papaparse is required on first use, not
 * at load, so that `require('to-cong-nghe-so')` does not load a CSV parser it may never use. (The
 * ES build for Node.js keeps the CSV entry in a file of its own.) The library calls only `parse`
 * and `unparse`.
 */
const papaparseOnFirstUse = {
  name: 'papaparse-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^papaparse$/ }, (args) =>
      args.namespace === 'papaparse-on-first-use'
        ? { path: 'papaparse', external: true }
        : { path: 'papaparse', namespace: 'papaparse-on-first-use' },
    );
    build.onLoad({ filter: /.*/, namespace: 'papaparse-on-first-use' }, () => ({
      contents: [
        'const papaparse = () => require("papaparse");',
        'export default {',
        '  parse: (...args) => papaparse().parse(...args),',
        '  unparse: (...args) => papaparse().unparse(...args),',
        '};',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

/**
 * How the Node.js builds are minified: local names too, which makes the files a quarter smaller
 * (Node.js parses every byte of a file it loads). Each file has a source map, without the sources'
 * text, so that `node --enable-source-maps` and debuggers give the library's own files, lines
 * and names.
 */
const MINIFY = {
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: true,
  sourcemap: 'linked',
  sourcesContent: false,
};

/** The packages the library depends on at run time, left to the user's install. */
const EXTERNAL = ['zod', 'neverthrow', 'papaparse'];

function writeJson(file, value) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value)}\n`);
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
await Promise.all([
  run(bin('tsc'), ['-p', 'tsconfig.build.json']),
  run(bin('tsc'), ['-p', 'tsconfig.build.cjs.json']),
]);

// Each build says which module system its .js and .d.ts files use, and, as the package itself
// does, that its modules have no side effects (bundlers read the nearest package.json).
writeJson(join(root, 'dist', 'esm', 'package.json'), { type: 'module', sideEffects: false });
writeJson(join(root, 'dist', 'node', 'package.json'), { type: 'module', sideEffects: false });
writeJson(join(root, 'dist', 'cjs', 'package.json'), { type: 'commonjs', sideEffects: false });

/** Each entry's names: what the ES build exports there. */
const NAMES = new Map();
for (const entry of ENTRIES) {
  NAMES.set(
    entry,
    Object.keys(await import(pathToFileURL(join(root, 'dist', 'esm', entry.built)))),
  );
}
const ALL_NAMES = [...new Set([...NAMES.values()].flat())].sort();

// The CommonJS bundle: every entry's names, from one module, so that there is one copy of every
// class for all entries. Its exports are one object literal of values, written at its end: V8
// makes that object in one step, where esbuild's own way (a getter per name, defined one by one,
// then copied to another object) took about a tenth of the instructions of `require`.
await build({
  stdin: {
    contents: [
      `import { ${ALL_NAMES.join(', ')} } from 'every-entry';`,
      `module.exports = { ${ALL_NAMES.join(', ')} };`,
    ].join('\n'),
    resolveDir: root,
    loader: 'js',
    sourcefile: 'all.js',
  },
  outfile: join(root, 'dist', 'cjs', 'all.js'),
  plugins: [
    {
      name: 'every-entry',
      setup(build) {
        build.onResolve({ filter: /^every-entry$/ }, () => ({
          path: 'every-entry',
          namespace: 'entries',
        }));
        build.onLoad({ filter: /.*/, namespace: 'entries' }, () => ({
          contents: ENTRIES.map((e) => `export * from './${e.source}';`).join('\n'),
          resolveDir: root,
          loader: 'ts',
        }));
      },
    },
    zodFromZ,
    papaparseOnFirstUse,
  ],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  ...MINIFY,
  tsconfigRaw: '{}',
  logLevel: 'warning',
});

/** A path from an entry's built file to a file at the top of its build. */
function fromEntry(entry, file) {
  const depth = entry.built.split('/').length - 1;
  return `${depth === 0 ? './' : '../'.repeat(depth)}${file}`;
}

// The ES build for Node.js: the root entry, and each entry that has names of its own (CSV, the
// samples), bundled with the chunks they share; an entry whose names are all the root's
// (calendar, indicators, render) picks them from the root's file. Importing the package then
// loads four files, not fourteen; an entry shares one copy of every class with the others.
const rootEntry = ENTRIES.find((entry) => entry.key === '.');
const rootNames = new Set(NAMES.get(rootEntry));
const ownEntries = ENTRIES.filter(
  (entry) => entry === rootEntry || NAMES.get(entry).some((name) => !rootNames.has(name)),
);
await build({
  entryPoints: Object.fromEntries(ownEntries.map((e) => [e.built.replace(/\.js$/u, ''), e.source])),
  outdir: join(root, 'dist', 'node'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  ...MINIFY,
  chunkNames: 'chunks/[name]-[hash]',
  tsconfigRaw: '{}',
  logLevel: 'warning',
});
for (const entry of ENTRIES.filter((e) => !ownEntries.includes(e))) {
  const file = join(root, 'dist', 'node', entry.built);
  mkdirSync(dirname(file), { recursive: true });
  const names = NAMES.get(entry).join(', ');
  writeFileSync(file, `export { ${names} } from '${fromEntry(entry, rootEntry.built)}';\n`);
}

// Each CommonJS entry picks its names from the one bundle, in one object literal.
for (const entry of ENTRIES) {
  const names = NAMES.get(entry);
  const bundle = fromEntry(entry, 'all.js');
  const lines = [
    '"use strict";',
    `const all = require(${JSON.stringify(bundle)});`,
    'module.exports = {',
    ...names.map((name) => `  ${name}: all.${name},`),
    '};',
  ];
  writeFileSync(join(root, 'dist', 'cjs', entry.built), `${lines.join('\n')}\n`);
}

await run(bin('tsup'), []);
