/**
 * The core of `tcns`: arguments in, `{ stdout, stderr, exitCode }` out. It finds the command in
 * the table, checks the arguments against it, prints help, runs the command (loaded on demand)
 * and turns its outcome into output. All I/O goes through the host.
 */
import { parseArgs } from 'node:util';
import { COMMANDS, type CommandSpec, GLOBAL_OPTIONS, NOUNS, type OptionSpec } from './commands.js';
import { makeContext, type Outcome } from './context.js';
import { commandHelp, mainHelp, nounHelp } from './help.js';
import type { CliHost, CliResult } from './host.js';
import {
  CliError,
  type CliProblem,
  formatProblem,
  type Lang,
  painter,
  problemJson,
  usage,
  type Words,
  wantsColour,
} from './text.js';

export type { CliHost, CliResult } from './host.js';

type ParseOptions = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
>;

function parseOptions(specs: Readonly<Record<string, OptionSpec>>): ParseOptions {
  const out: ParseOptions = {};
  for (const [name, spec] of Object.entries(specs)) {
    out[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}) };
  }
  return out;
}

/** A first, lenient look at the arguments: the words before any option value, and the globals. */
function firstLook(args: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: parseOptions(GLOBAL_OPTIONS),
    allowPositionals: true,
    strict: false,
  });
  return { values, positionals };
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(words: readonly string[]): string | undefined {
  const typed = words.join(' ');
  let best: [string, number] | undefined;
  for (const command of COMMANDS) {
    const name = command.path.join(' ');
    const d = distance(typed, name.slice(0, Math.max(typed.length, name.length)));
    if (d <= 2 && (!best || d < best[1])) best = [name, d];
  }
  return best?.[0];
}

interface Found {
  readonly command?: CommandSpec;
  readonly noun?: string;
  readonly rest: readonly string[];
}

function findCommand(positionals: readonly string[]): Found {
  const [first, second] = positionals;
  if (first === undefined) return { rest: [] };
  const top = COMMANDS.find((c) => c.path.length === 1 && c.path[0] === first);
  if (top) return { command: top, rest: positionals.slice(1) };
  if (!NOUNS.some((n) => n.name === first)) return { rest: positionals };
  const command = COMMANDS.find((c) => c.path[0] === first && c.path[1] === second);
  return command
    ? { command, rest: positionals.slice(2) }
    : { noun: first, rest: positionals.slice(1) };
}

function unknownCommand(words: readonly string[]): CliError {
  const typed = words.join(' ');
  const near = suggestion(words);
  const hint: Words = near
    ? { vi: ` Có phải ý bạn là "tcns ${near}"?`, en: ` Did you mean "tcns ${near}"?` }
    : { vi: '', en: '' };
  return usage('unknown_command', {
    vi: `Không có lệnh "${typed}".${hint.vi}`,
    en: `Unknown command "${typed}".${hint.en}`,
  });
}

function checkArgs(command: CommandSpec, rest: readonly string[]): void {
  const specs = command.args ?? [];
  const required = specs.filter((a) => a.required).length;
  const variadic = specs.some((a) => a.variadic);
  if (rest.length < required) {
    const missing = specs[rest.length];
    throw usage('missing_argument', {
      vi: `Thiếu đối số ${missing?.name ?? ''} (${missing?.description.vi ?? ''}).`,
      en: `Missing argument ${missing?.name ?? ''} (${missing?.description.en ?? ''}).`,
    });
  }
  if (!variadic && rest.length > specs.length) {
    throw usage('extra_argument', {
      vi: `Thừa đối số: ${rest.slice(specs.length).join(' ')}.`,
      en: `Unexpected argument: ${rest.slice(specs.length).join(' ')}.`,
    });
  }
}

function checkChoices(
  specs: Readonly<Record<string, OptionSpec>>,
  values: Readonly<Record<string, unknown>>,
): void {
  for (const [name, spec] of Object.entries(specs)) {
    const value = values[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw usage('invalid_option', {
        vi: `--${name} nhận một trong ${spec.choices.join(', ')}; không nhận "${value}".`,
        en: `--${name} takes one of ${spec.choices.join(', ')}; not "${value}".`,
      });
    }
  }
}

function parseError(error: unknown): CliError {
  const detail = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']+)'/u.exec(detail)?.[1];
  return usage('invalid_option', {
    vi: option ? `Tùy chọn không hợp lệ ở đây: ${option}.` : `Sai cách dùng: ${detail}`,
    en: option ? `Unknown or misused option: ${option}.` : `Wrong usage: ${detail}`,
  });
}

function parseLang(value: unknown): Lang {
  if (value === undefined || value === 'vi' || value === 'en') return value ?? 'vi';
  throw usage('invalid_option', {
    vi: `--lang nhận vi hoặc en; không nhận "${String(value)}".`,
    en: `--lang takes vi or en; not "${String(value)}".`,
  });
}

/**
 * Runs `tcns` on its arguments.
 *
 * @param args - The arguments after the program name.
 * @param host - The machine: files, clock, environment, terminal.
 * @returns What to print and the exit code.
 */
