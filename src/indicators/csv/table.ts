/// <reference path="../../_internal/papaparse.d.ts" />
// CSV text as a table of trimmed header names and rows of cells, each row with the line an editor
// shows it on. The only module of the library that reads or writes CSV syntax (with papaparse).
import { err, ok, type Result } from 'neverthrow';
import Papa from 'papaparse';
import {
  csvSyntax,
  duplicateColumn,
  wrongFieldCount,
} from '../../problems/catalogue/indicators.js';
import { invalidType } from '../../problems/catalogue/input.js';
import { type Problem, raise } from '../../problems/problem.js';
import { excerpt } from '../../problems/words.js';
import { normalizeText } from '../../text/label.js';

const BOM = '\uFEFF';

/**
 * The column separator of a CSV file: a comma, or a semicolon as Excel writes in locales whose
 * decimal separator is a comma.
 *
 * @category Indicators
 */
export type CsvDelimiter = ',' | ';';

/**
 * The options every CSV writer takes: the column separator.
 *
 * @category Indicators
 */
export interface CsvWriteOptions {
  /** The column separator; `,` by default. */
  readonly delimiter?: CsvDelimiter;
}

/** A row of a CSV file: the line it starts on (from 1, as an editor numbers it) and its cells. */
export interface CsvRow {
  /** The line the row starts on. */
  readonly line: number;
  /** The cells, as written (not trimmed). */
  readonly cells: readonly string[];
}

/** A CSV file read as a table. */
export interface CsvTable {
  /** The header's names, trimmed; empty for a file with no header. */
  readonly header: readonly string[];
  /** The line of the header (1 unless blank lines come first). */
  readonly headerLine: number;
  /** The rows after the header with as many cells as the header, blank rows left out. */
  readonly rows: readonly CsvRow[];
  /** The rows left out for having more or fewer cells than the header. */
  readonly rejected: readonly CsvRow[];
  /** The column separator found in the header. */
  readonly delimiter: CsvDelimiter;
  /** What is wrong with the file's syntax, its header's names and its rows' cell counts. */
  readonly problems: readonly Problem<string>[];
}

/** Writes rows as CSV: UTF-8 with a byte-order mark, CRLF line ends. */
export function writeCsv(
  rows: readonly (readonly string[])[],
  delimiter: CsvDelimiter = ',',
): string {
  return `${BOM}${Papa.unparse(rows, { delimiter, newline: '\r\n' })}\r\n`;
}

/**
 * The delimiter of a file: the one of `,` and `;` found more often outside quotes on the first
 * line that is not blank (header names never contain either unquoted); `,` when neither is.
 */
function delimiterOf(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',') commas += 1;
    else if (c === ';') semicolons += 1;
    else if ((c === '\n' || c === '\r') && commas + semicolons > 0) break;
  }
  return semicolons > commas ? ';' : ',';
}

const BREAK = /\r\n|\r|\n/gu;

/** The number of line breaks inside a row's cells (quoted cells may span lines). */
function breaksIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.includes('\n') || cell.includes('\r')) count += cell.match(BREAK)?.length ?? 0;
  }
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Two neighbouring cells of digits, as a decimal comma splits "12,5" in a `,` file. */
function splitDecimal(cells: readonly string[]): string | null {
  for (let i = 0; i + 1 < cells.length; i += 1) {
    const [a = '', b = ''] = [cells[i]?.trim(), cells[i + 1]?.trim()];
    if (/^-?\d+$/u.test(a) && /^\d+$/u.test(b)) return excerpt(`${a},${b}`);
  }
  return null;
}

function countProblem(
  row: CsvRow,
  expected: number,
  delimiter: CsvDelimiter,
): Problem<'wrong_field_count'> {
  const { cells, line } = row;
  return raise(wrongFieldCount, [line], {
    line,
    expected,
    received: cells.length,
    extra: excerpt(cells.slice(expected).join(delimiter)),
    decimal: delimiter === ',' && cells.length > expected ? splitDecimal(cells) : null,
  });
}

function duplicateNames(header: readonly string[], line: number): Problem<'duplicate_column'>[] {
  const first = new Map<string, number>();
  const found: Problem<'duplicate_column'>[] = [];
  header.forEach((name, i) => {
    const at = first.get(name);
    if (at === undefined) first.set(name, i);
    else
      found.push(
        raise(duplicateColumn, [line, name], {
          line,
          column: name,
          first: at + 1,
          position: i + 1,
        }),
      );
  });
  return found;
}

/** The rows papaparse read, each with its line; rows with a syntax problem are marked. */
function parseRows(body: string, delimiter: CsvDelimiter) {
  const parsed = Papa.parse(body, { delimiter, skipEmptyLines: false });
  const broken = new Map<number, 'unclosedQuote' | 'strayQuote'>();
  for (const error of parsed.errors) {
    const row = error.row ?? parsed.data.length - 1;
    if (error.code === 'MissingQuotes') broken.set(row, 'unclosedQuote');
    else if (error.code === 'InvalidQuotes' && !broken.has(row)) broken.set(row, 'strayQuote');
  }
  let line = 1;
  const rows = parsed.data.map((cells) => {
    const row = { line, cells };
    line += 1 + breaksIn(cells);
    return row;
  });
  return { rows, broken };
}

/**
 * Reads CSV text into a table, never throwing: a byte-order mark is ignored, text is normalised to
 * NFC and line breaks to "\n" (CRLF and a lone CR each end a line, as editors count), the delimiter is found in the header, blank rows (also rows of empty cells, as Excel
 * leaves) are skipped. Reports, each at its line: broken quoting, a header naming a column twice,
 * and rows with more or fewer cells than the header (a decimal comma in a `,` file splits a
 * number in two); such rows are left out of `rows`.
 */
export function readCsvTable(text: unknown): Result<CsvTable, Problem<'invalid_type'>[]> {
  if (typeof text !== 'string') {
    return err([
      raise(invalidType, [], { field: '', expected: 'text' as const, received: excerpt(text) }),
    ]);
  }
  // Every line break as "\n", as an editor counts them (CRLF, and a lone CR, are one line).
  const body = normalizeText(text.startsWith(BOM) ? text.slice(BOM.length) : text).replace(
    /\r\n?/gu,
    '\n',
  );
  const delimiter = delimiterOf(body);
  const { rows, broken } = parseRows(body, delimiter);
  const problems: Problem<string>[] = [];
  let header: readonly string[] = [];
  let headerLine = 1;
  const kept: CsvRow[] = [];
  const rejected: CsvRow[] = [];
  const headerIndex = firstContent(rows, broken);
  rows.forEach((row, r) => {
    const fault = broken.get(r);
    if (fault !== undefined) {
      problems.push(raise(csvSyntax, [row.line], { line: row.line, fault }));
      return;
    }
    if (isBlank(row.cells)) return;
    if (r === headerIndex) {
      header = row.cells.map((cell) => cell.trim());
      headerLine = row.line;
      problems.push(...duplicateNames(header, row.line));
      return;
    }
    if (row.cells.length === header.length) kept.push(row);
    else {
      problems.push(countProblem(row, header.length, delimiter));
      rejected.push(row);
    }
  });
  return ok({ header, headerLine, rows: kept, rejected, delimiter, problems });
}

/** The index of the first row that is not blank and not broken (the header). */
function firstContent(rows: readonly CsvRow[], broken: ReadonlyMap<number, unknown>): number {
  return rows.findIndex((row, r) => !broken.has(r) && !isBlank(row.cells));
}
