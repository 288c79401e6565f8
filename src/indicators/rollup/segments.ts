// The segments of a roll-up: the stretches of months in which each reporting place had the same
// ancestors.
import { isoDateOf } from '../../_internal/dates.js';
import type { IsoDate } from '../../calendar/date.js';
import { parentIdOf } from '../../places/query.js';
import type { IndexData } from './data-index.js';
import { endOfMonth, KIND_SPANS } from './months.js';

export function chainOn(index: IndexData, placeAt: Map<string, number>, p: number, date: IsoDate) {
  const fixed = index.fixedChains[p];
  if (fixed) return fixed;
  const result: number[] = [];
  const seen = new Set([p]);
  let current = index.places[p];
  while (current) {
    const parentId = parentIdOf(current, date);
    const parent = parentId === undefined ? undefined : placeAt.get(parentId);
    if (parent === undefined || seen.has(parent)) break;
    seen.add(parent);
    result.push(parent);
    current = index.places[parent];
  }
  return Int32Array.from(result);
}

function sameChain(a: Int32Array, b: Int32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/**
 * The stretches of months in which each reporting place (village or commune) had the same
 * ancestors ("segments"). Places whose dates and ancestors never change have one segment each,
 * numbered first as in the index; the others get theirs per period, appended. Segments with the
 * same ancestors form a group.
 */
export interface Segments {
  readonly count: number;
  /** Per segment: its place. */
  readonly unit: Int32Array;
  /** Per segment: its group. */
  readonly group: Int32Array;
  /** Per group: its ancestors, nearest first. */
  readonly groupChains: readonly Int32Array[];
  /** Per segment: 1 when it includes the last month of the period. */
  readonly atEnd: Uint8Array;
  /** Per kind span (1, 3, 6, 12 months), then segment: base periods expected. */
  readonly expected: Int32Array;
  /** Per place and month of the period: the segment of a place not fixed, or −1. */
  readonly of: Int32Array;
  /** Per place: its first segment (valid when `segCount` > 0). */
  readonly first: Int32Array;
  /** Per place: how many segments it has. */
  readonly segCount: Int32Array;
}

export function segments(index: IndexData, from: number, months: number): Segments {
  const { places, fixedSegment, fixedUnits, fixedGroups } = index;
  const fixedCount = fixedUnits.length;
  const of = new Int32Array(places.length * months).fill(-1);
  const first = new Int32Array(places.length);
  const segCount = new Int32Array(places.length);
  for (let seg = 0; seg < fixedCount; seg++) {
    const p = fixedUnits[seg] as number;
    first[p] = seg;
    segCount[p] = 1;
  }
  const unit: number[] = [];
  const group: number[] = [];
  const atEnd: number[] = [];
  const expected: number[][] = KIND_SPANS.map(() => []);
  const groupChains = [...index.groupChains];
  const groupOf = new Map<string, number>();
  let placeAt: Map<string, number> | undefined;
  const ends = Array.from({ length: months }, (_, m) => endOfMonth(from + m));
  places.forEach((place, p) => {
    if (
      (place.level !== 'village' && place.level !== 'commune') ||
      (fixedSegment[p] as number) >= 0
    )
      return;
    placeAt ??= new Map(places.map((other, i) => [other.id, i]));
    if (groupOf.size === 0) {
      index.groupChains.forEach((chain, g) => {
        groupOf.set(chain.join(','), g);
      });
    }
    let previous: Int32Array | undefined;
    let seg = -1;
    for (let m = 0; m < months; m++) {
      const end = ends[m] ?? isoDateOf(1, 1, 1);
      const start = `${end.slice(0, 8)}01` as IsoDate;
      if (
        (place.from !== undefined && place.from > end) ||
        (place.to !== undefined && place.to < start)
      ) {
        previous = undefined;
        continue;
      }
      const on = place.to !== undefined && place.to < end ? place.to : end;
      const current = chainOn(index, placeAt, p, on);
      if (previous === undefined || !sameChain(previous, current)) {
        seg = fixedCount + unit.length;
        if (segCount[p] === 0) first[p] = seg;
        segCount[p] = (segCount[p] as number) + 1;
        const key = current.join(',');
        let g = groupOf.get(key);
        if (g === undefined) {
          g = groupChains.length;
          groupOf.set(key, g);
          groupChains.push(current);
        }
        unit.push(p);
        group.push(g);
        atEnd.push(0);
        for (const list of expected) list.push(0);
        previous = current;
      }
      of[p * months + m] = seg;
      if (m === months - 1) atEnd[seg - fixedCount] = 1;
      KIND_SPANS.forEach((span, k) => {
        const list = expected[k];
        if (list && (m + 1) % span === 0)
          list[seg - fixedCount] = (list[seg - fixedCount] as number) + 1;
      });
    }
  });
  const count = fixedCount + unit.length;
  const allExpected = new Int32Array(KIND_SPANS.length * count);
  KIND_SPANS.forEach((span, k) => {
    allExpected.fill(Math.floor(months / span), k * count, k * count + fixedCount);
    allExpected.set(expected[k] ?? [], k * count + fixedCount);
  });
  const allAtEnd = new Uint8Array(count).fill(1, 0, fixedCount);
  allAtEnd.set(atEnd, fixedCount);
  const allUnits = new Int32Array(count);
  allUnits.set(fixedUnits);
  allUnits.set(unit, fixedCount);
  const allGroups = new Int32Array(count);
  allGroups.set(fixedGroups);
  allGroups.set(group, fixedCount);
  return {
    count,
    unit: allUnits,
    group: allGroups,
    groupChains,
    atEnd: allAtEnd,
    expected: allExpected,
    of,
    first,
    segCount,
  };
}
