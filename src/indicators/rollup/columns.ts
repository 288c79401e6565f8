// Indexing data values given as columns: ids coded against small lists (as a database, Arrow or
// a DHIS2 export holds them), numbers in typed arrays. No object is made per value.
import { InvalidArgumentError } from '../../problems/argument.js';
import type { Label } from '../../text/label.js';
import {
  type DataValueIndex,
  finishIndex,
  type IndexDataValuesOptions,
  startIndex,
} from './data-index.js';
import type { Layout } from './layout.js';

/**
 * Data values as columns: per value, the position of its indicator code, place id and period id
 * in three lists, and its numerator and denominator — typed arrays or plain arrays of the same
 * length. The lists are what a database's tables, an Arrow dictionary or a DHIS2 export hold
 * once; the columns hold numbers only.
 *
 * @example
 * ```ts
 * import type { DataValueColumns } from 'to-cong-nghe-so';
 *
 * const columns: DataValueColumns = {
 *   indicators: ['fibreHouseholds'],
 *   places: ['thon-1', 'thon-2'],
 *   periods: ['2026-10'],
 *   indicator: new Uint8Array([0, 0]),
 *   place: new Int32Array([0, 1]),
 *   period: new Uint8Array([0, 0]),
 *   numerator: new Float64Array([90, 10]),
 *   denominator: new Float64Array([100, 100]),
 * };
 * columns.numerator.length; // 2
 * ```
 * @category Indicators
 */
export interface DataValueColumns {
  /** The indicator codes the `indicator` column points into. */
  readonly indicators: readonly string[];
  /** The place ids the `place` column points into. */
  readonly places: readonly string[];
  /** The period ids (`2026-10`, `2026-Q4` …) the `period` column points into. */
  readonly periods: readonly string[];
  /** Per value: the position of its indicator's code in `indicators`. */
  readonly indicator: ArrayLike<number>;
  /** Per value: the position of its place's id in `places`. */
  readonly place: ArrayLike<number>;
  /** Per value: the position of its period's id in `periods`. */
  readonly period: ArrayLike<number>;
  /** Per value: the numerator (the whole value for absolute units). */
  readonly numerator: ArrayLike<number>;
  /** Per value: the denominator, 0 for a value without one; leave out when no value has one. */
  readonly denominator?: ArrayLike<number>;
}

/**
 * Options of {@link indexDataValueColumns}: the catalogue and the places values are read
 * against.
 *
 * @category Indicators
 */
export interface IndexDataValueColumnsOptions extends IndexDataValuesOptions {}

const LIST: Label = { vi: 'một danh sách văn bản', en: 'a list of text' };
const COLUMN: Label = {
  vi: 'một cột số (mảng hoặc mảng kiểu) dài bằng cột `numerator`',
  en: 'a column of numbers (an array or a typed array) as long as `numerator`',
};
const POSITION: Record<'indicator' | 'place' | 'period', Label> = {
  indicator: { vi: 'một vị trí trong `indicators`', en: 'a position in `indicators`' },
  place: { vi: 'một vị trí trong `places`', en: 'a position in `places`' },
  period: { vi: 'một vị trí trong `periods`', en: 'a position in `periods`' },
};
const FINITE: Label = { vi: 'một số hữu hạn', en: 'a finite number' };

function isColumn(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}

function textList(value: unknown, argument: string): readonly string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new InvalidArgumentError(argument, LIST, value);
  }
  return value;
}

/** Per position of a list: the position its text names in `at`, or −1. */
function positions(list: readonly string[], at: (text: string) => number | undefined): Int32Array {
  return Int32Array.from(list, (text) => at(text) ?? -1);
}

/** The largest table of buckets by (indicator, period) position a reader builds. */
const MAX_TABLE = 1 << 22;

/**
 * Columns checked in shape and read against the catalogue and places of an index. Each list is
 * read once into positions; a table gives the bucket of each (indicator, period) pair, so that
 * a value costs a few typed-array reads.
 */
