// How an index lays values out: each value reduced to a cell (its place × the catalogue's size +
// its indicator) and two numbers, grouped into lanes (what a roll-up does with a value: its
// indicator's span and aggregations, and whether its place ever moves), each lane ordered by
// month. A roll-up then runs one tight loop per lane over the months it needs.
import { FIRST_YEAR, LAST_YEAR } from '../../_internal/dates.js';
import { periodRange } from '../../calendar/period.js';
import type { Place } from '../../places/place.js';
import type { Catalogue } from '../definition.js';
import { UNIT_SCALE } from '../definition.js';
import { readPeriodId } from '../period-id.js';
import { AGGREGATION, monthOrdinal } from './months.js';

/** The months of the supported range (1900-01 … 2100-12). */
export const SUPPORTED_MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;
const MONTH_BASE = FIRST_YEAR * 12;

/** The period kinds an indicator may have, by code, and their spans in months. */
const KIND_CODE: Readonly<Record<string, number>> = { month: 0, quarter: 1, half: 2, year: 3 };
const SPAN_OF_KIND = [1, 3, 6, 12] as const;

/** The code of "no denominator" among the aggregation codes of a lane. */
export const NONE = 4;
/** Lane codes: ((moving × 4 + kind) × 4 + numerator aggregation) × 5 + denominator's. */
const MOVING = 4 * 4 * 5;

/** What a roll-up does with the values of a lane. */
export interface Lane {
  /** Whether the values belong to places whose ancestors or dates change (looked up by month). */
  readonly moving: boolean;
  /** The months of the indicators' period kind. */
  readonly span: number;
  /** The aggregation code of the numerator (see `AGGREGATION`). */
  readonly numAgg: number;
  /** The aggregation code of the denominator, or {@link NONE} (absolute units). */
  readonly denAgg: number;
}

function laneOfCode(code: number): Lane {
  const denAgg = code % 5;
  const numAgg = Math.floor(code / 5) % 4;
  // Stryker disable next-line ArithmeticOperator: a lane's span only skips lanes of indicators longer than the period, which give no results
  const kind = Math.floor(code / 20) % 4;
  // Stryker disable next-line LogicalOperator: a lane's span only skips lanes of indicators longer than the period, which give no results
  return { moving: code >= MOVING, span: SPAN_OF_KIND[kind] ?? 1, numAgg, denAgg };
}

/** Whether a place reports, never moves and always exists (its ancestors are fixed). */
export type FixedPlaces = (p: number) => boolean;

/**
 * The values of an index being built: reads ids into positions, and counts values per lane and
 * month so that they can be laid out in one pass (a counting sort).
 */
export class Layout {
  readonly indicators: number;
  readonly indicatorAt: Map<string, number>;
  readonly placeAt: Map<string, number>;
  /** The lane codes the catalogue can give values (fixed and moving places). */
  // Stryker disable next-line ArrayDeclaration: an extra first code has no values, so no lane
  private readonly codes: number[] = [];
  /** Per value bucket (position in `codes` × supported months + month), how many values. */
  readonly counts: Int32Array;
  /** Per indicator: the position in `codes` of its lane for a fixed place, or −1 (derived indicators); then for a moving place. */
  private readonly laneOf: Int32Array;
  private readonly movingLaneOf: Int32Array;
  /** Per indicator: the code of its period kind; and the level it is collected at (0 village, 1 commune). */
  readonly kindOf: Int32Array;
  readonly levelOf: Int32Array;
  /** Per place: its level code (0 village, 1 commune, −1 other), and 1 when it is not fixed. */
  readonly placeLevel: Int32Array;
  readonly placeMoving: Int32Array;
  /** Per period id: kind code × supported months + month, or −1 when it is not a usable id. */
  private readonly periods = new Map<string, number>();

