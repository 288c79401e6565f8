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

/** The segments of the places that are not fixed, as they are found month by month. */
class MovingSegments {
  readonly unit: number[] = [];
  readonly group: number[] = [];
  readonly atEnd: number[] = [];
  /** Per kind span, then moving segment: base periods expected. */
  readonly expected: number[][] = KIND_SPANS.map(() => []);
  readonly groupChains: Int32Array[];
  private readonly groupOf = new Map<string, number>();
  private readonly placeAt: Map<string, number>;
  private readonly ends: IsoDate[];

  constructor(
    private readonly index: IndexData,
    from: number,
    private readonly months: number,
    private readonly layout: Pick<Segments, 'of' | 'first' | 'segCount'>,
  ) {
    this.groupChains = [...index.groupChains];
    index.groupChains.forEach((chain, g) => {
      this.groupOf.set(chain.join(','), g);
    });
    this.placeAt = new Map(index.places.map((place, i) => [place.id, i]));
    this.ends = Array.from({ length: months }, (_, m) => endOfMonth(from + m));
  }

  /** The group of an ancestor chain, a new one when no segment had it before. */
  private groupFor(chain: Int32Array): number {
    const key = chain.join(',');
    let g = this.groupOf.get(key);
    if (g === undefined) {
      g = this.groupChains.length;
      this.groupOf.set(key, g);
      this.groupChains.push(chain);
    }
    return g;
  }

  /** A new segment of place `p` with ancestors `chain`; its number. */
  private open(p: number, chain: Int32Array): number {
    const { first, segCount } = this.layout;
    const seg = this.index.fixedUnits.length + this.unit.length;
    if (segCount[p] === 0) first[p] = seg;
    segCount[p] = (segCount[p] as number) + 1;
    this.unit.push(p);
    this.group.push(this.groupFor(chain));
    this.atEnd.push(0);
    for (const list of this.expected) list.push(0);
    return seg;
  }

  /** The months of place `p`: a new segment each time its ancestors change. */
  add(p: number): void {
    const place = this.index.places[p];
    if (!place) return;
    const fixedCount = this.index.fixedUnits.length;
    let previous: Int32Array | undefined;
    let seg = -1;
    for (let m = 0; m < this.months; m++) {
      const end = this.ends[m] ?? isoDateOf(1, 1, 1);
      const start = `${end.slice(0, 8)}01` as IsoDate;
      if (
        (place.from !== undefined && place.from > end) ||
        (place.to !== undefined && place.to < start)
      ) {
        previous = undefined;
        continue;
      }
      const on = place.to !== undefined && place.to < end ? place.to : end;
      const current = chainOn(this.index, this.placeAt, p, on);
      if (previous === undefined || !sameChain(previous, current)) seg = this.open(p, current);
      previous = current;
      this.layout.of[p * this.months + m] = seg;
      const own = seg - fixedCount;
      if (m === this.months - 1) this.atEnd[own] = 1;
      KIND_SPANS.forEach((span, k) => {
        const list = this.expected[k];
        if (list && (m + 1) % span === 0) list[own] = (list[own] as number) + 1;
      });
    }
  }
}

/** What {@link joined} reads of the moving segments. */
type Moving = Pick<MovingSegments, 'unit' | 'group' | 'atEnd' | 'expected' | 'groupChains'>;

/** No moving segments: every reporting place is fixed. */
const NO_MOVING: Moving = { unit: [], group: [], atEnd: [], expected: [], groupChains: [] };

/** The fixed segments (numbered first, as in the index) followed by the moving ones. */
function joined(index: IndexData, moving: Moving, months: number) {
  const fixedCount = index.fixedUnits.length;
  const count = fixedCount + moving.unit.length;
  const expected = new Int32Array(KIND_SPANS.length * count);
  KIND_SPANS.forEach((span, k) => {
    expected.fill(Math.floor(months / span), k * count, k * count + fixedCount);
    expected.set(moving.expected[k] ?? [], k * count + fixedCount);
  });
  const atEnd = new Uint8Array(count).fill(1, 0, fixedCount);
  atEnd.set(moving.atEnd, fixedCount);
  const unit = new Int32Array(count);
  unit.set(index.fixedUnits);
  unit.set(moving.unit, fixedCount);
  const group = new Int32Array(count);
  group.set(index.fixedGroups);
  group.set(moving.group, fixedCount);
  const groupChains = moving === NO_MOVING ? index.groupChains : moving.groupChains;
  return { count, unit, group, groupChains, atEnd, expected };
}

/** The segments of the reporting places over the `months` months from month `from`. */
export function segments(index: IndexData, from: number, months: number): Segments {
  const { places, fixedSegment, fixedUnits } = index;
  const layout = {
    of: new Int32Array(places.length * months).fill(-1),
    first: new Int32Array(places.length),
    segCount: new Int32Array(places.length),
  };
  for (let seg = 0; seg < fixedUnits.length; seg++) {
    const p = fixedUnits[seg] as number;
    layout.first[p] = seg;
    layout.segCount[p] = 1;
  }
  let moving: MovingSegments | undefined;
  places.forEach((place, p) => {
    const reporting = place.level === 'village' || place.level === 'commune';
    if (!reporting || (fixedSegment[p] as number) >= 0) return;
    moving ??= new MovingSegments(index, from, months, layout);
    moving.add(p);
  });
  return { ...joined(index, moving ?? NO_MOVING, months), ...layout };
}