export class ColumnReader {
  readonly size: number;
  private readonly indicator: ArrayLike<number>;
  private readonly place: ArrayLike<number>;
  private readonly period: ArrayLike<number>;
  readonly numerator: ArrayLike<number>;
  readonly denominator: ArrayLike<number> | undefined;
  /** Per position of each list: the catalogue's or places' position, or the period's code (−1: unknown). */
  private readonly indicatorOf: Int32Array;
  private readonly placeOf: Int32Array;
  private readonly periodOf: Int32Array;
  /** Per position in `indicators`: the level its indicator is collected at (0, 1), or −3 (unknown). */
  private readonly levelOfCode: Int32Array;
  /** Per position in `places`: its place's level code (0, 1, −1 other), or −2 (unknown); and 1 when it moves. */
  private readonly placeLevelOfCode: Int32Array;
  private readonly movingOfCode: Int32Array;
  /** Per (indicator position × periods + period position): the bucket at a fixed place and at a moving one, or −1. */
  private readonly fixedTable: Int32Array | undefined;
  private readonly movingTable: Int32Array | undefined;

  /** @throws {@link InvalidArgumentError} when the columns are not of the right shape. */
  constructor(
    columns: unknown,
    private readonly layout: Layout,
    private readonly argument: string,
  ) {
    if (typeof columns !== 'object' || columns === null) {
      throw new InvalidArgumentError(
        argument,
        { vi: 'các cột số liệu { indicators, places, periods, … }', en: 'data value columns' },
        columns,
      );
    }
    const given = columns as Partial<Record<keyof DataValueColumns, unknown>>;
    const numerator = given.numerator;
    if (!isColumn(numerator)) {
      throw new InvalidArgumentError(`${argument}.numerator`, COLUMN, numerator);
    }
    this.size = numerator.length;
    const column = (name: 'indicator' | 'place' | 'period' | 'denominator') => {
      const value = given[name];
      if (!isColumn(value) || value.length !== this.size) {
        throw new InvalidArgumentError(`${argument}.${name}`, COLUMN, value);
      }
      return value;
    };
    this.indicator = column('indicator');
    this.place = column('place');
    this.period = column('period');
    this.numerator = numerator;
    this.denominator = given.denominator === undefined ? undefined : column('denominator');
    const { indicatorAt, placeAt } = layout;
    this.indicatorOf = positions(textList(given.indicators, `${argument}.indicators`), (code) =>
      indicatorAt.get(code),
    );
    this.placeOf = positions(textList(given.places, `${argument}.places`), (id) => placeAt.get(id));
    this.periodOf = positions(textList(given.periods, `${argument}.periods`), (id) =>
      layout.periodCode(id),
    );
    this.levelOfCode = Int32Array.from(this.indicatorOf, (i) =>
      i < 0 ? -3 : (layout.levelOf[i] as number),
    );
    this.placeLevelOfCode = Int32Array.from(this.placeOf, (p) =>
      p < 0 ? -2 : (layout.placeLevel[p] as number),
    );
    this.movingOfCode = Int32Array.from(this.placeOf, (p) =>
      p < 0 ? 0 : (layout.placeMoving[p] as number),
    );
    const periods = this.periodOf.length;
    if (this.indicatorOf.length * periods <= MAX_TABLE) {
      const table = (moving: number) =>
        Int32Array.from({ length: this.indicatorOf.length * periods }, (_, at) => {
          const i = this.indicatorOf[Math.floor(at / periods)] as number;
          return i < 0 ? -1 : layout.laneBucket(i, moving, this.periodOf[at % periods] as number);
        });
      this.fixedTable = table(0);
      this.movingTable = table(1);
    }
  }

  /** The bucket of a value of the given list positions (checked), or −1. */
  private bucketOf(ci: number, cp: number, cq: number): number {
    if (this.placeLevelOfCode[cp] !== this.levelOfCode[ci]) return -1;
    const moving = this.movingOfCode[cp] as number;
    const table = moving === 1 ? this.movingTable : this.fixedTable;
    if (table !== undefined) return table[ci * this.periodOf.length + cq] as number;
    const i = this.indicatorOf[ci] as number;
    return this.layout.laneBucket(i, moving, this.periodOf[cq] as number);
  }

