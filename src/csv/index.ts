/**
 * `to-cong-nghe-so/csv` — the CSV readers and writers: indicator figures as long CSV, entry sheets
 * for villages to fill in, and a report's figures as CSV. The only entry point that needs
 * papaparse; `to-cong-nghe-so` itself does not export these, so an app that never reads or writes
 * CSV never bundles a CSV parser.
 *
 * @module to-cong-nghe-so/csv
 */
export {
  type CsvCell,
  type CsvCellProblem,
  type CsvDelimiter,
  type CsvProblem,
  type CsvProblemCode,
  type CsvProgress,
  type CsvWriteOptions,
  type EntrySheetOptions,
  entrySheet,
  LONG_CSV_COLUMNS,
  type ParseEntrySheetOptions,
  type ParseLongCsvOptions,
  parseEntrySheet,
  parseLongCsv,
  type ToLongCsvOptions,
  toLongCsv,
} from '../indicators/csv.js';
export { REPORT_CSV_COLUMNS, renderReportCsv } from '../render/report-csv.js';
