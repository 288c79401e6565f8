// The type of the problems the input readers report, and their limits.
import type { Problem } from './problem.js';

/**
 * The codes of {@link InputProblem}.
 *
 * @category Problems
 */
export type InputProblemCode =
  | 'invalid_json'
  | 'invalid_type'
  | 'missing_field'
  | 'unknown_field'
  | 'duplicate_key'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'invalid_value'
  | 'invalid_input'
  | 'too_deep'
  | 'unreadable_input'
  | 'input_too_large'
  | 'too_many_problems'
  | 'invalid_date'
  | 'date_out_of_range'
  | 'invalid_period';

/**
 * A problem with the shape of an input document (wrong type, missing or unknown field, bad
 * format, unreadable or oversized data), found while reading it against the library's schemas.
 *
 * @category Problems
 */
export type InputProblem = Problem<InputProblemCode>;

/** The deepest nesting the readers accept; no file of the library comes close. */
export const MAX_INPUT_DEPTH = 64;
/** The most problems a reader lists; one more says how many were left out. */
export const MAX_PROBLEMS = 100;
