// The long CSV layout: one row per indicator, place, period and quantity.
import { err, type Result } from 'neverthrow';
import { checkOneOf } from '../../_internal/arguments.js';
import { deepFreeze } from '../../_internal/freeze.js';
import {
  duplicateQuantity,
  emptyCell,
  invalidNumber,
  invalidQuantity,
  missingColumn,
  missingQuantity,
  unknownColumn,
} from '../../problems/catalogue/indicators.js';
import { limitProblems } from '../../problems/input.js';
import { type Problem, raise } from '../../problems/problem.js';
import { excerpt } from '../../problems/words.js';
import { checkValues } from '../arguments.js';
import type { QuantityName } from '../definition.js';
import { readPeriodId } from '../period-id.js';
import {
  type DataValue,
  type ParseDataValuesOptions,
  type ValueLookups,
  valueLookups,
} from '../value.js';
import { indicatorRef, periodWords, placeRef } from '../words.js';
import { numberText, readNumber } from './cells.js';
import { type CsvOrigin, type CsvProblem, finish, inOrder } from './located.js';
import {
  type CsvRow,
  type CsvTable,
  type CsvWriteOptions,
  readCsvTable,
  writeCsv,
} from './table.js';

/**
 * The columns of the long CSV format, in order: one row per indicator, place, period and
 * quantity (`numerator` or `denominator`), with the value, who reported it and when.
 *
 * @example
 * ```ts
 * import { LONG_CSV_COLUMNS } from 'to-cong-nghe-so';
 *
 * LONG_CSV_COLUMNS.join(','); // 'indicator,place,period,quantity,value,reportedBy,reportedAt'
 * ```
 * @category Indicators
 */
export const LONG_CSV_COLUMNS = deepFreeze([
  'indicator',
  'place',
  'period',
  'quantity',
  'value',
  'reportedBy',
  'reportedAt',
] as const);

/** The columns every long CSV file has (`reportedBy` and `reportedAt` may be left out). */
const REQUIRED = LONG_CSV_COLUMNS.slice(0, 5);

/**
 * Options of {@link toLongCsv}.
 *
 * @category Indicators
 */
export interface ToLongCsvOptions extends CsvWriteOptions {}

/**
 * What {@link parseLongCsv} checks values against: the catalogue, the places, values already
 * held and whether to replace them.
 *
 * @category Indicators
 */
export interface ParseLongCsvOptions extends ParseDataValuesOptions {}

/**
 * Writes data values as CSV in the long format ({@link LONG_CSV_COLUMNS}): UTF-8 text starting
 * with a byte-order mark (so Excel shows Vietnamese correctly), CRLF line ends, numbers with a
 * `.` decimal point (a `,` decimal comma with the `;` delimiter).
 *
 * @param values - The data values.
 * @param options - The delimiter.
 * @returns The CSV text.
 * @throws {@link InvalidArgumentError} when `values` is not a list of data values or the
 *   delimiter is not `,` or `;`.
 * @example
 * ```ts
 * import { toLongCsv } from 'to-cong-nghe-so';
 *
 * toLongCsv([{ indicator: 'fibreHouseholds', place: 'thon-1', period: '2026-10', numerator: 150, denominator: 200 }]);
 * // '\uFEFFindicator,place,period,quantity,value,reportedBy,reportedAt\r\n' +
 * // 'fibreHouseholds,thon-1,2026-10,numerator,150,,\r\n' +
 * // 'fibreHouseholds,thon-1,2026-10,denominator,200,,\r\n'
 * ```
 * @category Indicators
 */
export function toLongCsv(values: readonly DataValue[], options: ToLongCsvOptions = {}): string {
  const checked = checkValues(values, 'values');
  const delimiter = checkOneOf(options?.delimiter ?? ',', 'options.delimiter', [',', ';']);
  const rows: string[][] = [[...LONG_CSV_COLUMNS]];
  for (const value of checked) {
    const tail = [value.reportedBy ?? '', value.reportedAt ?? ''];
    const row = (quantity: QuantityName, amount: number) => [
      value.indicator,
      value.place,
      value.period,
      quantity,
      numberText(amount, delimiter),
      ...tail,
    ];
    rows.push(row('numerator', value.numerator));
    if (value.denominator !== undefined) rows.push(row('denominator', value.denominator));
  }
  return writeCsv(rows, delimiter);
}

/** The header's problems; the column positions when the rows can be read. */
function readHeader(table: CsvTable): {
  problems: Problem<string>[];
  columns?: ReadonlyMap<string, number>;
} {
  const line = table.headerLine;
  const known = new Set<string>(LONG_CSV_COLUMNS);
  const problems: Problem<string>[] = table.header
    .filter((name) => !known.has(name))
    .map((name) =>
      raise(unknownColumn, [line, name], {
        line,
        column: name,
        layout: 'long' as const,
        columns: [...LONG_CSV_COLUMNS],
      }),
    );
  const missing = REQUIRED.filter((name) => !table.header.includes(name));
  for (const name of missing) {
    problems.push(raise(missingColumn, [line, name], { line, column: name, position: null }));
  }
  const columns = new Map<string, number>();
  table.header.forEach((name, i) => {
    if (known.has(name) && !columns.has(name)) columns.set(name, i);
  });
  const twice = table.header.length !== new Set(table.header).size;
  return missing.length > 0 || twice ? { problems } : { problems, columns };
}

