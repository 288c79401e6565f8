// Indexing data values as they arrive (rows of a CSV file, pages of a database query, a DHIS2
// import), held in typed-array chunks until the index is laid out.
import { InvalidArgumentError } from '../../problems/argument.js';
import type { Label } from '../../text/label.js';
import { ColumnReader, type DataValueColumns } from './columns.js';
import {
  type DataValueIndex,
  finishIndex,
  type IndexDataValuesOptions,
  type IndexStart,
  startIndex,
} from './data-index.js';

/**
 * Options of {@link createDataValueIndexer}: the catalogue and the places values are read
 * against.
 *
 * @category Indicators
 */
export interface CreateDataValueIndexerOptions extends IndexDataValuesOptions {}

/**
 * Builds a {@link DataValueIndex} from values fed one at a time or a batch of columns at a time,
 * without an object per value ({@link createDataValueIndexer}).
 *
 * @category Indicators
 */
export interface DataValueIndexer {
  /**
   * Adds one value.
   *
   * @param indicator - The indicator's code.
   * @param place - The place's id.
   * @param period - The period id (`2026-10`, `2026-Q4` …).
   * @param numerator - The numerator (the whole value for absolute units).
   * @param denominator - The denominator, for ratio units.
   * @returns Whether a roll-up can use the value (`false`: an unknown indicator or place, a
   *   derived indicator, a period not of the indicator's kind, a place of another level).
   * @throws {@link InvalidArgumentError} when an id is not text, a number is not finite, or the
   *   indexer is finished.
   */
  add(
    indicator: string,
    place: string,
    period: string,
    numerator: number,
    denominator?: number,
  ): boolean;
  /**
   * Adds a batch of values given as columns.
   *
   * @param columns - The values as columns.
   * @returns How many of them a roll-up can use.
   * @throws {@link InvalidArgumentError} when the columns are not valid (as for
   *   {@link indexDataValueColumns}; nothing of the batch is added then), or the indexer is
   *   finished.
   */
  addColumns(columns: DataValueColumns): number;
  /** How many values were added that a roll-up can use. */
  readonly size: number;
  /**
   * Lays the values out into an index, and lets go of them: the indexer cannot be used after.
   *
   * @returns The index, an opaque handle for {@link rollUpIndex}.
   * @throws {@link InvalidArgumentError} when the indexer is finished.
   */
  finish(): DataValueIndex;
}

/** How many values a chunk holds. */
const CHUNK = 1 << 16;

/** A chunk of values as they were added: bucket, cell and quantities. */
interface Chunk {
  readonly bucket: Int32Array;
  readonly cell: Int32Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
}

function chunk(): Chunk {
  return {
    bucket: new Int32Array(CHUNK),
    cell: new Int32Array(CHUNK),
    numerator: new Float64Array(CHUNK),
    denominator: new Float64Array(CHUNK),
  };
}

const TEXT: Label = { vi: 'một văn bản', en: 'a text' };
const FINITE: Label = { vi: 'một số hữu hạn', en: 'a finite number' };
const OPEN: Label = {
  vi: 'một bộ lập chỉ mục chưa kết thúc (đã gọi `finish`)',
  en: 'an indexer not yet finished (`finish` was called)',
};

class Indexer implements DataValueIndexer {
  private start: IndexStart | undefined;
  private readonly chunks: (Chunk | undefined)[] = [];
  private current: Chunk = chunk();
  private used = 0;
  private count = 0;
  // the last ids read, and their positions: rows often repeat them
  private lastIndicator = '';
  private lastI = -1;
  private lastPlace = '';
  private lastP = -1;
  private lastPeriod = '';
  private lastCode = -1;

  constructor(options: CreateDataValueIndexerOptions) {
    this.start = startIndex(options);
    this.chunks.push(this.current);
  }

  get size(): number {
    return this.count;
  }

  private open(): IndexStart {
    if (this.start === undefined) throw new InvalidArgumentError('indexer', OPEN, 'finished');
    return this.start;
  }

