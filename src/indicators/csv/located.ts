// The problems of CSV readers: their own codes, and problems of data values (shapes, references,
// quantities) moved to the line and column of the cell they come from.

import { err, type Result } from 'neverthrow';
import {
  dateOutOfRange,
  invalidPeriod,
  invalidTimestamp,
} from '../../problems/catalogue/calendar.js';
import { type CsvCell, inCsvCell } from '../../problems/catalogue/csv-cell.js';
import * as indicators from '../../problems/catalogue/indicators.js';
import * as input from '../../problems/catalogue/input.js';
import { unknownPlace } from '../../problems/catalogue/places.js';
import type { InputProblemCode } from '../../problems/input.js';
import { limitProblems } from '../../problems/input.js';
import {
  type AnyProblemDefinition,
  type ParamsOf,
  type Problem,
  type ProblemDefinition,
  type ProblemOf,
  type ProblemPath,
  raise,
} from '../../problems/problem.js';
import { excerpt } from '../../problems/words.js';
import { checkDataValues, type DataValue, type ValueLookups } from '../value.js';
import type { DataValueProblemCode } from '../value-checks.js';

export type { CsvCell } from '../../problems/catalogue/csv-cell.js';

/**
 * The codes of the problems CSV readers raise themselves.
 *
 * @category Indicators
 */
export type CsvProblemCode =
  | 'csv_syntax'
  | 'wrong_field_count'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'empty_cell'
  | 'invalid_quantity'
  | 'invalid_number'
  | 'duplicate_quantity'
  | 'missing_quantity';

/**
 * A problem of a data value found in a cell of a CSV file: its code and parameters as for data
 * values, plus the line, the column and the cell (see {@link CsvCell}).
 *
 * @typeParam Code - The problem's code.
 * @category Indicators
 */
export type CsvCellProblem<Code extends string> = Code extends string
  ? ProblemOf<Code, ParamsOf<Code> & CsvCell>
  : never;

/**
 * A problem found in a CSV file. Its `path` is `[line, column]`: the line as an editor numbers it
 * (the header is line 1; a quoted cell spanning lines counts them all) and the column's header
 * (`[line]` for a whole row; `[]` when the input is not text). Its message starts with the line
 * and the column, says what was expected and quotes the cell (at most 60 characters).
 *
 * @category Indicators
 */
export type CsvProblem =
  | Problem<CsvProblemCode | 'invalid_type' | 'invalid_argument' | 'too_many_problems'>
  | CsvCellProblem<DataValueProblemCode | InputProblemCode | 'invalid_timestamp'>;

/** Where a field of a value read from a CSV file comes from: the line, the column, the cell. */
export interface CsvSource {
  readonly line: number;
  readonly column: string;
  readonly text: string;
}

/** Where the fields of a value read from a CSV file come from (worked out only for problems). */
export interface CsvOrigin {
  /** The line of the value's first row. */
  readonly line: number;
  /** Where a field of the value comes from, when it has a cell. */
  at(field: string): CsvSource | undefined;
}

let definitions: Map<string, ProblemDefinition<string, object>> | undefined;

/** The definitions of the codes a data value's checks may raise, by code (built on first use). */
function definitionOf(code: string): ProblemDefinition<string, object> | undefined {
  if (definitions === undefined) {
    definitions = new Map();
    const all: AnyProblemDefinition[] = [
      ...Object.values(indicators),
      ...Object.values(input),
      unknownPlace,
      invalidPeriod,
      dateOutOfRange,
      invalidTimestamp,
    ];
    for (const definition of all) {
      definitions.set(definition.code, definition as unknown as ProblemDefinition<string, object>);
    }
  }
  return definitions.get(code);
}

/**
 * A data value's problem (path `[index, field …]`) moved to the CSV cell its field came from: the
 * same code and parameters plus `line`, `column` and `cell`, the message starting with the line
 * and column. A problem about the whole value (a duplicate) points at the cell of its place.
 */
export function located(problem: Problem<string>, origins: readonly CsvOrigin[]): CsvProblem {
  const [index, field] = problem.path;
  const origin = origins[typeof index === 'number' ? index : 0];
  const at = (typeof field === 'string' ? origin?.at(field) : undefined) ?? origin?.at('place');
  const line = at?.line ?? origin?.line ?? 1;
  const definition = definitionOf(problem.code);
  if (at === undefined || definition === undefined) {
    return { ...problem, path: [line] } as unknown as CsvProblem;
  }
  const params = { ...(problem.params as object), line, column: at.column, cell: excerpt(at.text) };
  return raise(inCsvCell(definition), [line, at.column], params) as unknown as CsvProblem;
}

/** The line of a problem, for listing a file's problems in order. */
export function lineOf(problem: { readonly path: ProblemPath }): number {
  const [line] = problem.path;
  return typeof line === 'number' ? line : 0;
}

/**
 * @internal The values read from a CSV file, checked as {@link parseDataValues} checks them,
 * after the problems found while reading: every problem at once, in line order, at most 100.
 */
export function finish(
  reading: readonly Problem<string>[],
  values: readonly { value: Record<string, unknown>; origin: CsvOrigin; broken: boolean }[],
  lookups: ValueLookups,
): Result<DataValue[], CsvProblem[]> {
  const kept = values.filter((gathered) => !gathered.broken);
  const checked = checkDataValues(
    kept.map((gathered) => gathered.value),
    lookups,
  );
  const origins = kept.map((gathered) => gathered.origin);
  if (reading.length === 0) {
    return checked.mapErr(
      (problems) =>
        limitProblems(inOrder(problems.map((p) => located(p, origins)))) as CsvProblem[],
    );
  }
  const more = checked.isErr() ? checked.error.map((p) => located(p, origins)) : [];
  return err(limitProblems(inOrder([...(reading as CsvProblem[]), ...more])) as CsvProblem[]);
}

export function inOrder(problems: CsvProblem[]): CsvProblem[] {
  return problems.sort((a, b) => lineOf(a) - lineOf(b));
}