/** Where the fields of a value of a long file come from: its first row, and each quantity's. */
class LongOrigin implements CsvOrigin {
  numerator?: CsvRow;
  denominator?: CsvRow;

  constructor(
    private readonly first: CsvRow,
    private readonly columns: ReadonlyMap<string, number>,
  ) {}

  get line(): number {
    return this.first.line;
  }

  at(field: string) {
    const quantity = field === 'numerator' || field === 'denominator' ? this[field] : undefined;
    // A quantity with no row of its own is missing: point at the quantity of the first row.
    const row = quantity ?? this.first;
    const column = quantity
      ? 'value'
      : field === 'numerator' || field === 'denominator'
        ? 'quantity'
        : field;
    const c = this.columns.get(column);
    return c === undefined ? undefined : { line: row.line, column, text: row.cells[c] ?? '' };
  }
}

/** The values of a long file as they are gathered: one per indicator, place and period. */
interface Gathered {
  readonly value: Record<string, unknown>;
  readonly origin: LongOrigin;
  /** Whether a row of the value could not be read (the value is then not checked further). */
  broken: boolean;
}

/** What one row of a long file says. */
interface LongRow {
  readonly key: string;
  readonly quantity: QuantityName;
  readonly amount: number | undefined;
  /** Whether every cell could be read. */
  readonly readable: boolean;
}

/** Reads the rows of a long file, each into the value of its indicator, place and period. */
class LongReader {
  readonly problems: Problem<string>[] = [];
  readonly byKey = new Map<string, Gathered>();
  private readonly at: Record<(typeof LONG_CSV_COLUMNS)[number], number>;

  constructor(
    private readonly table: CsvTable,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly lookups: ValueLookups,
  ) {
    const at = (name: string) => columns.get(name) ?? -1;
    this.at = {
      indicator: at('indicator'),
      place: at('place'),
      period: at('period'),
      quantity: at('quantity'),
      value: at('value'),
      reportedBy: at('reportedBy'),
      reportedAt: at('reportedAt'),
    };
  }

  private cell(row: CsvRow, name: keyof LongReader['at']): string {
    return row.cells[this.at[name]] ?? '';
  }

  /** The cells of a row; problems of its cells are reported as they are found. */
  private readRow(row: CsvRow, report: boolean): LongRow {
    const { line } = row;
    let readable = true;
    const indicator = this.cell(row, 'indicator').trim();
    const place = this.cell(row, 'place').trim();
    const period = this.cell(row, 'period').trim();
    for (const [name, text] of [
      ['indicator', indicator],
      ['place', place],
      ['period', period],
    ] as const) {
      if (text !== '') continue;
      readable = false;
      if (report)
        this.problems.push(raise(emptyCell, [line, name], { line, column: name, expected: name }));
    }
    const quantity = this.cell(row, 'quantity').trim();
    if (quantity !== 'numerator' && quantity !== 'denominator') {
      readable = false;
      const cell = excerpt(this.cell(row, 'quantity'));
      if (report)
        this.problems.push(
          raise(invalidQuantity, [line, 'quantity'], { line, column: 'quantity', cell }),
        );
    }
    const amount = readNumber(this.cell(row, 'value'), this.table.delimiter);
    if (amount === undefined) {
      readable = false;
      const cell = excerpt(this.cell(row, 'value'));
      const delimiter = this.table.delimiter;
      if (report)
        this.problems.push(
          raise(invalidNumber, [line, 'value'], { line, column: 'value', cell, delimiter }),
        );
    }
    const key =
      indicator === '' || place === '' || period === ''
        ? ''
        : `${indicator}\u0000${place}\u0000${period}`;
    return { key, quantity: quantity as QuantityName, amount, readable };
  }

  /** A value's first row: its key, who reported it and when. */
  private start(row: CsvRow): Gathered {
    const value: Record<string, unknown> = {
      indicator: this.cell(row, 'indicator').trim(),
      place: this.cell(row, 'place').trim(),
      period: this.cell(row, 'period').trim(),
    };
    const reportedBy = this.cell(row, 'reportedBy').trim();
    const reportedAt = this.cell(row, 'reportedAt').trim();
    if (reportedBy !== '') value.reportedBy = reportedBy;
    if (reportedAt !== '') value.reportedAt = reportedAt;
    return { value, origin: new LongOrigin(row, this.columns), broken: false };
  }