  constructor(
    readonly catalogue: Catalogue,
    readonly places: readonly Place[],
    fixed: FixedPlaces,
  ) {
    this.indicators = catalogue.length;
    this.indicatorAt = new Map(catalogue.map((indicator, i) => [indicator.code, i]));
    this.placeAt = new Map(places.map((place, i) => [place.id, i]));
    const slotOf = new Map<number, number>();
    const slot = (code: number) => {
      let at = slotOf.get(code);
      // Stryker disable next-line ConditionalExpression: two lanes of the same code are rolled up alike
      if (at === undefined) {
        at = this.codes.length;
        slotOf.set(code, at);
        this.codes.push(code);
      }
      return at;
    };
    const codeOf = catalogue.map((indicator) => {
      if (indicator.villagesMeeting) return -1;
      // Stryker disable next-line OptionalChaining,StringLiteral: every indicator that is not derived has a numerator
      const numAgg = AGGREGATION[indicator.numerator?.aggregation ?? 'sum'];
      // Stryker disable next-line ConditionalExpression: denominators kept for a count are never read
      const ratio = UNIT_SCALE[indicator.unit] !== undefined;
      // Stryker disable next-line OptionalChaining,StringLiteral: every ratio indicator has a denominator
      const denAgg = ratio ? AGGREGATION[indicator.denominator?.aggregation ?? 'sum'] : NONE;
      // Stryker disable next-line LogicalOperator: a lane's span only skips lanes of indicators longer than the period, which give no results
      return ((KIND_CODE[indicator.periodKind] ?? 0) * 4 + numAgg) * 5 + denAgg;
    });
    this.laneOf = Int32Array.from(codeOf, (code) => (code < 0 ? -1 : slot(code)));
    this.movingLaneOf = Int32Array.from(codeOf, (code) => (code < 0 ? -1 : slot(code + MOVING)));
    this.counts = new Int32Array(this.codes.length * SUPPORTED_MONTHS);
    this.kindOf = Int32Array.from(catalogue, (indicator) => KIND_CODE[indicator.periodKind] ?? 0);
    this.levelOf = Int32Array.from(catalogue, (indicator) =>
      indicator.collectedAt === 'commune' ? 1 : 0,
    );
    this.placeLevel = Int32Array.from(places, (place) =>
      place.level === 'village' ? 0 : place.level === 'commune' ? 1 : -1,
    );
    this.placeMoving = Int32Array.from(places, (_, p) => (fixed(p) ? 0 : 1));
  }

  /** The code of a period id (cached): kind code × supported months + month, or −1. */
  periodCode(id: string): number {
    const known = this.periods.get(id);
    if (known !== undefined) return known;
    const code = readPeriodId(id)
      .map((period) => {
        const kind = KIND_CODE[period.kind];
        if (kind === undefined) return -1;
        return kind * SUPPORTED_MONTHS + monthOrdinal(periodRange(period).end) - MONTH_BASE;
      })
      .unwrapOr(-1);
    this.periods.set(id, code);
    return code;
  }

  /**
   * The bucket of a value of indicator `i` at place `p` for the period of code `period`, or −1
   * when no roll-up can use it: a derived indicator, a period of another kind than the
   * indicator's, a place of another level than the indicator is collected at.
   */
  bucket(i: number, p: number, period: number): number {
    if (this.placeLevel[p] !== this.levelOf[i]) return -1;
    return this.laneBucket(i, this.placeMoving[p] as number, period);
  }

  /**
   * The bucket of a value of indicator `i` at a place of its level, fixed (`moving` 0) or not
   * (1), for the period of code `period`; or −1 (a derived indicator, a period of another kind).
   */
  laneBucket(i: number, moving: number, period: number): number {
    const lane = (moving === 1 ? this.movingLaneOf[i] : this.laneOf[i]) as number;
    if (lane < 0 || period < 0) return -1;
    const kind = (period / SUPPORTED_MONTHS) | 0;
    if (kind !== this.kindOf[i]) return -1;
    return lane * SUPPORTED_MONTHS + period - kind * SUPPORTED_MONTHS;
  }

  /** Lays out the counted values: where each bucket's values go, and the arrays they go into. */
  plan(): LayoutPlan {
    return new LayoutPlan(this.counts, this.codes);
  }
}

