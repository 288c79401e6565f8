// Entry checks of typed arguments: cheap, and the same everywhere. A value that does not conform
// is a programmer's error, thrown as an InvalidArgumentError (or returned as an `err` by functions
// that return a Result) — never a wrong answer or an endless loop.
import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
import { InvalidArgumentError } from '../problems/argument.js';
import { type InputProblem, limitProblems, parseWithSchema } from '../problems/input.js';
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

/** A document's parse, and the length the document had when it was a list. */
interface Parse {
  readonly value: unknown;
  readonly length: number | undefined;
}

const checked = new WeakMap<z.ZodType, WeakMap<object, Parse>>();

function parseOf(document: object, value: unknown): Parse {
  return { value, length: Array.isArray(document) ? document.length : undefined };
}

/**
 * Records a schema's own output as conforming to it, so that a document a parse function
 * returned is not checked again when it is handed to the library's functions (parsing an output
 * again gives the same document: the schemas' transforms are idempotent). Returns the value.
 */
export function trusted<S extends z.ZodType>(schema: S, value: z.output<S>): z.output<S> {
  if (typeof value === 'object' && value !== null)
    checkedBy(schema).set(value, parseOf(value, value));
  return value;
}

/** The documents found conforming to a schema, each with its parsed value. */
function checkedBy(schema: z.ZodType): WeakMap<object, Parse> {
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
  prefix: readonly (string | number)[] = [],
): Result<z.output<S>, Problem<string>[]> {
  if (typeof value !== 'object' || value === null) {
    return parseWithSchema(schema, value, prefix);
  }
  const cached = conformed(schema, value);
  if (cached !== undefined) return ok(cached.value as z.output<S>);
  const parsed = parseWithSchema(schema, value, prefix);
  if (parsed.isOk()) recordParse(schema, value, parsed.value);
  return parsed;
}

/**
 * The parse of a document a schema has seen (or that the library made as its output), if any. A
 * list is seen again only while its length is unchanged, so that a value pushed onto a checked
 * list is checked.
 */
function conformed(schema: z.ZodType, value: object): Parse | undefined {
  const parse = checkedBy(schema).get(value);
  return parse === undefined || (Array.isArray(value) && parse.length !== value.length)
    ? undefined
    : parse;
}

/**
 * Records what a schema parses a document into, for a document the library made itself and
 * whose parse it knows without running the schema (a report it drafted, with the schema's
 * defaults added). Returns the document.
 */
export function recordParse<S extends z.ZodType, T extends object>(
  schema: S,
  value: T,
  parsed: z.output<S>,
): T {
  checkedBy(schema).set(value, parseOf(value, trusted(schema, parsed)));
  return value;
}

/** The recorded parse of a document by a schema, if it has one (see {@link recordParse}). */
export function recordedParse<S extends z.ZodType>(
  schema: S,
  value: unknown,
): z.output<S> | undefined {
  // A value that is not an object is in no WeakMap: `get` gives `undefined`.
  return conformed(schema, value as object)?.value as z.output<S> | undefined;
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

/** The list fields of an options object, each with the schema of its list. */
export type ListFields = Readonly<Record<string, z.ZodType>>;

/**
 * Checks an options object whose lists (`lists`: the fields that hold one, with the schema of
 * the list as the options' schema has it) are checked once per list, as documents are: the
 * records a function is given again and again (the same data values and activities for every
 * member's report) are not checked again on every call. The result is the same as checking the
 * whole object with `schema`: the options, or every problem with its path.
 */
export function conformOptions<S extends z.ZodType>(
  schema: S,
  lists: ListFields,
  value: unknown,
): Result<z.output<S>, Problem<string>[]> {
  const proto = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : 0;
  // Stryker disable next-line ConditionalExpression: an object without a prototype checked as a whole gives the same
  if (proto !== Object.prototype && proto !== null) return conform(schema, value);
  const rest: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const parsedLists: Record<string, unknown> = {};
  const problems: Problem<string>[] = [];
  for (const [key, listSchema] of Object.entries(lists)) {
    const list = rest[key];
    // Anything but a list is the options' schema's to report.
    if (!Array.isArray(list)) continue;
    const checked = conform(listSchema, list, [key]);
    if (checked.isOk()) parsedLists[key] = checked.value;
    else problems.push(...checked.error);
    rest[key] = [];
  }
  const others = parseWithSchema(schema, rest);
  if (others.isOk() && problems.length === 0) {
    return ok({ ...(others.value as object), ...parsedLists } as z.output<S>);
  }
  return err(
    limitProblems([...problems, ...(others.isErr() ? others.error : [])] as InputProblem[]),
  );
}

/** {@link conformOptions}, its problems as one `invalid_argument` (see {@link conformingDocument}). */
export function conformingOptions<S extends z.ZodType>(
  schema: S,
  lists: ListFields,
  value: unknown,
  argument: string,
  expected: Label,
): Result<z.output<S>, Problem<'invalid_argument'>> {
  return conformOptions(schema, lists, value).mapErr(
    (problems) => new InvalidArgumentError(argument, expected, value, problems).problem,
  );
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