  /** Adds a row to its value. */
  add(row: CsvRow): void {
    const read = this.readRow(row, true);
    if (read.key === '') return;
    let gathered = this.byKey.get(read.key);
    if (gathered === undefined) {
      gathered = this.start(row);
      this.byKey.set(read.key, gathered);
    }
    if (!read.readable || read.amount === undefined) {
      gathered.broken = true;
      return;
    }
    const first = gathered.origin[read.quantity];
    if (first !== undefined) {
      this.problems.push(duplicateRow(row.line, read.quantity, first.line, gathered, this.lookups));
      gathered.broken = true;
      return;
    }
    gathered.value[read.quantity] = read.amount;
    gathered.origin[read.quantity] = row;
  }

  /** Leaves out the value of a row refused for its cell count (its other rows say nothing alone). */
  refuse(row: CsvRow): void {
    const gathered = this.byKey.get(this.readRow(row, false).key);
    if (gathered) gathered.broken = true;
  }
}

function gather(
  table: CsvTable,
  columns: ReadonlyMap<string, number>,
  lookups: ValueLookups,
): { problems: Problem<string>[]; values: Gathered[] } {
  const reader = new LongReader(table, columns, lookups);
  for (const row of table.rows) reader.add(row);
  for (const row of table.rejected) reader.refuse(row);
  const values = [...reader.byKey.values()];
  for (const gathered of values) {
    if (!gathered.broken && gathered.origin.numerator === undefined) {
      reader.problems.push(noNumerator(gathered, lookups));
      gathered.broken = true;
    }
  }
  return { problems: reader.problems, values };
}

/** A value with a denominator line and no numerator line. */
function noNumerator(gathered: Gathered, lookups: ValueLookups): Problem<'missing_quantity'> {
  const { indicator, place, period } = gathered.value as Record<
    'indicator' | 'place' | 'period',
    string
  >;
  const line = gathered.origin.denominator?.line ?? gathered.origin.line;
  return raise(missingQuantity, [line, 'quantity'], {
    line,
    column: 'quantity',
    indicator: indicatorRef(indicator, lookups.indicators.get(indicator)),
    place: placeRef(place, lookups.places.get(place)),
    periodLabel: periodWords(period, readPeriodId(period).unwrapOr(undefined)),
  });
}

function duplicateRow(
  line: number,
  quantity: QuantityName,
  first: number,
  gathered: Gathered,
  lookups: ValueLookups,
): Problem<'duplicate_quantity'> {
  const { indicator, place, period } = gathered.value as Record<
    'indicator' | 'place' | 'period',
    string
  >;
  return raise(duplicateQuantity, [line, 'quantity'], {
    line,
    column: 'quantity',
    quantity,
    indicator: indicatorRef(indicator, lookups.indicators.get(indicator)),
    place: placeRef(place, lookups.places.get(place)),
    periodLabel: periodWords(period, readPeriodId(period).unwrapOr(undefined)),
    first,
  });
}

/**
 * Reads data values from CSV in the long format ({@link LONG_CSV_COLUMNS}; `reportedBy` and
 * `reportedAt` may be left out), comma- or semicolon-separated (found in the header), with or
 * without a byte-order mark, then checks them as {@link parseDataValues} does.
 *
 * Every problem of the file comes back at once (at most 100, then one saying how many more), in
 * line order, each at `[line, column]` with a message that names the line and the column's
 * header, says what was expected and quotes the cell: broken quoting, a header with an unknown,
 * missing or repeated column, a row with more or fewer cells than the header (a decimal comma
 * "12,5" in a comma file), an empty indicator, place or period, a quantity other than
 * `numerator` or `denominator`, a value that is not a number in the file's convention, a
 * quantity given twice, and every problem of the values themselves.
 *
 * Never throws: any input gives `ok` or `err`; options that are not a catalogue and places give
 * an `err` with the `invalid_argument` problem.
 *
 * @param text - The CSV text (any value is accepted and checked).
 * @param options - The catalogue, the places, values already held and whether to replace.
 * @returns The values (held ones first, as {@link parseDataValues}), or the problems.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS, parseLongCsv } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * const csv = 'indicator;place;period;quantity;value\npeopleGuided;thon-1;2026-10;numerator;12\n';
 * parseLongCsv(csv, { catalogue: BUILT_IN_INDICATORS, places });
 * // ok([{ indicator: 'peopleGuided', place: 'thon-1', period: '2026-10', numerator: 12 }])
 * parseLongCsv(csv.replace('12', 'mười'), { catalogue: BUILT_IN_INDICATORS, places })
 *   .mapErr((problems) => problems.map((p) => p.path)); // err([[2, 'value']])
 * ```
 * @category Indicators
 */
export function parseLongCsv(
  text: unknown,
  options: ParseLongCsvOptions,
): Result<DataValue[], CsvProblem[]> {
  const lookups = valueLookups(options);
  if (lookups.isErr()) return err([lookups.error]);
  return readCsvTable(text).andThen((table) => {
    const header = readHeader(table);
    const reading = [...table.problems, ...header.problems];
    if (header.columns === undefined) {
      return err(limitProblems(inOrder(reading as CsvProblem[])) as CsvProblem[]);
    }
    const gathered = gather(table, header.columns, lookups.value);
    return finish([...reading, ...gathered.problems], gathered.values, lookups.value);
  });
}
