/**
 * The Node.js host of the pure core in `run.ts`: files, clock, environment, terminal. Libraries
 * used by only some commands (atomic writes, the progress bar, prompts) are loaded when those
 * commands need them.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { styleText } from 'node:util';
import { config as zodConfig } from 'zod';
import type { CliHost, HostPrompts } from './host.js';

/**
 * The package's root: two folders up both from `dist/cli/` (this module is a chunk there once
 * built) and from `examples/cli/`.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

async function writeAtomic(path: string, text: string): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
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

function nodeHost(version: string): CliHost {
  return {
    version,
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
    ...(process.stdin.isTTY && process.stdout.isTTY ? { prompts: loadPrompts } : {}),
  };
}

/**
 * Runs `tcns` in this process: the core on the Node.js host, its output written, the exit code
 * set.
 *
 * @param args - The arguments after the program name.
 * @param version - The package's version.
 */
export async function main(args: readonly string[], version: string): Promise<void> {
  // A run parses each of the library's schemas a few times: zod's compiled parsers would cost
  // more to compile than they save. Set before the library is loaded, which builds its schemas.
  zodConfig({ jitless: true });
  const { runCli } = await import('./run.js');
  const { stdout, stderr, exitCode } = await runCli(args, nodeHost(version));
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  process.exitCode = exitCode;
}
