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

/**
 * Columns checked in shape and read against the catalogue and places of an index: each value's
 * bucket and cell, its codes and numbers checked on the way (cheaply).
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
    if (!isColumn(numerator))
      throw new InvalidArgumentError(`${argument}.numerator`, COLUMN, numerator);
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
  }

  /**
   * The bucket of value `k` (−1 when no roll-up can use it), its codes and numbers checked.
   *
   * @throws {@link InvalidArgumentError} when a code points nowhere or a number is not finite.
   */
  checkedBucket(k: number): number {
    const ci = this.indicator[k] as number;
    const cp = this.place[k] as number;
    const cq = this.period[k] as number;
    const i = this.indicatorOf[ci];
    const p = this.placeOf[cp];
    const q = this.periodOf[cq];
    if (i === undefined || typeof ci !== 'number')
      this.fail('indicator', k, POSITION.indicator, ci);
    if (p === undefined || typeof cp !== 'number') this.fail('place', k, POSITION.place, cp);
    if (q === undefined || typeof cq !== 'number') this.fail('period', k, POSITION.period, cq);
    const numerator = this.numerator[k];
    if (typeof numerator !== 'number' || numerator - numerator !== 0) {
      this.fail('numerator', k, FINITE, numerator);
    }
    const denominator = this.denominator === undefined ? 0 : this.denominator[k];
    if (typeof denominator !== 'number' || denominator - denominator !== 0) {
      this.fail('denominator', k, FINITE, denominator);
    }
    return (i as number) < 0 || (p as number) < 0
      ? -1
      : this.layout.bucket(i as number, p as number, q as number);
  }

  /** The bucket of value `k` checked before (−1 when no roll-up can use it). */
  bucket(k: number): number {
    const i = this.indicatorOf[this.indicator[k] as number] as number;
    const p = this.placeOf[this.place[k] as number] as number;
    return i < 0 || p < 0
      ? -1
      : this.layout.bucket(i, p, this.periodOf[this.period[k] as number] as number);
  }

  /** The cell of value `k` (valid when its bucket is not −1). */
  cell(k: number): number {
    const i = this.indicatorOf[this.indicator[k] as number] as number;
    const p = this.placeOf[this.place[k] as number] as number;
    return p * this.layout.indicators + i;
  }

  private fail(column: string, k: number, expected: Label, value: unknown): never {
    throw new InvalidArgumentError(`${this.argument}.${column}[${k}]`, expected, value);
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
 * rollUpIndex(index, { period: { kind: 'quarter', year: 2026, index: 4 } })[0]?.value; // 20
 * ```
 * @category Indicators
 */
export function indexDataValueColumns(
  columns: DataValueColumns,
  options: IndexDataValueColumnsOptions,
): DataValueIndex {
  const start = startIndex(options);
  const reader = new ColumnReader(columns, start.layout, 'columns');
  const { counts } = start.layout;
  for (let k = 0; k < reader.size; k++) {
    const bucket = reader.checkedBucket(k);
    if (bucket >= 0) counts[bucket] = (counts[bucket] as number) + 1;
  }
  const plan = start.layout.plan();
  const { numerator, denominator } = reader;
  for (let k = 0; k < reader.size; k++) {
    const bucket = reader.bucket(k);
    if (bucket < 0) continue;
    plan.put(
      bucket,
      reader.cell(k),
      numerator[k] as number,
      denominator === undefined ? 0 : (denominator[k] as number),
    );
  }
  return finishIndex(start, plan);
}
