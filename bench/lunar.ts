/**
 * Converts every day of 1900–2100 from the solar to the lunar calendar with the library and with
 * the table-driven `@dqcai/vn-lunar` (Hồ Ngọc Đức's tables), and prints days per second for each,
 * warm (best of several passes, caches filled) and cold (the first pass in a fresh process, 3
 * processes each, median), and the ratio library / peer. Each gets its natural input, prepared
 * outside the timing: an `IsoDate` string for the library, day, month and year numbers for the
 * peer. Run with `npm run bench:lunar`.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

type Convert = () => number;

/** Every day of the range, as ISO strings and as [day, month, year]. */
function allDays(): { iso: string[]; parts: [number, number, number][] } {
  const iso: string[] = [];
  const parts: [number, number, number][] = [];
  for (let year = 1900; year <= 2100; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
      for (let day = 1; day <= length; day += 1) {
        iso.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        parts.push([day, month, year]);
      }
    }
  }
  return { iso, parts };
}

/** A pass over every day with one implementation; returns a checksum so nothing is optimised away. */
async function converter(name: string): Promise<Convert> {
  const { iso, parts } = allDays();
  if (name === 'library') {
    const { toLunarDate } = await import('../src/calendar/lunar.js');
    return () => {
      let sum = 0;
      for (const date of iso) {
        const result = toLunarDate(date as `${number}-${number}-${number}`);
        if (result.isOk()) sum += result.value.day;
      }
      return sum;
    };
  }
  const { getLunarDate } = await import('@dqcai/vn-lunar');
  return () => {
    let sum = 0;
    for (const [day, month, year] of parts) sum += getLunarDate(day, month, year).day;
    return sum;
  };
}

function rate(run: Convert, days: number): [number, number] {
  const start = performance.now();
  const sum = run();
  return [days / ((performance.now() - start) / 1000), sum];
}

const [mode, name] = process.argv.slice(2);
if (mode === 'cold' && name !== undefined) {
  // A fresh process: the first pass is the cold one.
  const run = await converter(name);
  const [daysPerSecond, sum] = rate(run, allDays().iso.length);
  console.log(JSON.stringify({ daysPerSecond, sum }));
  process.exit(0);
}

const days = allDays().iso.length;
const format = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(12);

function cold(which: string): { daysPerSecond: number; sum: number } {
  const runs: { daysPerSecond: number; sum: number }[] = [];
  for (let i = 0; i < 3; i += 1) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), 'cold', which],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`cold run of ${which} failed: ${child.stderr}`);
    runs.push(JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}'));
  }
  runs.sort((a, b) => a.daysPerSecond - b.daysPerSecond);
  return runs[1] ?? { daysPerSecond: 0, sum: 0 };
}

console.log(`${days} days, 1900-01-01 to 2100-12-31, Node ${process.version}`);
const library = await converter('library');
const peer = await converter('peer');
const coldLibrary = cold('library');
const coldPeer = cold('peer');
let warmLibrary = 0;
let warmPeer = 0;
let sums: number[] = [];
for (let round = 0; round < 7; round += 1) {
  const [l, lSum] = rate(library, days);
  const [p, pSum] = rate(peer, days);
  warmLibrary = Math.max(warmLibrary, l);
  warmPeer = Math.max(warmPeer, p);
  sums = [lSum, pSum];
}
console.log(`                          warm (best of 7)    cold (median of 3)`);
console.log(
  `library (to-cong-nghe-so) ${format(warmLibrary)} days/s ${format(coldLibrary.daysPerSecond)} days/s`,
);
console.log(
  `peer (@dqcai/vn-lunar)    ${format(warmPeer)} days/s ${format(coldPeer.daysPerSecond)} days/s`,
);
console.log(
  `library / peer:            ${(warmLibrary / warmPeer).toFixed(2).padStart(12)}×        ${(coldLibrary.daysPerSecond / coldPeer.daysPerSecond).toFixed(2).padStart(12)}×`,
);
console.log(`checksums (sum of lunar days): library ${sums[0]}, peer ${sums[1]}`);
