import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import type { Label } from '../text/label.js';

/**
 * A path into an input document: object keys and array indexes, outermost first.
 *
 * @example
 * ```ts
 * import type { ProblemPath } from 'to-cong-nghe-so';
 *
 * const path: ProblemPath = ['seats', 3, 'office'];
 * ```
 * @category Errors
 */
export type ProblemPath = readonly (string | number)[];

/**
 * The shape every error and warning of the library has: plain, JSON-serialisable data with a
 * stable `code` to branch on, a `path` into the input it is about, and a bilingual `message`.
 *
 * @typeParam Code - The union of codes a function can return.
 * @example
 * ```ts
 * import type { Problem } from 'to-cong-nghe-so';
 *
 * const problem: Problem<'no_leader'> = {
 *   code: 'no_leader',
 *   path: ['seats'],
 *   message: { vi: 'Tổ chưa có Tổ trưởng.', en: 'The team has no leader.' },
 * };
 * ```
 * @category Errors
 */
export interface Problem<Code extends string = string> {
  /** A stable, machine-readable code. */
  readonly code: Code;
  /** Where in the input the problem is; empty when it concerns the whole input. */
  readonly path: ProblemPath;
  /** What is wrong, in Vietnamese and English. */
  readonly message: Label;
}

/**
 * The codes of {@link InputProblem}: what can be wrong with a document's shape before any
 * domain rule is checked.
 *
 * @category Errors
 */
export type InputProblemCode =
  | 'invalid_json'
  | 'invalid_type'
  | 'missing_field'
  | 'unknown_field'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'invalid_value'
  | 'invalid_input';

/**
 * A problem with the shape of an input document (wrong type, missing or unknown field, bad
 * format), found while parsing it against the library's schemas.
 *
 * @category Errors
 */
export type InputProblem = Problem<InputProblemCode>;

const MAX_SHOWN = 60;

function describe(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function isMissing(issue: z.core.$ZodIssue): boolean {
  return 'input' in issue ? issue.input === undefined : /received undefined/u.test(issue.message);
}

function got(issue: z.core.$ZodIssue, word: string): string {
  return 'input' in issue ? `, ${word} ${describe(issue.input)}` : '';
}

function fieldLabel(path: ProblemPath): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

/**
 * Converts a zod error into the library's bilingual input problems, one per issue.
 *
 * @param error - The error zod returned from `safeParse`.
 * @param prefix - A path to put in front of every issue's path (e.g. a row number).
 * @returns One {@link InputProblem} per zod issue, in zod's order.
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { problemsFromZod } from 'to-cong-nghe-so';
 *
 * const result = z.object({ name: z.string() }).safeParse({});
 * if (!result.success) problemsFromZod(result.error)[0]?.code; // 'missing_field'
 * ```
 * @category Errors
 */
export function problemsFromZod(error: z.ZodError, prefix: ProblemPath = []): InputProblem[] {
  return error.issues.flatMap((issue): InputProblem[] => {
    const path: ProblemPath = [
      ...prefix,
      ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    ];
    const at = fieldLabel(path);
    switch (issue.code) {
      case 'invalid_type':
        if (isMissing(issue)) {
          return [
            {
              code: 'missing_field',
              path,
              message: {
                vi: `Thiếu trường bắt buộc "${at}".`,
                en: `Required field "${at}" is missing.`,
              },
            },
          ];
        }
        return [
          {
            code: 'invalid_type',
            path,
            message: {
              vi: `"${at}" phải có kiểu ${issue.expected}${got(issue, 'nhận được')}.`,
              en: `"${at}" must be of type ${issue.expected}${got(issue, 'got')}.`,
            },
          },
        ];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          code: 'unknown_field' as const,
          path: [...path, key],
          message: {
            vi: `Trường không được hỗ trợ "${fieldLabel([...path, key])}".`,
            en: `Unknown field "${fieldLabel([...path, key])}".`,
          },
        }));
      case 'too_small':
        return [
          {
            code: 'too_small',
            path,
            message: {
              vi: `"${at}" quá nhỏ hoặc quá ngắn (tối thiểu ${String(issue.minimum)}).`,
              en: `"${at}" is too small or too short (minimum ${String(issue.minimum)}).`,
            },
          },
        ];
      case 'too_big':
        return [
          {
            code: 'too_big',
            path,
            message: {
              vi: `"${at}" quá lớn hoặc quá dài (tối đa ${String(issue.maximum)}).`,
              en: `"${at}" is too big or too long (maximum ${String(issue.maximum)}).`,
            },
          },
        ];
      case 'invalid_format':
        return [
          {
            code: 'invalid_format',
            path,
            message: {
              vi: `"${at}" sai định dạng (${issue.format})${got(issue, 'nhận được')}.`,
              en: `"${at}" has the wrong format (${issue.format})${got(issue, 'got')}.`,
            },
          },
        ];
      case 'invalid_value':
        return [
          {
            code: 'invalid_value',
            path,
            message: {
              vi: `"${at}" phải là một trong ${issue.values.map(describe).join(', ')}${got(issue, 'nhận được')}.`,
              en: `"${at}" must be one of ${issue.values.map(describe).join(', ')}${got(issue, 'got')}.`,
            },
          },
        ];
      default:
        return [
          {
            code: 'invalid_input',
            path,
            message: {
              vi: `"${at}" không hợp lệ: ${issue.message}.`,
              en: `"${at}" is invalid: ${issue.message}.`,
            },
          },
        ];
    }
  });
}

/**
 * Parses input against a zod schema and returns a `Result` instead of throwing: the parsed
 * value, or every problem found at once.
 *
 * @param schema - The zod schema to parse with.
 * @param input - Untrusted input (already decoded from JSON).
 * @param prefix - A path to put in front of every problem's path.
 * @returns `ok(value)` or `err(problems)`.
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseWithSchema } from 'to-cong-nghe-so';
 *
 * parseWithSchema(z.number(), 'x').isErr(); // true
 * ```
 * @category Errors
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  input: unknown,
  prefix: ProblemPath = [],
): Result<z.output<S>, InputProblem[]> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success ? ok(parsed.data) : err(problemsFromZod(parsed.error, prefix));
}

/**
 * Decodes JSON text without throwing.
 *
 * @param text - JSON text, e.g. the contents of `team.json`.
 * @returns `ok(value)` or `err` with one `invalid_json` problem.
 * @example
 * ```ts
 * import { parseJsonText } from 'to-cong-nghe-so';
 *
 * parseJsonText('{"a": 1}'); // ok({ a: 1 })
 * parseJsonText('{a: 1}').isErr(); // true
 * ```
 * @category Errors
 */
export function parseJsonText(text: string): Result<unknown, InputProblem[]> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return err([
      {
        code: 'invalid_json',
        path: [],
        message: {
          vi: `Nội dung không phải JSON hợp lệ: ${detail}`,
          en: `The content is not valid JSON: ${detail}`,
        },
      },
    ]);
  }
}
