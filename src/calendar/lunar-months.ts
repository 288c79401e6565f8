/**
 * The months of the lunar calendar, built from the table of new moons and major solar terms
 * (`lunar-table.ts`) for one way of reckoning days. Internal: the public API is in `lunar.ts`.
 *
 * Nothing is computed when the module loads. The first conversion in a reckoning decodes the
 * table once (about 5,000 moments) into two flat arrays, one entry a lunation: the day it begins
 * and its label (lunar year, month, leap). A conversion is then a few array reads.
 */
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
} from './lunar-encoding.js';
import { FIRST_LUNATION, LAST_LUNATION, MAJOR_TERMS, NEW_MOONS } from './lunar-table.js';

const DAY = 86400;
const NEW_MOONS_PER_ROW = 32;
const LUNATIONS = LAST_LUNATION - FIRST_LUNATION + 1;
const MEAN_MONTH_DAYS = 29.530588861;

/**
 * How days are reckoned: the offset from UTC, in seconds, in force from each moment on (UT
 * seconds from 2000-01-01), and the months built for it.
 */
export interface Reckoning {
  readonly from: readonly number[];
  readonly offsets: readonly number[];
  months?: Months;
}

/** The months of a reckoning, one entry a lunation (index 0 is lunation FIRST_LUNATION). */
interface Months {
  /** The Julian Day Number of its first day. */
  readonly starts: Int32Array;
  /** year × 32 + month × 2 + (leap ? 1 : 0); 0 where outside the table's years. */
  readonly labels: Int32Array;
}

/** A reckoning of days at one or more offsets (seconds east of UTC) from given moments on. */
export function reckoning(from: readonly number[], offsets: readonly number[]): Reckoning {
  return { from, offsets };
}

let moments: { newMoons: Float64Array; terms: Float64Array } | undefined;

/** Decodes the whole table into moments (seconds of UT from 2000-01-01), once. */
function table(): { newMoons: Float64Array; terms: Float64Array } {
  if (moments !== undefined) return moments;
  const digits = new Int8Array(128);
  for (let i = 0; i < 64; i += 1) digits[ALPHABET.charCodeAt(i)] = i;
  const read = (text: string, at: number, width: number): number => {
    let value = 0;
    for (let i = 0; i < width; i += 1) value = value * 64 + (digits[text.charCodeAt(at + i)] ?? 0);
    return value;
  };
  const newMoons = new Float64Array(LUNATIONS);
  for (let i = 0; i < LUNATIONS; i += 1) {
    const row = NEW_MOONS[Math.floor(i / NEW_MOONS_PER_ROW)] ?? '';
    newMoons[i] =
      read(row, (i % NEW_MOONS_PER_ROW) * 3, 3) - NEW_MOON_BIAS + meanNewMoon(i + FIRST_LUNATION);
  }
  const terms = new Float64Array((TERMS_LAST_YEAR - TERMS_FIRST_YEAR + 1) * 12);
  for (let y = 0; y <= TERMS_LAST_YEAR - TERMS_FIRST_YEAR; y += 1) {
    const row = MAJOR_TERMS[y] ?? '';
    let moment = read(row, 0, 4) - TERM_FIRST_BIAS + meanTerm(y + TERMS_FIRST_YEAR, 0);
    terms[y * 12] = moment;
    for (let i = 1; i < 12; i += 1) {
      moment += read(row, 1 + i * 3, 3) - TERM_BIAS + MEAN_TERM_INTERVAL;
      terms[y * 12 + i] = moment;
    }
  }
  moments = { newMoons, terms };
  return moments;
}

/** The day (Julian Day Number) on which a moment falls, as the reckoning counts days. */
function dayOf(reckoning: Reckoning, moment: number): number {
  const { from, offsets } = reckoning;
  let offset = offsets[0] ?? 0;
  for (let i = 1; i < from.length; i += 1) {
    if (moment < (from[i] ?? 0)) break;
    offset = offsets[i] ?? offset;
  }
  return Math.floor((moment + offset) / DAY) + REFERENCE_DAY;
}

/** The index of the lunation whose month holds a day: its first day on or before, the next after. */
function indexOf(starts: Int32Array, day: number): number {
  let i = Math.floor((day - (starts[0] ?? 0)) / MEAN_MONTH_DAYS);
  if (i < 0) return -1;
  if (i > LUNATIONS - 1) i = LUNATIONS - 1;
  while (i + 1 < LUNATIONS && (starts[i + 1] ?? 0) <= day) i += 1;
  while (i > 0 && (starts[i] ?? 0) > day) i -= 1;
  return i;
}

/**
 * Builds the months: each begins on the day of its new moon; month 11 holds the December
 * solstice; when 13 months lie between two months 11, the first with no major solar term is
 * the leap month, numbered as the month before it.
 */
