// The second pass of a roll-up: each reporting place's result, and the sums and completeness of
// every place above it. Fixed places gather per group (places with the same ancestors) in one
// tight loop, then each group is spread to its ancestors; moving places go to each ancestor
// they had (moving.ts).
import type { Catalogue, Indicator } from '../definition.js';
import type { IndexData } from './data-index.js';
import { AGGREGATION, AVERAGE, KIND_SPANS, MONTHS } from './months.js';
import { movingPlace } from './moving.js';
import type { Segments } from './segments.js';
import type { Sums } from './sums.js';
import { countPlace, missing, type Totals, totals } from './totals.js';

const AVERAGE_ = AVERAGE;

/** What {@link measure} needs to know of each indicator, as typed arrays. */
export interface MeasurePlan {
  readonly numAgg: Int32Array;
  readonly denAgg: Int32Array;
  /** Per indicator: 1 when its numerator (denominator) is an average over time. */
  readonly averageNum: Uint8Array;
  readonly averageDen: Uint8Array;
  /** Per indicator: reports a fixed place owes in the period (months ÷ the kind's span). */
  readonly expected: Int32Array;
  /** Per indicator: the offset of its period kind in `Segments.expected`. */
  readonly kindOffset: Int32Array;
  /** The measured indicators that nest in the period, per level code (0 village, 1 commune). */
  readonly byLevel: readonly [Int32Array, Int32Array];
}

function measurePlan(catalogue: Catalogue, months: number, segs: Segments): MeasurePlan {
  const measuredAt = (level: Indicator['collectedAt']) =>
    Int32Array.from(
      catalogue.flatMap((indicator, i) =>
        !indicator.villagesMeeting &&
        indicator.collectedAt === level &&
        MONTHS[indicator.periodKind] <= months
          ? [i]
          : [],
      ),
    );
  // Stryker disable next-line StringLiteral: an unknown name gives undefined, stored as 0, the code of 'sum'
  const numAgg = Int32Array.from(catalogue, (i) => AGGREGATION[i.numerator?.aggregation ?? 'sum']);
  const denAgg = Int32Array.from(
    catalogue,
    // Stryker disable next-line StringLiteral: an unknown name gives undefined, stored as 0, the code of 'sum'
    (i) => AGGREGATION[i.denominator?.aggregation ?? 'sum'],
  );
  return {
    numAgg,
    denAgg,
    averageNum: Uint8Array.from(numAgg, (a) => (a === AVERAGE_ ? 1 : 0)),
    averageDen: Uint8Array.from(denAgg, (a) => (a === AVERAGE_ ? 1 : 0)),
    expected: Int32Array.from(catalogue, (i) => Math.floor(months / MONTHS[i.periodKind])),
    kindOffset: Int32Array.from(
      catalogue,
      (i) => KIND_SPANS.indexOf(MONTHS[i.periodKind]) * segs.count,
    ),
    byLevel: [measuredAt('village'), measuredAt('commune')],
  };
}

/** Per group of fixed places and indicator: what its places add up to. */
interface GroupTotals {
  readonly data: Uint8Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly reported: Int32Array;
  readonly actualReports: Int32Array;
  readonly missing: Map<number, number[]>;
}

/** What the second pass works with. */
export interface Pass {
  readonly index: IndexData;
  readonly segs: Segments;
  readonly sums: Sums;
  readonly plan: MeasurePlan;
  /** The totals of the result rows. */
  readonly t: Totals;
  /** Whether reporting places of each level (village, commune) have rows of their own. */
  readonly ownRows: readonly [boolean, boolean];
}

/**
 * The result rows: every ancestor of a group, then the reporting places that need their own
 * (−1 for the other places).
 */
function resultRows(index: IndexData, segs: Segments, ownRows: readonly [boolean, boolean]) {
  const rowOf = new Int32Array(index.places.length).fill(-1);
  let rows = 0;
  for (const chain of segs.groupChains) {
    for (const a of chain) if (rowOf[a] === -1) rowOf[a] = rows++;
  }
  index.fixedUnits.forEach((units, level) => {
    if (!ownRows[level]) return;
    for (const p of units) if (rowOf[p] === -1) rowOf[p] = rows++;
  });
  index.moving.forEach((p, slot) => {
    // Stryker disable next-line OptionalChaining: p is a place of the index
    const level = index.places[p]?.level === 'village' ? 0 : 1;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a row more is measured, then left out of the results
    if ((segs.segCount[slot] as number) > 0 && ownRows[level] && rowOf[p] === -1) {
      rowOf[p] = rows++;
    }
  });
  return { rowOf, rows };
}

/**
 * Finishes the measured indicators: each reporting place's own result (its values combined
 * over time), then the sums and completeness of every place above it.
 */
export function measure(
  index: IndexData,
  segs: Segments,
  sums: Sums,
  months: number,
  ownRows: readonly [boolean, boolean],
): Totals {
  const indicators = index.catalogue.length;
  const { rowOf, rows } = resultRows(index, segs, ownRows);
  const pass: Pass = {
    index,
    segs,
    sums,
    plan: measurePlan(index.catalogue, months, segs),
    t: totals(rows * indicators, rowOf),
    ownRows,
  };
  const size = index.groupChains.length * indicators;
  const g: GroupTotals = {
    data: new Uint8Array(size),
    numerator: new Float64Array(size),
    denominator: new Float64Array(size),
    reported: new Int32Array(size),
    actualReports: new Int32Array(size),
    missing: new Map(),
  };
  fixedPlaces(pass, g, 0);
  fixedPlaces(pass, g, 1);
  spreadGroups(pass, g);
  index.moving.forEach((p, slot) => {
    if ((segs.segCount[slot] as number) === 0) return;
    // Stryker disable next-line OptionalChaining: p is a place of the index
    const active = pass.plan.byLevel[index.places[p]?.level === 'village' ? 0 : 1];
    for (const i of active) movingPlace(pass, slot, i);
  });
  return pass.t;
}

