/**
 * What a command gets when it runs, and what it gives back.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { CliHost } from './host.js';
import type { CliProblem, Lang, Painter, Words } from './text.js';
import { usage } from './text.js';

/** The values of a command's options, as `util.parseArgs` gives them. */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** What a command returns. */
export interface Outcome {
  /** Text for stdout (without `--json`). */
  readonly text?: string;
  /** The result for `--json`. */
  readonly data?: unknown;
  /** Problems to show (on stderr, or in the JSON document). */
  readonly problems?: readonly CliProblem[];
  /** Lines of information for stderr, e.g. "Đã ghi team.json" (not shown with `--json`). */
  readonly notes?: readonly string[];
  /** 0 by default; 1 when the command found a domain failure. */
  readonly exitCode?: 0 | 1;
}

/** The code of a command. */
export type Handler = (context: Context) => Promise<Outcome>;

/** What a command runs with. */
export interface Context {
  readonly host: CliHost;
  /** The positional arguments after the command's name. */
  readonly args: readonly string[];
  /** The option values. */
  readonly options: OptionValues;
  /** The language of the output. */
  readonly lang: Lang;
  /** Whether `--json` was given. */
  readonly json: boolean;
  /** Styles text for stdout. */
  readonly paint: Painter;
  /** Styles text for stderr. */
  readonly paintError: Painter;
  /** Picks the text of the output language. */
  t(words: Words): string;
  /** A string option, or `undefined`. */
  string(name: string): string | undefined;
  /** Whether a flag was given. */
  flag(name: string): boolean;
  /** The workspace folder (`--dir`, or the working folder). */
  dir(): string;
  /** A path as the user gave it, resolved against the working folder. */
  resolvePath(path: string): string;
  /** A path as it is shown to the user: relative to the working folder where shorter. */
  showPath(path: string): string;
  /** Runs another command with the same host (used by `demo`). */
  run(args: readonly string[]): Promise<{ stdout: string; stderr: string; exitCode: number }>;
}

/** Builds the context of a command. */
export function makeContext(input: {
  host: CliHost;
  args: readonly string[];
  options: OptionValues;
  lang: Lang;
  json: boolean;
  paint: Painter;
  paintError: Painter;
  run: Context['run'];
}): Context {
  const { host, options, lang } = input;
  const string = (name: string) => {
    const value = options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const resolvePath = (path: string) => resolve(host.cwd, path);
  return {
    ...input,
    t: (words) => words[lang],
    string,
    flag: (name) => options[name] === true,
    dir: () => resolvePath(string('dir') ?? '.'),
    resolvePath,
    showPath: (path) => {
      const shown = relative(host.cwd, path);
      return shown === '' ? '.' : shown.startsWith('..') || isAbsolute(shown) ? path : shown;
    },
  };
}

/** A usage error for a value that does not parse. */
export function badValue(option: string, value: string, expected: Words): never {
  throw usage('invalid_argument', {
    vi: `Giá trị không hợp lệ cho ${option}: "${value}" (cần ${expected.vi}).`,
    en: `Invalid value for ${option}: "${value}" (expected ${expected.en}).`,
  });
}
