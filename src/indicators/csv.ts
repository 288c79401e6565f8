/// <reference path="../_internal/papaparse.d.ts" />
import { err, ok, type Result } from 'neverthrow';
import Papa from 'papaparse';
import { formatPeriod, type Period, periodRange } from '../calendar/period.js';
import type { Place } from '../places/place.js';
import { parentIdOf, placeName } from '../places/query.js';
import type { InputProblemCode } from '../problems/input.js';
import type { Problem, ProblemPath } from '../problems/problem.js';
import { normalizeText } from '../text/label.js';
import { type Catalogue, type QuantityName, UNIT_SCALE } from './definition.js';
import {
  type DataValue,
  type DataValueContext,
  type DataValueProblemCode,
  parseDataValues,
} from './value.js';

const BOM = '\uFEFF';

/**
 * The column separator of a CSV file: a comma, or a semicolon as Excel writes in locales whose
 * decimal separator is a comma.
 *
 * @category Indicators
 */
export type CsvDelimiter = ',' | ';';

/**
 * The codes of {@link CsvProblem} beyond those of data values and input shapes.
 *
 * @category Indicators
 */
export type CsvProblemCode =
  | 'csv_syntax'
  | 'missing_column'
  | 'unknown_column'
  | 'invalid_quantity'
  | 'invalid_number'
  | 'duplicate_quantity';

/**
 * A problem found in a CSV file. Its `path` is `[line, column]`: the 1-based line of the file
 * (the header is line 1) and the column's header, and its message starts with the line.
 *
 * @category Indicators
 */
export type CsvProblem = Problem<CsvProblemCode | DataValueProblemCode | InputProblemCode>;

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
export const LONG_CSV_COLUMNS = [
  'indicator',
  'place',
  'period',
  'quantity',
  'value',
  'reportedBy',
  'reportedAt',
] as const;

/**
 * Options of the CSV writers.
 *
 * @category Indicators
 */
export interface CsvWriteOptions {
  /** The column separator; `,` by default. */
  readonly delimiter?: CsvDelimiter;
}

/** @internal Writes rows as CSV: UTF-8 with a byte-order mark, CRLF line ends. */
export function writeCsv(
  rows: readonly (readonly string[])[],
  delimiter: CsvDelimiter = ',',
): string {
  return `${BOM}${Papa.unparse(rows, { delimiter, newline: '\r\n' })}\r\n`;
}

/**
 * Writes data values as CSV in the long format ({@link LONG_CSV_COLUMNS}): UTF-8 text starting
 * with a byte-order mark (so Excel shows Vietnamese correctly), CRLF line ends, numbers with a
 * `.` decimal point.
 *
 * @param values - The data values.
 * @param options - The delimiter.
 * @returns The CSV text.
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
export function toLongCsv(values: readonly DataValue[], options: CsvWriteOptions = {}): string {
  const rows: string[][] = [[...LONG_CSV_COLUMNS]];
  for (const value of values) {
    const tail = [value.reportedBy ?? '', value.reportedAt ?? ''];
    rows.push([
      value.indicator,
      value.place,
      value.period,
      'numerator',
      numberText(value.numerator, options.delimiter),
      ...tail,
    ]);
    if (value.denominator !== undefined) {
      rows.push([
        value.indicator,
        value.place,
        value.period,
        'denominator',
        numberText(value.denominator, options.delimiter),
        ...tail,
      ]);
    }
  }
  return writeCsv(rows, options.delimiter);
}

/** A number as a cell: with a decimal comma in `;` files, as Vietnamese Excel reads them. */
function numberText(value: number, delimiter: CsvDelimiter = ','): string {
  return delimiter === ';' ? String(value).replace('.', ',') : String(value);
}

interface Table {
  readonly header: string[];
  readonly rows: { readonly line: number; readonly cells: string[] }[];
  readonly delimiter: string;
}

function csvProblem(
  code: CsvProblem['code'],
  line: number,
  column: string | undefined,
  message: { vi: string; en: string },
): CsvProblem {
  const path: ProblemPath = column === undefined ? [line] : [line, column];
  return {
    code,
    path,
    message: { vi: `Dòng ${line}: ${message.vi}`, en: `Line ${line}: ${message.en}` },
  } as CsvProblem;
}

