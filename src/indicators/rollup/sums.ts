// The first pass of a roll-up: each value of the period added into its cell, combined over time.
// One tight loop per lane: values of fixed places go straight to their place's cell; values of
// moving places to their segment's, looked up by month.
import type { IndexData } from './data-index.js';
import type { Lane } from './layout.js';
import { AVERAGE, LAST, MAX } from './months.js';
import type { Segments } from './segments.js';

// Local copies, read in the loops below.
const LAST_ = LAST;
const MAX_ = MAX;
const AVERAGE_ = AVERAGE;
const SUM_ = 0;
const NONE_ = 4;

/**
 * Per cell: the quantities combined over time, and reports counted. A fixed place's cells are
 * `place × indicators + indicator`; a moving place's segment `s` has the cells
 * `(places + s) × indicators + indicator`.
 */
export interface Sums {
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly reports: Int32Array;
}

/** What the loops of one lane read and write. */
interface Run {
  readonly index: IndexData;
  readonly sums: Sums;
  /** The first and last + 1 position of the lane's values in the period. */
  readonly lo: number;
  readonly hi: number;
}

/**
 * Combines a value into what is held for a cell. Values arrive in time order (the index orders
 * them by month, and a place's segments follow each other), so `last` keeps the latest.
 */
export function combine(aggregation: number, held: number, value: number, n: number) {
  if (aggregation === LAST_) return value;
  if (aggregation === MAX_) return n === 1 || value > held ? value : held;
  return held + value;
}

/** A quantity of one cell, finished: averages divided by their report count. */
export function finished(aggregation: number, raw: number, reports: number): number {
  return aggregation === AVERAGE_ ? raw / reports : raw;
}

function sumBoth({ index, sums, lo, hi }: Run): void {
  const { cell, numerator: n, denominator: d } = index;
  const { numerator, denominator, reports } = sums;
  for (let v = lo; v < hi; v++) {
    const k = cell[v] as number;
    reports[k] = (reports[k] as number) + 1;
    numerator[k] = (numerator[k] as number) + (n[v] as number);
    denominator[k] = (denominator[k] as number) + (d[v] as number);
  }
}

function sumOne({ index, sums, lo, hi }: Run): void {
  const { cell, numerator: n } = index;
  const { numerator, reports } = sums;
  for (let v = lo; v < hi; v++) {
    const k = cell[v] as number;
    reports[k] = (reports[k] as number) + 1;
    numerator[k] = (numerator[k] as number) + (n[v] as number);
  }
}

/*
 * Stocks: the values are read from the latest back, so that each cell is written once, by the
 * value that ends up in it (the last of the period), and only counted after that.
 */
function lastBoth({ index, sums, lo, hi }: Run): void {
  const { cell, numerator: n, denominator: d } = index;
  const { numerator, denominator, reports } = sums;
  for (let v = hi - 1; v >= lo; v--) {
    const k = cell[v] as number;
    const r = reports[k] as number;
    reports[k] = r + 1;
    if (r !== 0) continue;
    numerator[k] = n[v] as number;
    denominator[k] = d[v] as number;
  }
}

function lastOne({ index, sums, lo, hi }: Run): void {
  const { cell, numerator: n } = index;
  const { numerator, reports } = sums;
  for (let v = hi - 1; v >= lo; v--) {
    const k = cell[v] as number;
    const r = reports[k] as number;
    reports[k] = r + 1;
    if (r === 0) numerator[k] = n[v] as number;
  }
}

/** Any other pair of aggregations (max, average, or mixed). */
function anyFixed(run: Run, lane: Lane): void {
  const { index, sums, lo, hi } = run;
  const { cell, numerator: n, denominator: d } = index;
  const { numerator, denominator, reports } = sums;
  const { numAgg, denAgg } = lane;
  const withDenominator = denAgg !== NONE_;
  for (let v = lo; v < hi; v++) {
    const k = cell[v] as number;
    const r = (reports[k] as number) + 1;
    reports[k] = r;
    numerator[k] = combine(numAgg, numerator[k] as number, n[v] as number, r);
    if (withDenominator) {
      denominator[k] = combine(denAgg, denominator[k] as number, d[v] as number, r);
    }
  }
}

