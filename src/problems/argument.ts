import type { Label } from '../text/label.js';
import { invalidArgument } from './catalogue/input.js';
import { type Problem, raise } from './problem.js';
import { excerpt, MAX_EXCERPT } from './words.js';

function isLabel(value: unknown): value is Label {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Label).vi === 'string' &&
    typeof (value as Label).en === 'string'
  );
}

/**
 * The error a function throws when a typed argument does not conform (a date that is not
 * `YYYY-MM-DD`, a period of an unknown kind, a team that is not a team): a programmer's error,
 * like Node's `ERR_INVALID_ARG_TYPE`, never a problem in a commune's data. It is a `TypeError`
 * with `code: 'invalid_argument'`, the argument's name and a bilingual problem. Functions that
 * return a `Result` report the same problem as an `err` instead of throwing.
 *
 * @example
 * ```ts
 * import { dateParts, InvalidArgumentError } from 'to-cong-nghe-so';
 *
 * try {
 *   dateParts('24/02/2026' as never);
 * } catch (error) {
 *   error instanceof InvalidArgumentError; // true
 *   (error as InvalidArgumentError).argument; // 'date'
 * }
 * ```
 * @category Problems
 */
export class InvalidArgumentError extends TypeError {
  /** Always `'invalid_argument'`. */
  readonly code = 'invalid_argument' as const;
  /** The name of the argument, as the function's documentation gives it. */
  readonly argument: string;
  /** The problem, with a bilingual message and the parameters it was written from. */
  readonly problem: Problem<'invalid_argument'>;
  /** When the argument is a document (a team, a plan), what is wrong inside it. */
  readonly problems: readonly Problem<string>[];

  /**
   * @param argument - The argument's name.
   * @param expected - What the argument should be, in both languages.
   * @param value - The value received (only a short excerpt of it is kept).
   * @param problems - What is wrong inside a document argument.
   */
  constructor(
    argument: string,
    expected: Label,
    value: unknown,
    problems: readonly Problem<string>[] = [],
  ) {
    // Built while reporting another mistake: whatever it is given, it must not fail itself.
    const name = typeof argument === 'string' ? argument.slice(0, MAX_EXCERPT) : excerpt(argument);
    const wanted = isLabel(expected) ? expected : { vi: 'một giá trị khác', en: 'another value' };
    const problem = raise(invalidArgument, [name], {
      argument: name,
      expected: wanted,
      received: excerpt(value),
    });
    super(`${problem.message.en} (${problem.message.vi})`);
    this.name = 'InvalidArgumentError';
    this.argument = name;
    this.problem = problem;
    this.problems = Array.isArray(problems) ? [...problems] : [];
  }
}
