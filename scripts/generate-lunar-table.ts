/**
 * Generates `src/calendar/lunar-table.ts`: the moments of every new moon and every major solar
 * term from December 1898 to January 2102, to the second, from the Swiss Ephemeris with its
 * data files (which reproduce the JPL ephemeris DE431 to about 0.001″), with ΔT (TT − UT) as the
 * Swiss Ephemeris gives it (observed values up to the present, its extrapolation after).
 *
 * The ephemeris is not a dependency of the project (it is only needed to regenerate the table,
 * which is checked in). Regenerate with:
 *
 * ```sh
 * npm install --no-save swisseph-wasm@0.1.0
 * npx tsx scripts/generate-lunar-table.ts
 * npx biome check --write src/calendar/lunar-table.ts
 * ```
 *
 * `swisseph-wasm` is the Swiss Ephemeris 2.10 compiled to WebAssembly with its data files
 * `sepl_18.se1` and `semo_18.se1` (1800–2400); nothing is built on the machine. The script stops
 * if the ephemeris falls back to its lower-precision analytic mode (Moshier).
 *
 * Definitions (those of the Chinese standard GB/T 33661-2017 and of the Vietnamese calendar): a
 * new moon is the moment the apparent geocentric ecliptic longitudes of the Moon and the Sun are
 * equal; a major solar term (trung khí) is the moment the Sun's apparent geocentric longitude is a
 * multiple of 30°; both referred to the true equinox of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newMoon as meeusNewMoon } from '../src/calendar/astronomy.js';
import {
  ALPHABET,
  deltaTUncertainty,
  MEAN_TERM_INTERVAL,
  meanNewMoon,
  meanTerm,
  NEW_MOON_BIAS,
  REFERENCE_DAY,
  TERM_BIAS,
  TERM_FIRST_BIAS,
  TERMS_FIRST_YEAR,
  TERMS_LAST_YEAR,
} from '../src/calendar/lunar-encoding.js';

interface SwissEph {
  initSwissEph(): Promise<void>;
  version(): string;
  deltat(jdUt: number): number;
  SweModule: {
    _malloc(bytes: number): number;
    _free(pointer: number): void;
    ccall(name: string, ret: string, types: string[], args: unknown[]): number;
    HEAPF64: Float64Array;
    UTF8ToString(pointer: number): string;
  };
}

const SEFLG_SWIEPH = 2;
const SEFLG_SPEED = 256;
const SE_SUN = 0;
const SE_MOON = 1;
const J2000 = 2451545;

const specifier: string = 'swisseph-wasm';
const { default: SwissEphClass } = (await import(specifier)) as { default: new () => SwissEph };
const swe = new SwissEphClass();
await swe.initSwissEph();
const module = swe.SweModule;

/** Apparent longitude and its speed (degrees, degrees/day) at a Julian Ephemeris Day (TT). */
function position(jdTt: number, body: number): [number, number] {
  const result = module._malloc(48);
  const error = module._malloc(256);
  const flag = module.ccall(
    'swe_calc',
    'number',
    ['number', 'number', 'number', 'pointer', 'pointer'],
    [jdTt, body, SEFLG_SWIEPH | SEFLG_SPEED, result, error],
  );
  const values = module.HEAPF64.slice(result / 8, result / 8 + 6);
  const message = module.UTF8ToString(error);
  module._free(result);
  module._free(error);
  if (flag < 0 || (flag & SEFLG_SWIEPH) === 0) {
    throw new Error(`The Swiss Ephemeris data files were not used (${flag}): ${message}`);
  }
  return [values[0] ?? Number.NaN, values[3] ?? Number.NaN];
}

function wrap(degrees: number): number {
  return ((((degrees + 180) % 360) + 360) % 360) - 180;
}

/** Newton's method on a function of TT in degrees, returning TT when it is zero. */
function solve(guess: number, f: (jd: number) => [number, number]): number {
  let jd = guess;
  for (let i = 0; i < 50; i += 1) {
    const [value, speed] = f(jd);
    const step = value / speed;
    jd -= step;
    if (Math.abs(step) < 1e-8) return jd;
  }
  throw new Error(`no convergence near JD ${guess}`);
}

