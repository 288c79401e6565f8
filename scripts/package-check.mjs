#!/usr/bin/env node
// Checks the packed package the way users get it: every entry point of package.json's "exports"
// imported from ESM and required from CJS in a fresh project, each bundled by esbuild for a
// browser, and an install that pulls no native code (no `.node` files, no platform-only package).
// Usage: node scripts/package-check.mjs [tarball]  (packs the package when no tarball is given)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** The package's entry points: '.', './calendar' … (package.json itself aside). */
export const ENTRY_POINTS = Object.keys(pkg.exports).filter((key) => !key.endsWith('.json'));

/**
 * A call per entry point that exercises what loads on first use (schemas, the CSV parser), and
 * what it must print, from ESM and CJS alike.
 */
const BEHAVIOUR = {
  '.': [
    "[lib.IsoDateSchema.safeParse('2026-02-29').success, lib.parseTeam({}).isErr()]",
    '[false,true]',
  ],
  // The entries share one copy of everything (a schema, a class) with the root entry.
  './calendar': ['lib.IsoDateSchema === root.IsoDateSchema', 'true'],
  './samples': [
    'lib.dakNia2022Team().seats.length > 0 && root.TeamSchema.safeParse(lib.dakNia2022Team()).success',
    'true',
  ],
  './csv': [
    "lib.parseLongCsv('indicator;place;period;quantity;value\\npeopleGuided;thon-1;Oct-26;numerator;12\\n', { catalogue: root.BUILT_IN_INDICATORS, places: [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }] }).map((rows) => rows.map((r) => r.numerator)).unwrapOr('problems')",
    '[12]',
  ],
};

/** Files and folders under a directory that hold native code. */
function nativeCode(dir) {
  const found = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (name.endsWith('.node')) found.push(name);
    if (name.endsWith('package.json')) {
      try {
        const manifest = JSON.parse(readFileSync(join(dir, name), 'utf8'));
        if (manifest.os || manifest.cpu) found.push(`${name} (os/cpu: ${manifest.name})`);
      } catch {
        // not a manifest
      }
    }
  }
  return found;
}

/**
 * Checks a project where the package (and zod) are installed: no native code, and every entry
 * point imported (ESM), required (CJS) and bundled (esbuild). Returns a line per entry point.
 */
export function checkInstalled(dir) {
  {
    const native = nativeCode(join(dir, 'node_modules'));
    if (native.length > 0)
      throw new Error(`an install pulls native code:\n  ${native.join('\n  ')}`);
    const sizes = [];
    for (const entry of ENTRY_POINTS) {
      const specifier = entry === '.' ? pkg.name : `${pkg.name}/${entry.slice(2)}`;
      // The same names from `import` and `require`, and at least one.
      const print = 'console.log(JSON.stringify(Object.keys(lib).sort()));';
      writeFileSync(join(dir, 'esm.mjs'), `import * as lib from '${specifier}';\n${print}\n`);
      writeFileSync(join(dir, 'cjs.cjs'), `const lib = require('${specifier}');\n${print}\n`);
      const esm = JSON.parse(run('node', ['esm.mjs'], dir));
      const cjs = JSON.parse(run('node', ['cjs.cjs'], dir));
      if (esm.length === 0) throw new Error(`${specifier} exports nothing`);
      if (JSON.stringify(esm) !== JSON.stringify(cjs)) {
        throw new Error(
          `${specifier}: import gives ${esm.length} names, require ${cjs.length}: ${esm.filter((n) => !cjs.includes(n)).join(', ')} | ${cjs.filter((n) => !esm.includes(n)).join(', ')}`,
        );
      }
      const behaviour = BEHAVIOUR[entry];
      if (behaviour) {
        const [call, expected] = behaviour;
        const show = `console.log(JSON.stringify(${call}));`;
        const esm = `import * as lib from '${specifier}';\nimport * as root from '${pkg.name}';`;
        const cjs = `const lib = require('${specifier}');\nconst root = require('${pkg.name}');`;
        writeFileSync(join(dir, 'esm.mjs'), `${esm}\n${show}\n`);
        writeFileSync(join(dir, 'cjs.cjs'), `${cjs}\n${show}\n`);
        for (const file of ['esm.mjs', 'cjs.cjs']) {
          const printed = run('node', [file], dir).trim();
          if (printed !== expected) {
            throw new Error(`${specifier} (${file}): ${call} printed ${printed}, not ${expected}`);
          }
        }
      }
      writeFileSync(join(dir, 'bundle.mjs'), `export * from '${specifier}';\n`);
      const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
      const out = run(
        esbuild,
        [
          'bundle.mjs',
          '--bundle',
          '--minify',
          '--format=esm',
          '--platform=browser',
          '--external:zod',
          '--log-level=error',
        ],
        dir,
      );
      sizes.push(
        `${specifier}: ESM ✓ CJS ✓ (${esm.length} names) esbuild ✓ (${(out.length / 1024).toFixed(1)} KB minified, zod external)`,
      );
    }
    return sizes;
  }
}

/** Installs a tarball into a fresh project and checks it with {@link checkInstalled}. */
export function checkPackage(tarball) {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-package-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', tarball, 'zod@^4'],
      dir,
    );
    return checkInstalled(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) {
  let tarball = process.argv[2];
  let packDir;
  if (!tarball) {
    packDir = mkdtempSync(join(tmpdir(), 'tcns-pack-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root));
    tarball = join(packDir, packed[0].filename);
  }
  try {
    if (!existsSync(tarball)) throw new Error(`no tarball at ${tarball}`);
    for (const line of checkPackage(tarball)) console.log(line);
    console.log('no native code in an install');
  } finally {
    if (packDir) rmSync(packDir, { recursive: true, force: true });
  }
}