function readTable(text: unknown): Result<Table, CsvProblem[]> {
  if (typeof text !== 'string') {
    return err([
      {
        code: 'invalid_type',
        path: [],
        message: {
          vi: `Cần nội dung tệp CSV dạng văn bản (nhận được ${text === null ? 'null' : typeof text}).`,
          en: `Expected the CSV file's text (got ${text === null ? 'null' : typeof text}).`,
        },
      },
    ]);
  }
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const parsed = Papa.parse(normalizeText(body), {
    delimitersToGuess: [',', ';'],
    skipEmptyLines: 'greedy',
  });
  const lines: number[] = [];
  let line = 1;
  for (const row of parsed.data) {
    lines.push(line);
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\n/gu)?.length ?? 0), 0);
  }
  // A file of one column (or none) has no delimiter to detect; `,` is right for it.
  const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (errors.length > 0) {
    return err(
      errors.map((e) =>
        csvProblem('csv_syntax', lines[e.row ?? 0] ?? 1, undefined, {
          vi: `lỗi cú pháp CSV (${e.message}).`,
          en: `CSV syntax error (${e.message}).`,
        }),
      ),
    );
  }
  const [header = [], ...rest] = parsed.data;
  return ok({
    header: header.map((cell) => cell.trim()),
    rows: rest.map((cells, i) => ({ line: lines[i + 1] ?? i + 2, cells })),
    delimiter: parsed.meta.delimiter,
  });
}

function readNumber(
  cell: string,
  delimiter: string,
  line: number,
  column: string,
): Result<number, CsvProblem> {
  const text = delimiter === ';' ? fromDecimalComma(cell.trim()) : cell.trim();
  if (text !== undefined && /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/u.test(text))
    return ok(Number(text));
  return err(
    csvProblem('invalid_number', line, column, {
      vi:
        delimiter === ';'
          ? `"${cell}" không phải là số (tệp dùng dấu ";": dấu phẩy là dấu thập phân, dấu chấm chỉ phân cách hàng nghìn, như 1.234,5).`
          : `"${cell}" không phải là số.`,
      en:
        delimiter === ';'
          ? `"${cell}" is not a number (a ";" file takes "," as the decimal mark and "." only between groups of three digits, as in 1.234,5).`
          : `"${cell}" is not a number.`,
    }),
  );
}

/**
 * A number of a `;` file (Vietnamese Excel) in JavaScript's form: "." groups thousands (only
 * between groups of exactly three digits) and "," is the decimal mark, so "1.234,5" is 1234.5;
 * `undefined` when a "." is anything else ("1.5" is ambiguous there).
 */
function fromDecimalComma(text: string): string | undefined {
  if (text.includes('.') && !/^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(text)) return undefined;
  return text.replaceAll('.', '').replace(',', '.');
}

interface Origin {
  readonly line: number;
  readonly fields: Partial<Record<string, { line: number; column: string }>>;
}

function checkValues(
  values: unknown[],
  origins: readonly Origin[],
  context: DataValueContext,
): Result<DataValue[], CsvProblem[]> {
  return parseDataValues(values, context).mapErr((problems) =>
    problems.map((problem) => {
      const [i, field] = problem.path;
      const origin = origins[typeof i === 'number' ? i : 0];
      const at = typeof field === 'string' ? origin?.fields[field] : undefined;
      const line = at?.line ?? origin?.line ?? 1;
      return csvProblem(problem.code, line, at?.column, problem.message);
    }),
  );
}

/**
 * The values read, checked, after the problems found while reading them: every problem is
 * reported at once, and the values at the positions in `broken` (a cell of theirs could not be
 * read) are left out of the checks.
 */
function finish(
  problems: readonly CsvProblem[],
  values: readonly Record<string, unknown>[],
  origins: readonly Origin[],
  broken: ReadonlySet<number>,
  context: DataValueContext,
): Result<DataValue[], CsvProblem[]> {
  const keep = origins.flatMap((origin, i) => {
    const value = values[i];
    return broken.has(i) || value === undefined ? [] : [{ value, origin }];
  });
  const checked = checkValues(
    keep.map((k) => k.value),
    keep.map((k) => k.origin),
    context,
  );
  if (problems.length === 0) return checked;
  return err([...problems, ...(checked.isErr() ? checked.error : [])]);
}

