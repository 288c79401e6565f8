// Reading a filled entry sheet back into data values.
import { err, type Result } from 'neverthrow';
import { argumentsOrErr } from '../../_internal/arguments.js';
import { InvalidArgumentError } from '../../problems/argument.js';
import { inCsvCell } from '../../problems/catalogue/csv-cell.js';
import {
  derivedIndicator,
  duplicateColumn,
  emptyCell,
  invalidNumber,
  missingColumn,
  unexpectedDenominator,
  unknownColumn,
  unknownIndicator,
} from '../../problems/catalogue/indicators.js';
import { limitProblems } from '../../problems/input.js';
import { type Problem, raise } from '../../problems/problem.js';
import { excerpt } from '../../problems/words.js';
import { type Indicator, type QuantityName, UNIT_SCALE } from '../definition.js';
import {
  type DataValue,
  DataValueSchema,
  type ParseDataValuesOptions,
  type ValueLookups,
  valueLookups,
} from '../value.js';
import { indicatorRef } from '../words.js';
import { readNumber } from './cells.js';
import { FIXED } from './entry-sheet.js';
import { type CsvOrigin, type CsvProblem, type CsvSource, finish, inOrder } from './located.js';
import { readPeriodCell } from './periods.js';
import { type CsvRow, type CsvTable, readCsvTable } from './table.js';

/**
 * What {@link parseEntrySheet} checks a filled sheet against, and who filled it.
 *
 * @category Indicators
 */
export interface ParseEntrySheetOptions extends ParseDataValuesOptions {
  /** Recorded as `reportedBy` on every value read. */
  readonly reportedBy?: string;
  /** Recorded as `reportedAt` on every value read (ISO 8601 with offset). */
  readonly reportedAt?: string;
}

/** The columns of one indicator in a sheet. */
type Group = Partial<Record<QuantityName, number>>;

/** Reads the indicator columns of a sheet's header: the problems, and the columns per indicator. */
function indicatorColumns(table: CsvTable, lookups: ValueLookups) {
  const line = table.headerLine;
  const problems: Problem<string>[] = [];
  const groups = new Map<string, Group>();
  table.header.forEach((header, c) => {
    if (c < FIXED.length) return;
    const [code = '', quantity = ''] = (header.split(' ')[0] ?? '').split('.');
    if (quantity !== 'numerator' && quantity !== 'denominator') {
      problems.push(
        raise(unknownColumn, [line, header], {
          line,
          column: header,
          layout: 'entrySheet' as const,
          columns: [],
        }),
      );
      return;
    }
    const group = groups.get(code) ?? {};
    const first = group[quantity];
    if (first !== undefined) {
      const column = table.header[first] ?? '';
      problems.push(
        raise(duplicateColumn, [line, header], { line, column, first: first + 1, position: c + 1 }),
      );
      return;
    }
    group[quantity] = c;
    groups.set(code, group);
  });
  for (const [code, group] of groups) problems.push(...groupProblems(code, group, table, lookups));
  return { problems, groups };
}

/** What is wrong with the columns of one indicator: unknown, derived, a quantity missing or extra. */
function groupProblems(
  code: string,
  group: Group,
  table: CsvTable,
  lookups: ValueLookups,
): Problem<string>[] {
  const line = table.headerLine;
  const first = Math.min(group.numerator ?? Infinity, group.denominator ?? Infinity);
  const column = table.header[first] ?? '';
  const at = { line, column, cell: excerpt(column) };
  const indicator: Indicator | undefined = lookups.indicators.get(code);
  if (indicator === undefined)
    return [raise(inCsvCell(unknownIndicator), [line, column], { ...at, indicatorId: code })];
  const ref = indicatorRef(code, indicator);
  if (indicator.villagesMeeting)
    return [raise(inCsvCell(derivedIndicator), [line, column], { ...at, indicator: ref })];
  const ratio = UNIT_SCALE[indicator.unit] !== undefined;
  const missing = (quantity: QuantityName) =>
    raise(missingColumn, [line, `${code}.${quantity}`], {
      line,
      column: `${code}.${quantity}`,
      position: null,
    });
  if (group.numerator === undefined) return [missing('numerator')];
  if (ratio && group.denominator === undefined) return [missing('denominator')];
  if (!ratio && group.denominator !== undefined) {
    const extra = table.header[group.denominator] ?? '';
    return [
      raise(inCsvCell(unexpectedDenominator), [line, extra], {
        line,
        column: extra,
        cell: excerpt(extra),
        indicator: ref,
      }),
    ];
  }
  return [];
}

