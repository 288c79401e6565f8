// Derived indicators: the villages whose value meets a threshold (or their target), counted.
import type { IsoDate } from '../../calendar/date.js';
import { compareWith } from '../definition.js';
import type { TargetIndex } from '../select-target.js';
import type { IndexData } from './data-index.js';
import type { Segments } from './segments.js';
import { countPlace, resultValue, type Totals } from './totals.js';

/** What counting the villages that meet a threshold needs. */
export interface DerivedContext {
  /** The indexed values. */
  readonly index: IndexData;
  /** The segments of the period. */
  readonly segs: Segments;
  /** The totals, measured indicators done. */
  readonly t: Totals;
  /** The position of each indicator in the catalogue, by code. */
  readonly positions: ReadonlyMap<string, number>;
  /** The targets. */
  readonly targets: TargetIndex;
  /** A place's id followed by its ancestors' ids on the period's last day. */
  readonly chainIds: (p: number) => readonly string[];
  /** The period's last day. */
  readonly periodEnd: IsoDate;
}

/**
 * A derived indicator (position `i`): each village (or commune) judged on its own value of the
 * base indicator against the threshold or its target, then counted at it and every place above.
 */
export function villagesMeeting(context: DerivedContext, i: number): void {
  const { index, segs, t, targets, chainIds, periodEnd } = context;
  const indicators = index.catalogue.length;
  const rule = index.catalogue[i]?.villagesMeeting;
  const b = rule === undefined ? undefined : context.positions.get(rule.indicator);
  const base = b === undefined ? undefined : index.catalogue[b];
  if (!rule || !base || b === undefined) return;
  index.places.forEach((place, p) => {
    const row = t.rowOf[p] as number;
    if (place.level !== base.collectedAt || row < 0 || t.present[row * indicators + b] !== 1)
      return;
    const firstSeg = segs.first[p] as number;
    const seg = firstSeg + (segs.segCount[p] as number) - 1;
    if (segs.atEnd[seg] !== 1) return;
    const at = row * indicators + b;
    const value = resultValue(
      base,
      t.data[at] === 1,
      t.numerator[at] as number,
      t.denominator[at] as number,
    );
    const threshold = rule.threshold ?? targets.select(base.code, chainIds(p), periodEnd);
    const met = value !== null && threshold !== undefined && compareWith(value, threshold) ? 1 : 0;
    const reported = value === null ? 0 : 1;
    for (const a of [p, ...(segs.groupChains[segs.group[seg] as number] ?? [])]) {
      const q = (t.rowOf[a] as number) * indicators + i;
      countPlace(t, q, reported === 1, place.id);
      t.numerator[q] = (t.numerator[q] as number) + met;
      t.denominator[q] = (t.denominator[q] as number) + 1;
      t.data[q] = a === p ? reported : 1;
      t.expectedReports[q] = (t.expectedReports[q] as number) + 1;
      t.actualReports[q] = (t.actualReports[q] as number) + reported;
    }
  });
}
