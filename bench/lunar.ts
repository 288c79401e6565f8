/**
 * Converts every day of 1900–2100 from the solar to the Vietnamese lunar calendar and prints
 * days per second, against a baseline measured in the same run: the same loop computing only
 * the day of the week. Run with `npm run bench:lunar`.
 */
import { performance } from 'node:perf_hooks';
import { type IsoDate, isoDate, LUNAR_RANGE, toLunarDate, weekday } from '../src/index.js';

const days: IsoDate[] = [];
for (let year = 1900; year <= 2100; year += 1) {
  for (let month = 1; month <= 12; month += 1) {
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    for (let day = 1; day <= length; day += 1) days.push(isoDate(year, month, day));
  }
}

function time(label: string, run: (date: IsoDate) => unknown): number {
  let sink = 0;
  const start = performance.now();
  for (const date of days) if (run(date) !== undefined) sink += 1;
  const seconds = (performance.now() - start) / 1000;
  const rate = days.length / seconds;
  console.log(
    `${label.padEnd(34)} ${(seconds * 1000).toFixed(1).padStart(8)} ms  ${Math.round(rate).toLocaleString('en-US').padStart(12)} days/s  (${sink} results)`,
  );
  return rate;
}

console.log(
  `${days.length} days, ${LUNAR_RANGE.start} to ${LUNAR_RANGE.end}, Node ${process.version}`,
);
const cold = time('solar → lunar, first pass (cold)', (d) => toLunarDate(d).isOk() || undefined);
const rounds = 5;
let baseline = 0;
let lunar = 0;
for (let i = 0; i < rounds; i += 1) {
  baseline = Math.max(
    baseline,
    time('baseline: IsoDate → weekday', (d) => weekday(d)),
  );
  lunar = Math.max(
    lunar,
    time('solar → lunar (cached years)', (d) => toLunarDate(d).isOk() || undefined),
  );
}
console.log(`best baseline: ${Math.round(baseline).toLocaleString('en-US')} days/s`);
console.log(`best lunar:    ${Math.round(lunar).toLocaleString('en-US')} days/s`);
console.log(
  `lunar / baseline speed: ${(lunar / baseline).toFixed(2)}× (cold first pass: ${(cold / baseline).toFixed(2)}×)`,
);
