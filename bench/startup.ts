/**
 * Start-up benchmark (`npm run bench:startup`, after `npm run build`): what importing the package
 * costs a Node.js process, as a ratio to `node -e 0` measured in the same run — for ESM
 * (`import`) and CommonJS (`require`), excluding zod, which an app loads anyway (its own cost is
 * subtracted). Target ≤ 1.5×. The five processes run in turn, round after round, so that the
 * machine's load affects them alike; medians of `RUNS` rounds (default 15) are compared.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 15);

function time(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')}: ${result.stderr}`);
  return performance.now() - start;
}

function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

const esm = (code: string) => ['--input-type=module', '-e', code];
const cases = {
  bare: ['-e', '0'],
  esmZod: esm("import 'zod';"),
  esmLib: esm("import 'zod'; import 'to-cong-nghe-so';"),
  cjsZod: ['-e', "require('zod')"],
  cjsLib: ['-e', "require('zod'); require('to-cong-nghe-so')"],
} as const;
type Case = keyof typeof cases;
const times = Object.fromEntries(
  Object.keys(cases).map((name) => [name, [] as number[]]),
) as Record<Case, number[]>;
for (const args of Object.values(cases)) time(args); // warm the file cache
for (let round = 0; round < RUNS; round += 1) {
  for (const [name, args] of Object.entries(cases) as [Case, readonly string[]][]) {
    times[name].push(time(args));
  }
}
const bare = median(times.bare);
console.log(`node -e 0: ${bare.toFixed(0)} ms (median of ${RUNS} rounds)`);
for (const [system, zod, lib] of [
  ['ESM import', 'esmZod', 'esmLib'],
  ['CJS require', 'cjsZod', 'cjsLib'],
] as const) {
  const cost = median(times[lib]) - median(times[zod]);
  const ratio = (cost + bare) / bare;
  console.log(
    `${system.padEnd(12)} +${cost.toFixed(0).padStart(4)} ms beyond zod   ${ratio.toFixed(2)}× node -e 0   (target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'NOT met'})`,
  );
}
