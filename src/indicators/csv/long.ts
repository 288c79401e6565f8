// The long CSV layout: one row per indicator, place, period and quantity.
import { err, type Result } from 'neverthrow';
import { checkOneOf } from '../../_internal/arguments.js';
import { deepFreeze } from '../../_internal/freeze.js';
import { missingColumn, unknownColumn } from '../../problems/catalogue/indicators.js';
import { limitProblems } from '../../problems/input.js';
import { type Problem, raise } from '../../problems/problem.js';
import { checkValues } from '../arguments.js';
import type { QuantityName } from '../definition.js';
import { type DataValue, type ParseDataValuesOptions, valueLookups } from '../value.js';
import { numberText } from './cells.js';
import { type CsvProblem, finish, inOrder } from './located.js';
import { gather } from './long-reader.js';
import { type CsvTable, type CsvWriteOptions, readCsvTable, writeCsv } from './table.js';

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
