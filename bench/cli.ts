/**
 * Start-up cost of the built `tcns` command (`npm run build` first), as ratios to `node -e 0`
 * measured in the same run: `tcns --version` (target ≤ 1.5×) and `tcns report build` for a
 * commune-month (target ≤ 3×), on the Đắk Nia sample workspace. The three commands run in turn,
 * round after round, so that the machine's load affects them alike; medians are compared.
 *
 * Usage: `npm run bench:cli` (or `npx tsx bench/cli.ts [rounds]`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}
const rounds = Number(process.argv[2] ?? 21);

function run(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  }
  return ms;
}

const demo = spawnSync(process.execPath, [cli, 'demo', '--keep', '--json'], { encoding: 'utf8' });
const folder = (JSON.parse(demo.stdout) as { result: { folder: string } }).result.folder;

const cases: [name: string, args: string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['tcns --version', [cli, '--version']],
  [
    'tcns report build (commune-month)',
    [cli, 'report', 'build', '2025-01', '-C', folder, '--as-of', '2025-02-18'],
  ],
];
const times = cases.map((): number[] => []);
for (const [, args] of cases) run(args); // warm the file cache
for (let round = 0; round < rounds; round++) {
  cases.forEach(([, args], i) => {
    times[i]?.push(run(args));
  });
}
spawnSync(process.execPath, [
  '-e',
  `require('node:fs').rmSync(${JSON.stringify(folder)}, { recursive: true, force: true })`,
]);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const base = median(times[0] ?? []);
const targets = [undefined, 1.5, 3];
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
