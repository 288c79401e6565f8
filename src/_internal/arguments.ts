// Entry checks of typed arguments: cheap, and the same everywhere. A value that does not conform
// is a programmer's error, thrown as an InvalidArgumentError (or returned as an `err` by functions
// that return a Result) — never a wrong answer or an endless loop.
import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
import { InvalidArgumentError } from '../problems/argument.js';
import { parseWithSchema } from '../problems/input.js';
import type { Problem } from '../problems/problem.js';
import type { Label } from '../text/label.js';

/**
 * Checks that a number argument is an integer between two bounds (both included).
 *
 * @throws {@link InvalidArgumentError} otherwise.
 */
export function checkInteger(value: unknown, argument: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(
      argument,
      { vi: `một số nguyên từ ${min} đến ${max}`, en: `a whole number from ${min} to ${max}` },
      value,
    );
  }
  return value;
}

/**
 * Checks that an argument is one of some strings.
 *
 * @throws {@link InvalidArgumentError} otherwise.
 */
export function checkOneOf<T extends string>(
  value: unknown,
  argument: string,
  options: readonly T[],
): T {
  if (typeof value !== 'string' || !options.includes(value as T)) {
    const list = options.map((option) => `"${option}"`).join(', ');
    throw new InvalidArgumentError(
      argument,
      { vi: `một trong ${list}`, en: `one of ${list}` },
      value,
    );
  }
  return value as T;
}

/**
 * Checks that an optional argument is an object (or absent), e.g. an options bag.
 *
 * @throws {@link InvalidArgumentError} otherwise.
 */
export function checkOptions<T extends object>(value: T | undefined, argument: string): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(
      argument,
      { vi: 'một đối tượng tùy chọn { … }', en: 'an options object { … }' },
      value,
    );
  }
  return value;
}

const checked = new WeakMap<z.ZodType, WeakMap<object, unknown>>();

/**
 * Records a schema's own output as conforming to it, so that a document a parse function
 * returned is not checked again when it is handed to the library's functions (parsing an output
 * again gives the same document: the schemas' transforms are idempotent). Returns the value.
 */
export function trusted<S extends z.ZodType>(schema: S, value: z.output<S>): z.output<S> {
  if (typeof value === 'object' && value !== null) checkedBy(schema).set(value, value);
  return value;
}

/** The documents found conforming to a schema, each with its parsed value. */
function checkedBy(schema: z.ZodType): WeakMap<object, unknown> {
  let bySchema = checked.get(schema);
  if (bySchema === undefined) {
    bySchema = new WeakMap();
    checked.set(schema, bySchema);
  }
  return bySchema;
}

function conform<S extends z.ZodType>(
  schema: S,
  value: unknown,
): Result<z.output<S>, Problem<string>[]> {
  if (typeof value !== 'object' || value === null) {
    return parseWithSchema(schema, value);
  }
  const bySchema = checkedBy(schema);
  if (bySchema.has(value)) return ok(bySchema.get(value) as z.output<S>);
  const parsed = parseWithSchema(schema, value);
  if (parsed.isOk()) bySchema.set(value, trusted(schema, parsed.value));
  return parsed;
}

/**
 * Checks a document argument (a team, a plan, a report …) against its schema and returns the
 * parsed document, defaults filled in. The check runs once per object: later calls with the same
 * object reuse it (documents are immutable values).
 *
 * @throws {@link InvalidArgumentError} when it does not conform, with what is wrong inside.
 */
export function checkDocument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  argument: string,
  expected: Label,
): z.output<S> {
  const result = conform(schema, value);
  if (result.isErr()) throw new InvalidArgumentError(argument, expected, value, result.error);
  return result.value;
}

/**
 * {@link checkDocument} for functions that return a `Result`: the `invalid_argument` problem as
 * an `err` instead of a throw.
 */
export function conformingDocument<S extends z.ZodType>(
  schema: S,
  value: unknown,
  argument: string,
  expected: Label,
): Result<z.output<S>, Problem<'invalid_argument'>> {
  const result = conform(schema, value);
  if (result.isOk()) return ok(result.value);
  return err(new InvalidArgumentError(argument, expected, value, result.error).problem);
}

/**
 * Runs an entry check for a function that returns a `Result`: an InvalidArgumentError becomes
 * its problem as an `err`.
 */
export function argumentsOrErr<T>(check: () => T): Result<T, Problem<'invalid_argument'>> {
  try {
    return ok(check());
  } catch (error) {
    if (error instanceof InvalidArgumentError) return err(error.problem);
    throw error;
  }
}