/** The first three columns, each where it must be. */
function fixedColumns(table: CsvTable): Problem<string>[] {
  const line = table.headerLine;
  return FIXED.flatMap((name, c) =>
    table.header[c] === name
      ? []
      : [raise(missingColumn, [line, name], { line, column: name, position: c + 1 })],
  );
}

/** Who filled a sheet, recorded on every value. */
interface Who {
  readonly reportedBy?: string;
  readonly reportedAt?: string;
}

interface SheetValue {
  readonly value: Record<string, unknown>;
  readonly origin: CsvOrigin;
  readonly broken: boolean;
}

/** Where the fields of a value of a sheet come from: its row and its indicator's columns. */
class SheetOrigin implements CsvOrigin {
  constructor(
    private readonly row: CsvRow,
    private readonly group: Group,
    private readonly table: CsvTable,
  ) {}

  get line(): number {
    return this.row.line;
  }

  at(field: string): CsvSource | undefined {
    const { row, group, table } = this;
    if (field === 'period' || field === 'place') {
      return { line: row.line, column: field, text: row.cells[field === 'period' ? 0 : 1] ?? '' };
    }
    const quantity = field === 'denominator' ? 'denominator' : 'numerator';
    const c = group[quantity] ?? group.numerator;
    if (c === undefined) return undefined;
    const column = table.header[c] ?? '';
    return { line: row.line, column, text: field === 'indicator' ? column : (row.cells[c] ?? '') };
  }
}

/** The quantities of one indicator in one row: the numbers; problems of cells are reported. */
function readQuantities(row: CsvRow, group: Group, table: CsvTable, problems: Problem<string>[]) {
  const numbers: Partial<Record<QuantityName, number>> = {};
  const { line } = row;
  let readable = true;
  const text = (quantity: QuantityName) => {
    const c = group[quantity];
    return c === undefined ? '' : (row.cells[c] ?? '');
  };
  for (const quantity of ['numerator', 'denominator'] as const) {
    const cell = text(quantity);
    if (cell.trim() === '') continue;
    const amount = readNumber(cell, table.delimiter);
    if (amount !== undefined) {
      numbers[quantity] = amount;
      continue;
    }
    readable = false;
    const column = table.header[group[quantity] ?? -1] ?? '';
    const delimiter = table.delimiter;
    problems.push(
      raise(invalidNumber, [line, column], { line, column, cell: excerpt(cell), delimiter }),
    );
  }
  const numerator = text('numerator').trim() !== '';
  const denominator = text('denominator').trim() !== '';
  if (!numerator && denominator) {
    readable = false;
    const column = table.header[group.numerator ?? -1] ?? '';
    problems.push(
      raise(emptyCell, [line, column], { line, column, expected: 'numerator' as const }),
    );
  }
  return { filled: numerator || denominator, numbers, readable };
}

/** The values of one row of a sheet; problems of its cells are reported. */
function readSheetRow(
  row: CsvRow,
  table: CsvTable,
  groups: ReadonlyMap<string, Group>,
  who: Who,
  problems: Problem<string>[],
): SheetValue[] {
  const { line } = row;
  const period = readPeriodCell((row.cells[0] ?? '').trim());
  const place = (row.cells[1] ?? '').trim();
  const values: SheetValue[] = [];
  for (const [indicator, group] of groups) {
    const read = readQuantities(row, group, table, problems);
    if (!read.filled) continue;
    const value: Record<string, unknown> = { indicator, place, period, ...read.numbers, ...who };
    values.push({ value, origin: new SheetOrigin(row, group, table), broken: !read.readable });
  }
  if (values.length === 0) return values;
  for (const [name, cell] of [
    ['period', period],
    ['place', place],
  ] as const) {
    if (cell === '')
      problems.push(raise(emptyCell, [line, name], { line, column: name, expected: name }));
  }
  return period === '' || place === '' ? [] : values;
}

