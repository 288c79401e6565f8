import type { Label } from '../text/label.js';
import type { ProblemCode, ProblemParams } from './registry.js';

/**
 * A path into an input document: object keys and array indexes, outermost first. For a function
 * that takes several documents (a template and the commune's lists), the first key names the
 * document (`['lists', 'appointments', 'leader', 1]`); for CSV text it is the line number and the
 * column name (`[3, 'period']`).
 *
 * @example
 * ```ts
 * import type { ProblemPath } from 'to-cong-nghe-so';
 *
 * const path: ProblemPath = ['lists', 'appointments', 'leader', 1];
 * ```
 * @category Problems
 */
export type ProblemPath = readonly (string | number)[];

/**
 * How serious a problem is: an `error` makes the input unusable (the function returns `err`), a
 * `warning` is worth fixing but does not stop anything.
 *
 * @category Problems
 */
export type Severity = 'error' | 'warning';

/**
 * The parameters of a problem with a given code, or a plain record for a code outside the
 * registry.
 *
 * @category Problems
 */
export type ParamsOf<Code extends string> = Code extends ProblemCode
  ? ProblemParams<Code>
  : Readonly<Record<string, unknown>>;

/**
 * One problem of a given code, with its typed parameters.
 *
 * @typeParam Code - The code.
 * @typeParam Params - Its parameters.
 * @category Problems
 */
export interface ProblemOf<Code extends string, Params = ParamsOf<Code>> {
  /** A stable, machine-readable code, listed in the docs' "Problem codes" page. */
  readonly code: Code;
  /** `error` or `warning`. */
  readonly severity: Severity;
  /** Where in the input the problem is; empty when it concerns the whole input. */
  readonly path: ProblemPath;
  /** The facts the message is written from, so an app can word the problem its own way. */
  readonly params: Params;
  /** What is wrong, in Vietnamese and English, in the words a commune uses. */
  readonly message: Label;
}

/**
 * The shape every error and warning of the library has: plain, JSON-serialisable data with a
 * stable `code` to branch on, its `severity`, a `path` into the input it is about, typed `params`
 * and a bilingual `message` computed from them by the problem registry. For a union of codes it
 * is a union of problems, so checking `code` narrows `params`.
 *
 * @typeParam Code - The code or union of codes a function can return.
 * @example
 * ```ts
 * import { parseIsoDate, type Problem } from 'to-cong-nghe-so';
 *
 * const problem: Problem<'invalid_date' | 'date_out_of_range'> =
 *   parseIsoDate('2026-02-30')._unsafeUnwrapErr();
 * problem.code; // 'invalid_date'
 * problem.params.input; // '"2026-02-30"'
 * ```
 * @category Problems
 */
export type Problem<Code extends string = string> = Code extends string
  ? ProblemOf<Code, ParamsOf<Code>>
  : never;

/**
 * A message function: writes a problem's message in one language from its parameters.
 *
 * @category Problems
 */
export type MessageFunction<Params> = (params: Params) => string;

/**
 * The definition of a problem code in the registry: its severity, when it arises, an example of
 * its parameters, and the functions that write its message in Vietnamese and English.
 *
 * @category Problems
 */
export interface ProblemDefinition<Code extends string, Params extends object> {
  /** The code. */
  readonly code: Code;
  /** Whether the problem is an error or a warning. */
  readonly severity: Severity;
  /** When the problem arises, for the "Problem codes" page. */
  readonly summary: Label;
  /** Example parameters, used by the docs and the tests. */
  readonly example: Params;
  /** The message in Vietnamese. */
  readonly vi: MessageFunction<Params>;
  /** The message in English. */
  readonly en: MessageFunction<Params>;
}

/**
 * A problem definition of any code and parameters, as the registry holds them.
 *
 * @category Problems
 */
export interface AnyProblemDefinition {
  /** The code. */
  readonly code: string;
  /** Whether the problem is an error or a warning. */
  readonly severity: Severity;
  /** When the problem arises. */
  readonly summary: Label;
  /** Example parameters. */
  readonly example: object;
  /** The message in Vietnamese. */
  readonly vi: (params: never) => string;
  /** The message in English. */
  readonly en: (params: never) => string;
}

/**
 * @internal What a problem definition says beyond its code and severity: written on first use.
 */
export type ProblemTexts<Params extends object> = Omit<
  ProblemDefinition<string, Params>,
  'code' | 'severity'
>;

/**
 * @internal Declares a problem code. The texts (summary, example, messages) are written by a
 * function called the first time one of them is read: importing the library then creates
 * about 150 small objects rather than running the whole catalogue, most of which a program never
 * raises. Pure. Every call is also marked `@__PURE__` where it is made (bundlers do
 * not all read the annotation of the function across modules), so that a bundle keeps only the
 * codes it can raise.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineProblem<const Code extends string, Params extends object>(
  code: Code,
  severity: Severity,
  write: () => ProblemTexts<Params>,
): ProblemDefinition<Code, Params> {
  let texts: ProblemTexts<Params> | undefined;
  const read = (): ProblemTexts<Params> => {
    texts ??= write();
    return texts;
  };
  return {
    code,
    severity,
    get summary() {
      return read().summary;
    },
    get example() {
      return read().example;
    },
    get vi() {
      return read().vi;
    },
    get en() {
      return read().en;
    },
  };
}

/** @internal The longest message the registry writes before cutting it with "…". */
export const MAX_MESSAGE_LENGTH = 300;

function cut(text: string): string {
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/**
 * @internal Raises a problem: the code's definition writes the message from the parameters. The
 * only way problems are made in the library.
 */
export function raise<Code extends string, Params extends object>(
  definition: ProblemDefinition<Code, Params>,
  path: ProblemPath,
  params: Params,
): Problem<Code> {
  const problem: ProblemOf<Code, Params> = {
    code: definition.code,
    severity: definition.severity,
    path: [...path],
    params,
    message: { vi: cut(definition.vi(params)), en: cut(definition.en(params)) },
  };
  return problem as unknown as Problem<Code>;
}
