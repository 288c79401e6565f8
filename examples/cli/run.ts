import type { parseArgs as ParseArgs } from 'node:util';

/** What the CLI needs from its host: kept as parameters so the CLI is testable without a process. */
export interface CliHost {
  /** The package version to print for `--version`. */
  version: string;
  /** Node's `util.parseArgs`. */
  parseArgs: typeof ParseArgs;
  /** Colours an error message for stderr (honours NO_COLOR). */
  styleError: (text: string) => string;
}

/** What a run of the CLI produced. */
export interface CliResult {
  /** Text for stdout. */
  stdout: string;
  /** Text for stderr. */
  stderr: string;
  /** 0 success, 1 domain failure, 2 usage error. */
  exitCode: 0 | 1 | 2;
}

export const HELP = `tcns — Tổ công nghệ số cộng đồng / Community Digital Technology Team

Cách dùng / Usage:
  tcns [--help] [--version]

Tùy chọn / Options:
  -h, --help       In hướng dẫn này / Print this help
  -v, --version    In phiên bản / Print the version

Tài liệu / Docs: https://to-cong-nghe-so.github.io/to-cong-nghe-so/
`;

/**
 * Runs the CLI on its arguments.
 *
 * @param args - The arguments after the program name.
 * @param host - The host's version, argument parser and styling.
 * @returns What to print and the exit code.
 */
export function runCli(args: readonly string[], host: CliHost): CliResult {
  let values: { help?: boolean | undefined; version?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = host.parseArgs({
      args: [...args],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return usageError(host, error instanceof Error ? error.message : String(error));
  }
  if (values.version) return { stdout: `${host.version}\n`, stderr: '', exitCode: 0 };
  if (values.help || positionals.length === 0) return { stdout: HELP, stderr: '', exitCode: 0 };
  return usageError(
    host,
    `Lệnh không có: "${positionals.join(' ')}" / Unknown command: "${positionals.join(' ')}"`,
  );
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function usageError(host: CliHost, detail: string): CliResult {
  return { stdout: '', stderr: `${host.styleError(detail)}\n\n${HELP}`, exitCode: 2 };
}
