// zod's issues in the library's words: one registered problem per issue.
import type * as z from 'zod';
import type { Label } from '../text/label.js';
import { InvalidArgumentError } from './argument.js';
import {
  invalidFormat,
  invalidInput,
  invalidType,
  invalidValue,
  missingField,
  type SizeSubject,
  tooBig,
  tooSmall,
  unknownField,
  type ValueKind,
} from './catalogue/input.js';
import { type InputProblem, MAX_INPUT_DEPTH } from './input-problem.js';
import { type ProblemDefinition, type ProblemPath, raise } from './problem.js';
import { excerpt, fieldName } from './words.js';

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

const ZOD_ERROR = { vi: 'một lỗi zod (có `issues`)', en: 'a zod error (with `issues`)' };
const PATH = {
  vi: 'một đường dẫn: danh sách khóa (văn bản) và chỉ số (số nguyên)',
  en: 'a path: a list of keys (text) and indexes (whole numbers)',
};

/** @internal Checks a path argument (a prefix put in front of problems' paths). */
export function checkPrefix(prefix: unknown): void {
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

function fromSize(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  path: ProblemPath,
  field: string,
): InputProblem {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const params = {
    field,
    limit,
    subject: SUBJECTS[issue.origin] ?? 'number',
    inclusive: issue.inclusive ?? true,
  };
  return raise(issue.code === 'too_small' ? tooSmall : tooBig, path, params);
}

/** A discriminated union names the discriminator: missing, or not one of the options. */
function fromUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  path: ProblemPath,
  field: string,
): InputProblem[] {
  const note = issue as z.core.$ZodIssueInvalidUnion & {
    discriminator?: string;
    options?: unknown[];
  };
  if (note.discriminator === undefined) {
    return [raise(invalidInput, path, { field, received: received(issue) })];
  }
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

/** A refinement's issue: the registered problem it carries, or the generic one. */
function fromCustom(issue: z.core.$ZodIssue, path: ProblemPath, field: string): InputProblem[] {
  const carried = (issue as { params?: Record<string, unknown> }).params?.[PROBLEM_PARAM] as
    | CarriedProblem
    | undefined;
  if (carried !== undefined) {
    return [raise(carried.definition, path, carried.params) as unknown as InputProblem];
  }
  return [raise(invalidInput, path, { field, received: received(issue) })];
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
    case 'too_big':
      return [fromSize(issue, path, field)];
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
    case 'invalid_union':
      return fromUnion(issue, path, field);
    case 'custom':
      return fromCustom(issue, path, field);
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
