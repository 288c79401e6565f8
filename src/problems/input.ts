// The readers' common entry: untrusted input parsed against a schema, JSON text decoded, problem
// lists kept to a readable length. Never throws on the input itself.
import { err, ok, type Result } from 'neverthrow';
import type * as z from 'zod';
import { InvalidArgumentError } from './argument.js';
import {
  invalidJson,
  invalidType,
  tooDeep,
  tooManyProblems,
  unreadableInput,
} from './catalogue/input.js';
import { cleanInput } from './clean.js';
import { type InputProblem, MAX_INPUT_DEPTH, MAX_PROBLEMS } from './input-problem.js';
import { type Problem, type ProblemPath, raise } from './problem.js';
import { excerpt, fieldName } from './words.js';
import { checkPrefix, problemsFromZod } from './zod-issues.js';

export { cleanInput } from './clean.js';
export type { InputProblem, InputProblemCode } from './input-problem.js';
export { MAX_INPUT_DEPTH, MAX_PROBLEMS } from './input-problem.js';
export { addProblem, problemsFromZod } from './zod-issues.js';

const ZOD_SCHEMA = { vi: 'một lược đồ zod', en: 'a zod schema' };

/**
 * @internal Keeps at most {@link MAX_PROBLEMS} problems, then one `too_many_problems` saying how
 * many more there were.
 */
export function limitProblems<P extends Problem<string>>(
  problems: readonly P[],
): (P | Problem<'too_many_problems'>)[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    raise(tooManyProblems, [], { shown: MAX_PROBLEMS, more }),
  ];
}

/**
 * Parses untrusted input against a zod schema and returns a `Result` instead of throwing: the
 * parsed value, or every problem found at once (at most 100, then one saying how many more).
 * Before the schema sees it, the input is copied as plain data: text and keys in Unicode NFC,
 * `$comment` keys ignored everywhere (and `$schema` at the root), and anything that is not data
 * — nesting deeper than 64 levels, a value that contains itself, a `__proto__` key, two keys that
 * differ only in how the accents were typed, a getter that throws — is a problem, never an
 * exception.
 *
 * @param schema - The zod schema to parse with.
 * @param input - Untrusted input (already decoded from JSON), any JavaScript value.
 * @param prefix - A path to put in front of every problem's path.
 * @returns `ok(value)` or `err(problems)`.
 * @throws {@link InvalidArgumentError} when `schema` is not a zod schema or `prefix` not a path
 *   (programming errors; the input itself is never a reason to throw).
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseWithSchema } from 'to-cong-nghe-so';
 *
 * parseWithSchema(z.number(), 'x')._unsafeUnwrapErr()[0]?.code; // 'invalid_type'
 * parseWithSchema(z.object({ a: z.string() }).strict(), { a: 'x', $comment: 'note' }).isOk(); // true
 * ```
 * @category Problems
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: ProblemPath = [],
): Result<z.output<S>, InputProblem[]> {
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== 'function') {
    throw new InvalidArgumentError('schema', ZOD_SCHEMA, schema);
  }
  checkPrefix(prefix);
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  const keepSchemaKey = typeof shape === 'object' && shape !== null && '$schema' in shape;
  return cleanInput(input, { keepSchemaKey })
    .mapErr((problems) => problems.map((p) => withPrefix(p, prefix)))
    .andThen((clean) => {
      let parsed: z.ZodSafeParseResult<z.output<S>>;
      try {
        parsed = schema.safeParse(clean, { reportInput: true });
      } catch {
        return err([raise(unreadableInput, prefix, { field: fieldName(prefix) })]);
      }
      return parsed.success ? ok(parsed.data) : err(problemsFromZod(parsed.error, prefix));
    })
    .mapErr((problems) => limitProblems(problems) as InputProblem[]);
}

function withPrefix(problem: InputProblem, prefix: ProblemPath): InputProblem {
  if (prefix.length === 0) return problem;
  return { ...problem, path: [...prefix, ...problem.path] } as InputProblem;
}

/** The line and column (both from 1) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Decodes JSON text without throwing. A byte-order mark at the start is ignored; text of any
 * nesting depth is read without exhausting the stack (the schemas then refuse what is too deep).
 *
 * @param text - JSON text, e.g. the contents of `team.json`.
 * @returns `ok(value)` or `err` with one `invalid_json` problem that gives the line and column.
 * @example
 * ```ts
 * import { parseJsonText } from 'to-cong-nghe-so';
 *
 * parseJsonText('{"a": 1}'); // ok({ a: 1 })
 * parseJsonText('{\n  "a": 1,\n}')._unsafeUnwrapErr()[0]?.params; // { line: 3, column: 1 }
 * ```
 * @category Problems
 */
export function parseJsonText(text: string): Result<unknown, InputProblem[]> {
  if (typeof text !== 'string') {
    return err([
      raise(invalidType, [], { field: '', expected: 'text' as const, received: excerpt(text) }),
    ]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const depth = maxBracketDepth(body);
  if (depth.depth > MAX_INPUT_DEPTH) {
    return err([raise(tooDeep, [], { field: '', maxDepth: MAX_INPUT_DEPTH })]);
  }
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : '';
    const position = /position (\d+)/u.exec(detail)?.[1];
    const offset = position === undefined ? body.length : Number(position);
    return err([raise(invalidJson, [], lineAndColumn(body, offset))]);
  }
}

/** The deepest bracket nesting of JSON text, outside strings (a linear scan). */
function maxBracketDepth(text: string): { depth: number } {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return { depth: max };
}