  private stage(bucket: number, cell: number, numerator: number, denominator: number): void {
    if (this.used === CHUNK) {
      this.current = chunk();
      this.chunks.push(this.current);
      this.used = 0;
    }
    const at = this.used++;
    const { current } = this;
    current.bucket[at] = bucket;
    current.cell[at] = cell;
    current.numerator[at] = numerator;
    current.denominator[at] = denominator;
    const { counts } = (this.start as IndexStart).layout;
    counts[bucket] = (counts[bucket] as number) + 1;
    this.count++;
  }

  add(
    indicator: string,
    place: string,
    period: string,
    numerator: number,
    denominator = 0,
  ): boolean {
    const { layout } = this.open();
    if (typeof indicator !== 'string') throw new InvalidArgumentError('indicator', TEXT, indicator);
    if (typeof place !== 'string') throw new InvalidArgumentError('place', TEXT, place);
    if (typeof period !== 'string') throw new InvalidArgumentError('period', TEXT, period);
    if (typeof numerator !== 'number' || numerator - numerator !== 0) {
      throw new InvalidArgumentError('numerator', FINITE, numerator);
    }
    if (typeof denominator !== 'number' || denominator - denominator !== 0) {
      throw new InvalidArgumentError('denominator', FINITE, denominator);
    }
    if (indicator !== this.lastIndicator) {
      this.lastIndicator = indicator;
      this.lastI = layout.indicatorAt.get(indicator) ?? -1;
    }
    if (place !== this.lastPlace) {
      this.lastPlace = place;
      this.lastP = layout.placeAt.get(place) ?? -1;
    }
    if (period !== this.lastPeriod) {
      this.lastPeriod = period;
      this.lastCode = layout.periodCode(period);
    }
    const i = this.lastI;
    const p = this.lastP;
    if (i < 0 || p < 0) return false;
    const bucket = layout.bucket(i, p, this.lastCode);
    if (bucket < 0) return false;
    this.stage(bucket, p * layout.indicators + i, numerator, denominator);
    return true;
  }

  addColumns(columns: DataValueColumns): number {
    const { layout } = this.open();
    const reader = new ColumnReader(columns, layout, 'columns');
    // checked and counted into a layout of its own first, so that a bad batch adds nothing
    const added = reader.count(new Int32Array(layout.counts.length));
    reader.each((bucket, cell, numerator, denominator) =>
      this.stage(bucket, cell, numerator, denominator),
    );
    return added;
  }

  finish(): DataValueIndex {
    const start = this.open();
    this.start = undefined;
    const plan = start.layout.plan();
    const last = this.chunks.length - 1;
    for (let c = 0; c <= last; c++) {
      const held = this.chunks[c] as Chunk;
      const end = c === last ? this.used : CHUNK;
      for (let at = 0; at < end; at++) {
        plan.put(
          held.bucket[at] as number,
          held.cell[at] as number,
          held.numerator[at] as number,
          held.denominator[at] as number,
        );
      }
      this.chunks[c] = undefined; // let the chunk go as soon as it is laid out
    }
    this.current = chunk();
    this.chunks.length = 0;
    return finishIndex(start, plan);
  }
}

/**
 * Starts an index of data values fed as they arrive — one value at a time (`add`, e.g. for each
 * row of a CSV file or a database cursor) or a batch of columns at a time (`addColumns`) — held
 * in typed arrays, never an object per value; `finish` lays them out into the index
 * {@link indexDataValues} makes. Values no roll-up can use are left out as
 * {@link indexDataValues} leaves them out (`add` says whether it kept a value).
 *
 * @param options - The catalogue and the places.
 * @returns An indexer.
 * @throws {@link InvalidArgumentError} when the catalogue or the places are not valid.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS, createDataValueIndexer, rollUpIndex } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * const indexer = createDataValueIndexer({ catalogue: BUILT_IN_INDICATORS, places });
 * indexer.add('peopleGuided', 'thon-1', '2026-10', 12); // true
 * indexer.add('peopleGuided', 'thon-9', '2026-10', 5); // false (an unknown place)
 * const index = indexer.finish();
 * const results = rollUpIndex(index, { period: { kind: 'month', year: 2026, index: 10 } });
 * results.find((r) => r.indicator === 'peopleGuided')?.value; // 12
 * ```
 * @category Indicators
 */
export function createDataValueIndexer(options: CreateDataValueIndexerOptions): DataValueIndexer {
  return new Indexer(options);
}