/** A lane of moving places: each value to its place's segment in its month. */
function moving(
  index: IndexData,
  sums: Sums,
  segs: Segments,
  lane: Lane,
  range: { l: number; a: number; b: number; from: number; months: number },
): void {
  const { cell, numerator: n, denominator: d, offsets, movingSlot } = index;
  const indicators = index.catalogue.length;
  const places = index.places.length;
  const { numerator, denominator, reports } = sums;
  const { numAgg, denAgg } = lane;
  const withDenominator = denAgg !== NONE_;
  for (let m = range.a; m < range.b; m++) {
    const inPeriod = index.firstMonth + m - range.from;
    const start = offsets[range.l * index.months + m] as number;
    const end = offsets[range.l * index.months + m + 1] as number;
    for (let v = start; v < end; v++) {
      const c = cell[v] as number;
      const p = Math.floor(c / indicators);
      const slot = movingSlot[p] as number;
      const seg = slot < 0 ? -1 : (segs.of[slot * range.months + inPeriod] as number);
      if (seg < 0) continue;
      const k = (places + seg) * indicators + (c - p * indicators);
      const r = (reports[k] as number) + 1;
      reports[k] = r;
      numerator[k] = combine(numAgg, numerator[k] as number, n[v] as number, r);
      if (withDenominator) {
        denominator[k] = combine(denAgg, denominator[k] as number, d[v] as number, r);
      }
    }
  }
}

/** The loop for a lane of fixed places. */
// Stryker disable BlockStatement,ConditionalExpression: the loop for any lane (anyFixed) gives the same sums, only slower
function fixedLoop(lane: Lane): ((run: Run) => void) | undefined {
  const { numAgg, denAgg } = lane;
  if (numAgg === SUM_ && denAgg === SUM_) return sumBoth;
  if (numAgg === SUM_ && denAgg === NONE_) return sumOne;
  if (numAgg === LAST_ && denAgg === LAST_) return lastBoth;
  if (numAgg === LAST_ && denAgg === NONE_) return lastOne;
  return undefined;
}
// Stryker restore BlockStatement,ConditionalExpression

/** Zeroed sums of `cells` cells: the index's working arrays when they are large enough. */
function sumsFor(index: IndexData, cells: number): Sums {
  const held = index.scratch.sums;
  // Stryker disable next-line BlockStatement: without the working arrays, fresh zeroed ones are made, with the same sums
  if (held !== undefined && held.reports.length >= cells) {
    held.numerator.fill(0, 0, cells);
    held.denominator.fill(0, 0, cells);
    held.reports.fill(0, 0, cells);
    return held;
  }
  const sums: Sums = {
    numerator: new Float64Array(cells),
    denominator: new Float64Array(cells),
    reports: new Int32Array(cells),
  };
  index.scratch.sums = sums;
  return sums;
}

/** Adds the values of the `months` months from month `from` into their cells. */
export function accumulate(index: IndexData, from: number, months: number, segs: Segments): Sums {
  const indicators = index.catalogue.length;
  const cells = (index.places.length + segs.count) * indicators;
  const sums = sumsFor(index, cells);
  const a = Math.max(0, Math.min(index.months, from - index.firstMonth));
  const b = Math.max(0, Math.min(index.months, from + months - index.firstMonth));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a > b cannot occur, and a = b (no month in the index's range) leaves every lane's loop empty
  if (a >= b) return sums;
  index.lanes.forEach((lane, l) => {
    if (lane.span > months) return;
    const lo = index.offsets[l * index.months + a] as number;
    const hi = index.offsets[l * index.months + b] as number;
    // Stryker disable next-line ConditionalExpression: a lane without values in the months adds nothing
    if (lo === hi) return;
    if (lane.moving) {
      moving(index, sums, segs, lane, { l, a, b, from, months });
      return;
    }
    const run = { index, sums, lo, hi };
    const loop = fixedLoop(lane);
    // Stryker disable next-line ConditionalExpression: the loop for any lane (anyFixed) gives the same sums, only slower
    if (loop) loop(run);
    else anyFixed(run, lane);
  });
  return sums;
}
