// The few parts of papaparse's API the library uses. Declared here rather than taken from
// `@types/papaparse`, which would bring Node's types into the core.
declare module 'papaparse' {
  /** A problem papaparse met while reading CSV. */
  interface ParseError {
    /** What went wrong, in English. */
    message: string;
    /** Its code, e.g. `UndetectableDelimiter` (then the delimiter defaults to `,`). */
    code: string;
    /** The 0-based row it happened at, when known. */
    row?: number;
  }
  /** What papaparse returns. */
  interface ParseResult {
    /** The rows, each an array of fields. */
    data: string[][];
    /** The problems met. */
    errors: ParseError[];
    /** What was detected. */
    meta: { delimiter: string };
  }
  /** Options of `parse`. */
  interface ParseConfig {
    /** The delimiter; guessed when empty. */
    delimiter?: string;
    /** The line ending; guessed when empty. */
    newline?: string;
    /** The delimiters to guess from. */
    delimitersToGuess?: string[];
    /** Skip empty lines (`'greedy'`: also lines of only whitespace and delimiters). */
    skipEmptyLines?: boolean | 'greedy';
  }
  /** Options of `unparse`. */
  interface UnparseConfig {
    /** The delimiter. */
    delimiter?: string;
    /** The line ending. */
    newline?: string;
    /** Which fields to quote besides those that must be: all, or those the function picks. */
    quotes?: boolean | ((value: string, column: number) => boolean);
  }
  const Papa: {
    parse(input: string, config?: ParseConfig): ParseResult;
    unparse(data: readonly (readonly string[])[], config?: UnparseConfig): string;
  };
  export default Papa;
}
