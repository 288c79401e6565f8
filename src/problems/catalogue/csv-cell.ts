// Problems of any code found in a cell of a CSV file: the message starts with the line and the
// column, as the user's spreadsheet or editor shows them. Not a catalogue of codes: the codes stay
// those of the definitions wrapped (an unknown place in a CSV file is still `unknown_place`).
import { defineProblem, type ProblemDefinition } from '../problem.js';

/** Where in a CSV file a problem was found: the line (from 1), the column's header, the cell. */
export type CsvCell = {
  /** The line, as an editor numbers it (the header is line 1). */
  readonly line: number;
  /** The column's header. */
  readonly column: string;
  /** The cell as written, quoted and cut to 60 characters. */
  readonly cell: string;
};

const MAX_COLUMN = 60;

function columnName(column: string): string {
  return column.length <= MAX_COLUMN ? column : `${column.slice(0, MAX_COLUMN)}…`;
}

/**
 * The definition of a code, for problems found in a CSV cell: the same code, severity and
 * summary, parameters that also give the line, column and cell, and messages that start with
 * "Dòng 3, cột "place": " / "Line 3, column "place": ".
 */
/* @__NO_SIDE_EFFECTS__ */
export function inCsvCell<Code extends string, Params extends object>(
  definition: ProblemDefinition<Code, Params>,
): ProblemDefinition<Code, Params & CsvCell> {
  return /* @__PURE__ */ defineProblem(definition.code, definition.severity, () => ({
    summary: definition.summary,
    example: { ...definition.example, line: 3, column: 'place', cell: '"thon-9"' },
    vi: (p: Params & CsvCell) =>
      `Dòng ${p.line}, cột "${columnName(p.column)}": ${definition.vi(p)}`,
    en: (p: Params & CsvCell) =>
      `Line ${p.line}, column "${columnName(p.column)}": ${definition.en(p)}`,
  }));
}