/**
 * The fixed places of a level, group by group: per indicator, the group's places that reported
 * in full, its reports and its quantities summed (each place's first finished over time); and
 * each place's own row when it has one.
 */
function fixedPlaces(pass: Pass, g: GroupTotals, level: 0 | 1): void {
  const { index, sums, plan } = pass;
  const active = plan.byLevel[level];
  const units = index.fixedUnits[level];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: without indicators or places the loops below do nothing
  if (active.length === 0 || units.length === 0) return;
  const start = index.groupStart[level];
  const indicators = index.catalogue.length;
  const { numerator: sn, denominator: sd, reports } = sums;
  const { expected, averageNum, averageDen } = plan;
  // Stryker disable next-line EqualityOperator: one group past the last has no places and writes past the arrays' end
  for (let group = 0; group < index.groupChains.length; group++) {
    const lo = start[group] as number;
    const hi = start[group + 1] as number;
    // Stryker disable next-line ConditionalExpression: a group without places of the level adds zeros
    if (lo === hi) continue;
    // Stryker disable next-line EqualityOperator: one indicator past the last writes past the arrays' end
    for (let j = 0; j < active.length; j++) {
      const i = active[j] as number;
      const e = expected[i] as number;
      const a = group * indicators + i;
      let complete = 0;
      let total = 0;
      let n = 0;
      let d = 0;
      if (averageNum[i] === 0 && averageDen[i] === 0) {
        for (let u = lo; u < hi; u++) {
          const p = units[u] as number;
          const k = p * indicators + i;
          const r = reports[k] as number;
          if (r >= e) complete++;
          else missing(g.missing, a, p);
          total += r;
          n += sn[k] as number;
          d += sd[k] as number;
        }
      } else {
        for (let u = lo; u < hi; u++) {
          const p = units[u] as number;
          const k = p * indicators + i;
          const r = reports[k] as number;
          if (r >= e) complete++;
          else missing(g.missing, a, p);
          if (r === 0) continue;
          total += r;
          n += averageNum[i] === 1 ? (sn[k] as number) / r : (sn[k] as number);
          d += averageDen[i] === 1 ? (sd[k] as number) / r : (sd[k] as number);
        }
      }
      g.reported[a] = complete;
      g.actualReports[a] = total;
      g.data[a] = total > 0 ? 1 : 0;
      g.numerator[a] = n;
      g.denominator[a] = d;
    }
  }
  // Stryker disable next-line ConditionalExpression: places without a row of their own write past the arrays' start
  if (pass.ownRows[level]) for (const p of units) ownRow(pass, p, active);
}

/** The own row of a fixed place: its values combined over the period. */
function ownRow(pass: Pass, p: number, active: Int32Array): void {
  const { index, sums, plan, t } = pass;
  const indicators = index.catalogue.length;
  const row = (t.rowOf[p] as number) * indicators;
  // Stryker disable next-line EqualityOperator: one indicator past the last writes past the arrays' end
  for (let j = 0; j < active.length; j++) {
    const i = active[j] as number;
    const k = p * indicators + i;
    const q = row + i;
    const r = sums.reports[k] as number;
    const expected = plan.expected[i] as number;
    countPlace(t, q, r >= expected, p);
    t.data[q] = r > 0 ? 1 : 0;
    const n = sums.numerator[k] as number;
    const d = sums.denominator[k] as number;
    // Stryker disable next-line EqualityOperator: without reports the result has no data, whatever its numerator
    t.numerator[q] = r > 0 && plan.averageNum[i] === 1 ? n / r : n;
    // Stryker disable next-line EqualityOperator: without reports the result has no data, whatever its denominator
    t.denominator[q] = r > 0 && plan.averageDen[i] === 1 ? d / r : d;
    t.expectedReports[q] = expected;
    t.actualReports[q] = r;
  }
}

/** Adds each group's totals to every ancestor of the group. */
function spreadGroups({ index, plan, t }: Pass, g: GroupTotals): void {
  const indicators = index.catalogue.length;
  const active = new Uint8Array(indicators);
  for (const list of plan.byLevel) for (const i of list) active[i] = 1;
  index.groupChains.forEach((chain, group) => {
    for (let i = 0; i < indicators; i++) {
      const from = group * indicators + i;
      const count = index.groupCount[from] as number;
      if (active[i] === 0 || count === 0) continue;
      const lost = g.missing.get(from);
      const expectedReports = count * (plan.expected[i] as number);
      for (const ancestor of chain) {
        const q = (t.rowOf[ancestor] as number) * indicators + i;
        t.present[q] = 1;
        t.expected[q] = (t.expected[q] as number) + count;
        t.reported[q] = (t.reported[q] as number) + (g.reported[from] as number);
        if (lost) for (const p of lost) missing(t.missing, q, p);
        t.expectedReports[q] = (t.expectedReports[q] as number) + expectedReports;
        t.actualReports[q] = (t.actualReports[q] as number) + (g.actualReports[from] as number);
        t.numerator[q] = (t.numerator[q] as number) + (g.numerator[from] as number);
        t.denominator[q] = (t.denominator[q] as number) + (g.denominator[from] as number);
        if (g.data[from] === 1) t.data[q] = 1;
      }
    }
  });
}