/**
 * Reads data values from CSV in the long format ({@link LONG_CSV_COLUMNS}; `reportedBy` and
 * `reportedAt` may be left out), comma- or semicolon-separated (detected), with or without a
 * byte-order mark, then checks them as {@link parseDataValues} does. Every problem is reported
 * at once with its line and column.
 *
 * @param text - The CSV text.
 * @param context - The catalogue, the places, values already held and whether to replace.
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
  text: string,
  context: DataValueContext,
): Result<DataValue[], CsvProblem[]> {
  return readTable(text).andThen((table) => {
    const problems: CsvProblem[] = [];
    const known = new Set<string>(LONG_CSV_COLUMNS);
    table.header.forEach((name) => {
      if (!known.has(name)) {
        problems.push(
          csvProblem('unknown_column', 1, name, {
            vi: `cột "${name}" không được hỗ trợ.`,
            en: `column "${name}" is not known.`,
          }),
        );
      }
    });
    for (const name of LONG_CSV_COLUMNS.slice(0, 5)) {
      if (!table.header.includes(name)) {
        problems.push(
          csvProblem('missing_column', 1, name, {
            vi: `thiếu cột "${name}".`,
            en: `column "${name}" is missing.`,
          }),
        );
      }
    }
    if (problems.length > 0) return err(problems);
    const column = (name: string) => table.header.indexOf(name);
    const values: Record<string, unknown>[] = [];
    const origins: Origin[] = [];
    const byKey = new Map<string, number>();
    const brokenKeys = new Set<string>();
    for (const { line, cells } of table.rows) {
      const cell = (name: string) => (cells[column(name)] ?? '').trim();
      const quantity = cell('quantity');
      const key = [cell('indicator'), cell('place'), cell('period')].join('\u0000');
      if (quantity !== 'numerator' && quantity !== 'denominator') {
        problems.push(
          csvProblem('invalid_quantity', line, 'quantity', {
            vi: `"${quantity}" phải là "numerator" (tử số) hoặc "denominator" (mẫu số).`,
            en: `"${quantity}" must be "numerator" or "denominator".`,
          }),
        );
        brokenKeys.add(key);
        continue;
      }
      const number = readNumber(cell('value'), table.delimiter, line, 'value');
      if (number.isErr()) {
        problems.push(number.error);
        brokenKeys.add(key);
        continue;
      }
      let i = byKey.get(key);
      if (i === undefined) {
        i = values.length;
        byKey.set(key, i);
        const value: Record<string, unknown> = {
          indicator: cell('indicator'),
          place: cell('place'),
          period: cell('period'),
        };
        const fields: Origin['fields'] = {};
        for (const name of ['indicator', 'place', 'period', 'reportedBy', 'reportedAt']) {
          fields[name] = { line, column: name };
          if ((name === 'reportedBy' || name === 'reportedAt') && cell(name) !== '')
            value[name] = cell(name);
        }
        values.push(value);
        origins.push({ line, fields });
      }
      const value = values[i] ?? {};
      const origin = origins[i];
      if (value[quantity] !== undefined) {
        problems.push(
          csvProblem('duplicate_quantity', line, 'quantity', {
            vi: `${quantity} của ${cell('indicator')}, ${cell('place')}, ${cell('period')} đã có ở dòng ${origin?.fields[quantity]?.line}.`,
            en: `the ${quantity} of ${cell('indicator')}, ${cell('place')}, ${cell('period')} is already on line ${origin?.fields[quantity]?.line}.`,
          }),
        );
        brokenKeys.add(key);
        continue;
      }
      value[quantity] = number.value;
      if (origin) origin.fields[quantity] = { line, column: 'value' };
    }
    const broken = new Set([...brokenKeys].flatMap((key) => byKey.get(key) ?? []));
    return finish(problems, values, origins, broken, context);
  });
}

/**
 * What an entry sheet is for.
 *
 * @category Indicators
 */
export interface EntrySheetOptions {
  /** The indicators. Only village-collected ones reported per `period.kind` get columns. */
  readonly catalogue: Catalogue;
  /** The places; one row per village existing in the period. */
  readonly places: readonly Place[];
  /** The period the sheet is for. */
  readonly period: Period;
  /** Only the villages of this commune (on the period's last day). */
  readonly commune?: string;
  /** Values to fill in (those of other periods or places are ignored). */
  readonly values?: readonly DataValue[];
  /** The column separator; `,` by default. */
  readonly delimiter?: CsvDelimiter;
}

function sheetColumns(catalogue: Catalogue, period: Period) {
  return catalogue
    .filter(
      (i) => !i.villagesMeeting && i.collectedAt === 'village' && i.periodKind === period.kind,
    )
    .flatMap((indicator) => {
      const quantities: [QuantityName, string][] = [
        ['numerator', indicator.numerator?.name.vi ?? ''],
      ];
      if (UNIT_SCALE[indicator.unit] !== undefined)
        quantities.push(['denominator', indicator.denominator?.name.vi ?? '']);
      return quantities.map(([quantity, name]) => ({
        indicator: indicator.code,
        quantity,
        header: `${indicator.code}.${quantity} (${name})`,
      }));
    });
}

