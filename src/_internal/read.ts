// Reading a document in one pass: its shape against a schema, and — whether the shape is right
// or not — the parts that did parse, so that the references they hold (seat ids, village ids …)
// are checked at the same time. A bad date must not hide an unknown seat in the same file.
import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
import { unreadableInput } from '../problems/catalogue/input.js';
import { cleanInput, type InputProblem, problemsFromZod } from '../problems/input.js';
import { raise } from '../problems/problem.js';
import { recordedParse, trusted } from './arguments.js';

/** What {@link readDocument} finds. */
export interface ReadDocument<T> {
  /** The input as plain data (text in NFC), when it could be read at all. */
  readonly cleaned: Result<unknown, InputProblem[]>;
  /** The document, or the problems with its shape. */
  readonly parsed: Result<T, InputProblem[]>;
}

/**
 * Cleans untrusted input once (see `parseWithSchema`) and parses it against a schema, keeping
 * the cleaned input for a lenient reading of the parts that did parse.
 */
export function readDocument<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ReadDocument<z.output<S>> {
  // A document the library made, or checked before, is read as it was then (values are
  // immutable: a changed copy is a new object, and is read).
  const known = recordedParse(schema, input);
  if (known !== undefined) return { cleaned: ok(input), parsed: ok(known) };
  const cleaned = cleanInput(input);
  if (cleaned.isErr()) return { cleaned, parsed: err(cleaned.error) };
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(cleaned.value, { reportInput: true });
  } catch {
    return { cleaned, parsed: err([raise(unreadableInput, [], { field: '' })]) };
  }
  return {
    cleaned,
    parsed: result.success ? ok(trusted(schema, result.data)) : err(problemsFromZod(result.error)),
  };
}

/** A field read leniently: its value when it parses alone, otherwise `undefined`. */
export function leniently<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** The items of a value that should be a list (none when it is not one). */
export function itemsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The fields of a value that should be an object (none when it is not one). */
export function fieldsOf(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
