// Text cells as spreadsheets keep them. Excel, LibreOffice and Google Sheets read a CSV cell as if
// it were typed: a cell that begins with `=`, `+`, `-`, `@`, a tab or a line break is a formula
// (OWASP "CSV injection"), and text such as `2026-10`, `1/10`, `Oct-26`, `007` becomes a date or
// a number, saved back as something else. Such text is written with a leading apostrophe `'`, the
// spreadsheets' own mark of text; readers drop the mark again, so that what the library writes
// reads back to the same text, whether the spreadsheet kept the apostrophe or not.
import type { CsvDelimiter } from './table.js';

const APOSTROPHE = 0x27;

/** The first characters of a formula (OWASP), and a line feed. */
const FORMULA = /^[=+\-@\t\r\n]/u;

/**
 * Negative numbers as a spreadsheet writes them back unchanged (no leading or trailing zero, no
 * exponent), in the conventions of `,` and `;` files: these stay numbers, not formulas.
 */
const NEGATIVE: Record<CsvDelimiter, RegExp> = {
  ',': /^-(?:[1-9]\d*(?:\.\d*[1-9])?|0\.\d*[1-9])$/u,
  ';': /^-(?:[1-9]\d*(?:,\d*[1-9])?|0,\d*[1-9])$/u,
};

/** Text of digits that a spreadsheet turns into a date, a time or another number. */
const DIGITS: readonly RegExp[] = [
  // 2026-10, 2026-10-01, 1/10/2026, 10-12, 2026/10
  /^\d{1,4}[-/]\d{1,2}(?:[-/]\d{1,4})?$/u,
  // 10/2026
  /^\d{1,2}[-/]\d{4}$/u,
  // 01.10.2026
  /^\d{1,2}\.\d{1,2}\.\d{2,4}$/u,
  // 2026-10-01 08:30
  /^\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}(?::\d{2})?$/u,
  // 8:30, 08:30:15, 8:30 PM, 8 am
  /^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?[ap]m?)?$/iu,
  /^\d{1,2}\s?[ap]m$/iu,
  // 007 (leading zeros are dropped), 16 digits or more (rounded), 1e5 (an exponent)
  /^0\d+(?:[.,]\d+)?$/u,
  /^\d{16,}$/u,
  /^\d+(?:[.,]\d+)?e[-+]?\d+$/iu,
];

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Text with an English month name that a spreadsheet turns into a date: `Oct-26`, `1-Oct`. */
const MONTH_NAMES: readonly RegExp[] = [
  new RegExp(`^${MONTH}\\.?[-/ ,]+\\d{1,4}(?:[-/ ,]+\\d{1,4})?$`, 'iu'),
  new RegExp(`^\\d{1,2}[-/ ]${MONTH}\\.?(?:[-/ ,]+\\d{1,4})?$`, 'iu'),
];

/** Whether a spreadsheet would not keep a text cell as it is (apostrophes already set aside). */
function changes(text: string, delimiter: CsvDelimiter): boolean {
  const first = text.charCodeAt(0);
  if (Number.isNaN(first)) return false;
  if (FORMULA.test(text)) return !NEGATIVE[delimiter].test(text);
  if (first >= 0x30 && first <= 0x39) return DIGITS.some((pattern) => pattern.test(text));
  const letter = first | 0x20;
  if (letter >= 0x61 && letter <= 0x7a) return MONTH_NAMES.some((pattern) => pattern.test(text));
  return false;
}

/** The number of apostrophes a text begins with. */
function apostrophes(text: string): number {
  let count = 0;
  while (text.charCodeAt(count) === APOSTROPHE) count += 1;
  return count;
}

/**
 * A text cell as the library writes it: with a leading apostrophe when a spreadsheet would read it
 * as a formula, a date or another number — and when it already begins with apostrophes before such
 * text, so that {@link readTextCell} gives back exactly the text written.
 */
export function writeTextCell(text: string, delimiter: CsvDelimiter): string {
  const marks = apostrophes(text);
  return changes(marks === 0 ? text : text.slice(marks), delimiter) ? `'${text}` : text;
}

/**
 * A cell as written: without the apostrophe {@link writeTextCell} sets (or a spreadsheet keeps)
 * before text it would otherwise change. Any other apostrophe is part of the text.
 */
export function readTextCell(cell: string, delimiter: CsvDelimiter): string {
  if (cell.charCodeAt(0) !== APOSTROPHE) return cell;
  return changes(cell.slice(apostrophes(cell)), delimiter) ? cell.slice(1) : cell;
}