/** TT → UT with the Swiss Ephemeris ΔT (which takes UT: iterate). */
function toUt(jdTt: number): number {
  let ut = jdTt - swe.deltat(jdTt);
  for (let i = 0; i < 3; i += 1) ut = jdTt - swe.deltat(ut);
  return ut;
}

/** Seconds of UT since 2000-01-01 00:00 UT, floored: the day of an event at any whole-second offset is exact. */
function seconds(jdUt: number): number {
  return Math.floor((jdUt - (J2000 - 0.5)) * 86400 + 1e-7);
}

function newMoonSeconds(k: number): number {
  const tt = solve(meeusNewMoon(k) + 70 / 86400, (jd) => {
    const [moon, moonSpeed] = position(jd, SE_MOON);
    const [sun, sunSpeed] = position(jd, SE_SUN);
    return [wrap(moon - sun), moonSpeed - sunSpeed];
  });
  return seconds(toUt(tt));
}

function termSeconds(year: number, index: number): number {
  const longitude = (300 + 30 * index) % 360;
  const guess = J2000 - 0.5 + meanTerm(year, index) / 86400;
  const tt = solve(guess, (jd) => {
    const [sun, speed] = position(jd, SE_SUN);
    return [wrap(sun - longitude), speed];
  });
  return seconds(toUt(tt));
}

function encode(value: number, width: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < width; i += 1) {
    text = (ALPHABET[rest % 64] ?? '') + text;
    rest = Math.floor(rest / 64);
  }
  if (rest !== 0 || value < 0) throw new Error(`${value} does not fit in ${width} characters`);
  return text;
}

// New moons: every lunation from the one before the December solstice of 1898 to January 2102.
const firstLunation = Math.floor(((1898 - 2000) * 365.2422 - 30) / 29.530588861) - 1;
const lastLunation = Math.ceil(((2102 - 2000) * 365.2422 + 40) / 29.530588861);
const newMoons: number[] = [];
const newMoonRows: string[] = [];
let row = '';
for (let k = firstLunation; k <= lastLunation; k += 1) {
  const s = newMoonSeconds(k);
  newMoons.push(s);
  row += encode(s - meanNewMoon(k) + NEW_MOON_BIAS, 3);
  if (row.length === 96) {
    newMoonRows.push(row);
    row = '';
  }
}
if (row) newMoonRows.push(row);

// Major solar terms: for each year, Z12 (300°, about 20 January) … Z11 (270°, the December
// solstice); the first as an offset from its mean, the others as differences from the previous.
const terms: number[][] = [];
const termRows: string[] = [];
for (let year = TERMS_FIRST_YEAR; year <= TERMS_LAST_YEAR; year += 1) {
  const moments: number[] = [];
  let text = '';
  for (let i = 0; i < 12; i += 1) {
    const s = termSeconds(year, i);
    const previous = moments[i - 1];
    text +=
      previous === undefined
        ? encode(s - meanTerm(year, 0) + TERM_FIRST_BIAS, 4)
        : encode(s - previous - MEAN_TERM_INTERVAL + TERM_BIAS, 3);
    moments.push(s);
  }
  terms.push(moments);
  termRows.push(text);
}

// Months whose first day depends on the unknown future ΔT: the new moon is closer to a midnight
// than the uncertainty of ΔT in its year, at UTC+7 or UTC+8.
interface Provisional {
  offset: number;
  start: number;
  alternative: number;
  newMoon: string;
  margin: number;
}
const provisional: Provisional[] = [];
for (const s of newMoons) {
  const year = 2000 + s / 86400 / 365.2425;
  const margin = deltaTUncertainty(year);
  for (const offset of [7, 8]) {
    const local = s + offset * 3600;
    const intoDay = local - Math.floor(local / 86400) * 86400;
    const day = REFERENCE_DAY + Math.floor(local / 86400);
    if (intoDay < margin) {
      provisional.push({ offset, start: day, alternative: day - 1, newMoon: iso(s), margin });
    } else if (86400 - intoDay <= margin) {
      provisional.push({ offset, start: day, alternative: day + 1, newMoon: iso(s), margin });
    }
  }
}

