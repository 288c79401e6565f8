// The segments of a roll-up: the stretches of months in which each moving reporting place (one
// whose dates or ancestors change) had the same ancestors. Fixed places need none: the index
// holds their group.
import { isoDateOf } from '../../_internal/dates.js';
import type { IsoDate } from '../../calendar/date.js';
import { parentIdOf } from '../../places/query.js';
import type { IndexData } from './data-index.js';
import { endOfMonth, KIND_SPANS } from './months.js';

/** The ancestors of place `p` on a date, nearest first (a fixed place's never change). */
export function chainOn(index: IndexData, placeAt: Map<string, number>, p: number, date: IsoDate) {
  const fixed = index.fixedChains[p];
  // Stryker disable next-line ConditionalExpression: walking a fixed place's undated links gives the same chain
  if (fixed) return fixed;
  const result: number[] = [];
  const seen = new Set([p]);
  let current = index.places[p];
  while (current) {
    const parentId = parentIdOf(current, date);
    // Stryker disable next-line ConditionalExpression: looking up no id finds no place either
    const parent = parentId === undefined ? undefined : placeAt.get(parentId);
    if (parent === undefined || seen.has(parent)) break;
    seen.add(parent);
    result.push(parent);
    current = index.places[parent];
  }
  return Int32Array.from(result);
}

// Stryker disable next-line BlockStatement: finer segments with the same ancestors give the same results (they differ only for two values of one place and month, which parseDataValues refuses)
function sameChain(a: Int32Array, b: Int32Array): boolean {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: the same chain also compares equal entry by entry; and finer segments with the same ancestors give the same results (they differ only for two values of one place and month, which parseDataValues refuses)
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // Stryker disable next-line ArrowFunction: finer segments with the same ancestors give the same results (they differ only for two values of one place and month, which parseDataValues refuses)
  return a.every((x, i) => x === b[i]);
}

/**
 * The segments of the moving places (see `IndexData.moving`), numbered from 0. Segments with the
 * same ancestors form a group; the index's groups (of the fixed places) come first.
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
  /** Per moving place (its slot) and month of the period: its segment, or −1. */
  readonly of: Int32Array;
  /** Per moving place: its first segment (valid when `segCount` > 0). */
  readonly first: Int32Array;
  /** Per moving place: how many segments it has. */
  readonly segCount: Int32Array;
}

/** The segments of the moving places, as they are found month by month. */
class MovingSegments {
  readonly unit: number[] = [];
  readonly group: number[] = [];
  // Stryker disable next-line ArrayDeclaration: an extra entry reads as 0 in the Uint8Array, as an entry not at the end does
  readonly atEnd: number[] = [];
  /** Per kind span, then segment: base periods expected. */
  readonly expected: number[][] = KIND_SPANS.map(() => []);
  readonly groupChains: Int32Array[];
  private readonly groupOf = new Map<string, number>();
  private readonly placeAt: Map<string, number>;
  private readonly ends: IsoDate[];
  readonly of: Int32Array;
  readonly first: Int32Array;
  readonly segCount: Int32Array;

  constructor(
    private readonly index: IndexData,
    from: number,
    private readonly months: number,
  ) {
    this.groupChains = [...index.groupChains];
    // Stryker disable next-line BlockStatement: a segment given a group of its own with the same ancestors adds into the same places
    index.groupChains.forEach((chain, g) => {
      this.groupOf.set(chain.join(','), g);
    });
    this.placeAt = new Map(index.places.map((place, i) => [place.id, i]));
    this.ends = Array.from({ length: months }, (_, m) => endOfMonth(from + m));
    const moving = index.moving.length;
    this.of = new Int32Array(moving * months).fill(-1);
    this.first = new Int32Array(moving);
    this.segCount = new Int32Array(moving);
  }

  /** The group of an ancestor chain, a new one when no segment had it before. */
  private groupFor(chain: Int32Array): number {
    const key = chain.join(',');
    let g = this.groupOf.get(key);
    // Stryker disable next-line ConditionalExpression: a segment given a group of its own with the same ancestors adds into the same places
    if (g === undefined) {
      g = this.groupChains.length;
      this.groupOf.set(key, g);
      this.groupChains.push(chain);
    }
    return g;
  }

  /** A new segment of the moving place in `slot` with ancestors `chain`; its number. */
  private open(slot: number, p: number, chain: Int32Array): number {
    const seg = this.unit.length;
    if (this.segCount[slot] === 0) this.first[slot] = seg;
    this.segCount[slot] = (this.segCount[slot] as number) + 1;
    this.unit.push(p);
    this.group.push(this.groupFor(chain));
    this.atEnd.push(0);
    for (const list of this.expected) list.push(0);
    return seg;
  }

  /** The months of the moving place in `slot`: a new segment each time its ancestors change. */
  add(slot: number): void {
    const p = this.index.moving[slot] as number;
    const place = this.index.places[p];
    // Stryker disable next-line ConditionalExpression: every slot of `index.moving` names a place
    if (!place) return;
    let previous: Int32Array | undefined;
    // Stryker disable next-line UnaryOperator: the first month the place exists opens a segment before `seg` is read
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
      if (previous === undefined || !sameChain(previous, current))
        seg = this.open(slot, p, current);
      previous = current;
      this.of[slot * this.months + m] = seg;
      if (m === this.months - 1) this.atEnd[seg] = 1;
      KIND_SPANS.forEach((span, k) => {
        const list = this.expected[k];
        if (list && (m + 1) % span === 0) list[seg] = (list[seg] as number) + 1;
      });
    }
  }
}

/** The segments of the moving places over the `months` months from month `from`. */
export function segments(index: IndexData, from: number, months: number): Segments {
  // Stryker disable next-line ConditionalExpression,BlockStatement: without moving places the general path gives the same empty segments
  if (index.moving.length === 0) {
    const none = new Int32Array(0);
    return {
      count: 0,
      unit: none,
      group: none,
      groupChains: index.groupChains,
      atEnd: new Uint8Array(0),
      expected: none,
      of: none,
      first: none,
      segCount: none,
    };
  }
  const moving = new MovingSegments(index, from, months);
  // Stryker disable next-line EqualityOperator: a slot past the end names no place and adds nothing
  for (let slot = 0; slot < index.moving.length; slot++) moving.add(slot);
  const count = moving.unit.length;
  const expected = new Int32Array(KIND_SPANS.length * count);
  KIND_SPANS.forEach((_, k) => {
    // Stryker disable next-line ArrayDeclaration: every kind span has its list
    expected.set(moving.expected[k] ?? [], k * count);
  });
  return {
    count,
    unit: Int32Array.from(moving.unit),
    group: Int32Array.from(moving.group),
    groupChains: moving.groupChains,
    atEnd: Uint8Array.from(moving.atEnd),
    expected,
    of: moving.of,
    first: moving.first,
    segCount: moving.segCount,
  };
}