export async function runCli(args: readonly string[], host: CliHost): Promise<CliResult> {
  const paint = painter(host, wantsColour(host, host.stdoutIsTTY));
  const paintError = painter(host, wantsColour(host, host.stderrIsTTY));
  const look = firstLook(args);
  const json = look.values.json === true;
  let lang: Lang = 'vi';
  const fail = (error: CliError, hint?: string): CliResult => {
    if (json) {
      return {
        stdout: `${JSON.stringify({ ok: false, problems: error.problems.map(problemJson) }, null, 2)}\n`,
        stderr: '',
        exitCode: error.exitCode,
      };
    }
    const lines = error.problems.map((p) => formatProblem(p, lang, paintError));
    if (hint) lines.push(hint);
    return { stdout: '', stderr: `${lines.join('\n')}\n`, exitCode: error.exitCode };
  };
  try {
    const fromEnv =
      host.env.TCNS_LANG === 'en' || host.env.TCNS_LANG === 'vi' ? host.env.TCNS_LANG : undefined;
    lang = parseLang(look.values.lang ?? fromEnv);
  } catch (error) {
    return fail(error as CliError);
  }
  if (look.values.version === true) return { stdout: `${host.version}\n`, stderr: '', exitCode: 0 };
  const found = findCommand(look.positionals);
  const help = look.values.help === true;
  const helpHint = (path: readonly string[]) =>
    paintError(
      'dim',
      lang === 'vi'
        ? `Xem: tcns ${[...path, '--help'].join(' ')}`
        : `See: tcns ${[...path, '--help'].join(' ')}`,
    );
  if (!found.command) {
    if (found.noun !== undefined && found.rest.length === 0) {
      const text = nounHelp(found.noun, lang, paint);
      return help
        ? { stdout: text, stderr: '', exitCode: 0 }
        : { stdout: '', stderr: text, exitCode: 2 };
    }
    if (found.noun === undefined && look.positionals.length === 0) {
      return { stdout: mainHelp(lang, paint), stderr: '', exitCode: 0 };
    }
    const words =
      found.noun === undefined
        ? look.positionals.slice(0, 2)
        : [found.noun, ...found.rest.slice(0, 1)];
    return fail(unknownCommand(words), helpHint([]));
  }
  const command = found.command;
  if (help) return { stdout: commandHelp(command, lang, paint), stderr: '', exitCode: 0 };
  const specs = { ...GLOBAL_OPTIONS, ...command.options };
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      options: parseOptions(specs),
      allowPositionals: true,
      strict: true,
    }) as { values: Record<string, string | boolean | undefined>; positionals: string[] });
    checkChoices(specs, values);
    checkArgs(command, positionals.slice(command.path.length));
  } catch (error) {
    return fail(error instanceof CliError ? error : parseError(error), helpHint(command.path));
  }
  const context = makeContext({
    host,
    args: positionals.slice(command.path.length),
    options: values,
    lang,
    json,
    paint,
    paintError,
    run: (more) => runCli(more, host),
  });
  let outcome: Outcome;
  try {
    const handler = await command.load();
    outcome = await handler(context);
  } catch (error) {
    if (error instanceof CliError)
      return fail(error, error.exitCode === 2 ? helpHint(command.path) : undefined);
    return fail(internalError(error, host));
  }
  return render(outcome, { json, lang, paintError });
}

function internalError(error: unknown, host: CliHost): CliError {
  const detail = error instanceof Error ? error.message : String(error);
  const stack = host.env.TCNS_DEBUG && error instanceof Error ? `\n${error.stack ?? ''}` : '';
  return new CliError(
    [
      {
        code: 'internal_error',
        severity: 'error',
        message: {
          vi: `Lỗi không mong đợi: ${detail}. Vui lòng báo lỗi kèm lệnh đã chạy (đặt TCNS_DEBUG=1 để xem chi tiết).${stack}`,
          en: `Unexpected error: ${detail}. Please report it with the command you ran (set TCNS_DEBUG=1 for details).${stack}`,
        },
      },
    ],
    1,
  );
}

function render(
  outcome: Outcome,
  options: { json: boolean; lang: Lang; paintError: ReturnType<typeof painter> },
): CliResult {
  const problems: readonly CliProblem[] = outcome.problems ?? [];
  const exitCode = outcome.exitCode ?? 0;
  if (options.json) {
    const document = {
      ok: exitCode === 0,
      problems: problems.map(problemJson),
      ...(outcome.data === undefined ? {} : { result: outcome.data }),
    };
    return { stdout: `${JSON.stringify(document, null, 2)}\n`, stderr: '', exitCode };
  }
  const stderr = [
    ...problems.map((p) => formatProblem(p, options.lang, options.paintError)),
    ...(outcome.notes ?? []),
  ];
  return {
    stdout: outcome.text ?? '',
    stderr: stderr.length > 0 ? `${stderr.join('\n')}\n` : '',
    exitCode,
  };
}
