/**
 * `tcns` — the command-line tool of `to-cong-nghe-so`. A thin shell over the library: it parses
 * arguments, calls the public API by the package's name, and prints. Data goes to stdout,
 * diagnostics to stderr; exit 0 on success, 1 on a domain failure, 2 on a usage error.
 *
 * This file is the Node.js host of the pure core in `run.ts`: files, clock, environment,
 * terminal. Libraries used by only some commands are loaded when those commands need them.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleText } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import type { CliHost, HostPrompts } from './host.js';
import { runCli } from './run.js';

/** The package's root: `dist/..` when built, `examples/cli/../..` from the sources. */
const root = fileURLToPath(
  new URL(import.meta.url.endsWith('/dist/cli.js') ? '..' : '../..', import.meta.url),
);

async function writeAtomic(path: string, text: string): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
}

async function loadPrompts(): Promise<HostPrompts> {
  const clack = await import('@clack/prompts');
  const value = (answer: unknown) => (clack.isCancel(answer) ? undefined : (answer as string));
  return {
    intro: (title) => clack.intro(title),
    outro: (message) => clack.outro(message),
    text: async (q) =>
      value(
        await clack.text({
          message: q.message,
          ...(q.placeholder === undefined ? {} : { placeholder: q.placeholder }),
          ...(q.initialValue === undefined ? {} : { initialValue: q.initialValue }),
        }),
      ),
    select: async (q) =>
      value(
        await clack.select({
          message: q.message,
          options: q.choices.map((c) => ({ value: c.value, label: c.label })),
          ...(q.initialValue === undefined ? {} : { initialValue: q.initialValue }),
        }),
      ),
  };
}

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

const host: CliHost = {
  version: packageJson.version,
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  now: () => new Date(),
  files: {
    read: (path) => readFile(path),
    writeAtomic,
    exists: async (path) =>
      stat(path).then(
        () => true,
        () => false,
      ),
    list: async (path) => readdir(path).catch(() => []),
    makeTempDir: (prefix) => mkdtemp(join(tmpdir(), prefix)),
    remove: (path) => rm(path, { recursive: true, force: true }),
  },
  packageFile: (relative) => join(root, relative),
  style: (style, text) => styleText(style, text, { validateStream: false }),
  ...(process.stderr.isTTY
    ? {
        progress: async (label: string, total: number) => {
          const { default: progress } = await import('cli-progress');
          const bar = new progress.SingleBar(
            {
              format: `${label} [{bar}] {percentage}% | {value}/{total}`,
              stream: process.stderr,
              clearOnComplete: true,
              hideCursor: true,
            },
            progress.Presets.shades_classic,
          );
          bar.start(total, 0);
          return { update: (done: number) => bar.update(done), stop: () => bar.stop() };
        },
      }
    : {}),
  ...(interactive ? { prompts: loadPrompts } : {}),
};

const { stdout, stderr, exitCode } = await runCli(process.argv.slice(2), host);
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = exitCode;
