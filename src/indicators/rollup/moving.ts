// The second pass for a moving place (one whose dates or ancestors change): each ancestor gets
// the place's quantities combined over the months it belonged to it.
import type { Pass } from './measures.js';
import { LAST } from './months.js';
import { combine, finished } from './sums.js';
import { countPlace } from './totals.js';

/** What one moving place gives one ancestor over the segments under it. */
interface Share {
  /** Whether every segment under the ancestor reported in full. */
  complete: boolean;
  /** The numerator and denominator combined over those segments, as {@link combine} holds them. */
  num: number;
  den: number;
  /** Reports in those segments. */
  reports: number;
  /** Whether the place belongs to the ancestor at the end of the period. */
  atEnd: boolean;
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
 * Indicator `i` of the moving place in `slot`. Each ancestor receives the place's quantities
 * combined over the months it belonged to it, once: an ancestor above both the old and the new
 * parent gets the whole period's average or maximum, not one per segment.
 */
export function movingPlace(pass: Pass, slot: number, i: number): void {
  const { index, segs, t, plan } = pass;
  const p = index.moving[slot] as number;
  const shares = new Map<number, Share>();
  const whole: Whole = { num: 0, den: 0, data: false, expectedReports: 0, actualReports: 0 };
  const firstSeg = segs.first[slot] as number;
  const lastSeg = firstSeg + (segs.segCount[slot] as number);
  for (let seg = firstSeg; seg < lastSeg; seg++) addSegment(pass, seg, i, shares, whole);
  const numAgg = plan.numAgg[i] as number;
  const denAgg = plan.denAgg[i] as number;
  for (const [a, share] of shares) {
    countPlace(t, a, share.complete, p);
    if (share.reports === 0) continue;
    // A stock (`last`) counts where the place still belongs at the end of the period: its last
    // report there, even if made before its parents changed (an ancestor above both the old and
    // the new parent keeps it).
    if (numAgg !== LAST || share.atEnd) {
      t.numerator[a] = (t.numerator[a] as number) + finished(numAgg, share.num, share.reports);
      t.data[a] = 1;
    }
    if (denAgg !== LAST || share.atEnd)
      t.denominator[a] = (t.denominator[a] as number) + finished(denAgg, share.den, share.reports);
  }
  const row = t.rowOf[p] as number;
  // Stryker disable next-line ConditionalExpression: a place without a row of its own writes before the arrays' start, where nothing is kept or read
  if (row < 0) return;
  const q = row * index.catalogue.length + i;
  countPlace(t, q, whole.actualReports >= whole.expectedReports, p);
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
  const k = (index.places.length + seg) * indicators + i;
  const reports = sums.reports[k] as number;
  const expected = segs.expected[(plan.kindOffset[i] as number) + seg] as number;
  const segNum = sums.numerator[k] as number;
  const segDen = sums.denominator[k] as number;
  whole.expectedReports += expected;
  whole.actualReports += reports;
  // Stryker disable next-line ArrayDeclaration: every segment's group has a chain
  for (const ancestor of segs.groupChains[segs.group[seg] as number] ?? []) {
    const a = (t.rowOf[ancestor] as number) * indicators + i;
    let share = shares.get(a);
    if (share === undefined) {
      share = { complete: true, num: 0, den: 0, reports: 0, atEnd: false };
      shares.set(a, share);
    }
    share.complete &&= reports >= expected;
    share.atEnd ||= segs.atEnd[seg] === 1;
    t.expectedReports[a] = (t.expectedReports[a] as number) + expected;
    t.actualReports[a] = (t.actualReports[a] as number) + reports;
    if (reports === 0) continue;
    const n = share.reports === 0 ? 1 : 2;
    share.num = combine(numAgg, share.num, segNum, n);
    share.den = combine(denAgg, share.den, segDen, n);
    share.reports += reports;
  }
  if (reports === 0) return;
  const n = whole.data ? 2 : 1;
  whole.num = combine(numAgg, whole.num, segNum, n);
  whole.den = combine(denAgg, whole.den, segDen, n);
  whole.data = true;
}
