// The long CSV layout: one row per indicator, place, period and quantity.
import { err, ok, type Result } from 'neverthrow';
import { checkOneOf } from '../../_internal/arguments.js';
import { deepFreeze } from '../../_internal/freeze.js';
import { missingColumn, unknownColumn } from '../../problems/catalogue/indicators.js';
import { limitProblems } from '../../problems/input.js';
import { type Problem, raise } from '../../problems/problem.js';
import { argumentProblem, checkValues } from '../arguments.js';
import type { QuantityName } from '../definition.js';
import { type DataValue, type ParseDataValuesOptions, valueLookups } from '../value.js';
import { type CsvProblem, finish, inOrder } from './located.js';
import { gather } from './long-reader.js';
import { type CsvProgress, progressReporter } from './progress.js';
import { type CsvTable, type CsvWriteOptions, readCsvTable } from './table.js';
import { type CsvValue, writeCsv } from './write.js';

/**
 * The columns of the long CSV format, in order: one row per indicator, place, period and
 * quantity (`numerator` or `denominator`), with the value, who reported it and when.
 *
 * @example
 * ```ts
 * import { LONG_CSV_COLUMNS } from 'to-cong-nghe-so/csv';
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
 * What {@link parseLongCsv} checks values against (the catalogue, the places, values already
 * held, whether to replace them, the date periods must have begun by), and whom to tell how far it
 * has come.
 *
 * @category Indicators
 */
export interface ParseLongCsvOptions extends ParseDataValuesOptions {
  /**
   * Called as the rows are read and the values checked: at the start and end of each stage and
   * every 1,000 rows or values, so that a program can show progress on a big file.
   */
  readonly onProgress?: (progress: CsvProgress) => void;
}

/**
 * Writes data values as CSV in the long format ({@link LONG_CSV_COLUMNS}): UTF-8 text starting
 * with a byte-order mark (so Excel shows Vietnamese correctly), CRLF line ends, numbers with a
 * `.` decimal point (a `,` decimal comma with the `;` delimiter). Text a spreadsheet would run as
 * a formula (a name beginning with `=`, `+`, `-`, `@`, a tab or a line break) or turn into a date
 * (the month `2026-10`) is written after an apostrophe, the spreadsheets' mark of text:
 * `'2026-10`. {@link parseLongCsv} drops it again.
 *
 * @param values - The data values.
 * @param options - The delimiter.
 * @returns The CSV text.
 * @throws {@link to-cong-nghe-so!InvalidArgumentError} when `values` is not a list of data
 *   values or the delimiter is not `,` or `;`.
 * @example
 * ```ts
 * import { toLongCsv } from 'to-cong-nghe-so/csv';
 *
 * toLongCsv([{ indicator: 'fibreHouseholds', place: 'thon-1', period: '2026-10', numerator: 150, denominator: 200 }]);
 * // '\uFEFFindicator,place,period,quantity,value,reportedBy,reportedAt\r\n' +
 * // "fibreHouseholds,thon-1,'2026-10,numerator,150,,\r\n" +
 * // "fibreHouseholds,thon-1,'2026-10,denominator,200,,\r\n"
 * ```
 * @category Indicators
 */