/** The values of the index once counted: lanes, months, offsets and the arrays to fill. */
export class LayoutPlan {
  /** The lanes present, those with denominators first. */
  readonly lanes: readonly Lane[];
  /** The first month held, as `year × 12 + month − 1`, and how many months from it. */
  readonly firstMonth: number;
  readonly months: number;
  /** The values of lane l, month `firstMonth + m` are at `offsets[l × months + m]` … `offsets[l × months + m + 1] − 1`. */
  readonly offsets: Int32Array;
  readonly size: number;
  /** Values with a denominator are the first `withDenominator`. */
  readonly withDenominator: number;
  readonly cell: Int32Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  /** Per bucket: its position among the laid out ones, or −1. */
  private readonly compact: Int32Array;
  /** Per laid out bucket: where its next value goes. */
  private readonly cursor: Int32Array;

  constructor(counts: Int32Array, codes: readonly number[]) {
    let first = SUPPORTED_MONTHS;
    // Stryker disable next-line UnaryOperator: starting at month 1, an index of month 0 only holds one empty month more, and one without values still has no lanes
    let last = -1;
    const present: number[] = [];
    codes.forEach((_, slot) => {
      // Stryker disable next-line BooleanLiteral: a lane without values adds nothing
      let any = false;
      for (let m = 0; m < SUPPORTED_MONTHS; m++) {
        if (counts[slot * SUPPORTED_MONTHS + m] === 0) continue;
        any = true;
        // Stryker disable next-line EqualityOperator: the same month either way
        if (m < first) first = m;
        // Stryker disable next-line EqualityOperator: the same month either way
        if (m > last) last = m;
      }
      // Stryker disable next-line ConditionalExpression: a lane without values adds nothing
      if (any) present.push(slot);
    });
    const codeAt = (slot: number) => codes[slot] as number;
    // Stryker disable all: the order of the lanes only makes the denominators' array shorter (`withDenominator` covers every lane with denominators, wherever it is)
    present.sort(
      (a, b) =>
        Number(codeAt(a) % 5 === NONE) - Number(codeAt(b) % 5 === NONE) || codeAt(a) - codeAt(b),
    );
    // Stryker restore all
    this.lanes = present.map((slot) => laneOfCode(codeAt(slot)));
    this.months = last < 0 ? 0 : last - first + 1;
    this.firstMonth = last < 0 ? 0 : MONTH_BASE + first;
    // Stryker disable next-line UnaryOperator: only buckets counted before are put, and those are all set below
    this.compact = new Int32Array(counts.length).fill(-1);
    this.offsets = new Int32Array(present.length * this.months + 1);
    let at = 0;
    let withDenominator = 0;
    present.forEach((slot, l) => {
      const code = codeAt(slot);
      // Stryker disable next-line EqualityOperator: one month past the last sets the offset the next lane starts at, and a bucket with no values
      for (let m = 0; m < this.months; m++) {
        const bucket = slot * SUPPORTED_MONTHS + first + m;
        this.compact[bucket] = l * this.months + m;
        this.offsets[l * this.months + m] = at;
        at += counts[bucket] as number;
      }
      // Stryker disable next-line ArithmeticOperator: denominators kept for values without one are never read
      if (code % 5 !== NONE) withDenominator = at;
    });
    this.offsets[present.length * this.months] = at;
    this.size = at;
    this.withDenominator = withDenominator;
    this.cursor = this.offsets.slice(0, -1);
    this.cell = new Int32Array(at);
    this.numerator = new Float64Array(at);
    this.denominator = new Float64Array(withDenominator);
  }

  /** Puts a value of a bucket counted before in its place. */
  put(bucket: number, cell: number, numerator: number, denominator: number): void {
    const slot = this.compact[bucket] as number;
    const at = this.cursor[slot] as number;
    this.cursor[slot] = at + 1;
    this.cell[at] = cell;
    this.numerator[at] = numerator;
    if (at < this.withDenominator) this.denominator[at] = denominator;
  }
}