  /**
   * Checks every value and counts the ones a roll-up can use into `counts` (by bucket).
   *
   * @throws {@link InvalidArgumentError} when a code points nowhere in its list or a number is
   *   not finite (nothing is counted then).
   */
  count(counts: Int32Array): number {
    const { indicator, place, period, numerator, denominator, size } = this;
    const indicators = this.indicatorOf.length;
    const places = this.placeOf.length;
    const periods = this.periodOf.length;
    for (let k = 0; k < size; k++) {
      const ci = indicator[k] as number;
      const cp = place[k] as number;
      const cq = period[k] as number;
      const n = numerator[k] as number;
      const d = denominator === undefined ? 0 : (denominator[k] as number);
      if (
        ci >>> 0 !== ci ||
        ci >= indicators ||
        cp >>> 0 !== cp ||
        cp >= places ||
        cq >>> 0 !== cq ||
        cq >= periods ||
        typeof n !== 'number' ||
        n - n !== 0 ||
        typeof d !== 'number' ||
        d - d !== 0
      ) {
        this.fail(k);
      }
    }
    let kept = 0;
    for (let k = 0; k < size; k++) {
      const bucket = this.bucketOf(indicator[k] as number, place[k] as number, period[k] as number);
      if (bucket < 0) continue;
      counts[bucket] = (counts[bucket] as number) + 1;
      kept++;
    }
    return kept;
  }

  /** Hands each value counted before to `put`, with its bucket and cell. */
  each(put: (bucket: number, cell: number, numerator: number, denominator: number) => void): void {
    const { indicator, place, period, numerator, denominator, size } = this;
    const { indicatorOf, placeOf } = this;
    const indicators = this.layout.indicators;
    for (let k = 0; k < size; k++) {
      const ci = indicator[k] as number;
      const cp = place[k] as number;
      const bucket = this.bucketOf(ci, cp, period[k] as number);
      if (bucket < 0) continue;
      const cell = (placeOf[cp] as number) * indicators + (indicatorOf[ci] as number);
      put(
        bucket,
        cell,
        numerator[k] as number,
        denominator === undefined ? 0 : (denominator[k] as number),
      );
    }
  }

  /** Throws for the first column of value `k` that is not valid. */
  private fail(k: number): never {
    const codes = [
      ['indicator', this.indicator, this.indicatorOf.length],
      ['place', this.place, this.placeOf.length],
      ['period', this.period, this.periodOf.length],
    ] as const;
    for (const [name, column, length] of codes) {
      const code = column[k] as number;
      if (code >>> 0 !== code || code >= length) {
        throw new InvalidArgumentError(`${this.argument}.${name}[${k}]`, POSITION[name], code);
      }
    }
    const n = this.numerator[k];
    if (typeof n !== 'number' || n - n !== 0) {
      throw new InvalidArgumentError(`${this.argument}.numerator[${k}]`, FINITE, n);
    }
    const d = this.denominator?.[k];
    throw new InvalidArgumentError(`${this.argument}.denominator[${k}]`, FINITE, d);
  }
}

/**
 * Indexes data values given as columns ({@link DataValueColumns}): the index
 * {@link indexDataValues} makes, built in two passes over the columns without an object per
 * value — the way to index a country's values (24 million) in seconds and little memory. Values
 * no roll-up can use are left out, as {@link indexDataValues} leaves them out; an id in the lists
 * that names no indicator, place or period leaves out the values pointing to it.
 *
 * @param columns - The values as columns.
 * @param options - The catalogue and the places.
 * @returns The index, an opaque handle for {@link rollUpIndex}.
 * @throws {@link InvalidArgumentError} when the catalogue or the places are not valid, the columns
 *   are not arrays of the same length, the lists are not lists of text, a code points nowhere in
 *   its list, or a number is not finite (nothing is indexed then).
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS, indexDataValueColumns, rollUpIndex } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * const index = indexDataValueColumns(
 *   {
 *     indicators: ['peopleGuided'],
 *     places: ['thon-1'],
 *     periods: ['2026-10', '2026-11'],
 *     indicator: [0, 0],
 *     place: [0, 0],
 *     period: [0, 1],
 *     numerator: [12, 8],
 *   },
 *   { catalogue: BUILT_IN_INDICATORS, places },
 * );
 * index.size; // 2
 * const results = rollUpIndex(index, { period: { kind: 'quarter', year: 2026, index: 4 } });
 * results.find((r) => r.indicator === 'peopleGuided')?.value; // 20
 * ```
 * @category Indicators
 */
export function indexDataValueColumns(
  columns: DataValueColumns,
  options: IndexDataValueColumnsOptions,
): DataValueIndex {
  const start = startIndex(options);
  const reader = new ColumnReader(columns, start.layout, 'columns');
  reader.count(start.layout.counts);
  const plan = start.layout.plan();
  reader.each((bucket, cell, numerator, denominator) =>
    plan.put(bucket, cell, numerator, denominator),
  );
  return finishIndex(start, plan);
}