export function toLongCsv(values: readonly DataValue[], options: ToLongCsvOptions = {}): string {
  const checked = checkValues(values, 'values');
  const delimiter = checkOneOf(options?.delimiter ?? ',', 'options.delimiter', [',', ';'] as const);
  const rows: CsvValue[][] = [[...LONG_CSV_COLUMNS]];
  for (const value of checked) {
    const tail = [value.reportedBy ?? '', value.reportedAt ?? ''];
    const row = (quantity: QuantityName, amount: number) => [
      value.indicator,
      value.place,
      value.period,
      quantity,
      amount,
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
 * without a byte-order mark, then checks them as
 * {@link to-cong-nghe-so!parseDataValues} does.
 *
 * Files saved back from a spreadsheet are read as written: the apostrophe that marks text is
 * dropped, a month Excel turned into a date is read back from the forms it saves (`Oct-26`,
 * `10/1/2026`, `1/10/2026`, `2026-10-01`, `Thg10-26` … — the first day of the month; two-digit
 * years are 20yy), and DHIS2's period ids (`202610`, `2026Q4`, `2026S2`, `2026W5`) are taken too.
 * Numbers follow the delimiter: a `.` decimal point in `,` files ("1,234.5" may group thousands),
 * a `,` decimal comma in `;` files ("1.234,5"); empty columns a spreadsheet adds after the last
 * one are ignored.
 *
 * Every problem of the file comes back at once (at most 100, then one saying how many more), in
 * line order, each at `[line, column]` with a message that names the line and the column's
 * header, says what was expected and quotes the cell: broken quoting, a header with an unknown,
 * missing or repeated column, a row with more or fewer cells than the header (a decimal comma
 * "12,5" in a comma file), an empty indicator, place or period, a quantity other than
 * `numerator` or `denominator`, a value that is not a number in the file's convention, a
 * quantity given twice, and every problem of the values themselves (with `asOf`, a period that
 * has not begun: `future_period`).
 *
 * Never throws: any input gives `ok` or `err`; options that are not a catalogue and places give
 * an `err` with the `invalid_argument` problem. Only an exception thrown by `onProgress` itself
 * passes through.
 *
 * @param text - The CSV text (any value is accepted and checked).
 * @param options - The catalogue, the places, values already held, whether to replace, the date
 *   periods must have begun by, and a progress callback.
 * @returns The values (held ones first, as {@link to-cong-nghe-so!parseDataValues}), or the
 *   problems.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS } from 'to-cong-nghe-so';
 * import { parseLongCsv } from 'to-cong-nghe-so/csv';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * const csv = 'indicator;place;period;quantity;value\npeopleGuided;thon-1;Oct-26;numerator;12\n';
 * parseLongCsv(csv, { catalogue: BUILT_IN_INDICATORS, places });
 * // ok([{ indicator: 'peopleGuided', place: 'thon-1', period: '2026-10', numerator: 12 }])
 * parseLongCsv(csv.replace('12', 'mười'), { catalogue: BUILT_IN_INDICATORS, places })
 *   .mapErr((problems) => problems.map((p) => p.path)); // err([[2, 'value']])
 * parseLongCsv(csv, { catalogue: BUILT_IN_INDICATORS, places, asOf: '2026-09-30' })
 *   .mapErr((problems) => problems.map((p) => p.code)); // err(['future_period'])
 * ```
 * @category Indicators
 */
export function parseLongCsv(
  text: unknown,
  options: ParseLongCsvOptions,
): Result<DataValue[], CsvProblem[]> {
  const lookups = valueLookups(options);
  if (lookups.isErr()) return err([lookups.error]);
  const onProgress = progressOption(options);
  if (onProgress.isErr()) return err([onProgress.error]);
  const progress = progressReporter(onProgress.value);
  return readCsvTable(text).andThen((table) => {
    const header = readHeader(table);
    const reading = [...table.problems, ...header.problems];
    if (header.columns === undefined) {
      return err(limitProblems(inOrder(reading as CsvProblem[])) as CsvProblem[]);
    }
    const gathered = gather(table, header.columns, lookups.value, progress);
    return finish([...reading, ...gathered.problems], gathered.values, lookups.value, progress);
  });
}

/** The progress callback of the options, when it is a function (or absent). */
function progressOption(
  options: ParseLongCsvOptions,
): Result<ParseLongCsvOptions['onProgress'], Problem<'invalid_argument'>> {
  const given = typeof options === 'object' && options !== null ? options.onProgress : undefined;
  if (given === undefined || typeof given === 'function') return ok(given);
  return err(
    argumentProblem(
      'options.onProgress',
      { vi: 'một hàm nhận tiến độ', en: 'a function taking the progress' },
      given,
    ),
  );
}
