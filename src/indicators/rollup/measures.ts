// The second pass of a roll-up: each reporting place's result, and the sums and completeness of
// every place above it.
import type { Catalogue, Indicator } from '../definition.js';
import type { IndexData } from './data-index.js';
import { AGGREGATION, KIND_SPANS, LAST, MONTHS } from './months.js';
import type { Segments } from './segments.js';
import { combine, finished, type Sums } from './sums.js';
import { countPlace, missing, type Totals, totals } from './totals.js';

/** What {@link measure} needs to know of each indicator, as typed arrays. */
interface MeasurePlan {
  readonly numAgg: Int32Array;
  readonly denAgg: Int32Array;
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
  return {
    numAgg: Int32Array.from(catalogue, (i) => AGGREGATION[i.numerator?.aggregation ?? 'sum']),
    denAgg: Int32Array.from(catalogue, (i) => AGGREGATION[i.denominator?.aggregation ?? 'sum']),
    kindOffset: Int32Array.from(
      catalogue,
      (i) => KIND_SPANS.indexOf(MONTHS[i.periodKind]) * segs.count,
    ),
    byLevel: [measuredAt('village'), measuredAt('commune')],
  };
}

/** What the second pass works with. */
interface Pass {
  readonly index: IndexData;
  readonly segs: Segments;
  readonly sums: Sums;
  readonly plan: MeasurePlan;
  /** The totals of the result rows. */
  readonly t: Totals;
  /** The totals of each group of segments with the same ancestors. */
  readonly g: Totals;
  /** Whether reporting places of each level (village, commune) have rows of their own. */
  readonly ownRows: readonly [boolean, boolean];
}

/**
 * The result rows: every ancestor of a segment, then the reporting places that need their own
 * (−1 for the other places).
 */
function resultRows(index: IndexData, segs: Segments, ownRows: readonly [boolean, boolean]) {
  const rowOf = new Int32Array(index.places.length).fill(-1);
  let rows = 0;
  for (const chain of segs.groupChains) {
    for (const a of chain) if (rowOf[a] === -1) rowOf[a] = rows++;
  }
  index.places.forEach((place, p) => {
    const level = place.level === 'village' ? 0 : 1;
    if ((segs.segCount[p] as number) > 0 && ownRows[level] && rowOf[p] === -1) rowOf[p] = rows++;
  });
  return { rowOf, rows };
}

/**
 * Finishes the measured indicators: each reporting place's own result (its segments combined
 * over time), then the sums and completeness of every place above it — gathered per group of
 * segments with the same ancestors first, so each ancestor is visited once per group.
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
    g: totals(segs.groupChains.length * indicators, new Int32Array(0)),
    ownRows,
  };
  for (let p = 0; p < index.places.length; p++) {
    const count = segs.segCount[p] as number;
    const place = index.places[p];
    if (!place || count === 0) continue;
    const active = pass.plan.byLevel[place.level === 'village' ? 0 : 1];
    if (count > 1) for (const i of active) multiSegment(pass, p, i);
    else settledPlace(pass, p, active);
  }
  spreadGroups(pass);
  return pass.t;
}

/** A reporting place with one segment: its own row, and its share of its group. */
function settledPlace(pass: Pass, p: number, active: Int32Array): void {
  const { index, segs, sums, plan, t, g } = pass;
  const place = index.places[p];
  if (!place) return;
  const indicators = index.catalogue.length;
  const own = pass.ownRows[place.level === 'village' ? 0 : 1];
  const seg = segs.first[p] as number;
  const end = segs.atEnd[seg] === 1;
  const base = (segs.group[seg] as number) * indicators;
  for (let j = 0; j < active.length; j++) {
    const i = active[j] as number;
    const k = seg * indicators + i;
    const reports = sums.reports[k] as number;
    const expected = segs.expected[(plan.kindOffset[i] as number) + seg] as number;
    const nAgg = plan.numAgg[i] as number;
    const dAgg = plan.denAgg[i] as number;
    const num = reports === 0 ? 0 : finished(nAgg, sums.numerator[k] as number, reports);
    const den = reports === 0 ? 0 : finished(dAgg, sums.denominator[k] as number, reports);
    const complete = reports >= expected;
    if (own) {
      const q = (t.rowOf[p] as number) * indicators + i;
      countPlace(t, q, complete, place.id);
      t.data[q] = reports > 0 ? 1 : 0;
      t.numerator[q] = num;
      t.denominator[q] = den;
      t.expectedReports[q] = expected;
      t.actualReports[q] = reports;
    }
    const a = base + i;
    countPlace(g, a, complete, place.id);
    g.expectedReports[a] = (g.expectedReports[a] as number) + expected;
    g.actualReports[a] = (g.actualReports[a] as number) + reports;
    if (reports > 0 && (nAgg !== LAST || end)) {
      g.numerator[a] = (g.numerator[a] as number) + num;
      g.data[a] = 1;
    }
    if (reports > 0 && (dAgg !== LAST || end))
      g.denominator[a] = (g.denominator[a] as number) + den;
  }
}