function build(reckoning: Reckoning): Months {
  const { newMoons, terms } = table();
  const starts = new Int32Array(LUNATIONS);
  for (let i = 0; i < LUNATIONS; i += 1) starts[i] = dayOf(reckoning, newMoons[i] ?? 0);
  const labels = new Int32Array(LUNATIONS);
  const termDay = (year: number, index: number): number =>
    dayOf(reckoning, terms[(year - TERMS_FIRST_YEAR) * 12 + index] ?? 0);
  let month11 = indexOf(starts, termDay(TERMS_FIRST_YEAR, 11));
  for (let year = TERMS_FIRST_YEAR; year < TERMS_LAST_YEAR; year += 1) {
    const next11 = indexOf(starts, termDay(year + 1, 11));
    let leapAt = -1;
    if (next11 - month11 === 13) {
      for (let i = month11 + 1; i < next11 && leapAt < 0; i += 1) {
        const start = starts[i] ?? 0;
        const end = starts[i + 1] ?? 0;
        let holdsTerm = false;
        for (let t = 0; t < 11 && !holdsTerm; t += 1) {
          const day = termDay(year + 1, t);
          holdsTerm = day >= start && day < end;
        }
        if (!holdsTerm) leapAt = i;
      }
    }
    let number = 10;
    for (let i = month11; i < next11; i += 1) {
      const leap = i === leapAt;
      if (!leap) number = (number % 12) + 1;
      labels[i] = (number >= 11 ? year : year + 1) * 32 + number * 2 + (leap ? 1 : 0);
    }
    month11 = next11;
  }
  return { starts, labels };
}

function monthsOf(reckoning: Reckoning): Months {
  reckoning.months ??= build(reckoning);
  return reckoning.months;
}

/** A lunar month: its label's parts, its first day and length, and its new moon. */
export interface MonthInfo {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  /** Julian Day Number of its first day. */
  readonly start: number;
  /** 29 or 30. */
  readonly days: number;
  /** Index of its lunation in the table. */
  readonly index: number;
}

function info(months: Months, index: number): MonthInfo | undefined {
  const label = months.labels[index] ?? 0;
  const start = months.starts[index] ?? 0;
  const next = months.starts[index + 1];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a lunation without a label or a next one is outside the years asked for (never reached from 1900–2100: each of those months has a label and a next month)
  if (label === 0 || next === undefined) return undefined;
  return {
    year: Math.floor(label / 32),
    month: (label >> 1) & 15,
    leap: (label & 1) === 1,
    start,
    days: next - start,
    index,
  };
}

/** The month holding a day (Julian Day Number) in a reckoning, or undefined outside the table. */
export function lunarDateOf(reckoning: Reckoning, day: number): MonthInfo | undefined {
  const months = monthsOf(reckoning);
  const index = indexOf(months.starts, day);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: info gives undefined for index -1 and 0 too (no label there)
  return index < 0 ? undefined : info(months, index);
}

/** The month with a given label, or undefined if the reckoning has no such month. */
export function findMonth(
  reckoning: Reckoning,
  year: number,
  month: number,
  leap: boolean,
): MonthInfo | undefined {
  const { labels } = monthsOf(reckoning);
  const wanted = year * 32 + month * 2 + (leap ? 1 : 0);
  let low = 0;
  // Stryker disable next-line ArithmeticOperator: the labels past the last lunation read as 0, below every wanted label
  let high = LUNATIONS - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const label = labels[middle] ?? 0;
    if (label === wanted) return info(monthsOf(reckoning), middle);
    // Stryker disable next-line EqualityOperator: an equal label has returned above
    if (label < wanted) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** The months of lunar year `year`, in order. */
export function monthsOfYear(reckoning: Reckoning, year: number): MonthInfo[] {
  const first = findMonth(reckoning, year, 1, false);
  const result: MonthInfo[] = [];
  // Stryker disable next-line ConditionalExpression: every lunar year 1900–2100 (the only ones lunarYear asks for) has a month 1
  if (first === undefined) return result;
  const months = monthsOf(reckoning);
  // Stryker disable next-line EqualityOperator: info gives undefined past the last lunation, which ends the loop
  for (let i = first.index; i < LUNATIONS; i += 1) {
    const month = info(months, i);
    // Stryker disable next-line ConditionalExpression: the months of 2100 end before the table does, so the year changes first
    if (month === undefined || month.year !== year) break;
    result.push(month);
  }
  return result;
}

/** Whether a month's first day could change within the uncertainty of ΔT. */
export function isProvisional(reckoning: Reckoning, month: MonthInfo): boolean {
  const moment = table().newMoons[month.index] ?? 0;
  const margin = deltaTUncertainty(2000 + moment / DAY / 365.2425);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no margin both moments fall on the same day
  return margin > 0 && dayOf(reckoning, moment - margin) !== dayOf(reckoning, moment + margin);
}
