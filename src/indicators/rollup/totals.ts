import { type Indicator, UNIT_SCALE } from '../definition.js';
// The totals of a roll-up: per result row and indicator, sums and completeness counts.
/**
 * Per result row and indicator (`row × indicators + indicator`): sums and completeness counts.
 * Rows are the places results are computed for (`rowOf`, −1 for the others).
 */
export interface Totals {
  readonly rowOf: Int32Array;
  readonly present: Uint8Array;
  readonly data: Uint8Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly expected: Int32Array;
  readonly reported: Int32Array;
  readonly expectedReports: Int32Array;
  readonly actualReports: Int32Array;
  readonly missing: Map<number, string[]>;
}

export function totals(size: number, rowOf: Int32Array): Totals {
  return {
    rowOf,
    present: new Uint8Array(size),
    data: new Uint8Array(size),
    numerator: new Float64Array(size),
    denominator: new Float64Array(size),
    expected: new Int32Array(size),
    reported: new Int32Array(size),
    expectedReports: new Int32Array(size),
    actualReports: new Int32Array(size),
    missing: new Map(),
  };
}

/** Records a reporting place that did not report in full, at cell `q`. */
export function missing(t: Totals, q: number, id: string): void {
  const list = t.missing.get(q);
  if (list) list.push(id);
  else t.missing.set(q, [id]);
}

/** Counts one expected reporting place (complete or not) at cell `q`. */
export function countPlace(t: Totals, q: number, complete: boolean, id: string): void {
  t.present[q] = 1;
  t.expected[q] = (t.expected[q] as number) + 1;
  if (complete) t.reported[q] = (t.reported[q] as number) + 1;
  else missing(t, q, id);
}

/** The value of a result: numerator ÷ denominator × the unit's scale, or the numerator. */
export function resultValue(
  indicator: Indicator,
  data: boolean,
  numerator: number,
  denominator: number,
): number | null {
  const scale = UNIT_SCALE[indicator.unit];
  if (!data) return null;
  if (scale === undefined) return numerator;
  return denominator === 0 ? null : (numerator / denominator) * scale;
}