// A major solar term closer to a midnight than that uncertainty changes nothing unless a month
// begins on its day or the next: then the month holding it (and so month 11 or the leap month)
// could change. None does in 1900–2100; the script stops if a new table says otherwise.
const starts = new Set<string>();
for (const s of newMoons)
  for (const offset of [7, 8]) starts.add(`${offset}:${Math.floor((s + offset * 3600) / 86400)}`);
for (const moments of terms) {
  for (const s of moments) {
    const margin = deltaTUncertainty(2000 + s / 86400 / 365.2425);
    for (const offset of [7, 8]) {
      const local = s + offset * 3600;
      const day = Math.floor(local / 86400);
      const intoDay = local - day * 86400;
      if (intoDay >= margin && 86400 - intoDay > margin) continue;
      const neighbour = intoDay < margin ? day - 1 : day + 1;
      for (const d of [day, neighbour, Math.max(day, neighbour)]) {
        if (starts.has(`${offset}:${d}`)) {
          throw new Error(`solar term ${iso(s)} near midnight at UTC+${offset} next to a new moon`);
        }
      }
    }
  }
}

function iso(s: number): string {
  return new Date(Date.UTC(2000, 0, 1) + s * 1000).toISOString().replace('.000Z', 'Z');
}

function isoDay(jdn: number): string {
  return new Date(Date.UTC(2000, 0, 1) + (jdn - REFERENCE_DAY) * 86400000)
    .toISOString()
    .slice(0, 10);
}

const provisionalLines = provisional
  .map(
    (p) =>
      `  /* @__PURE__ */ Object.freeze({ timeZoneOffset: ${p.offset}, start: '${isoDay(p.start)}', alternative: '${isoDay(p.alternative)}', newMoon: '${p.newMoon}', uncertainty: ${Math.round(p.margin)} }),`,
  )
  .join('\n');

const source = `// Generated by scripts/generate-lunar-table.ts from the Swiss Ephemeris ${swe.version()} (JPL DE431
// data files). Do not edit: regenerate (the command is in the script's header). Internal: the
// public API is in lunar.ts.
import type { ProvisionalLunarMonth } from './lunar.js';

/** Index of the first lunation in {@link NEW_MOONS} (0 is the new moon of 6 January 2000). */
export const FIRST_LUNATION = ${firstLunation};

/** Index of the last lunation in {@link NEW_MOONS}. */
export const LAST_LUNATION = ${lastLunation};

/**
 * Every new moon from lunation {@link FIRST_LUNATION}: three characters each, its moment in
 * seconds of UT since 2000-01-01 00:00 UT less its mean moment (\`meanNewMoon\`), biased.
 */
export const NEW_MOONS: readonly string[] = [
${newMoonRows.map((r) => `  '${r}',`).join('\n')}
];

/**
 * The twelve major solar terms of each year from ${TERMS_FIRST_YEAR} to ${TERMS_LAST_YEAR}, one row a year: Z12 (300°,
 * about 20 January) as four characters (seconds less its mean, biased), then Z1 … Z11 (the
 * December solstice) as three characters each (the interval from the previous one less the mean
 * interval, biased).
 */
export const MAJOR_TERMS: readonly string[] = [
${termRows.map((r) => `  '${r}',`).join('\n')}
];

/** The months of 1900–2100 whose first day depends on future ΔT, at UTC+7 and UTC+8. */
export const PROVISIONAL_MONTHS: readonly ProvisionalLunarMonth[] = /* @__PURE__ */ Object.freeze([
${provisionalLines}
]);
`;

writeFileSync(join(import.meta.dirname, '..', 'src', 'calendar', 'lunar-table.ts'), source);
console.log(
  `${newMoons.length} new moons (lunations ${firstLunation}…${lastLunation}), ${terms.length * 12} major terms; provisional months:`,
);
for (const p of provisional) {
  console.log(
    `  UTC+${p.offset}: ${isoDay(p.start)} (or ${isoDay(p.alternative)}), new moon ${p.newMoon}, ΔT ±${Math.round(p.margin)} s`,
  );
}
