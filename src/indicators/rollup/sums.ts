// The first pass of a roll-up: each value added into its segment, combined over time.

import type { IndexData } from './data-index.js';
import { AGGREGATION, AVERAGE, LAST, MAX, MONTHS } from './months.js';
import type { Segments } from './segments.js';

/** Per segment and indicator: the quantities combined over time, and reports counted. */
export interface Sums {
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly reports: Int32Array;
}

export function accumulate(index: IndexData, from: number, months: number, segs: Segments): Sums {
  const indicators = index.catalogue.length;
  const cells = segs.count * indicators;
  const sums: Sums = {
    numerator: new Float64Array(cells),
    denominator: new Float64Array(cells),
    reports: new Int32Array(cells),
  };
  const numAgg = Int32Array.from(
    index.catalogue,
    (i) => AGGREGATION[i.numerator?.aggregation ?? 'sum'],
  );
  const denAgg = Int32Array.from(
    index.catalogue,
    (i) => AGGREGATION[i.denominator?.aggregation ?? 'sum'],
  );
  const span = Int32Array.from(index.catalogue, (i) => MONTHS[i.periodKind]);
  const lo = Math.max(0, Math.min(index.offsets.length - 1, from - index.firstMonth));
  const hi = Math.max(0, Math.min(index.offsets.length - 1, from + months - index.firstMonth));
  const { indicator, place, month, numerator, denominator, offsets } = index;
  const { of } = segs;
  const { fixedSegment } = index;
  const { numerator: num, denominator: den, reports } = sums;
  const end = offsets[hi] as number;
  for (let v = offsets[lo] as number; v < end; v++) {
    const i = indicator[v] as number;
    if ((span[i] as number) > months) continue;
    const m = (month[v] as number) - from;
    const p = place[v] as number;
    const fixedSeg = fixedSegment[p] as number;
    const seg = fixedSeg >= 0 ? fixedSeg : (of[p * months + m] as number);
    if (seg < 0) continue;
    const k = seg * indicators + i;
    const reported = (reports[k] as number) + 1;
    reports[k] = reported;
    num[k] = combine(numAgg[i] as number, num[k] as number, numerator[v] as number, reported);
    den[k] = combine(denAgg[i] as number, den[k] as number, denominator[v] as number, reported);
  }
  return sums;
}

/**
 * Combines a value into what is held for a cell. Values arrive in time order (the index orders
 * them by month, and a place's segments follow each other), so `last` keeps the latest.
 */
export function combine(aggregation: number, held: number, value: number, n: number) {
  switch (aggregation) {
    case LAST:
      return value;
    case MAX:
      return n === 1 || value > held ? value : held;
    default:
      return held + value;
  }
}

/** A quantity of one segment, finished: averages divided by their report count. */
export function finished(aggregation: number, raw: number, reports: number): number {
  return aggregation === AVERAGE ? raw / reports : raw;
}