/**
 * Writes a wide "entry sheet" for a period: one row per village (its id and written name),
 * one column per quantity of each village-collected indicator reported per that kind of
 * period, headed `code.numerator (Vietnamese name)`. A village head fills it in a spreadsheet;
 * {@link parseEntrySheet} reads it back. Cells are empty unless `values` fill them.
 *
 * @param options - The catalogue, places, period, and optionally a commune, values and delimiter.
 * @returns The CSV text, with a byte-order mark.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS, entrySheet } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * entrySheet({
 *   catalogue: BUILT_IN_INDICATORS.filter((i) => i.code === 'peopleGuided'),
 *   places,
 *   period: { kind: 'month', year: 2026, index: 10 },
 * });
 * // '\uFEFFperiod,place,name,peopleGuided.numerator (Số lượt người dân được hướng dẫn)\r\n2026-10,thon-1,Thôn 1,\r\n'
 * ```
 * @category Indicators
 */
export function entrySheet(options: EntrySheetOptions): string {
  const { period } = options;
  const periodId = formatPeriod(period);
  const { start, end } = periodRange(period);
  const columns = sheetColumns(options.catalogue, period);
  const filled = new Map<string, DataValue>();
  for (const value of options.values ?? []) {
    if (value.period === periodId) filled.set(`${value.indicator}\u0000${value.place}`, value);
  }
  const villages = options.places.filter(
    (place) =>
      place.level === 'village' &&
      (place.from === undefined || place.from <= end) &&
      (place.to === undefined || place.to >= start) &&
      (options.commune === undefined ||
        parentIdOf(place, place.to !== undefined && place.to < end ? place.to : end) ===
          options.commune),
  );
  const rows = villages.map((village) => [
    periodId,
    village.id,
    placeName(village),
    ...columns.map(({ indicator, quantity }) => {
      const amount = filled.get(`${indicator}\u0000${village.id}`)?.[quantity];
      return amount === undefined ? '' : numberText(amount, options.delimiter);
    }),
  ]);
  return writeCsv(
    [['period', 'place', 'name', ...columns.map((c) => c.header)], ...rows],
    options.delimiter,
  );
}

/**
 * What {@link parseEntrySheet} checks a filled sheet against, and who filled it.
 *
 * @category Indicators
 */
export interface EntrySheetContext extends DataValueContext {
  /** Recorded as `reportedBy` on every value read. */
  readonly reportedBy?: string;
  /** Recorded as `reportedAt` on every value read (ISO 8601 with offset). */
  readonly reportedAt?: string;
}

/**
 * Reads a filled entry sheet ({@link entrySheet}) back into data values: for each row and
 * indicator, empty cells mean "not reported"; a filled numerator needs its denominator. The
 * `name` column is ignored; columns are recognised by the code before the first space. Every
 * problem is reported at once with its line and column.
 *
 * @param text - The CSV text (comma or semicolon, with or without a byte-order mark).
 * @param context - The catalogue, places, held values, `replace`, and who reported and when.
 * @returns The values, or the problems.
 * @example
 * ```ts
 * import { type Place, BUILT_IN_INDICATORS, parseEntrySheet } from 'to-cong-nghe-so';
 *
 * const places: Place[] = [{ id: 'thon-1', level: 'village', kind: 'thon', name: '1', parents: [], counts: [] }];
 * const sheet = 'period;place;name;peopleGuided.numerator (Số lượt)\n2026-10;thon-1;thôn 1;12\n';
 * parseEntrySheet(sheet, { catalogue: BUILT_IN_INDICATORS, places, reportedBy: 'Trưởng thôn 1' });
 * // ok([{ indicator: 'peopleGuided', place: 'thon-1', period: '2026-10', numerator: 12, reportedBy: 'Trưởng thôn 1' }])
 * ```
 * @category Indicators
 */
