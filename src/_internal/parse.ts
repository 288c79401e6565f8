import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { type InputProblem, type ProblemPath, problemsFromZod } from '../errors/problem.js';

/**
 * @internal Parses input against a schema like `parseWithSchema`, asking zod to keep each
 * issue's input so that a value of the wrong type is reported as `invalid_type`, not as a
 * missing field.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: ProblemPath = [],
): Result<z.output<S>, InputProblem[]> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? ok(parsed.data) : err(problemsFromZod(parsed.error, prefix));
}