/** Adds each group's totals to every ancestor of the group. */
function spreadGroups({ index, segs, t, g }: Pass): void {
  const indicators = index.catalogue.length;
  segs.groupChains.forEach((chain, grp) => {
    for (let i = 0; i < indicators; i++) {
      const from = grp * indicators + i;
      if (g.present[from] !== 1) continue;
      const lost = g.missing.get(from) ?? [];
      for (const ancestor of chain) {
        const q = (t.rowOf[ancestor] as number) * indicators + i;
        t.present[q] = 1;
        t.expected[q] = (t.expected[q] as number) + (g.expected[from] as number);
        t.reported[q] = (t.reported[q] as number) + (g.reported[from] as number);
        for (const id of lost) missing(t, q, id);
        t.expectedReports[q] =
          (t.expectedReports[q] as number) + (g.expectedReports[from] as number);
        t.actualReports[q] = (t.actualReports[q] as number) + (g.actualReports[from] as number);
        t.numerator[q] = (t.numerator[q] as number) + (g.numerator[from] as number);
        t.denominator[q] = (t.denominator[q] as number) + (g.denominator[from] as number);
        if (g.data[from] === 1) t.data[q] = 1;
      }
    }
  });
}

/** What one moving place gives one ancestor over the segments under it. */
interface Share {
  /** Whether every segment under the ancestor reported in full. */
  complete: boolean;
  /** The numerator and denominator combined over those segments, as {@link combine} holds them. */
  num: number;
  den: number;
  /** Reports in those segments. */
  reports: number;
  /** Whether the combined quantities count (for `last`: the segment with the last report ends the period). */
  addNum: boolean;
  addDen: boolean;
}

/** A moving place's quantities over all its segments, as its own row holds them. */
interface Whole {
  num: number;
  den: number;
  data: boolean;
  expectedReports: number;
  actualReports: number;
}

/**
 * {@link measure} for a place whose ancestors changed within the period. Each ancestor receives
 * the place's quantities combined over the months it belonged to it, once: an ancestor above
 * both the old and the new parent gets the whole period's average or maximum, not one per
 * segment.
 */
function multiSegment(pass: Pass, p: number, i: number): void {
  const { index, segs, t, plan } = pass;
  const place = index.places[p];
  if (!place) return;
  const shares = new Map<number, Share>();
  const whole: Whole = { num: 0, den: 0, data: false, expectedReports: 0, actualReports: 0 };
  const firstSeg = segs.first[p] as number;
  const lastSeg = firstSeg + (segs.segCount[p] as number);
  for (let seg = firstSeg; seg < lastSeg; seg++) addSegment(pass, seg, i, shares, whole);
  const numAgg = plan.numAgg[i] as number;
  const denAgg = plan.denAgg[i] as number;
  for (const [a, share] of shares) {
    countPlace(t, a, share.complete, place.id);
    if (share.addNum) {
      t.numerator[a] = (t.numerator[a] as number) + finished(numAgg, share.num, share.reports);
      t.data[a] = 1;
    }
    if (share.addDen)
      t.denominator[a] = (t.denominator[a] as number) + finished(denAgg, share.den, share.reports);
  }
  const row = t.rowOf[p] as number;
  if (row < 0) return;
  const q = row * index.catalogue.length + i;
  countPlace(t, q, whole.actualReports >= whole.expectedReports, place.id);
  t.data[q] = whole.data ? 1 : 0;
  t.numerator[q] = finished(numAgg, whole.num, whole.actualReports);
  t.denominator[q] = finished(denAgg, whole.den, whole.actualReports);
  t.expectedReports[q] = whole.expectedReports;
  t.actualReports[q] = whole.actualReports;
}

/** One segment of a moving place: into its ancestors' shares and into the place's whole. */
function addSegment(pass: Pass, seg: number, i: number, shares: Map<number, Share>, whole: Whole) {
  const { index, segs, sums, t, plan } = pass;
  const indicators = index.catalogue.length;
  const numAgg = plan.numAgg[i] as number;
  const denAgg = plan.denAgg[i] as number;
  const k = seg * indicators + i;
  const reports = sums.reports[k] as number;
  const expected = segs.expected[(plan.kindOffset[i] as number) + seg] as number;
  const segNum = sums.numerator[k] as number;
  const segDen = sums.denominator[k] as number;
  whole.expectedReports += expected;
  whole.actualReports += reports;
  for (const ancestor of segs.groupChains[segs.group[seg] as number] ?? []) {
    const a = (t.rowOf[ancestor] as number) * indicators + i;
    let share = shares.get(a);
    if (share === undefined) {
      share = { complete: true, num: 0, den: 0, reports: 0, addNum: false, addDen: false };
      shares.set(a, share);
    }
    share.complete &&= reports >= expected;
    t.expectedReports[a] = (t.expectedReports[a] as number) + expected;
    t.actualReports[a] = (t.actualReports[a] as number) + reports;
    if (reports === 0) continue;
    const n = share.reports === 0 ? 1 : 2;
    share.num = combine(numAgg, share.num, segNum, n);
    share.den = combine(denAgg, share.den, segDen, n);
    share.reports += reports;
    share.addNum = numAgg !== LAST || segs.atEnd[seg] === 1;
    share.addDen = denAgg !== LAST || segs.atEnd[seg] === 1;
  }
  if (reports === 0) return;
  const n = whole.data ? 2 : 1;
  whole.num = combine(numAgg, whole.num, segNum, n);
  whole.den = combine(denAgg, whole.den, segDen, n);
  whole.data = true;
}
