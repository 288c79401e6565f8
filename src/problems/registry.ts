import type { Language } from '../text/label.js';
import { InvalidArgumentError } from './argument.js';
import {
  calendar,
  chain,
  duties,
  indicators,
  input,
  places,
  render,
  reports,
  team,
  work,
} from './catalogue/index.js';
import type { AnyProblemDefinition, Problem, ProblemDefinition } from './problem.js';

type Definitions<M> = {
  [K in keyof M]: M[K] extends AnyProblemDefinition ? M[K] : never;
}[keyof M];

/** Every problem definition of the library (listed on the "Problem codes" page). */
type AnyDefinition =
  | Definitions<typeof calendar>
  | Definitions<typeof chain>
  | Definitions<typeof duties>
  | Definitions<typeof indicators>
  | Definitions<typeof input>
  | Definitions<typeof places>
  | Definitions<typeof render>
  | Definitions<typeof reports>
  | Definitions<typeof team>
  | Definitions<typeof work>;

/**
 * Every problem code the library raises. The "Problem codes" page of the docs lists them with
 * their parameters and messages.
 *
 * @category Problems
 */
export type ProblemCode = AnyDefinition['code'];

/** Something with a given problem code. */
interface HasCode<Code extends string> {
  /** The code. */
  readonly code: Code;
}

/**
 * The parameters of the problems of a code: the facts their messages are written from.
 *
 * @typeParam Code - A problem code.
 * @category Problems
 */
export type ProblemParams<Code extends ProblemCode> =
  Extract<AnyDefinition, HasCode<Code>> extends ProblemDefinition<Code, infer Params>
    ? Params
    : never;

/**
 * The module a problem code belongs to, for the "Problem codes" page.
 *
 * @category Problems
 */
export type ProblemModule =
  | 'input'
  | 'calendar'
  | 'places'
  | 'team'
  | 'chain'
  | 'duties'
  | 'indicators'
  | 'work'
  | 'reports'
  | 'render';

const MODULES: readonly [ProblemModule, object][] = [
  ['input', input],
  ['calendar', calendar],
  ['places', places],
  ['team', team],
  ['chain', chain],
  ['duties', duties],
  ['indicators', indicators],
  ['work', work],
  ['reports', reports],
  ['render', render],
];

/**
 * The definition of a code of the registry.
 *
 * @category Problems
 */
export interface RegisteredDefinition extends AnyProblemDefinition {
  /** The code. */
  readonly code: ProblemCode;
}

/**
 * A registry entry: a problem code's definition and the module it belongs to.
 *
 * @category Problems
 */
export interface ProblemEntry {
  /** The module that raises it. */
  readonly module: ProblemModule;
  /** The definition: severity, summary, example parameters and message functions. */
  readonly definition: RegisteredDefinition;
}

let entries: ReadonlyMap<ProblemCode, ProblemEntry> | undefined;

const PROBLEM = {
  vi: 'một lỗi của thư viện `{ code, path, message: { vi, en } }`',
  en: 'a problem of the library `{ code, path, message: { vi, en } }`',
};
const PROBLEM_LIST = {
  vi: 'một danh sách lỗi của thư viện',
  en: "a list of the library's problems",
};

function checkProblem(value: unknown, argument: string): void {
  const problem = value as Problem<string> | null;
  const good =
    typeof problem === 'object' &&
    problem !== null &&
    typeof problem.code === 'string' &&
    typeof problem.message?.vi === 'string' &&
    typeof problem.message.en === 'string';
  if (!good) throw new InvalidArgumentError(argument, PROBLEM, value);
}

function checkObject(value: unknown, argument: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(
      argument,
      { vi: 'một đối tượng { … }', en: 'an object { … }' },
      value,
    );
  }
}

/**
 * The problem registry: every code the library raises, with its module, severity, when it
 * arises, example parameters and the functions that write its messages. Built on first use.
 *
 * @returns A read-only map from code to entry, in module order.
 * @example
 * ```ts
 * import { problemRegistry } from 'to-cong-nghe-so';
 *
 * const entry = problemRegistry().get('invalid_date');
 * entry?.definition.severity; // 'error'
 * entry?.module; // 'calendar'
 * ```
 * @category Problems
 */