export function parseEntrySheet(
  text: string,
  context: EntrySheetContext,
): Result<DataValue[], CsvProblem[]> {
  return readTable(text).andThen((table) => {
    const problems: CsvProblem[] = [];
    const groups = new Map<string, Partial<Record<QuantityName, number>>>();
    table.header.forEach((header, c) => {
      if (c < 3) return;
      const [code = '', quantity = ''] = (header.split(' ')[0] ?? '').split('.');
      if (quantity !== 'numerator' && quantity !== 'denominator') {
        problems.push(
          csvProblem('unknown_column', 1, header, {
            vi: `cột "${header}" phải có dạng "mã.numerator" hoặc "mã.denominator".`,
            en: `column "${header}" must read "code.numerator" or "code.denominator".`,
          }),
        );
        return;
      }
      const group = groups.get(code) ?? {};
      group[quantity] = c;
      groups.set(code, group);
    });
    ['period', 'place', 'name'].forEach((name, c) => {
      if (table.header[c] !== name) {
        problems.push(
          csvProblem('missing_column', 1, name, {
            vi: `cột thứ ${c + 1} phải là "${name}".`,
            en: `column ${c + 1} must be "${name}".`,
          }),
        );
      }
    });
    if (problems.length > 0) return err(problems);
    const values: Record<string, unknown>[] = [];
    const origins: Origin[] = [];
    const broken = new Set<number>();
    for (const { line, cells } of table.rows) {
      for (const [indicator, group] of groups) {
        const value: Record<string, unknown> = {
          indicator,
          place: (cells[1] ?? '').trim(),
          period: (cells[0] ?? '').trim(),
        };
        const fields: Origin['fields'] = {
          place: { line, column: 'place' },
          period: { line, column: 'period' },
        };
        let filled = false;
        let unreadable = false;
        for (const quantity of ['numerator', 'denominator'] as const) {
          const c = group[quantity];
          const cell = c === undefined ? '' : (cells[c] ?? '');
          const header = c === undefined ? '' : (table.header[c] ?? '');
          fields[quantity] = { line, column: header };
          if (cell.trim() === '') continue;
          filled = true;
          const number = readNumber(cell, table.delimiter, line, header);
          if (number.isErr()) {
            problems.push(number.error);
            unreadable = true;
          } else value[quantity] = number.value;
        }
        if (!filled) continue;
        if (unreadable) broken.add(values.length);
        if (context.reportedBy !== undefined) value.reportedBy = context.reportedBy;
        if (context.reportedAt !== undefined) value.reportedAt = context.reportedAt;
        values.push(value);
        origins.push({ line, fields });
      }
    }
    return finish(problems, values, origins, broken, context);
  });
}

/**
 * One value in DHIS2's `dataValueSet` shape.
 *
 * @category Indicators
 */
export interface Dhis2DataValue {
  /** The data element: its DHIS2 id, or `code.numerator` / `code.denominator` by default. */
  readonly dataElement: string;
  /** The DHIS2 period: `202610`, `2026Q4`, `2026S2`, `2026`. */
  readonly period: string;
  /** The organisation unit: its DHIS2 id, or the place id by default. */
  readonly orgUnit: string;
  /** The value, as text. */
  readonly value: string;
}

/**
 * A DHIS2 `dataValueSet`, ready for `POST /api/dataValueSets`.
 *
 * @category Indicators
 */
export interface Dhis2DataValueSet {
  /** The values. */
  readonly dataValues: readonly Dhis2DataValue[];
}

/**
 * How the library's codes map to a DHIS2 instance's ids.
 *
 * @category Indicators
 */
export interface Dhis2Mapping {
  /** DHIS2 data element ids by `code.numerator` / `code.denominator`. */
  readonly dataElements?: Readonly<Record<string, string>>;
  /** DHIS2 organisation unit ids by place id. */
  readonly orgUnits?: Readonly<Record<string, string>>;
}

function dhis2Period(id: string): string {
  return id.replace('-H', 'S').replace('-Q', 'Q').replace('-', '');
}

/**
 * Exports data values as a DHIS2 `dataValueSet` (one data value per quantity), so that
 * provinces running DHIS2 can import them. Codes and place ids pass through unless mapped.
 *
 * @param values - The data values.
 * @param mapping - DHIS2 ids for data elements and organisation units.
 * @returns The data value set.
 * @example
 * ```ts
 * import { toDhis2DataValueSet } from 'to-cong-nghe-so';
 *
 * toDhis2DataValueSet(
 *   [{ indicator: 'fibreHouseholds', place: 'thon-1', period: '2026-Q4', numerator: 150, denominator: 200 }],
 *   { orgUnits: { 'thon-1': 'Ab12Cd34Ef5' } },
 * ).dataValues[0];
 * // { dataElement: 'fibreHouseholds.numerator', period: '2026Q4', orgUnit: 'Ab12Cd34Ef5', value: '150' }
 * ```
 * @category Indicators
 */
export function toDhis2DataValueSet(
  values: readonly DataValue[],
  mapping: Dhis2Mapping = {},
): Dhis2DataValueSet {
  return {
    dataValues: values.flatMap((value) =>
      (['numerator', 'denominator'] as const).flatMap((quantity) => {
        const amount = value[quantity];
        if (amount === undefined) return [];
        const element = `${value.indicator}.${quantity}`;
        return [
          {
            dataElement: mapping.dataElements?.[element] ?? element,
            period: dhis2Period(value.period),
            orgUnit: mapping.orgUnits?.[value.place] ?? value.place,
            value: String(amount),
          },
        ];
      }),
    ),
  };
}
