// Numbers in CSV cells, in the conventions of the file's delimiter: a `.` decimal point in `,`
// files, a `,` decimal comma (and `.` between groups of three digits) in `;` files, as
// Vietnamese Excel writes them.
import type { CsvDelimiter } from './table.js';

const PLAIN = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/u;
const GROUPED = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u;
const COMMA = /^-?\d+(?:,\d+)?(?:[eE][-+]?\d+)?$/u;

/**
 * The number a cell holds, or `undefined` when it holds none (or is empty). In a `;` file, "."
 * groups thousands (only between groups of exactly three digits) and "," is the decimal mark, so
 * "1.234,5" is 1234.5 and "1.5" is refused as ambiguous.
 */
export function readNumber(cell: string, delimiter: CsvDelimiter): number | undefined {
  const text = cell.trim();
  if (delimiter === ',') return PLAIN.test(text) ? Number(text) : undefined;
  if (GROUPED.test(text)) return Number(text.replaceAll('.', '').replace(',', '.'));
  if (COMMA.test(text)) return Number(text.replace(',', '.'));
  return undefined;
}

/** A number as a cell: with a decimal comma in `;` files, as Vietnamese Excel reads them. */
export function numberText(value: number, delimiter: CsvDelimiter = ','): string {
  return delimiter === ';' ? String(value).replace('.', ',') : String(value);
}
