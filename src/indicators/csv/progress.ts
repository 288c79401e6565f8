// Progress of a CSV reader through a big file, for programs that show it.

/**
 * How far {@link parseLongCsv} has come: reading the rows into values (`done` rows of `total`),
 * then checking the values (`done` values of `total`).
 *
 * @category Indicators
 */
export interface CsvProgress {
  /** `reading` the file's rows, then `checking` the values they make. */
  readonly stage: 'reading' | 'checking';
  /** How many rows (reading) or values (checking) are done. */
  readonly done: number;
  /** How many there are. */
  readonly total: number;
}

/** Tells how far a stage has come (the reporter decides how often to pass it on). */
export type ProgressReporter = (stage: CsvProgress['stage'], done: number, total: number) => void;

/** Progress is passed on at most once per this many rows or values (and at each stage's end). */
export const PROGRESS_STEP = 1000;

/** A reporter that calls `onProgress` at the start and end of each stage and every 1,000 steps. */
export function progressReporter(
  onProgress: ((progress: CsvProgress) => void) | undefined,
): ProgressReporter {
  if (onProgress === undefined) return () => {};
  return (stage, done, total) => {
    if (done === 0 || done === total || done % PROGRESS_STEP === 0) {
      onProgress({ stage, done, total });
    }
  };
}
