/**
 * Words of the CLI in both languages, the problems it shows, and how they are printed. No
 * library import here: `--help` and `--version` load this module and nothing heavy.
 */
import type { CliHost, Style } from './host.js';

/** The languages of the CLI. */
export type Lang = 'vi' | 'en';

/** A text in both languages. */
export interface Words {
  readonly vi: string;
  readonly en: string;
}

/** Severity of a problem as the CLI prints it. */
export type Severity = 'error' | 'warning';

/**
 * A problem as the CLI shows it: the library's problem (code, path, message) with where it is
 * in the user's file, and its severity.
 */
export interface CliProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: Words;
  /** The path inside the document, as the library gives it. */
  readonly path?: readonly (string | number)[];
  /** The file, as the user named it (relative to the working folder where possible). */
  readonly file?: string;
  /** 1-based line. */
  readonly line?: number;
  /** 1-based column. */
  readonly column?: number;
}

/**
 * A failure of a command that is the user's to fix: printed without a stack trace.
 * `exitCode` 2 is a usage error (wrong flags or arguments), 1 a domain failure.
 */
export class CliError extends Error {
  readonly problems: readonly CliProblem[];
  readonly exitCode: 1 | 2;
  constructor(problems: readonly CliProblem[], exitCode: 1 | 2 = 1) {
    super(problems.map((p) => p.message.en).join('\n'));
    this.name = 'CliError';
    this.problems = problems;
    this.exitCode = exitCode;
  }
}

/** A usage error (exit 2) with one message. */
export function usage(code: string, message: Words): CliError {
  return new CliError([{ code, severity: 'error', message }], 2);
}

/** A domain failure (exit 1) with one message. */
export function failure(code: string, message: Words, at: Partial<CliProblem> = {}): CliError {
  return new CliError([{ code, severity: 'error', message, ...at }], 1);
}

/** Whether colour is wanted on a stream: only on a terminal, never with `NO_COLOR`. */
export function wantsColour(host: CliHost, isTTY: boolean): boolean {
  const noColour = host.env.NO_COLOR;
  return isTTY && (noColour === undefined || noColour === '') && host.env.TERM !== 'dumb';
}

/** Styles text when colour is wanted. */
export type Painter = (style: Style, text: string) => string;

/** A painter that styles only when `on`. */
export function painter(host: CliHost, on: boolean): Painter {
  return on ? (style, text) => host.style(style, text) : (_style, text) => text;
}

const SEVERITY: Record<Severity, Words> = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
};

/**
 * Removes the "Dòng 3, cột "value": " / "Line 3, column "value": " a CSV message starts with: the
 * position is printed before it.
 */
function withoutLine(text: string): string {
  return text.replace(/^(?:Dòng|Line) \d+(?:, (?:cột|column) "[^"]*")?: /u, '');
}

/** Where a problem is: `file:line:column`, `file`, or nothing. */
export function position(problem: CliProblem): string {
  if (problem.file === undefined) return '';
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

/** One problem as a line: `team.json:12:7 lỗi no_leader: Tổ chưa có Tổ trưởng.` */
export function formatProblem(problem: CliProblem, lang: Lang, paint: Painter): string {
  const where = position(problem);
  const severity = paint(
    problem.severity === 'error' ? 'red' : 'yellow',
    SEVERITY[problem.severity][lang],
  );
  const message = withoutLine(problem.message[lang]);
  return `${where ? `${paint('bold', where)} ` : ''}${severity} ${paint('dim', problem.code)}: ${message}`;
}

/** A problem as JSON output shows it. */
export function problemJson(problem: CliProblem): Record<string, unknown> {
  return {
    code: problem.code,
    severity: problem.severity,
    ...(problem.file === undefined ? {} : { file: problem.file }),
    ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }),
    ...(problem.path === undefined ? {} : { path: problem.path }),
    message: { vi: withoutLine(problem.message.vi), en: withoutLine(problem.message.en) },
  };
}

/** Pads a string to a width, counting characters as the eye sees them (NFC). */
export function pad(text: string, width: number): string {
  const length = [...text.normalize('NFC')].length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

/** A count with an English noun: `1 error`, `2 errors`. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
