// Numbers in CSV cells, in the conventions of the file's delimiter: a `.` decimal point in `,`
// files (as English-language spreadsheets write them), a `,` decimal comma and `.` between groups
// of three digits in `;` files (as Vietnamese Excel writes them).
import type { CsvDelimiter } from './table.js';

/** `,` files: 12, -12.5, 1.5e-7. */
const PLAIN = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/u;
/** `,` files, thousands grouped with `,` where no decimal comma can be meant: 1,234.5, 1,234,567. */
const COMMA_GROUPED = /^-?\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d+)?|,\d{3}\.\d+)$/u;
/** `;` files, thousands grouped with `.`: 1.234, 1.234,5. */
const POINT_GROUPED = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u;
/** `;` files: 12, -12,5, 1,5e-7. */
const DECIMAL_COMMA = /^-?\d+(?:,\d+)?(?:[eE][-+]?\d+)?$/u;

/**
 * The number a cell holds, or `undefined` when it holds none (or is empty). In a `,` file, "."
 * is the decimal point and "," may group thousands only where it cannot be a decimal comma
 * ("1,234.5", "1,234,567"; "1,234" is refused as ambiguous). In a `;` file, "," is the decimal
 * comma and "." groups thousands, only between groups of exactly three digits ("1.234,5" is
 * 1234.5; "1.5" is refused as ambiguous).
 */
export function readNumber(cell: string, delimiter: CsvDelimiter): number | undefined {
  const text = cell.trim();
  if (delimiter === ',') {
    if (PLAIN.test(text)) return Number(text);
    if (COMMA_GROUPED.test(text)) return Number(text.replaceAll(',', ''));
    return undefined;
  }
  if (POINT_GROUPED.test(text)) return Number(text.replaceAll('.', '').replace(',', '.'));
  if (DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return undefined;
}

/**
 * A number as a cell: the shortest text that reads back to the same number, with a decimal comma
 * in `;` files; empty for `NaN` and the infinities, which no spreadsheet or reader takes as a
 * number.
 */
export function numberText(value: number, delimiter: CsvDelimiter = ','): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return delimiter === ';' ? text.replace('.', ',') : text;
}
