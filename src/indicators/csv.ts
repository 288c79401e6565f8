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
export type { CsvProgress } from './csv/progress.js';
export type { CsvDelimiter, CsvWriteOptions } from './csv/table.js';
export { type CsvValue, writeCsv } from './csv/write.js';
