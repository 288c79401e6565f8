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
  const { places, catalogue } = index;
  const indicators = catalogue.length;
  const rowOf = new Int32Array(places.length).fill(-1);
  let rows = 0;
  for (const chain of segs.groupChains) {
    for (const a of chain) if (rowOf[a] === -1) rowOf[a] = rows++;
  }
  places.forEach((place, p) => {
    const level = place.level === 'village' ? 0 : 1;
    if ((segs.segCount[p] as number) > 0 && ownRows[level] && rowOf[p] === -1) rowOf[p] = rows++;
  });
  const t = totals(rows * indicators, rowOf);
  const g = totals(segs.groupChains.length * indicators, new Int32Array(0));
  const { numAgg, denAgg, kindOffset, byLevel } = measurePlan(catalogue, months, segs);
  const { atEnd, first, segCount, group, expected: expectedOf } = segs;
  const { reports: reportsOf, numerator: rawNum, denominator: rawDen } = sums;
  for (let p = 0; p < places.length; p++) {
    const place = places[p];
    const count = segCount[p] as number;
    if (!place || count === 0) continue;
    const level = place.level === 'village' ? 0 : 1;
    const active = byLevel[level];
    if (count > 1) {
      for (const i of active) multiSegment(index, segs, sums, t, p, i);
      continue;
    }
    const own = ownRows[level];
    const seg = first[p] as number;
    const end = atEnd[seg] === 1;
    const base = (group[seg] as number) * indicators;
    for (let j = 0; j < active.length; j++) {
      const i = active[j] as number;
      const k = seg * indicators + i;
      const reports = reportsOf[k] as number;
      const expected = expectedOf[(kindOffset[i] as number) + seg] as number;
      const nAgg = numAgg[i] as number;
      const dAgg = denAgg[i] as number;
      const num = reports === 0 ? 0 : finished(nAgg, rawNum[k] as number, reports);
      const den = reports === 0 ? 0 : finished(dAgg, rawDen[k] as number, reports);
      const complete = reports >= expected;
      if (own) {
        const q = (rowOf[p] as number) * indicators + i;
        t.present[q] = 1;
        t.expected[q] = 1;
        if (complete) t.reported[q] = 1;
        else missing(t, q, place.id);
        t.data[q] = reports > 0 ? 1 : 0;
        t.numerator[q] = num;
        t.denominator[q] = den;
        t.expectedReports[q] = expected;
        t.actualReports[q] = reports;
      }
      const a = base + i;
      g.present[a] = 1;
      g.expected[a] = (g.expected[a] as number) + 1;
      if (complete) g.reported[a] = (g.reported[a] as number) + 1;
      else missing(g, a, place.id);
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
  segs.groupChains.forEach((chain, grp) => {
    for (let i = 0; i < indicators; i++) {
      const from = grp * indicators + i;
      if (g.present[from] !== 1) continue;
      const lost = g.missing.get(from) ?? [];
      for (const ancestor of chain) {
        const q = (rowOf[ancestor] as number) * indicators + i;
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
  return t;
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

/**
 * {@link measure} for a place whose ancestors changed within the period. Each ancestor receives
 * the place's quantities combined over the months it belonged to it, once: an ancestor above
 * both the old and the new parent gets the whole period's average or maximum, not one per
 * segment.
 */
function multiSegment(
  index: IndexData,
  segs: Segments,
  sums: Sums,
  t: Totals,
  p: number,
  i: number,
): void {
  const indicator = index.catalogue[i];
  const place = index.places[p];
  if (!indicator || !place) return;
  const indicators = index.catalogue.length;
  const numAgg = AGGREGATION[indicator.numerator?.aggregation ?? 'sum'];
  const denAgg = AGGREGATION[indicator.denominator?.aggregation ?? 'sum'];
  const kind = KIND_SPANS.indexOf(MONTHS[indicator.periodKind]) * segs.count;
  const { atEnd } = segs;
  const firstSeg = segs.first[p] as number;
  const lastSeg = firstSeg + (segs.segCount[p] as number);
  const whole = new Map<number, Share>();
  let num = 0;
  let den = 0;
  let data = false;
  let expectedReports = 0;
  let actualReports = 0;
  for (let seg = firstSeg; seg < lastSeg; seg++) {
    const k = seg * indicators + i;
    const reports = sums.reports[k] as number;
    const expected = segs.expected[kind + seg] as number;
    const segNum = sums.numerator[k] as number;
    const segDen = sums.denominator[k] as number;
    expectedReports += expected;
    actualReports += reports;
    for (const ancestor of segs.groupChains[segs.group[seg] as number] ?? []) {
      const a = (t.rowOf[ancestor] as number) * indicators + i;
      let share = whole.get(a);
      if (share === undefined) {
        share = { complete: true, num: 0, den: 0, reports: 0, addNum: false, addDen: false };
        whole.set(a, share);
      }
      share.complete &&= reports >= expected;
      t.expectedReports[a] = (t.expectedReports[a] as number) + expected;
      t.actualReports[a] = (t.actualReports[a] as number) + reports;
      if (reports === 0) continue;
      const n = share.reports === 0 ? 1 : 2;
      share.num = combine(numAgg, share.num, segNum, n);
      share.den = combine(denAgg, share.den, segDen, n);
      share.reports += reports;
      share.addNum = numAgg !== LAST || atEnd[seg] === 1;
      share.addDen = denAgg !== LAST || atEnd[seg] === 1;
    }
    if (reports === 0) continue;
    const n = data ? 2 : 1;
    num = combine(numAgg, num, segNum, n);
    den = combine(denAgg, den, segDen, n);
    data = true;
  }
  for (const [a, share] of whole) {
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
  const q = row * indicators + i;
  countPlace(t, q, actualReports >= expectedReports, place.id);
  t.data[q] = data ? 1 : 0;
  t.numerator[q] = finished(numAgg, num, actualReports);
  t.denominator[q] = finished(denAgg, den, actualReports);
  t.expectedReports[q] = expectedReports;
  t.actualReports[q] = actualReports;
}
