import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import type { Label } from '../text/label.js';
import { InvalidArgumentError } from './argument.js';
import {
  duplicateKey,
  inputTooLarge,
  invalidFormat,
  invalidInput,
  invalidJson,
  invalidType,
  invalidValue,
  missingField,
  type SizeSubject,
  tooBig,
  tooDeep,
  tooManyProblems,
  tooSmall,
  unknownField,
  unreadableInput,
  type ValueKind,
} from './catalogue/input.js';
import { type Problem, type ProblemDefinition, type ProblemPath, raise } from './problem.js';
import { excerpt, fieldName } from './words.js';

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
/** The most values (objects, arrays, strings, numbers …) one input may hold. */
const MAX_INPUT_NODES = 5_000_000;
/** The most problems a reader lists; one more says how many were left out. */
export const MAX_PROBLEMS = 100;

const IGNORED_KEYS = new Set(['$comment']);

/** Options of the readers' input clean-up. */
interface CleanOptions {
  /** Keep a root `$schema` key (the team file declares it); it is dropped otherwise. */
  readonly keepSchemaKey?: boolean;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * @internal Copies untrusted input into plain data the schemas can read safely: strings and keys
 * in Unicode NFC, `$comment` keys dropped everywhere and `$schema` at the root, null-prototype
 * objects made plain. Reports what cannot be read: nesting deeper than {@link MAX_INPUT_DEPTH} or a
 * value that contains itself, `__proto__` keys, two keys equal after NFC, getters that throw, and
 * inputs of more than five million values. Never throws.
 */
export function cleanInput(
  input: unknown,
  options: CleanOptions = {},
): Result<unknown, InputProblem[]> {
  const problems: InputProblem[] = [];
  const onPath = new Set<object>();
  let nodes = 0;
  let tooLarge = false;
  const copy = (value: unknown, path: (string | number)[]): unknown => {
    nodes += 1;
    if (nodes > MAX_INPUT_NODES) {
      tooLarge = true;
      return undefined;
    }
    if (typeof value === 'string') return value.normalize('NFC');
    if (typeof value !== 'object' || value === null) return value;
    if (!Array.isArray(value) && !isPlainObject(value)) return value;
    if (path.length >= MAX_INPUT_DEPTH || onPath.has(value)) {
      problems.push(raise(tooDeep, path, { field: fieldName(path), maxDepth: MAX_INPUT_DEPTH }));
      return undefined;
    }
    onPath.add(value);
    try {
      if (Array.isArray(value)) {
        const out: unknown[] = [];
        for (let i = 0; i < value.length && !tooLarge; i += 1) {
          path.push(i);
          out.push(copy(value[i], path));
          path.pop();
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const rawKey of Object.keys(value)) {
        if (tooLarge) break;
        const key = rawKey.normalize('NFC');
        if (IGNORED_KEYS.has(key)) continue;
        if (key === '$schema' && path.length === 0 && !options.keepSchemaKey) continue;
        path.push(key);
        if (key === '__proto__' || Object.hasOwn(out, key)) {
          problems.push(
            key === '__proto__'
              ? raise(unknownField, path, { field: fieldName(path) })
              : raise(duplicateKey, path, { field: fieldName(path) }),
          );
        } else {
          let item: unknown;
          try {
            item = (value as Record<string, unknown>)[rawKey];
          } catch {
            problems.push(raise(unreadableInput, path, { field: fieldName(path) }));
            path.pop();
            continue;
          }
          out[key] = copy(item, path);
        }
        path.pop();
      }
      return out;
    } catch {
      problems.push(raise(unreadableInput, path, { field: fieldName(path) }));
      return undefined;
    } finally {
      onPath.delete(value);
    }
  };
  const cleaned = copy(input, []);
  if (tooLarge) {
    return err([raise(inputTooLarge, [], { size: nodes, maximum: MAX_INPUT_NODES })]);
  }
  return problems.length > 0 ? err(problems) : ok(cleaned);
}

const KINDS: Readonly<Record<string, ValueKind>> = {
  string: 'text',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  array: 'list',
  tuple: 'list',
  object: 'object',
  record: 'object',
  null: 'null',
};

const SUBJECTS: Readonly<Record<string, SizeSubject>> = {
  string: 'text',
  array: 'list',
  set: 'list',
  file: 'text',
};

const FORMATS: Readonly<Record<string, Label>> = {
  date: { vi: 'ngày YYYY-MM-DD (ví dụ 2026-02-28)', en: 'a YYYY-MM-DD date (e.g. 2026-02-28)' },
  datetime: {
    vi: 'thời điểm ISO 8601 có múi giờ (ví dụ 2026-02-28T08:30:00+07:00)',
    en: 'an ISO 8601 timestamp with an offset (e.g. 2026-02-28T08:30:00+07:00)',
  },
  email: { vi: 'địa chỉ thư điện tử', en: 'an email address' },
  url: { vi: 'địa chỉ web (URL)', en: 'a web address (URL)' },
};

const PATTERN: Label = { vi: 'đúng mẫu quy định', en: 'in the required form' };

const ZOD_SCHEMA = { vi: 'một lược đồ zod', en: 'a zod schema' };
const ZOD_ERROR = { vi: 'một lỗi zod (có `issues`)', en: 'a zod error (with `issues`)' };
const PATH = {
  vi: 'một đường dẫn: danh sách khóa (văn bản) và chỉ số (số nguyên)',
  en: 'a path: a list of keys (text) and indexes (whole numbers)',
};

/** Checks a path argument (a prefix put in front of problems' paths). */
function checkPrefix(prefix: unknown): void {
  const good =
    Array.isArray(prefix) &&
    prefix.length <= MAX_INPUT_DEPTH &&
    prefix.every((key) => typeof key === 'string' || Number.isSafeInteger(key));
  if (!good) throw new InvalidArgumentError('prefix', PATH, prefix);
}

/** The marker of a custom zod issue that carries a registered problem. */
const PROBLEM_PARAM = 'tcnsProblem';

interface CarriedProblem {
  readonly definition: ProblemDefinition<string, object>;
  readonly params: object;
}

/**
 * @internal Adds a registered problem to a zod refinement's context, so a schema can report a
 * domain code (`invalid_date`, `invalid_period` …) with its own parameters instead of zod's
 * generic text. Use inside `.superRefine((value, ctx) => …)`.
 */
export function addProblem<Params extends object>(
  ctx: z.core.$RefinementCtx,
  definition: ProblemDefinition<string, Params>,
  params: Params,
  path: readonly (string | number)[] = [],
): void {
  const carried = { definition, params } as unknown as CarriedProblem;
  ctx.addIssue({
    code: 'custom',
    message: definition.en(params),
    path: [...path],
    params: { [PROBLEM_PARAM]: carried },
  });
}

function received(issue: z.core.$ZodIssue): string {
  return 'input' in issue ? excerpt(issue.input) : '';
}

function isMissing(issue: z.core.$ZodIssue): boolean {
  return 'input' in issue ? issue.input === undefined : /received undefined/u.test(issue.message);
}

function fromIssue(issue: z.core.$ZodIssue, path: ProblemPath): InputProblem[] {
  const field = fieldName(path.filter((key) => key !== ''));
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue)) return [raise(missingField, path, { field })];
      return [
        raise(invalidType, path, {
          field,
          expected: KINDS[issue.expected] ?? 'other',
          received: received(issue),
        }),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        raise(unknownField, [...path, key], { field: fieldName([...path, key]) }),
      );
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const params = {
        field,
        limit,
        subject: SUBJECTS[issue.origin] ?? 'number',
        inclusive: issue.inclusive ?? true,
      };
      return [raise(issue.code === 'too_small' ? tooSmall : tooBig, path, params)];
    }
    case 'invalid_format':
      return [
        raise(invalidFormat, path, {
          field,
          expected: FORMATS[issue.format] ?? PATTERN,
          received: received(issue),
        }),
      ];
    case 'invalid_value':
      return [
        raise(invalidValue, path, {
          field,
          allowed: issue.values.map((value) => excerpt(value)),
          received: received(issue),
        }),
      ];
    case 'invalid_union': {
      const note = issue as z.core.$ZodIssueInvalidUnion & {
        discriminator?: string;
        options?: unknown[];
      };
      if (note.discriminator !== undefined) {
        const input = (issue as { input?: unknown }).input;
        const value =
          typeof input === 'object' && input !== null
            ? (input as Record<string, unknown>)[note.discriminator]
            : undefined;
        const at = path.at(-1) === note.discriminator ? path : [...path, note.discriminator];
        if (value === undefined) return [raise(missingField, at, { field: fieldName(at) })];
        return [
          raise(invalidValue, at, {
            field: fieldName(at),
            allowed: (note.options ?? []).map((option) => excerpt(option)),
            received: excerpt(value),
          }),
        ];
      }
      return [raise(invalidInput, path, { field, received: received(issue) })];
    }
    case 'custom': {
      const carried = (issue.params as Record<string, unknown> | undefined)?.[PROBLEM_PARAM] as
        | CarriedProblem
        | undefined;
      if (carried !== undefined) {
        return [raise(carried.definition, path, carried.params) as unknown as InputProblem];
      }
      return [raise(invalidInput, path, { field, received: received(issue) })];
    }
    default:
      return [raise(invalidInput, path, { field, received: received(issue) })];
  }
}

/**
 * Converts a zod error into the library's bilingual input problems, one per issue (an unknown key
 * gives one problem per key). A refinement of the library's schemas that carries a registered
 * code (a date outside the supported range, an unknown period …) keeps that code.
 *
 * @param error - The error zod returned from `safeParse`.
 * @param prefix - A path to put in front of every issue's path (e.g. the document's name).
 * @returns The problems, in zod's order.
 * @throws {@link InvalidArgumentError} when `error` is not a zod error or `prefix` not a path.
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { problemsFromZod } from 'to-cong-nghe-so';
 *
 * const result = z.object({ name: z.string() }).safeParse({});
 * if (!result.success) problemsFromZod(result.error)[0]?.code; // 'missing_field'
 * ```
 * @category Problems
 */
export function problemsFromZod(error: z.ZodError, prefix: ProblemPath = []): InputProblem[] {
  if (typeof error !== 'object' || error === null || !Array.isArray(error.issues)) {
    throw new InvalidArgumentError('error', ZOD_ERROR, error);
  }
  checkPrefix(prefix);
  return error.issues.flatMap((issue) =>
    fromIssue(issue, [
      ...prefix,
      ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    ]),
  );
}

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