function whoFilled(options: ParseEntrySheetOptions): Result<Who, Problem<'invalid_argument'>> {
  return argumentsOrErr(() => {
    const { reportedBy, reportedAt } = (
      typeof options === 'object' && options !== null ? options : {}
    ) as Partial<Record<'reportedBy' | 'reportedAt', unknown>>;
    const who = {
      ...(reportedBy === undefined ? {} : { reportedBy }),
      ...(reportedAt === undefined ? {} : { reportedAt }),
    };
    const checked = DataValueSchema.pick({ reportedBy: true, reportedAt: true }).safeParse(who);
    if (!checked.success) {
      throw new InvalidArgumentError(
        'options',
        {
          vi: 'người báo cáo là văn bản, thời điểm theo ISO 8601 có múi giờ',
          en: 'a reporter as text and a timestamp in ISO 8601 with an offset',
        },
        who,
      );
    }
    return checked.data as Who;
  });
}

/**
 * Reads a filled entry sheet ({@link entrySheet}) back into data values: for each row and
 * indicator, empty cells mean "not reported"; a filled denominator needs its numerator, a ratio's
 * numerator its denominator. The `name` column is ignored; indicator columns are recognised by
 * the `code.numerator` or `code.denominator` before the first space.
 *
 * A sheet saved back from a spreadsheet is read as written: the apostrophe that marks text is
 * dropped, a month Excel turned into a date is read back from the forms it saves (`Oct-26`,
 * `10/1/2026`, `1/10/2026`, `2026-10-01`, `Thg10-26` … — the first day of the month; two-digit
 * years are 20yy), DHIS2's period ids are taken too, numbers follow the delimiter (a `.` decimal
 * point in `,` files, a `,` decimal comma and `.` thousands in `;` files), and empty columns a
 * spreadsheet adds after the last one are ignored.
 *
 * Every problem of the file comes back at once (at most 100, then one saying how many more), in
 * line order, each at `[line, column]` with a message that names the line and the column's
 * header, says what was expected and quotes the cell: broken quoting, the first three columns
 * not `period`, `place`, `name`, a column of an unknown or derived indicator, of no quantity or
 * twice the same, a row with more or fewer cells than the header, an empty period or place, a
 * cell that is not a number in the file's convention, and every problem of the values (a place
 * not in the list, a period of the wrong kind, a numerator above its denominator; with `asOf`, a
 * period that has not begun …).
 *
 * Never throws: any input gives `ok` or `err`; options that are not valid give an `err` with the
 * `invalid_argument` problem.
 *
 * @param text - The CSV text (comma or semicolon, with or without a byte-order mark; any value
 *   is accepted and checked).
 * @param options - The catalogue, places, held values, `replace`, the date periods must have
 *   begun by (`asOf`), and who reported and when.
 * @returns The values, or the problems.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS } from 'to-cong-nghe-so';
 * import { parseEntrySheet } from 'to-cong-nghe-so/csv';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * const sheet = 'period;place;name;peopleGuided.numerator (Số lượt)\n2026-10;thon-1;thôn 1;12\n';
 * const fromExcel = 'period;place;name;peopleGuided.numerator (Số lượt)\r\n01/10/2026;thon-1;thôn 1;12\r\n';
 * parseEntrySheet(sheet, { catalogue: BUILT_IN_INDICATORS, places, reportedBy: 'Trưởng thôn 1' });
 * // ok([{ indicator: 'peopleGuided', place: 'thon-1', period: '2026-10', numerator: 12, reportedBy: 'Trưởng thôn 1' }])
 * parseEntrySheet(sheet.replace('2026-10', '2026-13'), { catalogue: BUILT_IN_INDICATORS, places })
 *   .mapErr((problems) => problems.map((p) => [p.code, p.path])); // err([['invalid_period', [2, 'period']]])
 * parseEntrySheet(fromExcel, { catalogue: BUILT_IN_INDICATORS, places }).map((values) => values[0]?.period); // ok('2026-10')
 * ```
 * @category Indicators
 */
export function parseEntrySheet(
  text: unknown,
  options: ParseEntrySheetOptions,
): Result<DataValue[], CsvProblem[]> {
  const lookups = valueLookups(options);
  if (lookups.isErr()) return err([lookups.error]);
  const who = whoFilled(options);
  if (who.isErr()) return err([who.error]);
  return readCsvTable(text).andThen((table) => {
    const columns = indicatorColumns(table, lookups.value);
    const reading = [...table.problems, ...fixedColumns(table), ...columns.problems];
    if (reading.length > table.problems.length) {
      return err(limitProblems(inOrder(reading as CsvProblem[])) as CsvProblem[]);
    }
    const values: SheetValue[] = [];
    for (const row of table.rows) {
      values.push(...readSheetRow(row, table, columns.groups, who.value, reading));
    }
    return finish(reading, values, lookups.value);
  });
}
