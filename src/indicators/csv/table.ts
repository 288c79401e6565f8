/// <reference path="../../_internal/papaparse.d.ts" />
// CSV text as a table of trimmed header names and rows of cells, each row with the line an editor
// shows it on. With `write.ts`, the only module of the library that reads or writes CSV syntax
// (with papaparse).
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
import { readTextCell } from './spreadsheet.js';

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

/**
 * The delimiter of a file: the one of `,` and `;` found more often outside quotes on the first
 * line that is not blank (header names never contain either unquoted); `,` when neither is.
 */
function delimiterOf(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',') commas += 1;
    else if (c === ';') semicolons += 1;
    else if (c === '\n' || c === '\r') {
      if (content || commas + semicolons > 0) break;
    } else if (c !== ' ' && c !== '\t') content = true;
    if (c === '"') content = true;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * The text with every line end outside quoted cells as "\n", as an editor counts lines (CRLF, and
 * a lone CR, end one line each); line breaks inside quoted cells are kept as written. A quote opens
 * a quoted cell only at the start of a cell, as papaparse reads it.
 */
function normalizeLineEnds(text: string, delimiter: string): string {
  if (!text.includes('\r')) return text;
  let out = '';
  let from = 0;
  let quoted = false;
  let cellStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') i += 1;
      else quoted = false;
      continue;
    }
    if (c === '"' && cellStart) {
      quoted = true;
      cellStart = false;
      continue;
    }
    cellStart = c === delimiter || c === '\n' || c === '\r';
    if (c !== '\r') continue;
    out += `${text.slice(from, i)}\n`;
    if (text[i + 1] === '\n') i += 1;
    from = i + 1;
  }
  return out + text.slice(from);
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
  const parsed = Papa.parse(body, { delimiter, newline: '\n', skipEmptyLines: false });
  const broken = new Map<number, 'unclosedQuote' | 'strayQuote'>();
  for (const error of parsed.errors) {
    const row = error.row ?? parsed.data.length - 1;
    if (error.code === 'MissingQuotes') broken.set(row, 'unclosedQuote');
    else if (error.code === 'InvalidQuotes' && !broken.has(row)) broken.set(row, 'strayQuote');
  }
  let line = 1;
  const rows = parsed.data.map((cells) => {
    const row = { line, cells: cells.map((cell) => readTextCell(cell, delimiter)) };
    line += 1 + breaksIn(cells);
    return row;
  });
  return { rows, broken };
}

/**
 * Reads CSV text into a table, never throwing: a byte-order mark is ignored, text is normalised to
 * NFC, line ends outside quoted cells to "\n" (CRLF and a lone CR each end a line, as editors
 * count), the delimiter is found in the header, the apostrophe that marks text for spreadsheets is
 * dropped (see `readTextCell`), blank rows (also rows of empty cells, as Excel leaves) are skipped,
 * and so are empty columns after the last named one. Reports, each at its line: broken quoting, a
 * header naming a column twice, and rows with more or fewer cells than the header (a decimal comma
 * in a `,` file splits a number in two); such rows are left out of `rows`.
 */
export function readCsvTable(text: unknown): Result<CsvTable, Problem<'invalid_type'>[]> {
  if (typeof text !== 'string') {
    return err([
      raise(invalidType, [], { field: '', expected: 'text' as const, received: excerpt(text) }),
    ]);
  }
  const nfc = normalizeText(text.startsWith(BOM) ? text.slice(BOM.length) : text);
  const delimiter = delimiterOf(nfc);
  const { rows, broken } = parseRows(normalizeLineEnds(nfc, delimiter), delimiter);
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
      header = namedColumns(row.cells.map((cell) => cell.trim()));
      headerLine = row.line;
      problems.push(...duplicateNames(header, row.line));
      return;
    }
    const fitted = fitColumns(row, header.length);
    if (fitted) kept.push(fitted);
    else {
      problems.push(countProblem(row, header.length, delimiter));
      rejected.push(row);
    }
  });
  return ok({ header, headerLine, rows: kept, rejected, delimiter, problems });
}

/** A header without the empty columns after its last named one (as spreadsheets may save). */
function namedColumns(header: readonly string[]): readonly string[] {
  let end = header.length;
  while (end > 1 && header[end - 1] === '') end -= 1;
  return end === header.length ? header : header.slice(0, end);
}

/** A row with as many cells as the header has columns, dropping empty cells after them. */
function fitColumns(row: CsvRow, columns: number): CsvRow | undefined {
  if (row.cells.length === columns) return row;
  if (row.cells.length < columns) return undefined;
  const extra = row.cells.slice(columns);
  return isBlank(extra) ? { line: row.line, cells: row.cells.slice(0, columns) } : undefined;
}

/** The index of the first row that is not blank and not broken (the header). */
function firstContent(rows: readonly CsvRow[], broken: ReadonlyMap<number, unknown>): number {
  return rows.findIndex((row, r) => !broken.has(r) && !isBlank(row.cells));
}
