/**
 * Start-up benchmark (`npm run bench:startup`, after `npm run build`): what importing the package
 * costs a Node.js process, as a ratio to `node -e 0` measured in the same run — for ESM
 * (`import`) and CommonJS (`require`), excluding zod, which an app loads anyway (its own cost is
 * subtracted). Target ≤ 1.5×. Medians of `RUNS` processes each (default 15).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 15);

function median(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`node ${args.join(' ')}: ${result.stderr}`);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? Number.NaN;
}

const esm = (code: string) => ['--input-type=module', '-e', code];
const bare = median(['-e', '0']);
const rows: [string, number, number][] = [];
for (const [system, zodOnly, withLib] of [
  ['ESM import', esm("import 'zod';"), esm("import 'zod'; import 'to-cong-nghe-so';")],
  ['CJS require', ['-e', "require('zod')"], ['-e', "require('zod'); require('to-cong-nghe-so')"]],
] as const) {
  const zod = median([...zodOnly]);
  const lib = median([...withLib]);
  rows.push([system, lib - zod, (lib - zod + bare) / bare]);
}
console.log(`node -e 0: ${bare.toFixed(0)} ms (median of ${RUNS})`);
for (const [system, cost, ratio] of rows) {
  console.log(
    `${system.padEnd(12)} +${cost.toFixed(0).padStart(4)} ms beyond zod   ${ratio.toFixed(2)}× node -e 0   (target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'NOT met'})`,
  );
}
