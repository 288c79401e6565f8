// The CSV functions of the indicators module: the only ones that need papaparse.

export { type EntrySheetOptions, entrySheet } from './csv/entry-sheet.js';
export type { CsvCell, CsvCellProblem, CsvProblem, CsvProblemCode } from './csv/located.js';
export {
  LONG_CSV_COLUMNS,
  type ParseLongCsvOptions,
  parseLongCsv,
  type ToLongCsvOptions,
  toLongCsv,
} from './csv/long.js';
export { type ParseEntrySheetOptions, parseEntrySheet } from './csv/parse-entry-sheet.js';
export { type CsvDelimiter, type CsvWriteOptions, writeCsv } from './csv/table.js';
