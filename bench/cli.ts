/**
 * Start-up cost of the built `tcns` command (`npm run build` first), as ratios to `node -e 0`
 * measured in the same run: `tcns --version` (target ≤ 1.5×) and `tcns report build` for a
 * commune-month (target ≤ 3×), on the Đắk Nia sample workspace, as a user runs it again and
 * again (the command's compiled code cached from the run before, in a folder of its own here);
 * and, for comparison, the same without the compile cache (a first run). The commands run in
 * turn, round after round, so that the machine's load affects them alike; medians are compared.
 *
 * Usage: `npm run bench:cli` (or `npx tsx bench/cli.ts [rounds]`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}
const rounds = Number(process.argv[2] ?? 21);

const cache = mkdtempSync(join(tmpdir(), 'tcns-bench-cache-'));

function run(args: string[], env: Record<string, string> = {}): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, TCNS_CACHE_DIR: cache, ...env },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  }
  return ms;
}

const demo = spawnSync(process.execPath, [cli, 'demo', '--keep', '--json'], { encoding: 'utf8' });
const folder = (JSON.parse(demo.stdout) as { result: { folder: string } }).result.folder;

const report = [cli, 'report', 'build', '2025-01', '-C', folder, '--as-of', '2025-02-18'];
const cases: [name: string, args: string[], env?: Record<string, string>][] = [
  ['node -e 0', ['-e', '0']],
  ['tcns --version', [cli, '--version']],
  ['tcns report build (commune-month)', report],
  ['  the same, without the compile cache', report, { TCNS_NO_COMPILE_CACHE: '1' }],
];
const times = cases.map((): number[] => []);
for (const [, args, env] of cases) run(args, env); // warm the file cache and the compile cache
for (let round = 0; round < rounds; round++) {
  cases.forEach(([, args, env], i) => {
    times[i]?.push(run(args, env));
  });
}
rmSync(cache, { recursive: true, force: true });
spawnSync(process.execPath, [
  '-e',
  `require('node:fs').rmSync(${JSON.stringify(folder)}, { recursive: true, force: true })`,
]);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const base = median(times[0] ?? []);
const targets = [undefined, 1.5, 3, undefined];
console.log(`${rounds} rounds, Node ${process.version}, median wall time of each process`);
cases.forEach(([name], i) => {
  const m = median(times[i] ?? []);
  const ratio = m / base;
  const target = targets[i];
  const verdict =
    target === undefined ? '' : `  (target ≤ ${target}×: ${ratio <= target ? 'met' : 'NOT met'})`;
  console.log(
    `  ${name.padEnd(36)} ${m.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×${verdict}`,
  );
});
