/// <reference path="../../_internal/papaparse.d.ts" />
// Writing CSV for spreadsheets: every CSV file the library writes goes through `writeCsv`.
import Papa from 'papaparse';
import { numberText } from './cells.js';
import { writeTextCell } from './spreadsheet.js';
import type { CsvDelimiter } from './table.js';

/** A cell to write: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null | undefined;

const BOM = '\uFEFF';

/** Either delimiter inside a cell: such cells are quoted, so that both read the file alike. */
const SEPARATOR = /[,;]/u;

function quoteSeparators(value: string): boolean {
  return SEPARATOR.test(value);
}

/** Whether a row's text is nothing at all: no cell, or one empty cell. */
function blank(row: readonly string[]): boolean {
  return row.length === 0 || (row.length === 1 && row[0] === '');
}

/** A cell's text: numbers in the file's convention, text marked where a spreadsheet changes it. */
function cellText(value: CsvValue, delimiter: CsvDelimiter): string {
  if (typeof value === 'number') return numberText(value, delimiter);
  if (typeof value === 'string') return writeTextCell(value, delimiter);
  return '';
}

/**
 * Writes rows as CSV for spreadsheets: UTF-8 text starting with a byte-order mark (so that Excel
 * reads Vietnamese as UTF-8), CRLF line ends, cells with either delimiter, a quote or a line break
 * quoted. Numbers are written in the file's convention (a `,` decimal comma in `;` files); `NaN`
 * and the infinities as empty cells. Text that a spreadsheet would run as a formula (beginning
 * with `=`, `+`, `-`, `@`, a tab or a line break: OWASP "CSV injection") or turn into a date or
 * another number (`2026-10`, `1/10`, `007`) is written after an apostrophe `'`, the spreadsheets'
 * mark of text; the library's CSV readers drop it again. A row of one empty cell is written as
 * `""`, so that it is read back as a row rather than skipped as an empty line.
 */
export function writeCsv(
  rows: readonly (readonly CsvValue[])[],
  delimiter: CsvDelimiter = ',',
): string {
  const cells = rows.map((row) => row.map((value) => cellText(value, delimiter)));
  const options = { delimiter, newline: '\r\n', quotes: quoteSeparators };
  // A row of one empty cell (or none) would be an empty line, which every CSV reader skips:
  // it is written as a quoted empty cell `""`, so that no row is lost.
  const body = cells.some(blank)
    ? cells.map((row) => (blank(row) ? '""' : Papa.unparse([row], options))).join('\r\n')
    : Papa.unparse(cells, options);
  return `${BOM}${body}\r\n`;
}