export function problemRegistry(): ReadonlyMap<ProblemCode, ProblemEntry> {
  if (entries === undefined) {
    const map = new Map<ProblemCode, ProblemEntry>();
    for (const [module, definitions] of MODULES) {
      for (const definition of Object.values(definitions) as RegisteredDefinition[]) {
        map.set(definition.code, Object.freeze({ module, definition }));
      }
    }
    entries = map;
  }
  return entries;
}

/**
 * An app's own wording of some problem codes in one language: for each code, a function from the
 * problem's parameters to the text. Codes left out keep the library's wording.
 *
 * @category Problems
 */
export type ProblemMessages = {
  readonly [Code in ProblemCode]?: (params: ProblemParams<Code>) => string;
};

/**
 * An app's own wording of problems: messages to use instead of the library's, by language.
 *
 * @category Problems
 */
export interface ProblemWording {
  /** Vietnamese messages, e.g. in a friendlier register. */
  readonly vi?: ProblemMessages;
  /** English messages. */
  readonly en?: ProblemMessages;
}

/**
 * Writes a problem's message in an app's own words, falling back on the library's message for
 * codes the wording leaves out. Nothing global is changed: pass the wording where you show
 * problems (a Zalo mini-app in a friendlier tone, an app in a third language).
 *
 * @param problem - A problem the library returned.
 * @param messages - The app's messages for some codes.
 * @param fallback - The language of the library's message to use otherwise (default `vi`).
 * @returns The text to show.
 * @throws {@link InvalidArgumentError} when `problem` is not a problem, `messages` not an object or
 *   `fallback` not `vi` or `en`.
 * @example
 * ```ts
 * import { formatProblem, parseIsoDate } from 'to-cong-nghe-so';
 *
 * const problem = parseIsoDate('30/2/2026')._unsafeUnwrapErr();
 * formatProblem(problem, { invalid_date: (p) => `Ngày ${p.input} chưa đúng, bác xem lại giúp nhé.` });
 * // 'Ngày "30/2/2026" chưa đúng, bác xem lại giúp nhé.'
 * ```
 * @category Problems
 */
export function formatProblem(
  problem: Problem<string>,
  messages: ProblemMessages,
  fallback: Language = 'vi',
): string {
  checkProblem(problem, 'problem');
  checkObject(messages, 'messages');
  if (fallback !== 'vi' && fallback !== 'en') {
    throw new InvalidArgumentError(
      'fallback',
      { vi: '"vi" hoặc "en"', en: '"vi" or "en"' },
      fallback,
    );
  }
  const write = (messages as Record<string, ((params: object) => string) | undefined>)[
    problem.code
  ];
  if (write !== undefined && problem.params !== undefined) {
    try {
      return write(problem.params as object);
    } catch {
      // An app's message function failed: the library's own message still says what is wrong.
    }
  }
  return problem.message[fallback];
}

/**
 * The same problems with their messages in an app's own words (see {@link formatProblem}); codes
 * and paths unchanged.
 *
 * @param problems - Problems the library returned.
 * @param wording - The app's messages, by language.
 * @returns New problems; the given ones are not changed.
 * @throws {@link InvalidArgumentError} when `problems` is not a list of problems or `wording` not
 *   an object of message tables.
 * @example
 * ```ts
 * import { parseIsoDate, rewordProblems } from 'to-cong-nghe-so';
 *
 * const [problem] = rewordProblems([parseIsoDate('x')._unsafeUnwrapErr()], {
 *   en: { invalid_date: () => 'Please check the date.' },
 * });
 * problem?.message.en; // 'Please check the date.'
 * ```
 * @category Problems
 */
export function rewordProblems<P extends Problem<string>>(
  problems: readonly P[],
  wording: ProblemWording,
): P[] {
  if (!Array.isArray(problems)) {
    throw new InvalidArgumentError('problems', PROBLEM_LIST, problems);
  }
  problems.forEach((problem, i) => {
    checkProblem(problem, `problems[${i}]`);
  });
  checkObject(wording, 'wording');
  checkObject(wording.vi ?? {}, 'wording.vi');
  checkObject(wording.en ?? {}, 'wording.en');
  return problems.map(
    (problem) =>
      ({
        ...problem,
        message: {
          vi: formatProblem(problem, wording.vi ?? {}, 'vi'),
          en: formatProblem(problem, wording.en ?? {}, 'en'),
        },
      }) as P,
  );
}
